//! The response promise's word to the person waiting: a member's comment that passes the
//! target (five working days) without the team's first response brings its writer one kind
//! notice that it is still with the team, never in their quiet hours, never twice, and not
//! for a comment that was answered or written by the team. On SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::Target;
use crowdsprint_tests::{NowForTests, both_backends, comment_body, crowdsprint_core};

const LEASE: std::time::Duration = std::time::Duration::from_secs(60);

both_backends! {
    async fn a_comment_past_the_target_brings_its_writer_one_kind_word_in_the_morning(env) {
        // Monday 15 June 2026, 09:00 UTC (10:00 in London).
        let (_, challenges) = env.open_sprint().await;
        let champion = env.member("chris", Role::Champion).await;
        let ann = env.member("ann", Role::Member).await;
        // Bob is on Telegram: the console has no inbox to deliver to.
        let bob = env.member_on(Identity::new(Platform::Telegram, "202"), "bob", Role::Member).await;
        let idea = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        let waiting = env.core.comment(&bob, idea.id, None, comment_body("Who pays for petrol?")).await.unwrap().comment;
        let answered = env.core.comment(&ann, idea.id, None, comment_body("And on Sundays?")).await.unwrap().comment;
        env.core.comment(&champion, idea.id, None, comment_body("A note from the team")).await.unwrap();
        env.core.respond(&champion, Target::Comment(answered.id), comment_body("Yes")).await.unwrap();

        // Friday: four working days on, not yet due.
        env.clock.advance(Duration::days(4));
        assert!(env.core.run_schedule().await.unwrap().still_with_team.is_empty());

        // Monday 22 June at 22:30 in London: five working days have passed. Bob is told
        // once, in the outbox now, delivered when his quiet hours end.
        env.clock.set("2026-06-22T21:30:00Z".parse().unwrap());
        let mark = env.outbox_mark().await;
        let run = env.core.run_schedule().await.unwrap();
        assert_eq!(run.still_with_team, vec![waiting.id]);
        let rows = env.outbox_after(mark).await;
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].recipient, Some(bob.member()));
        assert_eq!(rows[0].event, Event::StillWithTeam { idea: idea.id, title: idea.title.clone(), comment: waiting.id });
        assert!(env.core.run_schedule().await.unwrap().still_with_team.is_empty(), "once");

        env.core.fan_out(100).await.unwrap();
        let at_night = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        assert!(at_night.iter().all(|d| d.member != bob.member()), "quiet hours: {at_night:?}");
        env.clock.set("2026-06-23T07:01:00Z".parse().unwrap());
        let morning: Vec<_> = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap()
            .into_iter().filter(|d| d.member == bob.member()).collect();
        assert_eq!(morning.len(), 1, "at 08:01 in London");
        assert_eq!(morning[0].member, bob.member());
        let catalog = crowdsprint_core::i18n::Catalog::load().unwrap();
        let words = catalog.render(Locale::EnGb, &morning[0].event.to_msg());
        assert!(words.contains("still with the sprint team"), "{words}");

        // A week later nothing more is said, whatever runs.
        env.clock.advance(Duration::days(7));
        assert!(env.core.run_schedule().await.unwrap().still_with_team.is_empty());
        assert!(env.clock.now_for_tests() > "2026-06-29T00:00:00Z".parse::<chrono::DateTime<chrono::Utc>>().unwrap());
    }
}
