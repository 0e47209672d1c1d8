//! The notification outbox: the right rows for the right people written with the change, none
//! for a refused action, and one row per person when a Big Idea moves on.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::Target;
use crowdsprint_tests::{
    TestEnv, both_backends, comment_body, crowdsprint_core, draft, reason, user_error,
};
use std::collections::BTreeSet;

fn title(text: &str) -> Title {
    Title::parse(text).unwrap()
}

fn no_description() -> Description {
    Description::parse("").unwrap()
}

/// A theme in `sprint` holding `ideas`.
async fn theme_of(env: &TestEnv, sprint: SprintId, name: &str, ideas: &[IdeaId]) -> ThemeId {
    let admin = env.admin().await;
    let theme = env
        .core
        .create_theme(&admin, sprint, title(name), no_description())
        .await
        .unwrap();
    for idea in ideas {
        env.core
            .add_to_theme(&admin, theme.id, *idea)
            .await
            .unwrap();
    }
    theme.id
}

both_backends! {
    async fn a_response_to_a_comment_tells_the_comment_author(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let comment = env.core.comment(&carol, idea.id, None, comment_body("Who staffs it?")).await.unwrap().comment;

        let mark = env.outbox_mark().await;
        let response = env
            .core
            .respond(&champion, Target::Comment(comment.id), comment_body("The discharge team"))
            .await
            .unwrap();
        // The forum followers hear of the response as a visible comment...
        let published: Vec<_> = env.outbox_after(mark).await.into_iter().filter(|r| r.recipient.is_none()).map(|r| r.event).collect();
        assert_eq!(published, vec![Event::CommentPublished { idea: idea.id, comment: response.id }]);
        // ...and its one person, Carol, is told.
        let rows = env.notifications_after(mark).await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].recipient, Some(carol.member()));
        assert_eq!(rows[0].sprint, Some(sprint.id));
        assert_eq!(
            rows[0].event,
            Event::ResponseToComment {
                idea: idea.id,
                title: "Discharge lounge".into(),
                comment: comment.id,
                response: response.id,
            }
        );

        // A response to the idea itself tells the idea's author.
        let mark = env.outbox_mark().await;
        let response = env.core.respond(&champion, Target::Idea(idea.id), comment_body("Great idea")).await.unwrap();
        let rows = env.notifications_after(mark).await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].recipient, Some(alice.member()));
        assert_eq!(
            rows[0].event,
            Event::ResponseToIdea { idea: idea.id, title: "Discharge lounge".into(), response: response.id }
        );
    }

    async fn a_refused_action_leaves_no_outbox_row(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let comment = env.core.comment(&alice, idea.id, None, comment_body("Weekends too")).await.unwrap().comment;
        let reply = env.core.comment(&bob, idea.id, Some(comment.id), comment_body("Agreed")).await.unwrap().comment;
        env.core.hide(&champion, Target::Idea(idea.id), reason("Testing")).await.unwrap();
        env.core.restore(&champion, Target::Idea(idea.id)).await.unwrap();
        let theme = theme_of(&env, sprint.id, "Discharge", &[idea.id]).await;
        let big = env
            .core
            .create_big_idea(&admin, sprint.id, title("Home for noon"), no_description(), &[theme])
            .await
            .unwrap();
        let before = env.snapshot().await;
        let outbox = env.outbox().await;
        assert!(!outbox.is_empty());

        let too_deep = env.core.comment(&alice, idea.id, Some(reply.id), comment_body("Thanks")).await;
        assert_eq!(user_error(too_deep), UserError::ReplyTooDeep);
        let by_member = env.core.respond(&bob, Target::Comment(comment.id), comment_body("Official")).await;
        assert_eq!(user_error(by_member), UserError::NotAllowed { needed: Role::Champion });
        let unchanged = env.core.set_big_idea_stage(&admin, big.id, DevelopmentStage::Submitted).await;
        assert_eq!(user_error(unchanged), UserError::StageUnchanged);
        let same_stage = env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Open).await;
        assert_eq!(user_error(same_stage), UserError::StageUnchanged);
        env.core.hide(&champion, Target::Idea(idea.id), reason("Off topic")).await.unwrap();
        let mid = env.snapshot().await;
        let twice = env.core.hide(&champion, Target::Idea(idea.id), reason("Off topic")).await;
        assert_eq!(user_error(twice), UserError::AlreadyHidden);
        assert_eq!(env.snapshot().await, mid);
        env.core.restore(&champion, Target::Idea(idea.id)).await.unwrap();
        env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Closed).await.unwrap();
        let mid = env.snapshot().await;
        let closed = env.core.submit_idea(&alice, draft(challenges[0].id, "Late", "")).await;
        assert_eq!(user_error(closed), UserError::SprintNotOpen { id: sprint.id });
        assert_eq!(env.snapshot().await, mid);

        // Only the successful hide, restore and close wrote rows: restoring tells nobody, but
        // hiding and restoring tell the channels, whose cards follow.
        let new_rows: Vec<&'static str> = env
            .outbox()
            .await
            .iter()
            .skip(before.outbox.len())
            .map(|r| r.event.name())
            .collect();
        assert_eq!(new_rows, vec!["idea_revised", "idea_hidden", "idea_revised", "sprint_closed"]);
    }

    async fn a_big_idea_moving_on_tells_each_backer_once(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let c = challenges[0].id;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let dan = env.member("dan", Role::Member).await;
        let erin = env.member("erin", Role::Member).await;
        let frank = env.member("frank", Role::Member).await;
        let gina = env.member("gina", Role::Member).await;
        let first = env.idea(&alice, c, "Volunteer medicines delivery", "").await;
        let both = env.idea(&bob, c, "Pharmacy opens at 7", "").await;
        let third = env.idea(&carol, c, "Transport booked the day before", "").await;
        let outside = env.idea(&dan, c, "Rest rooms for crews", "").await;
        // Erin supports two ideas under the Big Idea, Alice supports one besides writing one,
        // Frank comments on two, Bob comments on his own, Gina takes part and then erases
        // herself, and Dan only touches an idea outside it.
        for (who, idea) in [(&erin, first.id), (&erin, both.id), (&alice, third.id), (&gina, both.id), (&dan, outside.id)] {
            env.core.support(who, idea).await.unwrap();
        }
        for (who, idea) in [(&frank, first.id), (&frank, third.id), (&bob, both.id), (&gina, first.id)] {
            env.core.comment(who, idea, None, comment_body("Yes please")).await.unwrap();
        }
        env.core.forget_me(&gina).await.unwrap();
        let medicines = theme_of(&env, sprint.id, "Medicines", &[first.id, both.id]).await;
        let transport = theme_of(&env, sprint.id, "Transport", &[both.id, third.id]).await;
        theme_of(&env, sprint.id, "Rest", &[outside.id]).await;
        let big = env
            .core
            .create_big_idea(&admin, sprint.id, title("Home for noon"), no_description(), &[medicines, transport])
            .await
            .unwrap();

        let mark = env.outbox_mark().await;
        let told = env.core.set_big_idea_stage(&admin, big.id, DevelopmentStage::Prototyping).await.unwrap();
        let rows = env.outbox_after(mark).await;
        let recipients: Vec<MemberId> = rows.iter().map(|r| r.recipient.unwrap()).collect();
        let distinct: BTreeSet<MemberId> = recipients.iter().copied().collect();
        assert_eq!(recipients.len(), distinct.len(), "nobody is told twice");
        let expected: BTreeSet<MemberId> =
            [&alice, &bob, &carol, &erin, &frank].iter().map(|a| a.member()).collect();
        assert_eq!(distinct, expected);
        assert_eq!(told, 5);
        for row in &rows {
            assert_eq!(row.sprint, Some(sprint.id));
            assert_eq!(
                row.event,
                Event::BigIdeaStageChanged {
                    big_idea: big.id,
                    title: "Home for noon".into(),
                    stage: DevelopmentStage::Prototyping,
                }
            );
        }

        // The ideas under it moved along; the one outside did not.
        for idea in [first.id, both.id, third.id] {
            assert_eq!(env.stored_idea(idea).await.unwrap().stage, DevelopmentStage::Prototyping);
        }
        assert_eq!(env.stored_idea(outside.id).await.unwrap().stage, DevelopmentStage::Themed);
        assert_eq!(
            env.core.big_ideas(sprint.id).await.unwrap()[0].stage,
            DevelopmentStage::Prototyping
        );
    }

    async fn replies_tell_the_comment_author_but_not_when_replying_to_yourself(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let comment = env.core.comment(&alice, idea.id, None, comment_body("Weekends too")).await.unwrap().comment;

        let mark = env.outbox_mark().await;
        env.core.comment(&alice, idea.id, Some(comment.id), comment_body("And bank holidays")).await.unwrap();
        assert!(env.notifications_after(mark).await.is_empty());

        let reply = env.core.comment(&bob, idea.id, Some(comment.id), comment_body("Agreed")).await.unwrap().comment;
        let rows = env.notifications_after(mark).await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].recipient, Some(alice.member()));
        assert_eq!(
            rows[0].event,
            Event::ReplyToComment {
                idea: idea.id,
                title: "Discharge lounge".into(),
                comment: comment.id,
                reply: reply.id,
            }
        );
    }
}
