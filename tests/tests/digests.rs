//! Digests, sprint news and the closing reminder in core, on both databases, driven by the test
//! clock: each subscriber gets one digest per period at their own morning, with what happened
//! for them; an empty digest is not sent; a week of hourly runs sends each weekly subscriber
//! exactly one; sprint news reaches subscribers (not those who unsubscribed); the 48-hour
//! reminder goes out once and tells each backer what moved on the ideas they supported.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, Utc};
use crowdsprint_core::command::parse;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Delivery, Digest, Event};
use crowdsprint_core::service::{DIGEST_PAGE, Reply, Target};
use crowdsprint_tests::{
    NowForTests, TestEnv, both_backends, comment_body, crowdsprint_core, reason,
};
use std::collections::HashMap;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

async fn on_telegram(env: &TestEnv, id: &str, name: &str) -> Actor {
    env.member_on(Identity::new(Platform::Telegram, id), name, Role::Member)
        .await
}

/// Runs `command` as `actor` typed it, as the bots do.
async fn typed(env: &TestEnv, actor: &Actor, command: &str) -> Reply {
    let identity = Identity::new(Platform::Telegram, "typed");
    env.core
        .execute(Some(actor), &identity, parse(command).unwrap())
        .await
        .unwrap()
}

fn digests_of(deliveries: &[Delivery]) -> HashMap<MemberId, Vec<Digest>> {
    let mut by_member: HashMap<MemberId, Vec<Digest>> = HashMap::new();
    for d in deliveries {
        if let Event::Digest(digest) = &d.event {
            by_member
                .entry(d.member)
                .or_default()
                .push((**digest).clone());
        }
    }
    by_member
}

