//! Sprint windows: ideas and votes are taken only while a sprint is open and between its
//! opening and closing times; comments stay open so conversations can finish.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::SprintDraft;
use crowdsprint_tests::{
    NowForTests, TestEnv, both_backends, comment_body, crowdsprint_core, draft, user_error,
};

/// A sprint opening in `opens_in` from now and open for `lasts`, moved to the open stage, with
/// one challenge.
async fn future_sprint(env: &TestEnv, opens_in: Duration, lasts: Duration) -> (Sprint, Challenge) {
    let admin = env.admin().await;
    let opens_at = env.clock.now_for_tests() + opens_in;
    let sprint = env
        .core
        .create_sprint(
            &admin,
            SprintDraft {
                title: Title::parse("Self-referral").unwrap(),
                description: Description::parse("Community health services").unwrap(),
                opens_at,
                closes_at: opens_at + lasts,
            },
        )
        .await
        .unwrap();
    let challenge = env
        .core
        .add_challenge(
            &admin,
            sprint.id,
            Title::parse("People").unwrap(),
            Description::parse("").unwrap(),
        )
        .await
        .unwrap();
    let sprint = env
        .core
        .set_sprint_stage(&admin, sprint.id, SprintStage::Open)
        .await
        .unwrap();
    (sprint, challenge)
}

