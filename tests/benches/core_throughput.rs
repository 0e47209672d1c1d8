//! Throughput of the two busiest writes through the real core API, on SQLite and on PostgreSQL:
//! `Core::support` (votes per second) and `Core::submit_idea` (idea submissions per second), each
//! driven by concurrent actors (one tokio task per registered member, 8 by default) on a
//! multi-thread runtime, with p50/p99 latency per operation.
//!
//! Run it (release, the bench profile) with:
//!
//! ```text
//! cargo bench -p crowdsprint-tests --bench core_throughput
//! cargo bench -p crowdsprint-tests --bench core_throughput -- --quick    # a smoke run
//! ```
//!
//! Sizes come from the environment: `BENCH_VOTES` (default 20000), `BENCH_IDEAS` (default 2000),
//! `BENCH_ACTORS` (default 8), `BENCH_BACKENDS` (default `sqlite,postgres`); `BENCH_QUICK=1` or
//! `--quick` shrinks the defaults to a few seconds. PostgreSQL is the server the test harness
//! uses (`CROWDSPRINT_TEST_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432/postgres`);
//! every measurement gets a fresh database.
//!
//! Only the measured phase is timed: the sprint, the members and the ideas to vote on are set
//! up first (`BENCH_VOTES / BENCH_ACTORS` ideas, posted by one author). Every actor walks all of
//! them from its own starting point, so each of its votes is on an idea it does not support yet
//! (every vote is a real insert) and the actors rarely press on the same idea at once. Each
//! submission is a full `submit_idea`, including the similar-ideas search; the generated texts
//! share a small vocabulary, so that search finds and ranks real matches, and submissions slow
//! down as the sprint fills. Afterwards the rows in the database are counted and checked
//! against the operations that succeeded, so the figure counts only work that was really done.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::store::Db;
use crowdsprint_tests::{Backend, TestEnv, crowdsprint_core, draft};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Barrier;

/// Votes per second the issue asks for, per backend.
const VOTE_TARGET_SQLITE: f64 = 2000.0;
const VOTE_TARGET_POSTGRES: f64 = 1000.0;

fn main() {
    let config = Config::from_env();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    println!(
        "core_throughput: {} votes, {} idea submissions, {} actors, {} runtime workers, {} CPUs{}",
        config.votes,
        config.ideas,
        config.actors,
        runtime.metrics().num_workers(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        if config.quick { " (quick)" } else { "" },
    );
    println!("load average before: {}", load_average());

    let mut results = Vec::new();
    runtime.block_on(async {
        for &backend in &config.backends {
            if config.votes > 0 {
                results.push(bench_votes(backend, &config).await);
            }
            if config.ideas > 0 {
                results.push(bench_submissions(backend, &config).await);
            }
        }
    });

    println!();
    println!(
        "{:<9} {:<10} {:>6} {:>7} {:>8} {:>8} {:>7} {:>7}",
        "backend", "operation", "actors", "ops", "seconds", "ops/s", "p50 ms", "p99 ms"
    );
    for r in &results {
        println!(
            "{:<9} {:<10} {:>6} {:>7} {:>8.2} {:>8.0} {:>7.2} {:>7.2}",
            r.backend,
            r.operation,
            r.actors,
            r.ops,
            r.elapsed.as_secs_f64(),
            r.per_second(),
            millis(r.percentile(50.0)),
            millis(r.percentile(99.0)),
        );
    }
    println!();
    for r in &results {
        println!("{} {}: {}", r.backend, r.operation, r.verified);
    }
    for r in results.iter().filter(|r| r.operation == "vote") {
        let target = if r.backend == "sqlite" {
            VOTE_TARGET_SQLITE
        } else {
            VOTE_TARGET_POSTGRES
        };
        let verdict = if r.per_second() >= target {
            "met"
        } else {
            "MISSED"
        };
        println!(
            "target {} votes/s on {}: {verdict} ({:.0}/s)",
            target,
            r.backend,
            r.per_second()
        );
    }
    println!("load average after: {}", load_average());
}

/// What to run, from the environment and the command line.
#[derive(Debug)]
struct Config {
    votes: usize,
    ideas: usize,
    actors: usize,
    backends: Vec<Backend>,
    quick: bool,
}

impl Config {
    fn from_env() -> Config {
        let quick = std::env::args().any(|a| a == "--quick")
            || std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
        let number = |name: &str, default: usize| {
            std::env::var(name).map_or(default, |v| {
                v.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("{name} must be a whole number, not {v:?}"))
            })
        };
        let (votes, ideas) = if quick { (1600, 240) } else { (20_000, 2000) };
        let backends = std::env::var("BENCH_BACKENDS")
            .unwrap_or_else(|_| "sqlite,postgres".to_owned())
            .split(',')
            .map(|b| match b.trim() {
                "sqlite" => Backend::Sqlite,
                "postgres" | "postgresql" => Backend::Postgres,
                other => panic!("BENCH_BACKENDS: unknown backend {other:?}"),
            })
            .collect();
        Config {
            votes: number("BENCH_VOTES", votes),
            ideas: number("BENCH_IDEAS", ideas),
            actors: number("BENCH_ACTORS", 8).max(1),
            backends,
            quick,
        }
    }
}

