//! Bad and unusual input: empty, overlong and control-character text refused before it reaches
//! core, unknown numbers refused with nothing changed, and right-to-left text, emoji and
//! SQL-looking text stored and read back exactly.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ListOrder, Target};
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, draft, reason, user_error};

both_backends! {
    async fn empty_and_overlong_text_is_refused_at_parse(env) {
        assert_eq!(IdeaTitle::parse(""), Err(UserError::TextEmpty { field: TextField::Title }));
        assert_eq!(IdeaTitle::parse(" \t "), Err(UserError::TextEmpty { field: TextField::Title }));
        let long = "a".repeat(10_000);
        assert_eq!(
            IdeaTitle::parse(&long),
            Err(UserError::TextTooLong { field: TextField::Title, max: 120, actual: 10_000 })
        );
        assert_eq!(
            IdeaBody::parse(&long),
            Err(UserError::TextTooLong { field: TextField::Body, max: 4_000, actual: 10_000 })
        );
        assert_eq!(CommentBody::parse("  "), Err(UserError::TextEmpty { field: TextField::Comment }));
        assert_eq!(
            CommentBody::parse(&long),
            Err(UserError::TextTooLong { field: TextField::Comment, max: 4_000, actual: 10_000 })
        );
        assert_eq!(DisplayName::parse(""), Err(UserError::TextEmpty { field: TextField::Name }));
        assert_eq!(Reason::parse(""), Err(UserError::TextEmpty { field: TextField::Reason }));
        // The longest allowed title is stored whole.
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let longest = "é".repeat(IdeaTitle::MAX_CHARS);
        let idea = env.idea(&alice, challenges[0].id, &longest, "").await;
        assert_eq!(env.stored_idea(idea.id).await.unwrap().title, longest);
    }

    async fn control_characters_are_refused(env) {
        for text in ["bell\u{7}", "nul\u{0} byte", "escape \u{1b}[31mred", "two\nlines", "delete\u{7f}"] {
            assert_eq!(
                IdeaTitle::parse(text),
                Err(UserError::TextHasControlCharacters { field: TextField::Title }),
                "{text:?}"
            );
        }
        for text in ["nul\u{0} byte", "escape \u{1b}[31mred", "form\u{c}feed"] {
            assert_eq!(
                IdeaBody::parse(text),
                Err(UserError::TextHasControlCharacters { field: TextField::Body }),
                "{text:?}"
            );
            assert_eq!(
                CommentBody::parse(text),
                Err(UserError::TextHasControlCharacters { field: TextField::Comment }),
                "{text:?}"
            );
        }
        assert_eq!(
            DisplayName::parse("Ann\u{0}"),
            Err(UserError::TextHasControlCharacters { field: TextField::Name })
        );
        // New lines and tabs are fine in bodies, and Windows line endings are stored as one kind.
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Lists", "first\r\nsecond\tthird").await;
        assert_eq!(env.stored_idea(idea.id).await.unwrap().body, "first\nsecond\tthird");
    }

    async fn unknown_numbers_are_refused_and_change_nothing(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let moderator = env.member("mo", Role::Moderator).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let before = env.snapshot().await;
        let id = IdeaId(idea.id.get() + 1_000);
        let missing = UserError::IdeaNotFound { id };

        assert_eq!(user_error(env.core.idea_view(Some(&alice), id).await), missing);
        assert_eq!(user_error(env.core.idea_view(None, id).await), missing);
        assert_eq!(user_error(env.core.support(&alice, id).await), missing);
        assert_eq!(user_error(env.core.withdraw_support(&alice, id).await), missing);
        assert_eq!(user_error(env.core.toggle_support(&alice, id).await), missing);
        assert_eq!(user_error(env.core.follow(&alice, id).await), missing);
        assert_eq!(user_error(env.core.unfollow(&alice, id).await), missing);
        assert_eq!(user_error(env.core.comment(&alice, id, None, comment_body("Hi")).await), missing);
        assert_eq!(user_error(env.core.respond(&champion, Target::Idea(id), comment_body("Hi")).await), missing);
        assert_eq!(user_error(env.core.approve(&champion, Target::Idea(id)).await), missing);
        assert_eq!(user_error(env.core.hide(&champion, Target::Idea(id), reason("x")).await), missing);
        assert_eq!(user_error(env.core.restore(&champion, Target::Idea(id)).await), missing);
        assert_eq!(user_error(env.core.merge(&moderator, id, idea.id).await), missing);
        assert_eq!(
            user_error(env.core.set_idea_stage(&moderator, id, DevelopmentStage::Testing).await),
            missing
        );
        let no_comment = CommentId(4_242);
        assert_eq!(
            user_error(env.core.respond(&champion, Target::Comment(no_comment), comment_body("Hi")).await),
            UserError::CommentNotFound { id: no_comment }
        );
        let no_challenge = ChallengeId(4_242);
        assert_eq!(
            user_error(env.core.submit_idea(&alice, draft(no_challenge, "Lost", "")).await),
            UserError::ChallengeNotFound { id: no_challenge }
        );
        let no_sprint = SprintId(4_242);
        assert_eq!(
            user_error(env.core.sprint_overview(Some(&alice), Some(no_sprint)).await),
            UserError::SprintNotFound { id: no_sprint }
        );
        assert_eq!(env.snapshot().await, before);

        // What people type for numbers.
        assert!("0".parse::<IdeaId>().is_err());
        assert!("-1".parse::<IdeaId>().is_err());
        assert!("#abc".parse::<IdeaId>().is_err());
        assert!("99999999999999999999".parse::<IdeaId>().is_err());
        assert_eq!("#7".parse::<Target>(), Ok(Target::Idea(IdeaId(7))));
        assert_eq!("c7".parse::<Target>(), Ok(Target::Comment(CommentId(7))));
    }

    async fn right_to_left_text_and_emoji_come_back_byte_for_byte(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env
            .member_on(Identity::new(Platform::Telegram, "٣٤٥"), "Siân Llŷr-ap Gwŷn", Role::Member)
            .await;
        let bob = env.member("bob", Role::Member).await;
        let title = "تحسين الخروج من المستشفى 🏥";
        let body = "שלום \u{200f}עולם\u{200e} — 👩🏽‍⚕️ 👨‍👩‍👧 🇬🇧 \u{fe0f} e\u{301} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\nwith a second line";
        let comment_text = "ممتاز 👍🏾 — diolch yn fawr!";
        let idea = env.idea(&alice, challenges[0].id, title, body).await;
        let comment = env.core.comment(&bob, idea.id, None, comment_body(comment_text)).await.unwrap().comment;

        let view = env.core.idea_view(Some(&bob), idea.id).await.unwrap();
        assert_eq!(view.idea.title.as_bytes(), title.as_bytes());
        assert_eq!(view.idea.body.as_bytes(), body.as_bytes());
        assert_eq!(view.idea.author_name.as_deref(), Some("Siân Llŷr-ap Gwŷn"));
        assert_eq!(view.comments[0].id, comment.id);
        assert_eq!(view.comments[0].body.as_bytes(), comment_text.as_bytes());
        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::New, 0).await.unwrap();
        assert_eq!(page.ideas[0].title.as_bytes(), title.as_bytes());
        assert_eq!(env.core.profile(&alice).await.unwrap().display_name, "Siân Llŷr-ap Gwŷn");
        assert_eq!(
            env.core.actor_for(&Identity::new(Platform::Telegram, "٣٤٥")).await.unwrap().map(|a| a.member()),
            Some(alice.member())
        );

        // Searching for similar ideas copes with any script.
        let similar = env
            .core
            .similar_ideas(challenges[0].id, "تحسين الخروج", "½ ² ① Ⅻ ٣٤٥ 𝔘𝔫𝔦")
            .await
            .unwrap();
        assert_eq!(similar.iter().map(|i| i.id).collect::<Vec<_>>(), vec![idea.id]);
    }

    async fn sql_looking_text_is_stored_literally(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let title = "Robert'); DROP TABLE ideas;--";
        let body = "1' OR '1'='1; DELETE FROM votes; -- \"quoted\" NEAR(x y) AND * OR -z $1 ? %s";
        let idea = env.idea(&alice, challenges[0].id, title, body).await;
        let comment_text = "'); UPDATE members SET role = 'admin'; --";
        env.core.comment(&bob, idea.id, None, comment_body(comment_text)).await.unwrap();

        let stored = env.stored_idea(idea.id).await.unwrap();
        assert_eq!(stored.title, title);
        assert_eq!(stored.body, body);
        let view = env.core.idea_view(Some(&alice), idea.id).await.unwrap();
        assert_eq!(view.comments[0].body, comment_text);
        assert_eq!(env.core.require_actor(&Identity::new(Platform::Console, "bob")).await.unwrap().role(), Role::Member);

        // The ideas table still works for everything else.
        let other = env.idea(&bob, challenges[0].id, "Discharge lounge", "").await;
        env.core.support(&alice, other.id).await.unwrap();
        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::Top, 0).await.unwrap();
        assert_eq!(page.total, 2);
        assert_eq!(page.ideas[0].id, other.id);
        let similar = env.core.similar_ideas(challenges[0].id, "DROP TABLE ideas", "\"quoted\" NEAR(x y)").await.unwrap();
        assert_eq!(similar.iter().map(|i| i.id).collect::<Vec<_>>(), vec![idea.id]);
    }
}
