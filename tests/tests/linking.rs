//! Link codes: joining a second chat account (Telegram, Discord) to the same member, once per
//! code, before it expires, folding an existing registration in without double votes.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core, user_error};

fn telegram() -> Identity {
    Identity::new(Platform::Telegram, "1001")
}

fn discord() -> Identity {
    Identity::new(Platform::Discord, "2002")
}

/// The member id behind an identity, if any.
async fn member_behind(env: &TestEnv, identity: &Identity) -> Option<MemberId> {
    env.core
        .actor_for(identity)
        .await
        .unwrap()
        .map(|a| a.member())
}

both_backends! {
    async fn a_code_made_on_one_account_joins_another_to_the_same_member(env) {
        env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let code = env.core.create_link_code(&alice).await.unwrap();
        assert_eq!(code.len(), 8);

        let member = env.core.redeem_link_code(&telegram(), &code).await.unwrap();
        assert_eq!(member.id, alice.member());
        assert_eq!(member_behind(&env, &telegram()).await, Some(alice.member()));
        let second = env.core.create_link_code(&alice).await.unwrap();
        // Typed in lower case with stray spaces, it still works.
        let typed = format!("  {}  ", second.to_lowercase());
        env.core.redeem_link_code(&discord(), &typed).await.unwrap();
        assert_eq!(member_behind(&env, &discord()).await, Some(alice.member()));
        let identities = env.core.my_data(&alice).await.unwrap().identities;
        assert_eq!(
            identities,
            vec![Identity::new(Platform::Console, "alice"), discord(), telegram()]
        );
    }

    async fn a_code_works_once(env) {
        env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let code = env.core.create_link_code(&alice).await.unwrap();
        env.core.redeem_link_code(&telegram(), &code).await.unwrap();
        let before = env.snapshot().await;
        let again = env.core.redeem_link_code(&discord(), &code).await;
        assert_eq!(user_error(again), UserError::LinkCodeInvalid);
        let made_up = env.core.redeem_link_code(&discord(), "ABCDEFGH").await;
        assert_eq!(user_error(made_up), UserError::LinkCodeInvalid);
        assert_eq!(env.snapshot().await, before);
        assert_eq!(member_behind(&env, &discord()).await, None);
    }

    async fn a_code_expires_after_link_code_minutes(env) {
        env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let minutes = env.core.settings().link_code_minutes;

        let code = env.core.create_link_code(&alice).await.unwrap();
        env.clock.advance(Duration::minutes(minutes) - Duration::seconds(1));
        env.core.redeem_link_code(&telegram(), &code).await.unwrap();

        let code = env.core.create_link_code(&alice).await.unwrap();
        env.clock.advance(Duration::minutes(minutes));
        let before = env.snapshot().await;
        let late = env.core.redeem_link_code(&discord(), &code).await;
        assert_eq!(user_error(late), UserError::LinkCodeInvalid);
        assert_eq!(env.snapshot().await, before);
        assert_eq!(member_behind(&env, &discord()).await, None);
    }

    async fn redeeming_on_your_own_account_is_refused_and_keeps_the_code(env) {
        env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let code = env.core.create_link_code(&alice).await.unwrap();
        let own = Identity::new(Platform::Console, "alice");
        let refused = env.core.redeem_link_code(&own, &code).await;
        assert_eq!(user_error(refused), UserError::AlreadyLinked);
        // The refusal did not use the code up.
        env.core.redeem_link_code(&telegram(), &code).await.unwrap();
    }

    async fn an_existing_registration_is_folded_in_without_double_votes(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let also_alice = env.member_on(telegram(), "Alice on Telegram", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let posted_on_telegram = env.idea(&also_alice, challenges[0].id, "Discharge lounge", "").await;
        let both_backed = env.idea(&bob, challenges[0].id, "Pharmacy at 7", "").await;
        let telegram_backed = env.idea(&carol, challenges[0].id, "Transport the day before", "").await;
        env.core.support(&alice, both_backed.id).await.unwrap();
        env.core.support(&also_alice, both_backed.id).await.unwrap();
        env.core.support(&also_alice, telegram_backed.id).await.unwrap();
        env.core.support(&bob, both_backed.id).await.unwrap();
        assert_eq!(env.stored_idea(both_backed.id).await.unwrap().supporters, 3);

        let code = env.core.create_link_code(&alice).await.unwrap();
        let member = env.core.redeem_link_code(&telegram(), &code).await.unwrap();
        assert_eq!(member.id, alice.member());
        assert_eq!(member_behind(&env, &telegram()).await, Some(alice.member()));

        assert_eq!(env.stored_idea(both_backed.id).await.unwrap().supporters, 2, "alice once, bob once");
        assert_eq!(env.stored_idea(telegram_backed.id).await.unwrap().supporters, 1);
        let idea = env.stored_idea(posted_on_telegram.id).await.unwrap();
        assert_eq!(idea.author_id, Some(alice.member()));
        assert_eq!(idea.author_name.as_deref(), Some("alice"));
        let data = env.core.my_data(&alice).await.unwrap();
        assert_eq!(data.supported, vec![both_backed.id, telegram_backed.id]);
        assert_eq!(data.ideas.iter().map(|i| i.id).collect::<Vec<_>>(), vec![posted_on_telegram.id]);
        // The folded registration is gone; only one member remains for Alice.
        let snapshot = env.snapshot().await;
        assert!(snapshot.members.iter().all(|m| m.member.id != also_alice.member()));
        let again = env.core.support(&alice, telegram_backed.id).await;
        assert_eq!(user_error(again), UserError::AlreadySupported { id: telegram_backed.id });
    }
}