/// One measured phase.
#[derive(Debug)]
struct Outcome {
    backend: &'static str,
    operation: &'static str,
    actors: usize,
    ops: usize,
    elapsed: Duration,
    /// Every operation's latency, sorted.
    latencies: Vec<Duration>,
    /// What the database held afterwards, checked against `ops`.
    verified: String,
}

impl Outcome {
    fn per_second(&self) -> f64 {
        self.ops as f64 / self.elapsed.as_secs_f64()
    }

    /// Nearest-rank percentile.
    fn percentile(&self, p: f64) -> Duration {
        crowdsprint_tests::bench::percentile(&self.latencies, p)
    }
}

/// Votes: `config.votes` supports spread over the actors. There are `ceil(votes / actors)`
/// ideas; every actor walks them from its own starting point, so each vote is on an idea that
/// actor has not supported yet and the actors rarely touch the same idea at the same moment.
async fn bench_votes(backend: Backend, config: &Config) -> Outcome {
    let env = TestEnv::new(backend).await;
    let (_, challenges) = env.open_sprint().await;
    let author = env.member("Bench author", Role::Member).await;
    let idea_count = config.votes.div_ceil(config.actors);
    let setup = Instant::now();
    let mut ideas = Vec::with_capacity(idea_count);
    for n in 0..idea_count {
        let (title, body) = idea_text(u64::MAX - n as u64);
        let challenge = challenges[n % challenges.len()].id;
        ideas.push(env.idea(&author, challenge, &title, &body).await.id);
    }
    let ideas = Arc::new(ideas);
    let actors = members(&env, "Voter", config.actors).await;
    println!(
        "{} vote setup: {idea_count} ideas and {} voters in {:.1} s (not timed)",
        name(backend),
        config.actors,
        setup.elapsed().as_secs_f64()
    );

    let barrier = Arc::new(Barrier::new(config.actors + 1));
    let mut tasks = Vec::with_capacity(config.actors);
    for (a, actor) in actors.into_iter().enumerate() {
        let share = config.votes / config.actors + usize::from(a < config.votes % config.actors);
        let start = a * idea_count / config.actors;
        let core = env.core.clone();
        let ideas = Arc::clone(&ideas);
        let barrier = Arc::clone(&barrier);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(share);
            barrier.wait().await;
            for k in 0..share {
                let idea = ideas[(start + k) % ideas.len()];
                let began = Instant::now();
                let count = core.support(&actor, idea).await.expect("support an idea");
                latencies.push(began.elapsed());
                assert!(count >= 1, "a new vote leaves at least one supporter");
            }
            latencies
        }));
    }
    let (elapsed, latencies) = measure(barrier, tasks).await;

    let votes = scalar(&env, "SELECT COUNT(*) FROM votes").await;
    let supporters = scalar(
        &env,
        "SELECT CAST(COALESCE(SUM(supporters), 0) AS BIGINT) FROM ideas",
    )
    .await;
    let follows = scalar(&env, "SELECT COUNT(*) FROM follows").await;
    let ops = latencies.len();
    let expected_follows = ops + idea_count; // the author follows each idea they posted
    assert_eq!(votes, ops as i64, "one vote row per support");
    assert_eq!(supporters, ops as i64, "sum of supporters == votes cast");
    assert_eq!(
        follows, expected_follows as i64,
        "voters follow what they support"
    );
    let verified = format!(
        "{ops} supports ok; votes rows = {votes}, sum(ideas.supporters) = {supporters}, \
         follows = {follows} (= votes + {idea_count} by the author) over {idea_count} ideas"
    );
    finish(env).await;
    outcome(backend, "vote", config.actors, elapsed, latencies, verified)
}