both_backends! {
    async fn nothing_is_taken_before_the_sprint_opens(env) {
        let (sprint, challenge) = future_sprint(&env, Duration::days(2), Duration::days(14)).await;
        let alice = env.member("alice", Role::Member).await;
        let overview = env.core.sprint_overview(Some(&alice), Some(sprint.id)).await.unwrap();
        assert!(!overview.accepting);
        let before = env.snapshot().await;

        let early = env.core.submit_idea(&alice, draft(challenge.id, "Too early", "")).await;
        assert_eq!(user_error(early), UserError::SprintNotOpen { id: sprint.id });
        env.clock.set(sprint.opens_at - Duration::seconds(1));
        let still_early = env.core.submit_idea(&alice, draft(challenge.id, "Too early", "")).await;
        assert_eq!(user_error(still_early), UserError::SprintNotOpen { id: sprint.id });
        assert_eq!(env.snapshot().await, before);

        // On the dot it opens, for ideas and for votes.
        env.clock.set(sprint.opens_at);
        let idea = env.idea(&alice, challenge.id, "Right on time", "").await;
        let bob = env.member("bob", Role::Member).await;
        assert_eq!(env.core.support(&bob, idea.id).await.unwrap(), 1);

        // Moved back before the window, votes are refused too.
        env.clock.set(sprint.opens_at - Duration::minutes(5));
        let carol = env.member("carol", Role::Member).await;
        let before = env.snapshot().await;
        let vote = env.core.support(&carol, idea.id).await;
        assert_eq!(user_error(vote), UserError::SprintNotOpen { id: sprint.id });
        assert_eq!(env.snapshot().await, before);
        assert_eq!(env.stored_idea(idea.id).await.unwrap().supporters, 1);
    }

    async fn nothing_is_taken_once_the_sprint_closes(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        env.core.support(&bob, idea.id).await.unwrap();

        env.clock.set(sprint.closes_at - Duration::seconds(1));
        env.idea(&alice, challenges[0].id, "Last minute idea", "").await;

        env.clock.set(sprint.closes_at);
        let before = env.snapshot().await;
        let late = env.core.submit_idea(&alice, draft(challenges[0].id, "Too late", "")).await;
        assert_eq!(user_error(late), UserError::SprintNotOpen { id: sprint.id });
        let carol = env.member("carol", Role::Member).await;
        let after_registering = env.snapshot().await;
        let vote = env.core.support(&carol, idea.id).await;
        assert_eq!(user_error(vote), UserError::SprintNotOpen { id: sprint.id });
        let withdraw = env.core.withdraw_support(&bob, idea.id).await;
        assert_eq!(user_error(withdraw), UserError::SprintNotOpen { id: sprint.id });
        let toggle = env.core.toggle_support(&bob, idea.id).await;
        assert_eq!(user_error(toggle), UserError::SprintNotOpen { id: sprint.id });
        assert_eq!(env.snapshot().await, after_registering);
        assert_eq!(before.ideas, after_registering.ideas);
        assert_eq!(env.stored_idea(idea.id).await.unwrap().supporters, 1);

        env.clock.advance(Duration::days(30));
        let much_later = env.core.submit_idea(&alice, draft(challenges[0].id, "Too late", "")).await;
        assert_eq!(user_error(much_later), UserError::SprintNotOpen { id: sprint.id });
        let overview = env.core.sprint_overview(Some(&alice), Some(sprint.id)).await.unwrap();
        assert!(!overview.accepting);
        assert_eq!(overview.counts.ideas, 2);
    }

    async fn nothing_is_taken_when_the_stage_is_not_open(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;

        for stage in [SprintStage::Closed, SprintStage::Theming, SprintStage::Draft, SprintStage::Archived] {
            env.core.set_sprint_stage(&admin, sprint.id, stage).await.unwrap();
            let before = env.snapshot().await;
            let post = env.core.submit_idea(&alice, draft(challenges[0].id, "Another", "")).await;
            assert_eq!(user_error(post), UserError::SprintNotOpen { id: sprint.id }, "{stage}");
            let vote = env.core.support(&bob, idea.id).await;
            assert_eq!(user_error(vote), UserError::SprintNotOpen { id: sprint.id }, "{stage}");
            assert_eq!(env.snapshot().await, before, "{stage}");
        }

        // Reopened inside its window, it takes ideas and votes again.
        env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Open).await.unwrap();
        env.idea(&alice, challenges[0].id, "Another", "").await;
        assert_eq!(env.core.support(&bob, idea.id).await.unwrap(), 1);
    }

    async fn a_draft_sprint_takes_nothing_even_inside_its_window(env) {
        let admin = env.admin().await;
        let now = env.clock.now_for_tests();
        let sprint = env
            .core
            .create_sprint(
                &admin,
                SprintDraft {
                    title: Title::parse("Planning").unwrap(),
                    description: Description::parse("").unwrap(),
                    opens_at: now - Duration::days(1),
                    closes_at: now + Duration::days(1),
                },
            )
            .await
            .unwrap();
        assert_eq!(sprint.stage, SprintStage::Draft);
        let challenge = env
            .core
            .add_challenge(&admin, sprint.id, Title::parse("People").unwrap(), Description::parse("").unwrap())
            .await
            .unwrap();
        let alice = env.member("alice", Role::Member).await;
        let before = env.snapshot().await;
        let post = env.core.submit_idea(&alice, draft(challenge.id, "Early bird", "")).await;
        assert_eq!(user_error(post), UserError::SprintNotOpen { id: sprint.id });
        assert_eq!(env.snapshot().await, before);
        // Members do not see drafts at all.
        let hidden = env.core.sprint_overview(Some(&alice), Some(sprint.id)).await;
        assert_eq!(user_error(hidden), UserError::SprintNotFound { id: sprint.id });
        assert!(env.core.sprints(Some(&alice)).await.unwrap().is_empty());
    }

    async fn a_window_that_closes_before_it_opens_is_refused(env) {
        let (sprint, _) = env.open_sprint().await;
        let admin = env.admin().await;
        let before = env.snapshot().await;
        let backwards = env
            .core
            .set_sprint_window(&admin, sprint.id, sprint.closes_at, sprint.opens_at)
            .await;
        assert_eq!(user_error(backwards), UserError::WindowBackwards);
        assert_eq!(env.snapshot().await, before);
    }

    async fn comments_stay_open_after_the_sprint_closes(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        env.clock.set(sprint.closes_at + Duration::days(3));
        let posted = env
            .core
            .comment(&bob, idea.id, None, comment_body("Did this go anywhere?"))
            .await
            .unwrap();
        assert_eq!(posted.comment.visibility, Visibility::Visible);
    }
}
