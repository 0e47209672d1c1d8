//! The bots keep the platforms' real limits together: a 429 holds everything that bot sends
//! (answers to people included) for the `retry_after` it gave, the refused message goes out
//! once it is over and nothing is lost; and two replicas on one database keep one pace
//! between them. Real teloxide and serenity against the fakes, on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::limits::Pace;
use crowdsprint_core::service::Target;
use crowdsprint_telegram::LimitSettings;
use crowdsprint_tests::discord_bot::{DiscordWorld, Person};
use crowdsprint_tests::fake_telegram::{Failure, Limits};
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{both_backends, crowdsprint_core, eventually};
use std::time::{Duration, Instant};

const ANN: i64 = 81_001;
const FIRST_AUTHOR: i64 = 81_100;
const AUTHORS: i64 = 6;

both_backends! {
    async fn a_telegram_429_holds_every_send_of_the_bot_for_its_retry_after(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start_with(env, Limits::telegram(), LimitSettings::default()).await;
        world.register(ANN, "Ann", Some("en")).await;
        let admin = world.env.admin().await;
        let mut ideas = Vec::new();
        for k in 0..AUTHORS {
            let user = FIRST_AUTHOR + k;
            world.register(user, &format!("Author {k}"), Some("en")).await;
            let actor = world.env.core.require_actor(&BotWorld::identity(user)).await.unwrap();
            let title = format!("Discharge checklist number {k}");
            ideas.push(world.env.idea(&actor, challenges[0].id, &title, "").await.id);
        }
        // Everything the authors were told so far has gone; the next send is refused.
        tokio::time::sleep(Duration::from_secs(1)).await;
        world.telegram.fail_next("sendMessage", Failure::RetryAfter(3));
        for idea in &ideas {
            world.env.core.approve(&admin, Target::Idea(*idea)).await.unwrap();
        }
        let world = &world;
        let refused_at = eventually("a send refused with 429", || async move {
            world
                .telegram
                .calls_to("sendMessage")
                .into_iter()
                .find(|c| c.error().is_some_and(|e| e.code == 429 && e.retry_after == Some(3)))
                .map(|c| c.at)
        })
        .await;
        // Ann asks something during the pause: her answer waits for it too.
        let answer = world.say(ANN, None, "/help").await;
        assert!(answer.visible_text.contains("/idea"), "{}", answer.visible_text);

        // Every author hears once; nothing reached Telegram during the pause.
        for k in 0..AUTHORS {
            let user = FIRST_AUTHOR + k;
            eventually("each author's notification", || async move {
                world
                    .telegram
                    .messages_to(user)
                    .iter()
                    .any(|m| m.visible_text.contains("approved") || m.visible_text.contains("published"))
                    .then_some(())
            })
            .await;
        }
        let during: Vec<_> = world
            .telegram
            .calls_to("sendMessage")
            .into_iter()
            .filter(|c| c.at > refused_at && c.at < refused_at + Duration::from_secs(3))
            .collect();
        let seen: Vec<_> = during.iter().map(|c| (c.params["chat_id"].clone(), c.is_ok(), c.at - refused_at)).collect();
        assert!(during.is_empty(), "sends during the pause: {seen:?}");
        let after = world
            .telegram
            .calls_to("sendMessage")
            .into_iter()
            .filter(|c| c.at > refused_at && c.is_ok())
            .count();
        assert!(after >= AUTHORS as usize, "the refused message and the rest went afterwards");
        assert_eq!(world.telegram.early_sends(), 0);
        let counts = world.env.core.delivery_counts().await.unwrap();
        assert_eq!((counts[3], counts[4]), (("dead", 0), ("duplicate", 0)), "{counts:?}");
    }
}

both_backends! {
    async fn discord_waits_the_retry_after_it_is_given(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let people: Vec<Person> = (0..3).map(|k| Person::new(9100 + k, &format!("Member {k}"))).collect();
        let admin = world.env.admin().await;
        let mut ideas = Vec::new();
        for person in &people {
            world.register(person).await;
            let identity = Identity::new(Platform::Discord, person.id.to_string());
            let actor = world.env.core.require_actor(&identity).await.unwrap();
            let title = format!("Ward round checklist for {}", person.id);
            ideas.push(world.env.idea(&actor, challenges[0].id, &title, "").await.id);
        }
        // 2.5 s: not a whole second, which a bot that waits "about a second" would not keep.
        world.discord.fail_next(1, 429, 2.5);
        let asked = Instant::now();
        for idea in &ideas {
            world.env.core.approve(&admin, Target::Idea(*idea)).await.unwrap();
        }
        let dms = |world: &DiscordWorld| {
            world.discord.calls_matching(|c| {
                c.at > asked
                    && c.status == 200
                    && (c.matches("POST", "/channels/*/messages") || c.matches("POST", "/users/@me/channels"))
            })
        };
        let (world, dms) = (&world, &dms);
        eventually("three DMs posted", || async move {
            (dms(world).iter().filter(|c| c.matches("POST", "/channels/*/messages")).count() >= 3)
                .then_some(())
        })
        .await;
        let refused = world.discord.calls_matching(|c| c.at > asked && c.status == 429);
        assert_eq!(refused.len(), 1, "one 429, then the bot waited");
        let first_after = dms(world).into_iter().map(|c| c.at).min().unwrap();
        let waited = first_after - refused[0].at;
        assert!(waited >= Duration::from_millis(2500), "sent again after {waited:?}");
        assert!(waited < Duration::from_secs(6), "waited far longer than asked: {waited:?}");
        assert_eq!(world.discord.early_sends(), 0);
    }
}

both_backends! {
    async fn two_replicas_on_one_database_keep_one_pace(env) {
        // Two processes' paces for one bot: 20 a second between them, however many send.
        let replicas = [
            Pace::shared(env.core.clone(), "telegram:42", 20),
            Pace::shared(env.core.clone(), "telegram:42", 20),
        ];
        let started = Instant::now();
        let mut tasks = Vec::new();
        for pace in &replicas {
            for _ in 0..4 {
                let pace = pace.clone();
                tasks.push(tokio::spawn(async move {
                    let mut sent = Vec::new();
                    for _ in 0..10 {
                        pace.bulk().await;
                        sent.push(Instant::now());
                    }
                    sent
                }));
            }
        }
        let mut sent = Vec::new();
        for task in tasks {
            sent.extend(task.await.unwrap());
        }
        sent.sort();
        // 80 messages at 20 a second: about four seconds, never more than 21 in any second.
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(3800), "together faster than the pace: {took:?}");
        assert!(took < Duration::from_secs(8), "stalled: {took:?}");
        let mut start = 0;
        for end in 0..sent.len() {
            while sent[end] - sent[start] >= Duration::from_secs(1) {
                start += 1;
            }
            assert!(end - start < 21, "{} in one second", end - start + 1);
        }

        // A 429 on one replica holds the other too (once it next takes slots).
        replicas[0].pause(Duration::from_millis(800)).await;
        let held = Instant::now();
        tokio::time::sleep(Duration::from_millis(300)).await;
        replicas[1].bulk().await;
        assert!(held.elapsed() >= Duration::from_millis(790), "sent during the other's pause");
    }
}