/// Submissions: `config.ideas` new ideas spread over the actors, each one a full
/// `submit_idea` (personal-details scan, insert, follow, outbox row, similar-idea search).
async fn bench_submissions(backend: Backend, config: &Config) -> Outcome {
    let env = TestEnv::new(backend).await;
    let (_, challenges) = env.open_sprint().await;
    let challenges: Arc<Vec<ChallengeId>> = Arc::new(challenges.iter().map(|c| c.id).collect());
    let actors = members(&env, "Author", config.actors).await;

    let barrier = Arc::new(Barrier::new(config.actors + 1));
    let mut tasks = Vec::with_capacity(config.actors);
    for (a, actor) in actors.into_iter().enumerate() {
        let share = config.ideas / config.actors + usize::from(a < config.ideas % config.actors);
        let core = env.core.clone();
        let challenges = Arc::clone(&challenges);
        let barrier = Arc::clone(&barrier);
        tasks.push(tokio::spawn(async move {
            // Drafts are built before the clock starts: parsing input is the adapter's work.
            let drafts: Vec<_> = (0..share)
                .map(|k| {
                    let (title, body) = idea_text((a * 1_000_003 + k) as u64);
                    draft(challenges[k % challenges.len()], &title, &body)
                })
                .collect();
            let mut latencies = Vec::with_capacity(share);
            barrier.wait().await;
            for d in drafts {
                let began = Instant::now();
                let submitted = core.submit_idea(&actor, d).await.expect("submit an idea");
                latencies.push(began.elapsed());
                assert!(
                    submitted.held_for.is_empty(),
                    "bench text holds no personal details"
                );
            }
            latencies
        }));
    }
    let (elapsed, latencies) = measure(barrier, tasks).await;

    let ops = latencies.len();
    let ideas = scalar(&env, "SELECT COUNT(*) FROM ideas").await;
    let visible = scalar(
        &env,
        "SELECT COUNT(*) FROM ideas WHERE visibility = 'visible'",
    )
    .await;
    let outbox = scalar(
        &env,
        "SELECT COUNT(*) FROM outbox WHERE event = 'idea_published'",
    )
    .await;
    let follows = scalar(&env, "SELECT COUNT(*) FROM follows").await;
    assert_eq!(ideas, ops as i64, "one idea row per submission");
    assert_eq!(visible, ops as i64, "every bench idea is published");
    assert_eq!(outbox, ops as i64, "one published event per idea");
    assert_eq!(follows, ops as i64, "authors follow their ideas");
    let verified = format!(
        "{ops} submissions ok; ideas rows = {ideas} (visible {visible}), \
         outbox idea_published = {outbox}, follows = {follows}"
    );
    finish(env).await;
    outcome(
        backend,
        "submit",
        config.actors,
        elapsed,
        latencies,
        verified,
    )
}