both_backends! {
    async fn the_digest_says_what_became_of_ideas_you_backed(env) {
        let (_, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        let bryn = on_telegram(&env, "102", "Bryn").await;
        let cai = on_telegram(&env, "103", "Cai").await;
        typed(&env, &bryn, "/subscribe daily").await;
        typed(&env, &cai, "/subscribe daily").await;
        env.core.run_digests(DIGEST_PAGE).await.unwrap();
        let idea = env.approved_idea(&ann, challenges[0].id, "Discharge lounge open until eight").await;
        env.core.support(&bryn, idea.id).await.unwrap();
        env.core
            .set_outcome(&admin, OutcomeOf::Idea(idea.id), Outcome::Adopted, OutcomeNote::parse("On three wards").unwrap())
            .await
            .unwrap();
        env.drain().await; // the outcome's own notification, not what this test is about

        let mut digests = HashMap::new();
        for _ in 0..48 {
            env.clock.advance(Duration::hours(1));
            env.core.run_digests(DIGEST_PAGE).await.unwrap();
            for (member, list) in digests_of(&env.drain().await) {
                digests.entry(member).or_insert(list);
            }
        }
        // Bryn backed it: his digest says what became of it. Cai backed nothing.
        let bryns = &digests[&bryn.member()][0];
        assert_eq!(bryns.outcomes.len(), 1, "{bryns:?}");
        assert_eq!((bryns.outcomes[0].id, bryns.outcomes[0].outcome), (idea.id, Some(Outcome::Adopted)));
        assert!(bryns.lines().iter().any(|m| m.id == "digest-outcomes"));
        assert!(digests.get(&cai.member()).is_none_or(|d| d[0].outcomes.is_empty()));
    }

    async fn a_week_of_hourly_runs_sends_each_subscriber_one_digest_at_their_morning(env) {
        // Monday 15 June 2026, 09:00 UTC (10:00 in London).
        let (_, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        let bryn = on_telegram(&env, "102", "Bryn").await;
        let cai = on_telegram(&env, "103", "Cai").await;
        let dee = on_telegram(&env, "104", "Dee").await;
        typed(&env, &bryn, "/subscribe daily").await;
        typed(&env, &cai, "/subscribe off").await;
        typed(&env, &dee, "/timezone America/New_York").await;
        // The first run only works out when each member's first digest is due.
        let first = env.core.run_digests(DIGEST_PAGE).await.unwrap();
        assert_eq!((first.due, first.scheduled), (0, 4), "{first:?}");

        // Ann posts an idea, the team approves it, Bryn comments on it.
        let idea = env.idea(&ann, challenges[0].id, "Discharge lounge open until eight", "").await;
        env.core.approve(&admin, Target::Idea(idea.id)).await.unwrap();
        let comment = env.core.comment(&bryn, idea.id, None, comment_body("Yes, and with tea")).await.unwrap();
        env.core.approve(&admin, Target::Comment(comment.comment.id)).await.unwrap();
        env.drain().await; // the personal notifications, not what this test is about

        // Run every hour for a week, delivering as a worker would.
        let mut sent = Vec::new();
        for _ in 0..(7 * 24) {
            env.clock.advance(Duration::hours(1));
            env.core.run_digests(DIGEST_PAGE).await.unwrap();
            for d in env.drain().await {
                sent.push((env.clock.now_for_tests(), d));
            }
        }
        let deliveries: Vec<Delivery> = sent.iter().map(|(_, d)| d.clone()).collect();
        let digest_time = |m: &Actor| {
            sent.iter()
                .find(|(_, d)| d.member == m.member() && matches!(d.event, Event::Digest(_)))
                .unwrap()
                .0
        };
        let digests = digests_of(&deliveries);

        // Ann: one weekly digest, on Monday 22 June at 09:00 London time (08:00 UTC).
        let hers = &digests[&ann.member()];
        assert_eq!(hers.len(), 1, "{hers:?}");
        let when = digest_time(&ann);
        assert_eq!(when, at("2026-06-22T08:00:00Z"));
        assert_eq!(hers[0].top_ideas[0].id, idea.id);
        assert_eq!(hers[0].followed.len(), 1, "Bryn's comment on her idea");
        assert_eq!(hers[0].followed[0].count, 1);

        // Bryn takes it daily: Tuesday's has the new idea; the days after had nothing new for
        // him, so nothing was sent.
        let his = &digests[&bryn.member()];
        assert_eq!(his.len(), 1, "empty digests are not sent: {his:?}");
        let when = digest_time(&bryn);
        assert_eq!(when, at("2026-06-16T08:00:00Z"));
        assert!(his[0].followed.is_empty(), "his own comment is not news to him");

        // Dee's morning is in New York, where it was still Monday 05:00 when the test began:
        // her first digest came that same day at 09:00 there (13:00 UTC), with the new idea.
        // (The sprint's news reached her at 08:00 there, after her quiet hours.)
        let when = digest_time(&dee);
        assert_eq!(when, at("2026-06-15T13:00:00Z"));
        assert_eq!(digests[&dee.member()][0].top_ideas[0].id, idea.id);
        assert_eq!(digests[&dee.member()].len(), 1);

        // Cai unsubscribed; the admin is on the console only, which has no inbox.
        assert!(!digests.contains_key(&cai.member()));
        assert!(!digests.contains_key(&admin.member()));

        // What a digest says, in words: sections with news, and how to stop it.
        let lines: Vec<&str> = hers[0].lines().iter().map(|m| m.id).collect();
        assert_eq!(lines.first(), Some(&"digest-heading"));
        assert!(lines.contains(&"digest-top-ideas") && lines.contains(&"digest-followed"));
        assert_eq!(lines.last(), Some(&"digest-footer"));
    }

    async fn digests_composed_ahead_wait_for_their_time_and_go_once(env) {
        // As `serve` runs by default: composed up to some minutes ahead, queued until due.
        let ahead = crowdsprint_core::Core::new(
            env.core.store().clone(),
            std::sync::Arc::new(env.clock.clone()),
            crowdsprint_core::service::CoreSettings {
                digest_lookahead: Duration::minutes(30),
                ..env.core.settings().clone()
            },
        )
        .unwrap();
        let (_, challenges) = env.open_sprint().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        ahead.run_digests(DIGEST_PAGE).await.unwrap();
        let idea = env.idea(&ann, challenges[0].id, "Night porters share a radio channel", "").await;
        env.core.approve(&env.admin().await, Target::Idea(idea.id)).await.unwrap();
        env.drain().await;

        // Her digest is due at 08:00 UTC on Monday 22 June: not composed at 07:20...
        env.clock.set(at("2026-06-22T07:20:00Z"));
        assert_eq!(ahead.run_digests(DIGEST_PAGE).await.unwrap().due, 0);
        // ...composed at 07:40, but nothing goes out before 08:00...
        env.clock.set(at("2026-06-22T07:40:00Z"));
        let run = ahead.run_digests(DIGEST_PAGE).await.unwrap();
        assert_eq!((run.due, run.queued), (2, 1), "Ann and the admin (no inbox): {run:?}");
        assert!(env.drain().await.is_empty());
        env.clock.set(at("2026-06-22T07:59:00Z"));
        assert_eq!(ahead.run_digests(DIGEST_PAGE).await.unwrap().due, 0, "taken once");
        assert!(env.drain().await.is_empty());
        // ...and at 08:00 it does, once, with the week's news.
        env.clock.set(at("2026-06-22T08:00:00Z"));
        let digests = digests_of(&env.drain().await);
        assert_eq!(digests[&ann.member()].len(), 1);
        assert_eq!(digests[&ann.member()][0].top_ideas[0].id, idea.id);
        // The next is a week on, composed ahead again.
        env.clock.set(at("2026-06-29T07:31:00Z"));
        assert_eq!(ahead.run_digests(DIGEST_PAGE).await.unwrap().due, 2);
    }

    async fn downtime_sends_one_digest_not_one_per_missed_week(env) {
        let (_, challenges) = env.open_sprint().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        env.core.run_digests(DIGEST_PAGE).await.unwrap();
        // Down for three weeks; something happened in the last one.
        env.clock.advance(Duration::days(20));
        let idea = env.idea(&ann, challenges[0].id, "Night porters share a radio channel", "").await;
        let admin = env.admin().await;
        env.core.approve(&admin, Target::Idea(idea.id)).await.unwrap();
        env.drain().await;
        env.clock.advance(Duration::days(1));
        let run = env.core.run_digests(DIGEST_PAGE).await.unwrap();
        assert_eq!(run.due, 2, "Ann and the admin, once each: {run:?}");
        assert_eq!(env.core.run_digests(DIGEST_PAGE).await.unwrap().due, 0);
        let digests = digests_of(&env.drain().await);
        assert_eq!(digests[&ann.member()].len(), 1);
    }

    async fn sprint_news_reaches_subscribers_and_the_reminder_goes_once(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        let cai = on_telegram(&env, "103", "Cai").await;
        let bob = on_telegram(&env, "105", "Bob").await;
        typed(&env, &cai, "/subscribe off").await;
        let admin = env.admin().await;

        // The sprint opened (open_sprint): subscribers hear, the unsubscribed do not.
        let opened: Vec<Delivery> = env.drain()
            .await
            .into_iter()
            .filter(|d| matches!(d.event, Event::SprintOpened { .. }))
            .collect();
        let told: Vec<MemberId> = opened.iter().map(|d| d.member).collect();
        assert!(told.contains(&ann.member()) && told.contains(&bob.member()));
        assert!(!told.contains(&cai.member()));
        let Event::SprintOpened { challenges: named, .. } = &opened[0].event else { unreachable!() };
        assert_eq!(named, &["People", "Teams"], "the news names the challenges");

        // Ann backs Bob's idea; a day later someone comments on it.
        let idea = env.idea(&bob, challenges[0].id, "Ward clerks cover weekend discharges", "").await;
        env.core.approve(&admin, Target::Idea(idea.id)).await.unwrap();
        env.core.toggle_support(&ann, idea.id).await.unwrap();
        env.clock.advance(Duration::days(1));
        let c = env.core.comment(&bob, idea.id, None, comment_body("Piloting on ward 7")).await.unwrap();
        env.core.approve(&admin, Target::Comment(c.comment.id)).await.unwrap();
        env.drain().await;

        // 47 hours before it closes, the reminder goes out once, however often the schedule runs.
        let closes = sprint.closes_at;
        env.clock.set(closes - Duration::hours(47));
        let first = env.core.run_schedule().await.unwrap();
        assert_eq!(first.reminded, vec![sprint.id]);
        assert!(env.core.run_schedule().await.unwrap().reminded.is_empty());
        let reminders: Vec<Delivery> = env.drain()
            .await
            .into_iter()
            .filter(|d| matches!(d.event, Event::SprintClosingSoon { .. }))
            .collect();
        let news = |m: &Actor| {
            reminders.iter().find(|d| d.member == m.member()).map(|d| match d.event {
                Event::SprintClosingSoon { backed_with_news, .. } => backed_with_news,
                _ => unreachable!(),
            })
        };
        assert_eq!(news(&ann), Some(1), "the idea she backed has a new comment");
        assert_eq!(news(&bob), Some(0));
        assert_eq!(news(&cai), None, "unsubscribed");
        assert_eq!(reminders.len(), 2);

        // When it closes, everyone hears how many took part.
        env.clock.set(closes);
        env.core.run_schedule().await.unwrap();
        let closed = env.drain().await;
        let Some(Event::SprintClosed { counts: Some(counts), .. }) = closed.first().map(|d| &d.event) else {
            panic!("the closing news: {closed:?}")
        };
        assert_eq!((counts.people, counts.ideas, counts.interactions()), (2, 1, 3));
        assert_eq!(closed.len(), 2, "Ann and Bob; not Cai");
    }

    async fn a_digest_never_names_or_counts_an_idea_hidden_since(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let ann = on_telegram(&env, "101", "Ann").await;
        let bryn = on_telegram(&env, "102", "Bryn").await;
        let cai = on_telegram(&env, "103", "Cai").await;
        env.core.run_digests(DIGEST_PAGE).await.unwrap();

        // Cai backs Ann's idea; an hour later Bryn asks about it and the team answers both.
        let idea = env.idea(&ann, challenges[0].id, "Night porters for pharmacy runs", "").await;
        env.core.approve(&admin, Target::Idea(idea.id)).await.unwrap();
        env.core.toggle_support(&cai, idea.id).await.unwrap();
        env.clock.advance(Duration::hours(1));
        let asked = env.core.comment(&bryn, idea.id, None, comment_body("Who covers nights?")).await.unwrap();
        env.core.approve(&admin, Target::Comment(asked.comment.id)).await.unwrap();
        env.core.respond(&admin, Target::Comment(asked.comment.id), comment_body("Bank staff, from May")).await.unwrap();
        env.core.respond(&admin, Target::Idea(idea.id), comment_body("Thank you, we are costing it")).await.unwrap();
        env.drain().await;

        // Then the idea is hidden, before anyone's digest is due.
        env.core.hide(&admin, Target::Idea(idea.id), reason("Names a colleague")).await.unwrap();
        let mut sent = Vec::new();
        for _ in 0..(7 * 24) {
            env.clock.advance(Duration::hours(1));
            env.core.run_digests(DIGEST_PAGE).await.unwrap();
            sent.extend(env.drain().await);
        }
        let digests = digests_of(&sent);
        let names_it = |d: &Digest| {
            [&d.top_ideas, &d.followed, &d.responses]
                .iter()
                .any(|items| items.iter().any(|i| i.id == idea.id))
        };
        for (member, theirs) in &digests {
            assert!(!theirs.iter().any(names_it), "{member}: {theirs:?}");
        }
        assert!(digests.contains_key(&ann.member()), "the sprint's news still reaches her");

        // The closing reminder does not count it among the ideas Cai backed with news.
        env.clock.set(sprint.closes_at - Duration::hours(47));
        env.core.run_schedule().await.unwrap();
        let reminded = env.drain().await.into_iter().find_map(|d| match d.event {
            Event::SprintClosingSoon { backed_with_news, .. } if d.member == cai.member() => Some(backed_with_news),
            _ => None,
        });
        assert_eq!(reminded, Some(0));
    }

    async fn a_bad_time_zone_is_explained_and_changes_nothing(env) {
        let ann = on_telegram(&env, "101", "Ann").await;
        assert!(parse("/timezone Mars/Olympus").is_err());
        let reply = typed(&env, &ann, "/timezone Europe/Dublin").await;
        let Reply::Text(msg) = reply else { panic!("a message") };
        assert_eq!(msg.id, "notify-timezone-set");
    }
}
