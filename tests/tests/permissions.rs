//! Who may do what: members, banned members, champions, moderators and admins, and that every
//! refused action leaves the database exactly as it was.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ListOrder, Target};
use crowdsprint_tests::{
    TestEnv, both_backends, comment_body, crowdsprint_core, draft, reason, user_error,
};

/// The actor behind a console member, read afresh (roles and bans change between calls).
async fn actor(env: &TestEnv, name: &str) -> Actor {
    env.core
        .require_actor(&Identity::new(Platform::Console, name))
        .await
        .unwrap()
}

both_backends! {
    async fn a_member_cannot_hide(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "Open at weekends").await;
        let before = env.snapshot().await;

        let refused = env.core.hide(&bob, Target::Idea(idea.id), reason("I do not like it")).await;
        assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Champion });
        assert_eq!(env.snapshot().await, before);
        let seen = env.core.idea_view(Some(&bob), idea.id).await.unwrap();
        assert_eq!(seen.idea.visibility, Visibility::Visible);
    }

    async fn a_banned_member_reads_but_cannot_post_vote_or_comment(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let moderator = env.member("mo", Role::Moderator).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "Open at weekends").await;
        let comment = env
            .core
            .comment(&alice, idea.id, None, comment_body("Weekends matter most"))
            .await
            .unwrap()
            .comment;

        env.core.ban(&moderator, bob.member(), reason("Abuse")).await.unwrap();
        let bob = actor(&env, "bob").await;
        assert!(bob.is_banned());
        assert!(env.core.profile(&bob).await.unwrap().banned);
        let before = env.snapshot().await;

        let post = env.core.submit_idea(&bob, draft(challenges[0].id, "Mine", "")).await;
        assert_eq!(user_error(post), UserError::Banned);
        assert_eq!(user_error(env.core.support(&bob, idea.id).await), UserError::Banned);
        assert_eq!(user_error(env.core.toggle_support(&bob, idea.id).await), UserError::Banned);
        let said = env.core.comment(&bob, idea.id, None, comment_body("Rubbish")).await;
        assert_eq!(user_error(said), UserError::Banned);
        let replied = env.core.comment(&bob, idea.id, Some(comment.id), comment_body("Rubbish")).await;
        assert_eq!(user_error(replied), UserError::Banned);
        assert_eq!(user_error(env.core.follow(&bob, idea.id).await), UserError::Banned);
        assert_eq!(env.snapshot().await, before);

        // Reading still works.
        let view = env.core.idea_view(Some(&bob), idea.id).await.unwrap();
        assert_eq!(view.idea.title, "Discharge lounge");
        assert_eq!(view.comments.len(), 1);
        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::Top, 0).await.unwrap();
        assert_eq!(page.ideas.len(), 1);
        env.core.sprint_overview(Some(&bob), Some(sprint.id)).await.unwrap();

        // Lifting the ban gives the voice back.
        env.core.unban(&moderator, bob.member()).await.unwrap();
        let bob = actor(&env, "bob").await;
        assert_eq!(env.core.support(&bob, idea.id).await.unwrap(), 1);
    }

    async fn banning_twice_and_unbanning_the_unbanned_are_refused(env) {
        env.open_sprint().await;
        let bob = env.member("bob", Role::Member).await;
        let moderator = env.member("mo", Role::Moderator).await;
        env.core.ban(&moderator, bob.member(), reason("Abuse")).await.unwrap();
        let before = env.snapshot().await;
        let again = env.core.ban(&moderator, bob.member(), reason("Abuse")).await;
        assert_eq!(user_error(again), UserError::AlreadyBanned { member: bob.member() });
        assert_eq!(env.snapshot().await, before);
        env.core.unban(&moderator, bob.member()).await.unwrap();
        let before = env.snapshot().await;
        let again = env.core.unban(&moderator, bob.member()).await;
        assert_eq!(user_error(again), UserError::NotBanned { member: bob.member() });
        assert_eq!(env.snapshot().await, before);
    }

    async fn a_champion_responds_and_approves_but_cannot_ban_or_merge(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let first = env.idea(&alice, challenges[0].id, "Discharge lounge", "Open at weekends").await;
        let second = env.idea(&bob, challenges[0].id, "Weekend lounge", "Open the lounge at weekends").await;

        let response = env
            .core
            .respond(&champion, Target::Idea(first.id), comment_body("Thank you, we are looking at this"))
            .await
            .unwrap();
        assert!(response.is_response);
        env.core.approve(&champion, Target::Idea(second.id)).await.unwrap();
        assert_eq!(env.stored_idea(second.id).await.unwrap().review, ReviewState::Approved);

        let before = env.snapshot().await;
        let ban = env.core.ban(&champion, bob.member(), reason("Abuse")).await;
        assert_eq!(user_error(ban), UserError::NotAllowed { needed: Role::Moderator });
        let merge = env.core.merge(&champion, second.id, first.id).await;
        assert_eq!(user_error(merge), UserError::NotAllowed { needed: Role::Moderator });
        let role = env.core.set_role(&champion, bob.member(), Role::Champion).await;
        assert_eq!(user_error(role), UserError::NotAllowed { needed: Role::Admin });
        assert_eq!(env.snapshot().await, before);
    }

    async fn a_member_cannot_respond_approve_or_run_a_sprint(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "Open at weekends").await;
        let before = env.snapshot().await;

        let respond = env.core.respond(&bob, Target::Idea(idea.id), comment_body("Official")).await;
        assert_eq!(user_error(respond), UserError::NotAllowed { needed: Role::Champion });
        let approve = env.core.approve(&bob, Target::Idea(idea.id)).await;
        assert_eq!(user_error(approve), UserError::NotAllowed { needed: Role::Champion });
        let stage = env.core.set_sprint_stage(&bob, sprint.id, SprintStage::Closed).await;
        assert_eq!(user_error(stage), UserError::NotAllowed { needed: Role::Moderator });
        let theme = env
            .core
            .create_theme(&bob, sprint.id, Title::parse("Mine").unwrap(), Description::parse("").unwrap())
            .await;
        assert_eq!(user_error(theme), UserError::NotAllowed { needed: Role::Moderator });
        assert_eq!(env.snapshot().await, before);
    }

    async fn a_moderator_cannot_grant_roles(env) {
        env.open_sprint().await;
        let bob = env.member("bob", Role::Member).await;
        let moderator = env.member("mo", Role::Moderator).await;
        let before = env.snapshot().await;

        for role in Role::ALL {
            let refused = env.core.set_role(&moderator, bob.member(), *role).await;
            assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Admin });
        }
        let own = env.core.set_role(&moderator, moderator.member(), Role::Admin).await;
        assert_eq!(user_error(own), UserError::NotAllowed { needed: Role::Admin });
        assert_eq!(env.snapshot().await, before);
        assert_eq!(actor(&env, "bob").await.role(), Role::Member);
        assert_eq!(actor(&env, "mo").await.role(), Role::Moderator);
    }

    async fn only_admins_set_roles(env) {
        let admin = env.admin().await;
        let bob = env.member("bob", Role::Member).await;
        let member = env.core.set_role(&admin, bob.member(), Role::Champion).await.unwrap();
        assert_eq!(member.role, Role::Champion);
        assert_eq!(actor(&env, "bob").await.role(), Role::Champion);

        let before = env.snapshot().await;
        let own = env.core.set_role(&admin, admin.member(), Role::Member).await;
        assert_eq!(user_error(own), UserError::NotOnYourself);
        let nobody = env.core.set_role(&admin, MemberId(9_999), Role::Champion).await;
        assert_eq!(user_error(nobody), UserError::MemberNotFound);
        let champion = actor(&env, "bob").await;
        let by_champion = env.core.set_role(&champion, champion.member(), Role::Admin).await;
        assert_eq!(user_error(by_champion), UserError::NotAllowed { needed: Role::Admin });
        assert_eq!(env.snapshot().await, before);
    }

    async fn nobody_bans_an_equal_a_superior_or_themselves(env) {
        env.open_sprint().await;
        let admin = env.admin().await;
        let second_admin = env.member("ada", Role::Admin).await;
        let moderator = env.member("mo", Role::Moderator).await;
        let other_moderator = env.member("max", Role::Moderator).await;
        let before = env.snapshot().await;

        let cases = [
            (&moderator, other_moderator.member(), UserError::NotAllowed { needed: Role::Admin }),
            (&moderator, admin.member(), UserError::NotAllowed { needed: Role::Admin }),
            (&admin, second_admin.member(), UserError::NotAllowed { needed: Role::Admin }),
            (&moderator, moderator.member(), UserError::NotOnYourself),
            (&admin, admin.member(), UserError::NotOnYourself),
        ];
        for (who, whom, expected) in cases {
            let refused = env.core.ban(who, whom, reason("Testing")).await;
            assert_eq!(user_error(refused), expected);
        }
        assert_eq!(env.snapshot().await, before);

        // An admin may ban a moderator, who then can no longer moderate.
        env.core.ban(&admin, moderator.member(), reason("Misused the tools")).await.unwrap();
        let banned = actor(&env, "mo").await;
        let refused = env.core.ban(&banned, MemberId(9_999), reason("Testing")).await;
        assert_eq!(user_error(refused), UserError::Banned);
    }
}