/// Releases the tasks together, times them until the last finishes, and pools the latencies.
async fn measure(
    barrier: Arc<Barrier>,
    tasks: Vec<tokio::task::JoinHandle<Vec<Duration>>>,
) -> (Duration, Vec<Duration>) {
    barrier.wait().await;
    let began = Instant::now();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("bench task"));
    }
    (began.elapsed(), latencies)
}

fn outcome(
    backend: Backend,
    operation: &'static str,
    actors: usize,
    elapsed: Duration,
    mut latencies: Vec<Duration>,
    verified: String,
) -> Outcome {
    latencies.sort_unstable();
    Outcome {
        backend: name(backend),
        operation,
        actors,
        ops: latencies.len(),
        elapsed,
        latencies,
        verified,
    }
}

fn name(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    }
}

/// `count` freshly registered members, each an actor of its own.
async fn members(env: &TestEnv, prefix: &str, count: usize) -> Vec<Actor> {
    let mut actors = Vec::with_capacity(count);
    for n in 0..count {
        actors.push(env.member(&format!("{prefix} {n}"), Role::Member).await);
    }
    actors
}

/// One number from the database, read outside any transaction.
async fn scalar(env: &TestEnv, sql: &'static str) -> i64 {
    let mut conn = env.core.store().read().await.expect("read connection");
    match conn.db() {
        Db::Sqlite(c) => sqlx::query_scalar(sql).fetch_one(c).await,
        Db::Postgres(c) => sqlx::query_scalar(sql).fetch_one(c).await,
    }
    .expect(sql)
}

/// Closes the pools before the harness drops the database.
async fn finish(env: TestEnv) {
    env.core.store().close().await;
    drop(env);
}

/// Plausible, varied idea text from a seed: lower-case words only, so nothing looks like a
/// name, a number or a date and no idea is held for review; a shared vocabulary gives the
/// similar-idea search real matches to rank.
fn idea_text(seed: u64) -> (String, String) {
    const WORDS: &[&str] = &[
        "volunteer",
        "discharge",
        "pharmacy",
        "medicines",
        "transport",
        "lounge",
        "ward",
        "nurse",
        "porter",
        "rota",
        "handover",
        "bed",
        "clinic",
        "waiting",
        "list",
        "patients",
        "family",
        "carers",
        "home",
        "noon",
        "morning",
        "evening",
        "weekend",
        "community",
        "team",
        "doctor",
        "therapy",
        "equipment",
        "wheelchair",
        "parking",
        "canteen",
        "food",
        "drinks",
        "signage",
        "maps",
        "phone",
        "text",
        "reminder",
        "letters",
        "booking",
        "appointments",
        "cancelled",
        "theatre",
        "recovery",
        "ambulance",
        "crews",
        "shifts",
        "rest",
        "rooms",
        "training",
        "induction",
        "students",
        "mentors",
        "feedback",
        "survey",
        "kindness",
        "privacy",
        "dignity",
        "noise",
        "sleep",
        "lights",
        "visiting",
        "hours",
        "chaplain",
        "language",
        "interpreter",
        "leaflets",
        "video",
        "online",
        "portal",
        "records",
        "paper",
        "printer",
        "laptops",
        "wifi",
        "charging",
        "lockers",
        "uniforms",
        "laundry",
        "cleaning",
        "infection",
        "hands",
        "masks",
        "gloves",
        "stock",
        "supplies",
        "orders",
        "budget",
        "savings",
        "energy",
        "recycling",
        "garden",
        "walks",
        "exercise",
        "falls",
        "dementia",
        "delirium",
        "hydration",
        "nutrition",
        "meals",
        "snacks",
    ];
    // splitmix64: a tiny, fixed sequence so every run posts the same text.
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut pick = |n: usize| {
        (0..n)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = pick(4);
    let body = format!("{} so that {}", pick(8), pick(6));
    (title, body)
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}
