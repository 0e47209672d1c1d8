//! The weekly digest to 2,000 subscribers across both platforms at once: 1,000 on Telegram and
//! 1,000 on Discord, half of each reading Welsh. Both real bots run over one database, each
//! against its fake (enforcing Telegram's and Discord's limits, answering 429 past them); each
//! subscriber gets exactly one digest, in their language, with buttons that act in place, and
//! neither bot sends the other's deliveries. On SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{DIGEST_PAGE, Registration, Target};
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where};
use crowdsprint_tests::fake_discord::{self, FakeDiscord};
use crowdsprint_tests::fake_telegram::{self, FakeTelegram};
use crowdsprint_tests::telegram_bot::{BotWorld, start_telegram};
use crowdsprint_tests::{both_backends, crowdsprint_core};
use serde_json::Value;
use tokio_util::sync::CancellationToken;

const PER_PLATFORM: i64 = 1_000;
const FIRST_TELEGRAM_USER: i64 = 60_000;
const FIRST_DISCORD_USER: u64 = 700_000_000_000_000_000;

fn discord_reader(k: i64) -> Person {
    Person::new(
        FIRST_DISCORD_USER + k as u64,
        &format!("Discord reader {k}"),
    )
}

fn registration(name: &str, welsh: bool) -> Registration {
    Registration {
        locale: if welsh { Locale::Cy } else { Locale::EnGb },
        ..crowdsprint_tests::registration(name)
    }
}

/// The reader's digests among the DMs the bot sent them.
fn discord_digests(discord: &FakeDiscord, user: u64) -> Vec<Value> {
    discord
        .dms_to(user)
        .into_iter()
        .filter(|m| m["content"].as_str().is_some_and(|t| t.starts_with("📬")))
        .collect()
}

fn button_labels(message: &Value) -> Vec<(String, String)> {
    message["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["custom_id"].as_str().unwrap_or_default().to_owned(),
                b["label"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

both_backends! {
    async fn two_thousand_subscribers_on_both_platforms_each_get_one_digest(env) {
        let (_, challenges) = env.open_sprint().await;
        // The sprint's opening went out before anyone here subscribed.
        env.core.fan_out(100).await.unwrap();
        let admin = env.admin().await;
        let idea = env.idea(&admin, challenges[0].id, "Pharmacy opens at seven on discharge days", "").await;
        env.core.approve(&admin, Target::Idea(idea.id)).await.unwrap();

        // Discord's bot (with Discord's own limits enforced) and Telegram's, side by side.
        let discord = FakeDiscord::start_with(fake_discord::Limits::discord()).await;
        let world = DiscordWorld::start_against(env, discord).await;
        let telegram = FakeTelegram::start_with(fake_telegram::Limits::telegram()).await;
        let shutdown = CancellationToken::new();
        let _stop = shutdown.clone().drop_guard();
        let config = BotWorld::config(&telegram);
        start_telegram(world.env.core.clone(), config, &shutdown).await;

        let env = &world.env;
        for k in 0..PER_PLATFORM {
            let welsh = k % 2 == 1;
            let user = FIRST_TELEGRAM_USER + k;
            telegram.add_user(user, &format!("Telegram reader {k}"), None, None);
            env.core.register(&BotWorld::identity(user), registration(&format!("Telegram reader {k}"), welsh)).await.unwrap();
            let person = discord_reader(k);
            let identity = Identity::new(Platform::Discord, person.id.to_string());
            env.core.register(&identity, registration(&person.name, welsh)).await.unwrap();
        }
        // Monday 15 June, then the next Monday morning in London.
        env.core.run_digests(DIGEST_PAGE).await.unwrap();
        env.clock.advance(Duration::days(7));
        let run = env.core.run_digests(DIGEST_PAGE).await.unwrap();
        assert_eq!(run.queued, 2 * PER_PLATFORM as u64, "{run:?}");
        // At about 30 a second on Telegram and 40 on Discord (two calls for each first DM).
        env.wait_until_all_sent(2 * PER_PLATFORM, 300).await;

        // Exactly one digest each, in their language, with its buttons.
        for k in 0..PER_PLATFORM {
            let (heading, unsubscribe) = if k % 2 == 1 {
                ("Eich crynodeb wythnosol", "Dad-danysgrifio")
            } else {
                ("Your weekly crowdsprint round-up", "Unsubscribe")
            };
            let digests = discord_digests(&world.discord, discord_reader(k).id);
            assert_eq!(digests.len(), 1, "Discord reader {k}: {digests:?}");
            let text = digests[0]["content"].as_str().unwrap();
            assert!(text.contains(heading) && text.contains("Pharmacy opens at seven"), "{text}");
            let labels = button_labels(&digests[0]);
            assert!(labels.contains(&(format!("support:{}", idea.id), format!("👍 #{}", idea.id))), "{labels:?}");
            assert!(labels.contains(&("unsubscribe".to_owned(), unsubscribe.to_owned())), "{labels:?}");

            let on_telegram = telegram.messages_to(FIRST_TELEGRAM_USER + k);
            let digests: Vec<_> = on_telegram.iter().filter(|m| m.visible_text.starts_with("📬")).collect();
            assert_eq!(digests.len(), 1, "Telegram reader {k}");
            assert!(digests[0].visible_text.contains(heading), "{}", digests[0].visible_text);
        }
        let counts = env.core.delivery_counts().await.unwrap();
        assert_eq!((counts[3], counts[4]), (("dead", 0), ("duplicate", 0)));
        // The Discord bot paced itself under Discord's 50 requests a second.
        assert_eq!(world.discord.rate_limited_count(), 0);

        // On Discord, Support from the digest answers privately and the vote counts; the
        // digest stays as it was. Unsubscribe stops the next one.
        let reader = discord_reader(0);
        let digest = discord_digests(&world.discord, reader.id).remove(0);
        let backed = world.press(&reader, Where::Dm, &format!("support:{}", idea.id), digest.clone()).await;
        assert_eq!(backed.kind(), 4, "a new message, not an edit of the digest: {:?}", backed.body);
        assert_eq!(world.env.stored_idea(idea.id).await.unwrap().supporters, 1);
        let left = world.press(&reader, Where::Dm, "unsubscribe", digest).await;
        assert!(left.content().contains("/subscribe weekly"), "{}", left.content());
        let identity = Identity::new(Platform::Discord, reader.id.to_string());
        let actor = world.env.core.require_actor(&identity).await.unwrap();
        assert_eq!(world.env.core.my_data(&actor).await.unwrap().member.digest, DigestFrequency::Off);
        world.env.clock.advance(Duration::days(7));
        let next = world.env.core.run_digests(DIGEST_PAGE).await.unwrap();
        assert_eq!(next.due, 2 * PER_PLATFORM as u64, "1,999 readers and the admin; not the one who left");
    }
}
