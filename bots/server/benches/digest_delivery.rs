//! A weekly digest to 100,000 subscribers, composed and delivered by a real `crowdsprint serve`
//! process against the fake Bot API with its overall limit raised to 3,000 messages a second
//! (as Telegram does for paid broadcasts), and the bot's own pace set to match.
//!
//! ```text
//! cargo bench -p crowdsprint --bench digest_delivery
//! BENCH_SUBSCRIBERS=20000 BENCH_BACKENDS=sqlite,postgres cargo bench -p crowdsprint --bench digest_delivery
//! BENCH_DUE_IN_SECONDS=0 cargo bench -p crowdsprint --bench digest_delivery
//! ```
//!
//! The digests fall due `BENCH_DUE_IN_SECONDS` (default 90) after the subscribers are
//! written, as on a Monday morning: `serve` composes them ahead (its default 10 minutes) and
//! sends them when due. `0` makes them due a minute ago, as after downtime: then composing and
//! sending run at once and share the cores.
//!
//! Reported: composition time (the digest run's own log line), delivery rate from the first
//! digest sent to the last, that rate divided by the permitted 3,000 a second, and the serve
//! process's peak resident memory (`VmHWM`). The subscribers are written straight into the
//! database (setting up is not what is measured); everything after is the real service.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Utc;
use crowdsprint_tests::bench::env_or;
use crowdsprint_tests::fake_telegram::{FakeTelegram, Limits, Rate};
use crowdsprint_tests::serve::{bench_backends, serve_command};
use crowdsprint_tests::{Backend, TestEnv};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, BufReader};

const PERMITTED: u32 = 3_000;
const FIRST_USER: i64 = 1_000_000;

fn main() {
    let subscribers = env_or("BENCH_SUBSCRIBERS", 100_000) as i64;
    let due_in = env_or("BENCH_DUE_IN_SECONDS", 90) as i64;
    let backends = bench_backends();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "digest_delivery: {subscribers} subscribers, permitted {PERMITTED} messages/s, {} CPUs",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    for backend in backends {
        runtime.block_on(run(backend, subscribers, due_in));
    }
}

