//! No backlog to newcomers, on both databases: the sprint's news (opened, closed, moved on)
//! reaches only the members who took the digest when it was written, so someone who registers
//! or turns the digest on later gets none of the old announcements; news older than
//! `sprint_news_max_age` when it is fanned out (as after a long downtime) is not sent at all,
//! while fresher news is; personal notifications are sent whatever their age.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Delivery, Event};
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core};

async fn on_telegram(env: &TestEnv, id: &str, name: &str) -> Actor {
    env.member_on(Identity::new(Platform::Telegram, id), name, Role::Member)
        .await
}

/// The event names `member` was sent, in order.
fn told(deliveries: &[Delivery], member: &Actor) -> Vec<&'static str> {
    deliveries
        .iter()
        .filter(|d| d.member == member.member())
        .map(|d| d.event.name())
        .collect()
}

both_backends! {
    async fn a_member_who_registers_after_the_news_gets_none_of_it(env) {
        let admin = env.admin().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        env.clock.advance(Duration::minutes(1));
        let (sprint, _) = env.open_sprint().await;
        env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Closed).await.unwrap();
        // Nothing fanned out yet (a busy queue, or a tool wrote it while nothing served):
        // Bea joins a minute after the news, before it goes out.
        env.clock.advance(Duration::minutes(1));
        let bea = on_telegram(&env, "102", "Bea").await;

        let sent = env.drain().await;
        assert_eq!(told(&sent, &ann), ["sprint_opened", "sprint_closed"]);
        assert!(told(&sent, &bea).is_empty(), "no backlog for a newcomer: {sent:?}");

        // What happens once she is here reaches her like everyone else.
        env.clock.advance(Duration::minutes(1));
        env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Theming).await.unwrap();
        let sent = env.drain().await;
        assert_eq!(told(&sent, &ann), ["sprint_stage_changed"]);
        assert_eq!(told(&sent, &bea), ["sprint_stage_changed"]);
    }

    async fn a_member_who_subscribes_after_the_news_gets_none_of_it(env) {
        let admin = env.admin().await;
        let cai = on_telegram(&env, "103", "Cai").await;
        let dee = on_telegram(&env, "104", "Dee").await;
        env.core.set_digest(&cai, DigestFrequency::Off).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        let (sprint, _) = env.open_sprint().await;
        // Cai turns the digest on after the news; Dee, subscribed all along, only changes how
        // often it comes, which keeps when she subscribed.
        env.clock.advance(Duration::minutes(1));
        env.core.set_digest(&cai, DigestFrequency::Weekly).await.unwrap();
        env.core.set_digest(&dee, DigestFrequency::Daily).await.unwrap();

        let sent = env.drain().await;
        assert!(told(&sent, &cai).is_empty(), "subscribed after it: {sent:?}");
        assert_eq!(told(&sent, &dee), ["sprint_opened"]);

        env.clock.advance(Duration::minutes(1));
        env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Closed).await.unwrap();
        let sent = env.drain().await;
        assert_eq!(told(&sent, &cai), ["sprint_closed"]);
        assert_eq!(told(&sent, &dee), ["sprint_closed"]);
    }

    async fn news_older_than_the_age_is_not_sent_after_a_restart_but_fresher_news_is(env) {
        assert_eq!(env.core.settings().sprint_news_max_age, Duration::days(1), "the default");
        let admin = env.admin().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        let (sprint, challenges) = env.open_sprint().await;
        // Ann's idea is approved at the same moment: a personal notification.
        env.approved_idea(&ann, challenges[0].id, "Ward clerks cover weekend discharges").await;
        // Two hours later the sprint closes; then nothing serves for a day.
        env.clock.advance(Duration::hours(2));
        env.core.set_sprint_stage(&admin, sprint.id, SprintStage::Closed).await.unwrap();
        env.clock.advance(Duration::hours(23));

        // Back up: "opened" is 25 hours old and goes to nobody; "closed" (23 hours) goes out,
        // and so does Ann's own news, however old.
        let sent = env.drain().await;
        assert_eq!(told(&sent, &ann), ["idea_approved", "sprint_closed"]);
        assert!(sent.iter().all(|d| !matches!(d.event, Event::SprintOpened { .. })), "{sent:?}");
        // The stale row was marked processed all the same: it never comes back.
        assert_eq!(env.core.fan_out(10_000).await.unwrap(), 0);
        env.clock.advance(Duration::hours(1));
        assert!(env.drain().await.is_empty());
    }
}
