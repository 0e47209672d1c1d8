//! A member's own data: downloading it, and erasing themselves, which drops who they were but
//! keeps their ideas, comments and votes counting for "a former member".

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, reason, registration};

fn console(name: &str) -> Identity {
    Identity::new(Platform::Console, name)
}

both_backends! {
    async fn my_data_holds_everything_about_me(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let mine = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let theirs = env.idea(&bob, challenges[0].id, "Pharmacy at 7", "").await;
        env.core.support(&alice, theirs.id).await.unwrap();
        let comment = env.core.comment(&alice, theirs.id, None, comment_body("Yes please")).await.unwrap().comment;

        let data = env.core.my_data(&alice).await.unwrap();
        assert_eq!(data.member.display_name, "alice");
        assert_eq!(data.identities, vec![console("alice")]);
        assert_eq!(data.ideas.iter().map(|i| i.id).collect::<Vec<_>>(), vec![mine.id]);
        assert_eq!(data.comments.iter().map(|c| c.id).collect::<Vec<_>>(), vec![comment.id]);
        assert_eq!(data.supported, vec![theirs.id]);
        assert_eq!(data.following, vec![mine.id, theirs.id]);
    }

    async fn my_data_lists_messages_to_me_and_audit_entries_about_me(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member_on(Identity::new(Platform::Telegram, "4242"), "alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let moderator = env.member("mo", Role::Moderator).await;
        let theirs = env.idea(&bob, challenges[0].id, "Pharmacy at 7", "").await;
        let comment = env.core.comment(&alice, theirs.id, None, comment_body("Yes please")).await.unwrap().comment;
        env.core.hide(&moderator, Target::Comment(comment.id), reason("Off topic")).await.unwrap();

        // Told, but not yet queued: the message waits in the outbox.
        let data = env.core.my_data(&alice).await.unwrap();
        assert_eq!(data.deliveries.len(), 1, "{:?}", data.deliveries);
        assert_eq!(data.deliveries[0].state, "waiting");
        assert!(data.deliveries[0].message.to_string().contains("Off topic"), "{:?}", data.deliveries[0]);
        let about: Vec<_> = data.audit.iter().filter(|a| !a.by_you).collect();
        assert_eq!(about.len(), 1, "{:?}", data.audit);
        assert_eq!(about[0].reason.as_deref(), Some("Off topic"));

        // Queued for her Telegram chat (with the sprint's news, which subscribers get too):
        // where it goes is hers to see as well.
        env.core.fan_out(100).await.unwrap();
        let data = env.core.my_data(&alice).await.unwrap();
        let hidden = data.deliveries.iter().find(|d| d.message["event"] == "comment_hidden").unwrap();
        assert_eq!((hidden.platform.as_str(), hidden.address.as_str()), ("telegram", "4242"));
        assert_eq!(hidden.state, "pending");
        assert!(data.deliveries.iter().all(|d| d.state == "pending"), "{:?}", data.deliveries);

        // The moderator's own record holds what they did; Bob's holds none of it.
        let theirs = env.core.my_data(&moderator).await.unwrap();
        assert!(theirs.audit.iter().any(|a| a.by_you && a.reason.as_deref() == Some("Off topic")));
        assert!(env.core.my_data(&bob).await.unwrap().audit.is_empty());

        // The line heading the record, in both languages.
        let catalog = crowdsprint_core::i18n::Catalog::load().unwrap();
        let english = catalog.render(Locale::EnGb, &data.summary());
        assert!(english.contains("2 messages to you waiting or kept"), "{english}");
        assert!(english.contains("1 entry in the team's audit log"), "{english}");
        let welsh = catalog.render(Locale::Cy, &data.summary());
        assert!(welsh.contains("2 neges i chi"), "{welsh}");
    }

    async fn erasing_myself_keeps_the_ideas_and_drops_the_identity(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let mine = env.idea(&alice, challenges[0].id, "Discharge lounge", "Open at weekends").await;
        let theirs = env.idea(&bob, challenges[0].id, "Pharmacy at 7", "").await;
        env.core.support(&alice, theirs.id).await.unwrap();
        env.core.support(&bob, mine.id).await.unwrap();
        let comment = env.core.comment(&alice, theirs.id, None, comment_body("Yes please")).await.unwrap().comment;
        let stats_before = env.core.stats(&env.admin().await, Some(sprint.id)).await.unwrap();

        env.core.forget_me(&alice).await.unwrap();

        assert_eq!(env.core.actor_for(&console("alice")).await.unwrap(), None);
        let view = env.core.idea_view(Some(&bob), mine.id).await.unwrap();
        assert_eq!(view.idea.author_id, None);
        assert_eq!(view.idea.author_name, None);
        assert_eq!(view.idea.title, "Discharge lounge");
        assert_eq!(view.idea.body, "Open at weekends");
        assert_eq!(view.idea.supporters, 1);
        let view = env.core.idea_view(Some(&bob), theirs.id).await.unwrap();
        assert_eq!(view.idea.supporters, 1, "the erased member's vote still counts");
        let kept = view.comments.iter().find(|c| c.id == comment.id).unwrap();
        assert_eq!(kept.author_id, None);
        assert_eq!(kept.author_name, None);
        assert_eq!(kept.body, "Yes please");
        let snapshot = env.snapshot().await;
        assert!(snapshot.members.iter().all(|m| m.member.id != alice.member()));
        let stats_after = env.core.stats(&env.admin().await, Some(sprint.id)).await.unwrap();
        assert_eq!(stats_after.total, stats_before.total);

        // Coming back is a fresh start.
        let again = env.core.register(&console("alice"), registration("alice")).await.unwrap();
        assert_ne!(again.id, alice.member());
        let fresh = env.core.require_actor(&console("alice")).await.unwrap();
        assert_eq!(fresh.member(), again.id);
        let data = env.core.my_data(&fresh).await.unwrap();
        assert!(data.ideas.is_empty());
        assert!(data.comments.is_empty());
        assert!(data.supported.is_empty());
        assert!(data.following.is_empty());
        // The fresh member may support the idea the old one supported: it is not theirs.
        assert_eq!(env.core.support(&fresh, theirs.id).await.unwrap(), 2);
    }

    async fn a_banned_member_can_still_erase_themselves(env) {
        env.open_sprint().await;
        let bob = env.member("bob", Role::Member).await;
        let moderator = env.member("mo", Role::Moderator).await;
        env.core.ban(&moderator, bob.member(), reason("Abuse")).await.unwrap();
        let bob = env.core.require_actor(&console("bob")).await.unwrap();
        env.core.forget_me(&bob).await.unwrap();
        assert_eq!(env.core.actor_for(&console("bob")).await.unwrap(), None);
    }

    async fn erasing_myself_removes_every_linked_account_and_open_link_code(env) {
        env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let telegram = Identity::new(Platform::Telegram, "555");
        let code = env.core.create_link_code(&alice).await.unwrap();
        env.core.redeem_link_code(&telegram, &code).await.unwrap();
        let unused = env.core.create_link_code(&alice).await.unwrap();

        env.core.forget_me(&alice).await.unwrap();
        assert_eq!(env.core.actor_for(&telegram).await.unwrap(), None);
        let discord = Identity::new(Platform::Discord, "777");
        let refused = env.core.redeem_link_code(&discord, &unused).await;
        assert_eq!(crowdsprint_tests::user_error(refused), UserError::LinkCodeInvalid);
    }
}