async fn run(backend: Backend, subscribers: i64, due_in: i64) {
    let env = TestEnv::new(backend).await;
    env.clock.set(Utc::now());
    let (_, challenges) = env.open_sprint().await;
    let admin = env.admin().await;
    env.approved_idea(&admin, challenges[0].id, "Discharge letters sent by text")
        .await;
    env.core.fan_out(100).await.unwrap();

    let limits = Limits {
        private_chat: Some(Rate::new(3, Duration::from_secs(1))),
        group_chat: None,
        global: Some(Rate::new(100, Duration::from_secs(1) / PERMITTED)),
    };
    let telegram = FakeTelegram::start_with(limits).await;
    let setup = Instant::now();
    for k in 0..subscribers {
        telegram.add_user(FIRST_USER + k, "Reader", None, None);
    }
    let due = if due_in > 0 {
        Utc::now() + chrono::Duration::seconds(due_in)
    } else {
        Utc::now() - chrono::Duration::minutes(1)
    };
    insert_subscribers(&env, subscribers, due.timestamp_millis()).await;
    println!(
        "  {backend:?}: {subscribers} subscribers written in {:.1} s",
        setup.elapsed().as_secs_f64()
    );

    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_crowdsprint");
    let (mut command, _) = serve_command(bin, &env, &telegram, dir.path());
    let mut child = command
        .env("CROWDSPRINT_QUIET_HOURS", "off")
        .env(
            "CROWDSPRINT_LIMITS__TELEGRAM_PER_SECOND",
            PERMITTED.to_string(),
        )
        .env("RUST_LOG", "info")
        .spawn()
        .expect("start crowdsprint serve");
    let pid = child.id().expect("running");
    // The digest run logs how long it took.
    let (composed_tx, mut composed) = tokio::sync::mpsc::unbounded_channel();
    for stream in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn tokio::io::AsyncRead + Unpin + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let composed_tx = composed_tx.clone();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stream).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if line.contains("digests queued") {
                    let _ = composed_tx.send(line);
                }
            }
        });
    }

    let started = Instant::now();
    let mut first_sent = None;
    let mut first_sent_utc = None;
    let mut peak_kib = 0;
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        peak_kib = peak_kib.max(vm_hwm_kib(pid));
        // Counted where Telegram would count them, in memory: polling the database would take
        // CPU from the process being measured.
        let sent = telegram.successes("sendMessage") as i64;
        if sent > 0 && first_sent.is_none() {
            first_sent = Some(Instant::now());
            first_sent_utc = Some(Utc::now());
        }
        if sent >= subscribers {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(900),
            "still delivering after 15 minutes: {sent} sent"
        );
    }
    let done = Instant::now();
    // And the queue agrees: every delivery settled as sent, none twice.
    let settled = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let counts = env.core.delivery_counts().await.unwrap();
            if counts[2].1 >= subscribers {
                return counts;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await
    .expect("every delivery settled as sent");
    assert_eq!(settled[4], ("duplicate", 0), "{settled:?}");
    peak_kib = peak_kib.max(vm_hwm_kib(pid));
    let delivering = done - first_sent.unwrap_or(started);
    let rate = subscribers as f64 / delivering.as_secs_f64();
    let composed = composed.try_recv().unwrap_or_default();
    if let (true, Some(at)) = (due_in > 0, first_sent_utc) {
        println!(
            "  {backend:?}: first digest seen sent {:.1} s after they fell due",
            (at - due).num_milliseconds() as f64 / 1000.0
        );
    }
    let composition_ms = composed
        .split_whitespace()
        .find_map(|w| w.strip_prefix("elapsed_ms="))
        .unwrap_or("?");
    let digests = telegram
        .calls_to("sendMessage")
        .iter()
        .filter(|c| c.is_ok())
        .count();
    let refused = telegram
        .calls_to("sendMessage")
        .iter()
        .filter(|c| c.error().is_some_and(|e| e.code == 429))
        .count();
    println!("  {backend:?}: composition {composition_ms} ms for {subscribers} digests");
    println!(
        "  {backend:?}: delivered {subscribers} in {:.1} s: {rate:.0} messages/s, {:.3} of the permitted {PERMITTED}/s ({digests} sent, {refused} answered 429)",
        delivering.as_secs_f64(),
        rate / f64::from(PERMITTED)
    );
    // Where the time went: a steady pace shows as evenly spaced quarters, a slow tail (retries
    // after a 429) as a long last step.
    let mut arrivals: Vec<Instant> = telegram
        .calls_to("sendMessage")
        .iter()
        .filter(|c| c.is_ok())
        .map(|c| c.at)
        .collect();
    arrivals.sort_unstable();
    if let Some(&start) = arrivals.first() {
        let at = |share: f64| {
            let k = ((arrivals.len() as f64 * share).ceil() as usize).clamp(1, arrivals.len());
            (arrivals[k - 1] - start).as_secs_f64()
        };
        println!(
            "  {backend:?}: 25% sent after {:.1} s, 50% {:.1} s, 75% {:.1} s, 99% {:.1} s, all {:.1} s",
            at(0.25),
            at(0.5),
            at(0.75),
            at(0.99),
            at(1.0)
        );
    }
    println!(
        "  {backend:?}: serve peak memory {:.1} MB (VmHWM)",
        peak_kib as f64 / 1024.0
    );
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = tokio::time::timeout(Duration::from_secs(10), child.wait()).await;
}

/// Writes `n` Telegram subscribers (half reading Welsh) whose weekly digest is due at `due`
/// (milliseconds).
async fn insert_subscribers(env: &TestEnv, n: i64, due: i64) {
    let now = Utc::now().timestamp_millis();
    let mut statements = Vec::new();
    for chunk in (0..n).collect::<Vec<_>>().chunks(1000) {
        let members: Vec<String> = chunk
            .iter()
            .map(|k| {
                let id = FIRST_USER + k;
                let locale = if k % 2 == 1 { "cy" } else { "en-GB" };
                format!("({id}, 'Reader {k}', 'staff', '{locale}', {now}, {now}, {due})")
            })
            .collect();
        statements.push(format!(
            "INSERT INTO members (id, display_name, describes, locale, consented_at, created_at, \
             next_digest_at) VALUES {};",
            members.join(", ")
        ));
        let identities: Vec<String> = chunk
            .iter()
            .map(|k| {
                let id = FIRST_USER + k;
                format!("('telegram', '{id}', {id}, {now})")
            })
            .collect();
        statements.push(format!(
            "INSERT INTO identities (platform, user_id, member_id, created_at) VALUES {};",
            identities.join(", ")
        ));
    }
    let script = statements.concat();
    match env.backend {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&env.url).await.unwrap();
            sqlx::raw_sql(sqlx::AssertSqlSafe(script))
                .execute(&pool)
                .await
                .unwrap();
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&env.url).await.unwrap();
            sqlx::raw_sql(sqlx::AssertSqlSafe(script))
                .execute(&pool)
                .await
                .unwrap();
        }
    }
}

/// The peak resident memory of process `pid`, in KiB.
fn vm_hwm_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}
