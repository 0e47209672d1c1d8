//! Pages per second from the public web board, and their latency, on the demo sprint plus
//! 10,000 generated ideas, on SQLite and on PostgreSQL: 16 concurrent clients (keep-alive
//! connections, as a browser or a proxy holds them) each ask in turn for an idea page and a
//! challenge page (a random idea; a random challenge, order and page), over real HTTP on
//! 127.0.0.1, to the board's router served in this process. The goal (issue 16): at least
//! 2,000 pages a second and p99 under 20 ms on SQLite on a 2-core machine.
//!
//! ```text
//! cargo bench -p crowdsprint-tests --bench web_board
//! cargo bench -p crowdsprint-tests --bench web_board -- --quick    # a smoke run
//! ```
//!
//! Sizes from the environment: `BENCH_IDEAS` (default 10000), `BENCH_CLIENTS` (16),
//! `BENCH_PAGES` (20000), `BENCH_BACKENDS` (`sqlite,postgres`); `BENCH_QUICK=1` or `--quick`
//! shrinks them to seconds. Clients and server share the machine's cores, as they would not in
//! production, so the figures are a floor. Every page is read whole and checked to be a 200.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_core::demo::seed_demo;
use crowdsprint_core::domain::*;
use crowdsprint_core::store::{Db, NewIdeaRow};
use crowdsprint_tests::bench::{backends, env_or, load_average, percentile, quick};
use crowdsprint_tests::web_board::Board;
use crowdsprint_tests::{Backend, NowForTests, TestEnv, crowdsprint_core};
use std::time::{Duration, Instant};

fn main() {
    let quick = quick();
    let ideas = env_or("BENCH_IDEAS", if quick { 500 } else { 10_000 });
    let clients = env_or("BENCH_CLIENTS", 16).max(1);
    let pages = env_or("BENCH_PAGES", if quick { 1_000 } else { 20_000 });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    println!(
        "web_board: demo + {ideas} ideas, {clients} clients, {pages} pages, {} CPUs{}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        if quick { " (quick)" } else { "" }
    );
    println!("load average before: {}", load_average());
    runtime.block_on(async {
        for backend in backends() {
            measure(backend, ideas, clients, pages).await;
        }
    });
}

async fn measure(backend: Backend, ideas: usize, clients: usize, pages: usize) {
    let env = TestEnv::new(backend).await;
    let admin = env.admin().await;
    let demo = seed_demo(&env.core, &admin, env.clock.now_for_tests())
        .await
        .expect("the demo loads");
    let challenges = env
        .core
        .public_sprint(demo.elective_sprint)
        .await
        .unwrap()
        .overview
        .challenges;
    let ids = generate(&env, demo.elective_sprint, &challenges, ideas).await;
    let board = Board::start(&env).await;

    let started = Instant::now();
    let per_client = pages / clients;
    let tasks: Vec<_> = (0..clients)
        .map(|n| {
            let board = board.clone();
            let ids = ids.clone();
            let challenges: Vec<i64> = challenges.iter().map(|c| c.id.get()).collect();
            tokio::spawn(async move {
                let mut seed = 0x9E37_79B9_u64.wrapping_mul(n as u64 + 1);
                let mut latencies = Vec::with_capacity(per_client);
                for k in 0..per_client {
                    let path = if k.is_multiple_of(2) {
                        format!("/ideas/{}", ids[next(&mut seed) % ids.len()])
                    } else {
                        let challenge = challenges[next(&mut seed) % challenges.len()];
                        let order = if next(&mut seed).is_multiple_of(2) {
                            "top"
                        } else {
                            "new"
                        };
                        let page = 1 + next(&mut seed) % 20;
                        format!("/challenges/{challenge}?order={order}&page={page}")
                    };
                    let asked = Instant::now();
                    let answer = board.get(&path, None).await;
                    latencies.push(asked.elapsed());
                    assert_eq!(answer.status, 200, "{path}");
                }
                latencies
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(pages);
    for task in tasks {
        latencies.extend(task.await.expect("a client"));
    }
    let elapsed = started.elapsed();
    latencies.sort();
    println!(
        "{backend:?}: {} pages in {:.2} s = {:.0} pages/s; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 50.0).as_secs_f64() * 1e3,
        percentile(&latencies, 99.0).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
    env.core.store().close().await;
}

/// `count` published ideas spread over the sprint's challenges, with supporters and comment
/// counts spread out so "most supported" has an order, in one transaction; their ids.
async fn generate(
    env: &TestEnv,
    sprint: SprintId,
    challenges: &[Challenge],
    count: usize,
) -> Vec<i64> {
    let now = env.clock.now_for_tests();
    let author = env.member("Generated", Role::Member).await;
    let body = "A longer account of the idea, as people write them: what happens now on the \
                ward, what would change, and who would notice. "
        .repeat(4);
    let mut tx = env.core.store().begin().await.expect("a transaction");
    let mut ids = Vec::with_capacity(count);
    for n in 0..count {
        let title = format!("Generated idea {n} about waiting lists and clinics");
        let id = tx
            .db()
            .insert_idea(&NewIdeaRow {
                sprint,
                challenge: challenges[n % challenges.len()].id,
                author: Some(author.member()),
                title: &title,
                body: &body,
                kind: IdeaKind::Idea,
                origin: &Origin::Chat(Platform::Telegram),
                visibility: &Visibility::Visible,
                held_for: &[],
                now: now - chrono::Duration::seconds(n as i64),
            })
            .await
            .expect("an idea");
        ids.push(id.get());
    }
    let spread = "UPDATE ideas SET supporters = (id * 7919) % 97, comment_count = (id * 31) % 7";
    match tx.db() {
        Db::Sqlite(c) => sqlx::query(spread).execute(&mut *c).await.map(|_| ()),
        Db::Postgres(c) => sqlx::query(spread).execute(&mut *c).await.map(|_| ()),
    }
    .expect("spread the counts");
    tx.commit().await.expect("commit");
    ids
}

/// A small, repeatable pseudo-random sequence (xorshift), so runs ask for the same pages.
fn next(state: &mut u64) -> usize {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    (*state % (usize::MAX as u64)) as usize
}
