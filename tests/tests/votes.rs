//! Support (votes): one per member per idea, withdrawing, the Support button's toggle, and
//! supporter counts that always match the votes behind them.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ListOrder, Target};
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core, reason, user_error};

/// The stored supporter count and the number of members whose votes back it.
async fn count_and_votes(env: &TestEnv, idea: IdeaId) -> (i64, i64) {
    let snapshot = env.snapshot().await;
    let votes = snapshot
        .members
        .iter()
        .filter(|m| m.votes.contains(&idea))
        .count();
    let stored = env.stored_idea(idea).await.unwrap().supporters;
    (stored, i64::try_from(votes).unwrap())
}

both_backends! {
    async fn one_vote_per_member_per_idea(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Medicines ready the night before", "").await;

        assert_eq!(env.core.support(&bob, idea.id).await.unwrap(), 1);
        let before = env.snapshot().await;
        let again = env.core.support(&bob, idea.id).await;
        assert_eq!(user_error(again), UserError::AlreadySupported { id: idea.id });
        assert_eq!(env.snapshot().await, before);
        assert_eq!(env.core.support(&carol, idea.id).await.unwrap(), 2);
        assert_eq!(count_and_votes(&env, idea.id).await, (2, 2));

        let view = env.core.idea_view(Some(&bob), idea.id).await.unwrap();
        assert!(view.supported);
        assert!(view.following, "supporting follows the idea");
        assert_eq!(view.idea.supporters, 2);
        let view = env.core.idea_view(Some(&alice), idea.id).await.unwrap();
        assert!(!view.supported);
    }

    async fn withdrawing_support_takes_the_vote_away(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Medicines ready the night before", "").await;
        env.core.support(&bob, idea.id).await.unwrap();
        env.core.support(&carol, idea.id).await.unwrap();

        assert_eq!(env.core.withdraw_support(&bob, idea.id).await.unwrap(), 1);
        assert!(!env.core.idea_view(Some(&bob), idea.id).await.unwrap().supported);
        let before = env.snapshot().await;
        let again = env.core.withdraw_support(&bob, idea.id).await;
        assert_eq!(user_error(again), UserError::NotSupported { id: idea.id });
        let never = env.core.withdraw_support(&alice, idea.id).await;
        assert_eq!(user_error(never), UserError::NotSupported { id: idea.id });
        assert_eq!(env.snapshot().await, before);
        assert_eq!(count_and_votes(&env, idea.id).await, (1, 1));

        // Supporting again after withdrawing is a fresh vote.
        assert_eq!(env.core.support(&bob, idea.id).await.unwrap(), 2);
    }

    async fn the_support_button_toggles(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Medicines ready the night before", "").await;

        assert_eq!(env.core.toggle_support(&bob, idea.id).await.unwrap(), (true, 1));
        assert_eq!(env.core.toggle_support(&bob, idea.id).await.unwrap(), (false, 0));
        assert_eq!(env.core.toggle_support(&bob, idea.id).await.unwrap(), (true, 1));
        assert_eq!(count_and_votes(&env, idea.id).await, (1, 1));
    }

    async fn counts_stay_right_across_many_members_and_ideas(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let popular = env.idea(&alice, challenges[0].id, "Pharmacy opens earlier", "").await;
        let quiet = env.idea(&alice, challenges[1].id, "Board rounds at 8", "").await;
        let mut people = Vec::new();
        for name in ["p1", "p2", "p3", "p4", "p5"] {
            people.push(env.member(name, Role::Member).await);
        }
        for person in &people {
            env.core.support(person, popular.id).await.unwrap();
        }
        env.core.support(&people[0], quiet.id).await.unwrap();
        env.core.toggle_support(&people[1], popular.id).await.unwrap();
        env.core.withdraw_support(&people[2], popular.id).await.unwrap();

        assert_eq!(count_and_votes(&env, popular.id).await, (3, 3));
        assert_eq!(count_and_votes(&env, quiet.id).await, (1, 1));
        let top = env.core.list_ideas(Some(&alice), Some(sprint.id), ListOrder::Top, 0).await.unwrap();
        let order: Vec<(IdeaId, i64)> = top.ideas.iter().map(|i| (i.id, i.supporters)).collect();
        assert_eq!(order, vec![(popular.id, 3), (quiet.id, 1)]);
        let stats = env.core.stats(&env.admin().await, Some(sprint.id)).await.unwrap();
        assert_eq!(stats.total.votes, 4);
    }

    async fn simultaneous_votes_are_all_counted_once(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Medicines ready the night before", "").await;
        let mut people = Vec::new();
        for n in 0..12 {
            people.push(env.member(&format!("person{n}"), Role::Member).await);
        }
        // Everyone presses Support at once, and the first four press it twice.
        let mut tasks = Vec::new();
        for (n, person) in people.iter().enumerate() {
            let presses = if n < 4 { 2 } else { 1 };
            for _ in 0..presses {
                let core = env.core.clone();
                let person = person.clone();
                let id = idea.id;
                tasks.push(tokio::spawn(async move { core.support(&person, id).await }));
            }
        }
        let mut counted = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => counted += 1,
                Err(error) => assert_eq!(error.as_user(), Some(&UserError::AlreadySupported { id: idea.id })),
            }
        }
        assert_eq!(counted, 12);
        assert_eq!(count_and_votes(&env, idea.id).await, (12, 12));
    }

    async fn only_ideas_people_can_see_take_votes(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let hidden = env.idea(&alice, challenges[0].id, "Off topic", "").await;
        env.core.hide(&champion, Target::Idea(hidden.id), reason("Off topic")).await.unwrap();
        let held = env.core.submit_idea(&alice, crowdsprint_tests::draft(challenges[0].id, "Call 07700 900123", "")).await.unwrap().idea;
        assert_eq!(held.visibility, Visibility::Pending);
        let before = env.snapshot().await;

        for id in [hidden.id, held.id, IdeaId(9_999)] {
            assert_eq!(user_error(env.core.support(&bob, id).await), UserError::IdeaNotFound { id });
        }
        assert_eq!(env.snapshot().await, before);
    }
}
