//! Updates handled per second by the real Telegram bot, and the latency of each, against the
//! fake Bot API on 127.0.0.1 with 1,000 registered members.
//!
//! ```text
//! cargo bench -p crowdsprint-tests --bench telegram_updates
//! cargo bench -p crowdsprint-tests --bench telegram_updates -- --quick
//! ```
//!
//! The load is the busiest thing people do: tapping Support on idea cards. `BENCH_PHONES`
//! phones (default 8) tap at once, each for its own members, each waiting for the bot's answer
//! before the next tap, until `BENCH_UPDATES` taps (default 20000) are handled. One update is
//! handled when the bot has answered the tap (`answerCallbackQuery`), which happens after the
//! vote is written; latency runs from the moment the update is queued at the fake server (so it
//! includes long polling) to the moment the answer reaches it. The cards' button redraws are
//! paced at Telegram's 30 messages a second in the background and are not part of the figure.
//! Per-member vote limits are raised for the run: 1,000 members tapping this fast would
//! otherwise mostly be told to slow down. `BENCH_BACKENDS` picks `sqlite` (default) and/or
//! `postgres`. Afterwards the votes in the database are checked against the taps.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_core::domain::*;
use crowdsprint_telegram::{LimitSettings, Rate};
use crowdsprint_tests::bench::{env_or, percentile};
use crowdsprint_tests::fake_telegram::Limits;
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{Backend, TestEnv, crowdsprint_core};
use std::sync::Arc;
use std::time::{Duration, Instant};

const MEMBERS: i64 = 1000;
const IDEAS: usize = 50;
const FIRST_USER: i64 = 500_000;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick") || std::env::var("BENCH_QUICK").is_ok();
    let updates: usize = env_or("BENCH_UPDATES", if quick { 2000 } else { 20000 });
    let phones: usize = env_or("BENCH_PHONES", 8);
    let backends = crowdsprint_tests::serve::bench_backends();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "telegram_updates: {updates} taps, {phones} phones, {MEMBERS} members, {} CPUs{}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        if quick { " (quick)" } else { "" }
    );
    for backend in backends {
        runtime.block_on(run(backend, updates, phones));
    }
}

async fn run(backend: Backend, updates: usize, phones: usize) {
    let env = TestEnv::new(backend).await;
    let (_, challenges) = env.open_sprint().await;
    // The members join a moment after the sprint's news, so none of it is theirs: no news
    // deliveries share the bot's pace with what is measured, or arrive in place of an answer.
    env.clock.advance(chrono::Duration::seconds(1));
    let author = env.member("Author", Role::Member).await;
    let mut ideas = Vec::new();
    for n in 0..IDEAS {
        let title = format!("Idea number {n} about shorter waits");
        ideas.push(env.idea(&author, challenges[n % 2].id, &title, "").await.id);
    }
    for n in 0..MEMBERS {
        let user = FIRST_USER + n;
        env.member_on(
            BotWorld::identity(user),
            &format!("Member {n}"),
            Role::Member,
        )
        .await;
    }
    let unlimited = LimitSettings {
        votes: Rate {
            count: 1_000_000,
            per_seconds: 1,
        },
        ..LimitSettings::default()
    };
    let world = Arc::new(BotWorld::start_with(env, Limits::default(), unlimited).await);

    // One card per idea, each shown to a different member, gives the signed Support data.
    let mut support_data = Vec::new();
    for (n, idea) in ideas.iter().enumerate() {
        let user = FIRST_USER + i64::try_from(n).unwrap();
        let card = world.say(user, None, &format!("/show {idea}")).await;
        let Some(label) = card
            .button_texts()
            .first()
            .and_then(|row| row.first())
            .cloned()
        else {
            panic!(
                "/show {idea} to {user} answered without buttons: {}",
                card.visible_text
            );
        };
        support_data.push(card.button(&label).unwrap().callback_data.clone().unwrap());
    }
    let support_data = Arc::new(support_data);

    let started = Instant::now();
    let per_phone = updates.div_ceil(phones);
    let mut tasks = Vec::new();
    for phone in 0..phones {
        let world = world.clone();
        let data = support_data.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(per_phone);
            for k in 0..per_phone {
                let slot = phone + k * phones;
                let member = FIRST_USER + i64::try_from(slot).unwrap() % MEMBERS;
                let tap = &data[(slot / usize::try_from(MEMBERS).unwrap()) % data.len()];
                let mark = world.telegram.mark();
                let queued = Instant::now();
                let pushed = world.telegram.push_callback(member, member, 1, tap);
                let id = pushed.callback_query_id.unwrap();
                let answered = world
                    .telegram
                    .wait_for_since(
                        mark,
                        |c| {
                            c.is("answerCallbackQuery")
                                && c.param_str("callback_query_id").as_deref() == Some(id.as_str())
                        },
                        Duration::from_secs(30),
                    )
                    .await
                    .expect("every tap is answered");
                latencies.push(answered.at.saturating_duration_since(queued));
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let pct = |p: f64| percentile(&latencies, p);
    let rate = latencies.len() as f64 / elapsed.as_secs_f64();

    // Every tap toggled one member's vote on one idea: check the database agrees.
    let mut taps = std::collections::HashMap::<(i64, usize), usize>::new();
    for phone in 0..phones {
        for k in 0..per_phone {
            let slot = phone + k * phones;
            let member = i64::try_from(slot).unwrap() % MEMBERS;
            *taps
                .entry((member, (slot / usize::try_from(MEMBERS).unwrap()) % IDEAS))
                .or_default() += 1;
        }
    }
    let expected: i64 = taps
        .values()
        .filter(|n| *n % 2 == 1)
        .count()
        .try_into()
        .unwrap();
    let mut stored = 0;
    for idea in ideas.iter() {
        stored += world
            .env
            .core
            .idea_view(None, *idea)
            .await
            .unwrap()
            .idea
            .supporters;
    }
    assert_eq!(
        stored, expected,
        "supporters in the database match the taps"
    );

    println!(
        "{:?}: {} updates in {:.2} s = {:.0} updates/s (goal 1,000); latency p50 {:.2} ms, p99 {:.2} ms (goal < 20 ms); votes checked: {stored}",
        backend,
        latencies.len(),
        elapsed.as_secs_f64(),
        rate,
        pct(50.0).as_secs_f64() * 1000.0,
        pct(99.0).as_secs_f64() * 1000.0,
    );
}
