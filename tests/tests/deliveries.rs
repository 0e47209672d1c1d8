//! The delivery queue in core, on both databases: the outbox fans out into one delivery per
//! reachable chat identity, once; concurrent workers never hold the same delivery; a dead
//! worker's leases expire and its rows are taken over (the late report counted as a duplicate);
//! failures retry with backoff or park as dead, and a permanent one stops that channel.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Event, SendOutcome, Settled};
use crowdsprint_core::service::Target;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core};
use std::collections::HashSet;
use std::time::Duration;

const LEASE: Duration = Duration::from_secs(30);

/// `n` members on Telegram, each with an idea the admin approves: `n` personal events. They
/// take no digest, so the sprint's news (tested in digests.rs) does not reach them here.
async fn approved_ideas(env: &TestEnv, n: usize) -> Vec<Actor> {
    let (_, challenges) = env.open_sprint().await;
    let mut authors = Vec::new();
    for k in 0..n {
        let author = env
            .member_on(
                Identity::new(Platform::Telegram, format!("{}", 9000 + k)),
                &format!("Author {k}"),
                Role::Member,
            )
            .await;
        env.core
            .set_digest(&author, DigestFrequency::Off)
            .await
            .unwrap();
        env.approved_idea(
            &author,
            challenges[0].id,
            &format!("Idea {k} for quieter wards"),
        )
        .await;
        authors.push(author);
    }
    authors
}

