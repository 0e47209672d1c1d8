//! The weekly digest on Telegram, end to end: 2,000 subscribers (half reading English, half
//! Welsh) each get exactly one digest from the real bot, through a fake Bot API that enforces
//! Telegram's limits (about 30 messages a second overall, 1 a second per chat) and answers 429
//! when they are exceeded; each digest is in its reader's language with buttons that work in
//! place, and one tap unsubscribes. A storm of 429s only slows the digest down. On SQLite and
//! PostgreSQL.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{DIGEST_PAGE, Registration};
use crowdsprint_telegram::LimitSettings;
use crowdsprint_tests::fake_telegram::{Limits, Window};
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core};
use std::collections::HashMap;

const SUBSCRIBERS: i64 = 2_000;
const FIRST_USER: i64 = 50_000;

/// A running bot with `n` subscribers (odd ones reading Welsh) and their weekly digests
/// queued, each naming one new idea; returns the world and that idea.
async fn digests_queued(env: TestEnv, limits: Limits, n: i64) -> (BotWorld, IdeaId) {
    let (_, challenges) = env.open_sprint().await;
    // The sprint's opening went out before anyone here subscribed.
    env.core.fan_out(100).await.unwrap();
    let admin = env.admin().await;
    let idea = env
        .approved_idea(
            &admin,
            challenges[0].id,
            "Pharmacy opens at seven on discharge days",
        )
        .await;

    let world = BotWorld::start_with(env, limits, LimitSettings::default()).await;
    let env = &world.env;
    for k in 0..n {
        let user = FIRST_USER + k;
        let welsh = k % 2 == 1;
        world
            .telegram
            .add_user(user, &format!("Reader {k}"), None, None);
        let registration = Registration {
            locale: if welsh { Locale::Cy } else { Locale::EnGb },
            ..crowdsprint_tests::registration(&format!("Reader {k}"))
        };
        env.core
            .register(&BotWorld::identity(user), registration)
            .await
            .unwrap();
    }
    // Monday 15 June, then the next Monday morning in London.
    env.core.run_digests(DIGEST_PAGE).await.unwrap();
    env.clock.advance(Duration::days(7));
    let run = env.core.run_digests(DIGEST_PAGE).await.unwrap();
    assert_eq!(run.queued, n as u64, "{run:?}");
    (world, idea.id)
}

/// How many digests each reader received.
fn digests_per_reader(world: &BotWorld, n: i64) -> HashMap<i64, usize> {
    world.telegram.digests_per_user(FIRST_USER..FIRST_USER + n)
}

both_backends! {
    async fn two_thousand_subscribers_each_get_one_digest_in_their_language(env) {
        let (world, idea) = digests_queued(env, Limits::telegram(), SUBSCRIBERS).await;
        let env = &world.env;
        // At about 30 a second, 2,000 take a little over a minute.
        env.wait_until_all_sent(SUBSCRIBERS, 240).await;

        // Exactly one digest per subscriber, in their language, with working buttons.
        let per_chat = digests_per_reader(&world, SUBSCRIBERS);
        for k in 0..SUBSCRIBERS {
            let user = FIRST_USER + k;
            let Some(digest) = world
                .telegram
                .messages_to(user)
                .into_iter()
                .find(|m| m.visible_text.starts_with("📬"))
            else {
                continue;
            };
            let (heading, unsubscribe) = if k % 2 == 1 {
                ("Eich crynodeb wythnosol", "Dad-danysgrifio")
            } else {
                ("Your weekly crowdsprint round-up", "Unsubscribe")
            };
            assert!(digest.visible_text.contains(heading), "{}", digest.visible_text);
            assert!(digest.visible_text.contains("Pharmacy opens at seven"));
            let labels: Vec<String> = digest.button_texts().concat();
            assert!(labels.contains(&format!("👍 #{idea}")), "{labels:?}");
            assert!(labels.contains(&unsubscribe.to_owned()), "{labels:?}");
        }
        let wrong: Vec<_> = per_chat.iter().filter(|(_, n)| **n != 1).collect();
        assert!(wrong.is_empty(), "chats without exactly one digest: {wrong:?}");
        let counts = env.core.delivery_counts().await.unwrap();
        assert_eq!(counts[3], ("dead", 0));
        assert_eq!(counts[4], ("duplicate", 0));

        // Support from the digest leaves it as it was; Unsubscribe stops the next one.
        let reader = FIRST_USER;
        let digest = world
            .telegram
            .messages_to(reader)
            .into_iter()
            .find(|m| m.visible_text.starts_with("📬"))
            .unwrap();
        let notice = world.press(reader, &digest, &format!("👍 #{idea}")).await.unwrap();
        assert!(notice.contains("support"), "{notice}");
        assert_eq!(world.now(&digest).buttons, digest.buttons, "the digest keeps its buttons");
        world.press(reader, &digest, "Unsubscribe").await;
        let actor = env.core.require_actor(&BotWorld::identity(reader)).await.unwrap();
        assert_eq!(env.core.my_data(&actor).await.unwrap().member.digest, DigestFrequency::Off);
        env.clock.advance(Duration::days(7));
        let next = env.core.run_digests(DIGEST_PAGE).await.unwrap();
        assert_eq!(next.due, SUBSCRIBERS as u64, "1,999 readers and the admin; not the one who left");
    }
}

both_backends! {
    async fn a_storm_of_429s_delays_the_digest_but_loses_and_doubles_nothing(env) {
        // Telegram allows this bot only 10 messages a second today; it tries 29.
        const READERS: i64 = 150;
        let stingy = Limits {
            global: Some(Window::new(10, std::time::Duration::from_secs(1))),
            ..Limits::telegram()
        };
        let (world, _) = digests_queued(env, stingy, READERS).await;
        world.env.wait_until_all_sent(READERS, 120).await;
        let refused = world
            .telegram
            .calls_to("sendMessage")
            .iter()
            .filter(|c| c.error().is_some_and(|e| e.code == 429 && e.retry_after.is_some()))
            .count();
        assert!(refused > 0, "the fake pushed back");
        let per_reader = digests_per_reader(&world, READERS);
        assert!(per_reader.values().all(|n| *n == 1), "{per_reader:?}");
        let counts = world.env.core.delivery_counts().await.unwrap();
        assert_eq!((counts[3], counts[4]), (("dead", 0), ("duplicate", 0)));
    }
}
