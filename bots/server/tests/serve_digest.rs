//! Digests through real `crowdsprint serve` processes and the fake Bot API, which enforces
//! Telegram's limits: a process killed with SIGKILL part-way through a digest is restarted and
//! nobody is missed (the few sent twice are bounded by one batch and counted); and two
//! processes on one PostgreSQL share a digest without sending anything twice.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_core::service::DIGEST_PAGE;
use crowdsprint_tests::fake_telegram::{FakeTelegram, Limits};
use crowdsprint_tests::serve::{members_due_a_digest, serve_command};
use crowdsprint_tests::{Backend, TestEnv, crowdsprint_core};
use std::collections::HashMap;
use std::process::Stdio;
use tokio::process::Child;

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");
const FIRST_USER: i64 = 70_000;
/// The most deliveries one process claims at once: the bound on what a crash can double.
const BATCH: usize = 100;

/// `n` Telegram subscribers with a digest queued for each, as the digest run leaves them.
async fn digests_queued(env: &TestEnv, telegram: &FakeTelegram, n: i64) {
    members_due_a_digest(env, telegram, FIRST_USER, n).await;
    let run = env.core.run_digests(DIGEST_PAGE).await.unwrap();
    assert_eq!(run.queued, n as u64, "{run:?}");
}

fn serve(
    env: &TestEnv,
    telegram: &FakeTelegram,
    per_second: u32,
    lease_seconds: u32,
) -> (Child, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let (mut command, _) = serve_command(BIN, env, telegram, dir.path());
    let child = command
        // It is night in London when CI runs, as often as not: no quiet hours here.
        .env("CROWDSPRINT_QUIET_HOURS", "off")
        .env(
            "CROWDSPRINT_DELIVERY_LEASE_SECONDS",
            lease_seconds.to_string(),
        )
        .env("CROWDSPRINT_TELEGRAM_PER_SECOND", per_second.to_string())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start crowdsprint serve");
    (child, dir)
}

/// Digest messages each reader received so far.
fn digests_per_reader(telegram: &FakeTelegram, n: i64) -> HashMap<i64, usize> {
    telegram.digests_per_user(FIRST_USER..FIRST_USER + n)
}

async fn wait_until(what: &str, seconds: u64, mut done: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while !done().await {
        assert!(tokio::time::Instant::now() < deadline, "timed out: {what}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn all_settled(env: &TestEnv) -> bool {
    let counts = env.core.delivery_counts().await.unwrap();
    counts[0].1 == 0 && counts[1].1 == 0
}

async fn a_killed_process_resumes_and_nobody_is_missed(backend: Backend) {
    const N: i64 = 400;
    let env = TestEnv::new(backend).await;
    let telegram = FakeTelegram::start_with(Limits::telegram()).await;
    digests_queued(&env, &telegram, N).await;

    let (mut first, _dir) = serve(&env, &telegram, 30, 5);
    wait_until("a third of the digests", 60, async || {
        digests_per_reader(&telegram, N).values().sum::<usize>() >= (N / 3) as usize
    })
    .await;
    first.start_kill().unwrap(); // SIGKILL: no goodbye, batches in hand
    first.wait().await.unwrap();
    let before = digests_per_reader(&telegram, N).values().sum::<usize>();
    assert!(before < N as usize, "killed part-way, not after the end");

    let (_second, _dir2) = serve(&env, &telegram, 30, 5);
    wait_until("every digest delivered", 120, async || {
        all_settled(&env).await && digests_per_reader(&telegram, N).values().all(|n| *n >= 1)
    })
    .await;
    let per_reader = digests_per_reader(&telegram, N);
    let missed: Vec<_> = per_reader.iter().filter(|(_, n)| **n == 0).collect();
    assert!(missed.is_empty(), "missed after the restart: {missed:?}");
    let sent: usize = per_reader.values().sum();
    let twice = sent - N as usize;
    let counts = env.core.delivery_counts().await.unwrap();
    assert!(twice <= BATCH, "{twice} sent twice: more than one batch");
    assert!(
        counts[4].1 >= twice as i64,
        "each possible duplicate is counted: {counts:?}, {twice} sent twice"
    );
    assert_eq!(counts[2].1, N, "every delivery ends up sent: {counts:?}");
    eprintln!("killed after {before} of {N}; {twice} sent twice; counts {counts:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_serve_resumes_its_digest_on_sqlite() {
    a_killed_process_resumes_and_nobody_is_missed(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_serve_resumes_its_digest_on_postgres() {
    a_killed_process_resumes_and_nobody_is_missed(Backend::Postgres).await;
}

/// Two replicas on one PostgreSQL: each paces itself to half of Telegram's limit, they take
/// different batches, and every reader gets exactly one digest.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_serve_processes_on_postgres_share_a_digest_without_doubles() {
    const N: i64 = 400;
    let env = TestEnv::new(Backend::Postgres).await;
    let telegram = FakeTelegram::start_with(Limits::telegram()).await;
    digests_queued(&env, &telegram, N).await;

    let (_a, _dir_a) = serve(&env, &telegram, 15, 30);
    let (_b, _dir_b) = serve(&env, &telegram, 15, 30);
    wait_until("every digest delivered", 120, async || {
        all_settled(&env).await && digests_per_reader(&telegram, N).values().all(|n| *n >= 1)
    })
    .await;
    let per_reader = digests_per_reader(&telegram, N);
    let doubled: Vec<_> = per_reader.iter().filter(|(_, n)| **n != 1).collect();
    assert!(doubled.is_empty(), "not exactly one each: {doubled:?}");
    let counts = env.core.delivery_counts().await.unwrap();
    assert_eq!(counts[4], ("duplicate", 0));

    // Both did a share: the sender of each delivery is kept on its row.
    let mut conn = env.core.store().read().await.unwrap();
    let senders = conn.db().delivery_senders().await.unwrap();
    let processes: std::collections::HashSet<&str> =
        senders.iter().filter_map(|s| s.split('-').nth(1)).collect();
    assert_eq!(processes.len(), 2, "both processes sent some: {senders:?}");
}