both_backends! {
    async fn the_outbox_fans_out_once_per_reachable_chat_identity(env) {
        let authors = approved_ideas(&env, 1).await;
        let ann = &authors[0];
        // Ann also has Discord (linked) and the console (no inbox there).
        let code = env.core.create_link_code(ann).await.unwrap();
        env.core.redeem_link_code(&Identity::new(Platform::Discord, "77"), &code).await.unwrap();
        let code = env.core.create_link_code(ann).await.unwrap();
        env.core.redeem_link_code(&Identity::new(Platform::Console, "ann"), &code).await.unwrap();

        assert_eq!(env.core.fan_out(100).await.unwrap(), 2, "Telegram and Discord");
        assert_eq!(env.core.fan_out(100).await.unwrap(), 0, "a row fans out once");
        let claimed = env.core.claim_deliveries("w1", None, 10, LEASE).await.unwrap();
        let platforms: HashSet<Platform> = claimed.iter().map(|d| d.identity.platform).collect();
        assert_eq!(platforms, HashSet::from([Platform::Telegram, Platform::Discord]));
        assert!(claimed.iter().all(|d| matches!(d.event, Event::IdeaApproved { .. }) && d.member == ann.member()));

        // Unreachable on Telegram: the next event goes to Discord only.
        env.core.mark_unreachable(&Identity::new(Platform::Telegram, "9000")).await.unwrap();
        let admin = env.admin().await;
        let idea = env.core.list_ideas(Some(ann), None, crowdsprint_core::service::ListOrder::Mine, 0).await.unwrap().ideas[0].id;
        env.core.respond(&admin, Target::Idea(idea), CommentBody::parse("We're trying it").unwrap()).await.unwrap();
        env.core.fan_out(100).await.unwrap();
        let next = env.core.claim_deliveries("w1", None, 10, LEASE).await.unwrap();
        assert_eq!(next.len(), 1, "{next:?}");
        assert_eq!(next[0].identity.platform, Platform::Discord);
    }

    async fn concurrent_workers_never_hold_the_same_delivery(env) {
        approved_ideas(&env, 60).await;
        assert_eq!(env.core.fan_out(1000).await.unwrap(), 60);
        let mut workers = Vec::new();
        for w in 0..4 {
            let core = env.core.clone();
            workers.push(tokio::spawn(async move {
                let name = format!("worker-{w}");
                let mut mine = Vec::new();
                loop {
                    let batch = core.claim_deliveries(&name, None, 5, LEASE).await.unwrap();
                    if batch.is_empty() {
                        break;
                    }
                    for d in batch {
                        assert_eq!(core.settle_delivery(&name, &d, &SendOutcome::Sent).await.unwrap(), Settled::Sent);
                        mine.push(d.id);
                    }
                }
                mine
            }));
        }
        let mut all = Vec::new();
        for w in workers {
            all.extend(w.await.unwrap());
        }
        let distinct: HashSet<i64> = all.iter().copied().collect();
        assert_eq!(all.len(), 60, "each delivery sent exactly once");
        assert_eq!(distinct.len(), 60);
        let counts = env.core.delivery_counts().await.unwrap();
        assert_eq!(counts, [("pending", 0), ("sending", 0), ("sent", 60), ("dead", 0), ("duplicate", 0)]);
    }

    async fn a_dead_workers_lease_expires_and_failures_retry_or_park(env) {
        approved_ideas(&env, 3).await;
        env.core.fan_out(100).await.unwrap();

        // Worker 1 claims one and dies: nobody else gets it until the lease runs out.
        let lost = env.core.claim_deliveries("dies", None, 1, LEASE).await.unwrap().remove(0);
        assert_eq!(lost.attempt, 1);
        let rest = env.core.claim_deliveries("w2", None, 10, LEASE).await.unwrap();
        assert!(rest.iter().all(|d| d.id != lost.id));
        assert_eq!(rest.len(), 2);
        env.clock.advance(chrono::Duration::seconds(31));
        let taken_over = env.core.claim_deliveries("w3", None, 10, LEASE).await.unwrap();
        let again = taken_over.iter().find(|d| d.id == lost.id).expect("taken over after the lease");
        assert_eq!(again.attempt, 2);
        // (w2's two leases ran out as well, so w3 took them too: three possible duplicates.)
        assert_eq!(env.core.settle_delivery("w3", again, &SendOutcome::Sent).await.unwrap(), Settled::Sent);
        assert_eq!(env.core.settle_delivery("dies", &lost, &SendOutcome::Sent).await.unwrap(), Settled::Duplicate);

        // A transient failure waits its backoff; a permanent one parks and stops the channel.
        let flaky = taken_over.iter().find(|d| d.id != lost.id).unwrap();
        let settled = env.core.settle_delivery("w3", flaky, &SendOutcome::Transient("timeout".into())).await.unwrap();
        assert_eq!(settled, Settled::Retry(Duration::from_secs(10)), "second try failed: 10 s");
        let blocked = taken_over.iter().find(|d| d.id != lost.id && d.id != flaky.id).unwrap();
        let settled = env.core.settle_delivery("w3", blocked, &SendOutcome::Permanent("bot blocked".into())).await.unwrap();
        assert_eq!(settled, Settled::Dead);
        assert!(env.core.unreachable_since(&blocked.identity).await.unwrap().is_some());
        assert!(env.core.claim_deliveries("w4", None, 10, LEASE).await.unwrap().is_empty(), "nothing due yet");
        env.clock.advance(chrono::Duration::seconds(10));
        let retried = env.core.claim_deliveries("w4", None, 10, LEASE).await.unwrap();
        assert_eq!(retried.iter().map(|d| d.id).collect::<Vec<_>>(), vec![flaky.id]);
        let counts = env.core.delivery_counts().await.unwrap();
        assert_eq!(counts, [("pending", 0), ("sending", 1), ("sent", 1), ("dead", 1), ("duplicate", 3)]);

        // Admins see what was parked and why; members may not look.
        let admin = env.admin().await;
        let report = env.core.delivery_report(&admin, 10).await.unwrap();
        assert_eq!(report.dead.len(), 1);
        assert_eq!(report.dead[0].3, "bot blocked");
        assert_eq!(report.dead[0].4, "idea_approved");
        let member = env.member("Curious", Role::Member).await;
        assert!(env.core.delivery_report(&member, 10).await.is_err());
        let reply = env
            .core
            .execute(Some(&admin), &crowdsprint_tests::admin_identity(), crowdsprint_core::command::parse("/deliveries").unwrap())
            .await
            .unwrap();
        let crowdsprint_core::service::Reply::Lines { lines, .. } = reply else {
            panic!("a list")
        };
        assert_eq!(lines.len(), 2, "the counts and one parked delivery");
    }
}

