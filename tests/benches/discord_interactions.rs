//! Interactions handled per second by the real Discord bot through its interactions endpoint,
//! and the latency of each, with 1,000 registered members, on 127.0.0.1.
//!
//! ```text
//! cargo bench -p crowdsprint-tests --bench discord_interactions
//! cargo bench -p crowdsprint-tests --bench discord_interactions -- --quick
//! ```
//!
//! The load is the busiest thing people do: pressing Support on idea cards. `BENCH_CLIENTS`
//! clients (default 8) send at once, each waiting for the answer before sending again, until
//! `BENCH_INTERACTIONS` presses (default 20000) are answered. Each press is a full interaction:
//! an HTTP POST signed with Ed25519 (signed before the clock starts), the signature and its
//! freshness checked, the JSON read, the vote toggled in the database and the card's answer
//! rendered. Latency is the HTTP round trip. Per-member vote limits are raised for the run.
//! `BENCH_BACKENDS` picks `sqlite` (default) and/or `postgres`. Afterwards the votes in the
//! database are checked against the presses.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::limits::{LimitSettings, Rate};
use crowdsprint_tests::bench::{env_or, percentile};
use crowdsprint_tests::discord_bot::{CHANNEL, DiscordWorld, Person, Where, int, post};
use crowdsprint_tests::{Backend, TestEnv, crowdsprint_core};
use std::sync::Arc;
use std::time::Instant;

const MEMBERS: u64 = 1000;
const IDEAS: usize = 50;
const FIRST_USER: u64 = 600_000;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick") || std::env::var("BENCH_QUICK").is_ok();
    let presses: usize = env_or("BENCH_INTERACTIONS", if quick { 2000 } else { 20000 });
    let clients: usize = env_or("BENCH_CLIENTS", 8);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "discord_interactions: {presses} presses, {clients} clients, {MEMBERS} members, {} CPUs{}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        if quick { " (quick)" } else { "" }
    );
    for backend in crowdsprint_tests::serve::bench_backends() {
        runtime.block_on(run(backend, presses, clients));
    }
}

fn person(n: u64) -> Person {
    Person::new(FIRST_USER + n, &format!("Member {n}"))
}

async fn run(backend: Backend, presses: usize, clients: usize) {
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
        let identity = Identity::new(Platform::Discord, (FIRST_USER + n).to_string());
        env.member_on(identity, &format!("Member {n}"), Role::Member)
            .await;
    }
    let unlimited = LimitSettings {
        votes: Rate {
            count: 1_000_000,
            per_seconds: 1,
        },
        ..LimitSettings::default()
    };
    let world = Arc::new(DiscordWorld::start_with(env, unlimited).await);

    // Each idea's public card, as members see it in the channel.
    let mut cards = Vec::new();
    for idea in &ideas {
        let card = world
            .command(
                &person(0),
                Where::Server,
                "show",
                vec![int("idea", idea.get())],
            )
            .await;
        cards.push(card.as_message(CHANNEL));
    }
    let cards = Arc::new(cards);

    let per_client = presses.div_ceil(clients);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for client in 0..clients {
        let world = world.clone();
        let cards = cards.clone();
        let ideas = ideas.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(per_client);
            for k in 0..per_client {
                let slot = client + k * clients;
                let member = person(slot as u64 % MEMBERS);
                let which = (slot / MEMBERS as usize) % IDEAS;
                let press = world.press_interaction(
                    &member,
                    Where::Server,
                    &format!("support:{}", ideas[which]),
                    cards[which].clone(),
                );
                let body = serde_json::to_vec(&press).unwrap();
                let headers = world.signer.headers(&body);
                let sent = Instant::now();
                let answer = post(world.client(), &world.endpoint, &body, &headers).await;
                latencies.push(sent.elapsed());
                assert_eq!(answer.status, 200, "{:?}", answer.body);
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

    // Every press toggled one member's vote on one idea: check the database agrees.
    let mut toggles = std::collections::HashMap::<(u64, usize), usize>::new();
    for client in 0..clients {
        for k in 0..per_client {
            let slot = client + k * clients;
            *toggles
                .entry((slot as u64 % MEMBERS, (slot / MEMBERS as usize) % IDEAS))
                .or_default() += 1;
        }
    }
    let expected = toggles.values().filter(|n| *n % 2 == 1).count() as i64;
    let mut stored = 0;
    for idea in &ideas {
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
        "supporters in the database match the presses"
    );

    println!(
        "{:?}: {} interactions in {:.2} s = {:.0} interactions/s (goal 1,000); latency p50 {:.2} ms, p99 {:.2} ms (goal < 20 ms); votes checked: {stored}",
        backend,
        latencies.len(),
        elapsed.as_secs_f64(),
        rate,
        pct(50.0).as_secs_f64() * 1000.0,
        pct(99.0).as_secs_f64() * 1000.0,
    );
}
