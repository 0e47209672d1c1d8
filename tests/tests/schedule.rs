//! Sprints open and close at their set times, on both databases: the schedule, driven by the
//! test clock, moves each sprint once and announces it once, however often it runs and
//! however late it runs after downtime.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::{ScheduleRun, SprintDraft};
use crowdsprint_tests::{NowForTests, TestEnv, both_backends, crowdsprint_core};

async fn draft_sprint(env: &TestEnv, title: &str, opens_in: Duration, lasts: Duration) -> Sprint {
    let admin = env.admin().await;
    let now = env.clock.now_for_tests();
    let draft = SprintDraft {
        title: Title::parse(title).unwrap(),
        description: Description::parse("").unwrap(),
        opens_at: now + opens_in,
        closes_at: now + opens_in + lasts,
    };
    env.core.create_sprint(&admin, draft).await.unwrap()
}

/// The sprint announcements in the outbox, in order.
async fn announcements(env: &TestEnv) -> Vec<Event> {
    let mut conn = env.core.store().read().await.unwrap();
    let rows = conn.db().outbox_after(0, 1000).await.unwrap();
    rows.into_iter()
        .map(|r| r.event)
        .filter(|e| matches!(e, Event::SprintOpened { .. } | Event::SprintClosed { .. }))
        .collect()
}

/// The stage as the team sees it (drafts are hidden from everyone else).
async fn stage(env: &TestEnv, id: SprintId) -> SprintStage {
    let admin = env.admin().await;
    env.core
        .sprint_overview(Some(&admin), Some(id))
        .await
        .unwrap()
        .sprint
        .stage
}

both_backends! {
    async fn sprints_open_and_close_on_time_once(env) {
        let sprint = draft_sprint(&env, "Winter pressures", Duration::days(1), Duration::days(14)).await;
        assert_eq!(env.core.run_schedule().await.unwrap(), ScheduleRun::default(), "not yet");
        assert_eq!(stage(&env, sprint.id).await, SprintStage::Draft);

        env.clock.advance(Duration::days(1));
        let run = env.core.run_schedule().await.unwrap();
        assert_eq!(run.opened, vec![sprint.id]);
        assert_eq!(stage(&env, sprint.id).await, SprintStage::Open);
        // Running again (or on another replica) changes nothing more.
        assert_eq!(env.core.run_schedule().await.unwrap(), ScheduleRun::default());

        // Down for a month: the first run afterwards closes it, once.
        env.clock.advance(Duration::days(30));
        let run = env.core.run_schedule().await.unwrap();
        assert_eq!(run.closed, vec![sprint.id]);
        assert_eq!(env.core.run_schedule().await.unwrap(), ScheduleRun::default());
        assert_eq!(stage(&env, sprint.id).await, SprintStage::Closed);
        let said = announcements(&env).await;
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(matches!(said[0], Event::SprintOpened { sprint: s, .. } if s == sprint.id));
        assert!(matches!(said[1], Event::SprintClosed { sprint: s, .. } if s == sprint.id));
    }

    async fn a_draft_whose_window_passed_unseen_stays_for_a_moderator(env) {
        let sprint = draft_sprint(&env, "Missed", Duration::hours(1), Duration::hours(2)).await;
        env.clock.advance(Duration::days(2));
        assert_eq!(env.core.run_schedule().await.unwrap(), ScheduleRun::default());
        assert_eq!(stage(&env, sprint.id).await, SprintStage::Draft);
        assert!(announcements(&env).await.is_empty());
    }
}