both_backends! {
    async fn paused_members_wait_and_muted_ideas_stay_quiet(env) {
        let authors = approved_ideas(&env, 2).await;
        let (ann, bryn) = (&authors[0], &authors[1]);
        // Both approvals are in the outbox; Ann pauses for 3 days before they fan out, Bryn
        // mutes his idea.
        let until = env.core.pause_notifications(ann, Some(3)).await.unwrap().unwrap();
        let his = env.core.list_ideas(Some(bryn), None, crowdsprint_core::service::ListOrder::Mine, 0).await.unwrap().ideas[0].id;
        // Muting applies to what is fanned out from now on.
        env.core.mute_idea(bryn, his, true).await.unwrap();
        env.core.fan_out(100).await.unwrap();
        assert!(env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap().is_empty(), "Ann is paused, Bryn muted");

        env.clock.set(until);
        let due = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].member, ann.member());

        // Limits and undo: a pause is at most 90 days; /pause off and /unmute work.
        assert!(env.core.pause_notifications(ann, Some(91)).await.is_err());
        assert_eq!(env.core.pause_notifications(ann, None).await.unwrap(), None);
        assert!(env.core.mute_idea(bryn, his, false).await.unwrap());
        let parsed = crowdsprint_core::command::parse("/pause soon");
        assert!(parsed.is_err(), "a bad number of days is explained");
    }
}

both_backends! {
    async fn quiet_hours_hold_notifications_until_the_morning(env) {
        approved_ideas(&env, 1).await;
        // 21:30 UTC in June is 22:30 in London: quiet.
        let evening = chrono::DateTime::parse_from_rfc3339("2026-06-15T21:30:00Z").unwrap().to_utc();
        env.clock.set(evening);
        env.core.fan_out(100).await.unwrap();
        assert!(env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap().is_empty());

        // Urgent news still goes: an idea held for personal details.
        let author = env.core.require_actor(&Identity::new(Platform::Telegram, "9000")).await.unwrap();
        let challenge = env.core.sprint_overview(Some(&author), None).await.unwrap().challenges[0].id;
        env.core
            .submit_idea(&author, crowdsprint_tests::draft(challenge, "Ring 943 476 5919 about transport", ""))
            .await
            .unwrap();
        env.core.fan_out(100).await.unwrap();
        let now = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        assert_eq!(now.len(), 1);
        assert!(matches!(now[0].event, Event::IdeaHeld { .. }));
        env.core.settle_delivery("w", &now[0], &SendOutcome::Sent).await.unwrap();

        // 07:00 UTC is 08:00 in London: the approval arrives, untried until then.
        env.clock.set(chrono::DateTime::parse_from_rfc3339("2026-06-16T07:00:00Z").unwrap().to_utc());
        let morning = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        assert_eq!(morning.len(), 1, "{morning:?}");
        assert!(matches!(morning[0].event, Event::IdeaApproved { .. }));
        assert_eq!(morning[0].attempt, 1, "waiting out the night is not a failed try");
    }
}

both_backends! {
    async fn being_told_to_slow_down_never_uses_up_a_delivery(env) {
        approved_ideas(&env, 1).await;
        env.core.fan_out(100).await.unwrap();
        // Refused with "retry after 3 s" more often than a delivery may fail.
        let refusals = crowdsprint_core::notify::delivery::MAX_ATTEMPTS + 4;
        for _ in 0..refusals {
            let claimed = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
            assert_eq!(claimed.len(), 1, "still in the queue");
            assert_eq!(claimed[0].attempt, 1, "a 429 is not a failed try");
            let wait = Duration::from_secs(3);
            let settled = env.core.settle_delivery("w", &claimed[0], &SendOutcome::RetryAfter(wait)).await.unwrap();
            assert_eq!(settled, Settled::Retry(wait));
            assert!(env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap().is_empty(), "not before 3 s");
            env.clock.advance(chrono::Duration::seconds(3));
        }
        // Its first real failure backs off as a first failure, and then it goes.
        let claimed = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        let settled = env.core.settle_delivery("w", &claimed[0], &SendOutcome::Transient("timeout".into())).await.unwrap();
        assert_eq!(settled, Settled::Retry(Duration::from_secs(5)));
        env.clock.advance(chrono::Duration::seconds(5));
        let claimed = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        assert_eq!(env.core.settle_delivery("w", &claimed[0], &SendOutcome::Sent).await.unwrap(), Settled::Sent);
        let counts = env.core.delivery_counts().await.unwrap();
        assert_eq!(counts, [("pending", 0), ("sending", 0), ("sent", 1), ("dead", 0), ("duplicate", 0)]);
    }
}
