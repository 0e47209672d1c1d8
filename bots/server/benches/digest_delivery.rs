//! A weekly digest composed and delivered by real `crowdsprint serve` processes against the
//! fake Bot API, which enforces Telegram's own limits (30 broadcasts in any one second, 1 a
//! second per chat, a 429's `retry_after` holding the whole bot; see
//! `tests/src/fake_telegram/limits.rs`).
//!
//! ```text
//! cargo bench -p crowdsprint --bench digest_delivery                       # 6,000 at 30/s
//! BENCH_REPLICAS=2 BENCH_BACKENDS=postgres cargo bench -p crowdsprint --bench digest_delivery
//! BENCH_PERMITTED=3000 BENCH_SUBSCRIBERS=100000 cargo bench -p crowdsprint --bench digest_delivery
//! BENCH_DUE_IN_SECONDS=0 cargo bench -p crowdsprint --bench digest_delivery
//! cargo bench -p crowdsprint --bench digest_delivery -- --quick            # 300, a smoke run
//! ```
//!
//! `BENCH_PERMITTED` (default 30) is what the fake allows in any one second; above 30 the
//! bots' pace is set to 97% of it, as an operator with paid broadcasts would. `BENCH_REPLICAS`
//! `serve` processes share the database (PostgreSQL for more than one). The digests fall due
//! `BENCH_DUE_IN_SECONDS` (default 90) after the subscribers are written, as on a Monday
//! morning: `serve` composes them ahead and sends them when due. `0` makes them due a minute
//! ago, as after downtime.
//!
//! Reported: composition time (the digest run's own log line); the delivery rate from the
//! first digest sent to the last, divided by the permitted rate; the most messages the fake
//! saw in any one-second window; 429s answered and messages sent while a `retry_after` was
//! pending; each serve process's peak resident memory (`VmHWM`). `BENCH_SERVE_BIN` measures
//! another build of `serve` (a release one). Every subscriber must get
//! exactly one digest. The subscribers are written straight into the database (setting up is
//! not what is measured); everything after is the real service.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Utc;
use crowdsprint_tests::bench::{env_or, vm_hwm_kib};
use crowdsprint_tests::fake_telegram::{FakeTelegram, Limits, Rate, Window};
use crowdsprint_tests::serve::{bench_backends, bench_binary, serve_command};
use crowdsprint_tests::{Backend, TestEnv};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, BufReader};

const FIRST_USER: i64 = 1_000_000;

/// One run's shape.
#[derive(Debug, Clone, Copy)]
struct Config {
    subscribers: i64,
    due_in: i64,
    permitted: u32,
    replicas: usize,
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick")
        || std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
    let config = Config {
        subscribers: env_or("BENCH_SUBSCRIBERS", if quick { 300 } else { 6_000 }) as i64,
        due_in: env_or("BENCH_DUE_IN_SECONDS", if quick { 5 } else { 90 }) as i64,
        permitted: env_or("BENCH_PERMITTED", 30) as u32,
        replicas: env_or("BENCH_REPLICAS", 1).max(1),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "digest_delivery: {} subscribers, permitted {} messages/s, {} replica(s), {} CPUs, serve {}{}",
        config.subscribers,
        config.permitted,
        config.replicas,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        bench_binary(env!("CARGO_BIN_EXE_crowdsprint")),
        if quick { " (quick)" } else { "" }
    );
    for backend in bench_backends() {
        if config.replicas > 1 && backend == Backend::Sqlite {
            println!("  Sqlite: skipped, several replicas need PostgreSQL");
            continue;
        }
        runtime.block_on(run(backend, config));
    }
}

async fn run(backend: Backend, config: Config) {
    let Config {
        subscribers,
        due_in,
        permitted,
        replicas,
    } = config;
    let env = TestEnv::new(backend).await;
    env.clock.set(Utc::now());
    let (_, challenges) = env.open_sprint().await;
    let admin = env.admin().await;
    env.approved_idea(&admin, challenges[0].id, "Discharge letters sent by text")
        .await;
    env.core.fan_out(100).await.unwrap();

    let limits = Limits {
        global: Some(Window::new(permitted, Duration::from_secs(1))),
        private_chat: Some(Rate::new(3, Duration::from_secs(1))),
        group_chat: None,
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
    let bin = bench_binary(env!("CARGO_BIN_EXE_crowdsprint"));
    // The default pace (29 of Telegram's 30) unless the fake allows more.
    let pace = (permitted > 30).then(|| (u64::from(permitted) * 97 / 100).to_string());
    let (composed_tx, mut composed) = tokio::sync::mpsc::unbounded_channel();
    let mut children = Vec::new();
    for _ in 0..replicas {
        let (mut command, _) = serve_command(&bin, &env, &telegram, dir.path());
        command
            .env("CROWDSPRINT_QUIET_HOURS", "off")
            .env("RUST_LOG", "info");
        if let Some(pace) = &pace {
            command.env("CROWDSPRINT_TELEGRAM_PER_SECOND", pace);
        }
        let mut child = command.spawn().expect("start crowdsprint serve");
        // The digest run logs how long it took.
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn tokio::io::AsyncRead + Unpin + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let composed_tx = composed_tx.clone();
            tokio::spawn(async move {
                let mut lines = BufReader::new(stream).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    if line.contains("digests queued") && !line.contains("due=0") {
                        let _ = composed_tx.send(line);
                    }
                }
            });
        }
        children.push(child);
    }
    let pids: Vec<u32> = children.iter().map(|c| c.id().expect("running")).collect();

    let started = Instant::now();
    let mut first_sent_utc = None;
    let mut peak_kib = vec![0; pids.len()];
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        for (peak, pid) in peak_kib.iter_mut().zip(&pids) {
            *peak = (*peak).max(vm_hwm_kib(*pid));
        }
        // Counted where Telegram would count them, in memory: polling the database would take
        // CPU from the processes being measured.
        let sent = telegram.successes("sendMessage") as i64;
        if sent > 0 && first_sent_utc.is_none() {
            first_sent_utc = Some(Utc::now());
        }
        if sent >= subscribers {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(1800),
            "still delivering after 30 minutes: {sent} sent"
        );
    }
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
    let per_reader = telegram.digests_per_user(FIRST_USER..FIRST_USER + subscribers);
    let not_once = per_reader.values().filter(|n| **n != 1).count();
    assert_eq!(not_once, 0, "readers without exactly one digest");
    for (peak, pid) in peak_kib.iter_mut().zip(&pids) {
        *peak = (*peak).max(vm_hwm_kib(*pid));
    }

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
    println!("  {backend:?}: composition {composition_ms} ms for {subscribers} digests");
    let calls = telegram.calls_to("sendMessage");
    let refused = calls
        .iter()
        .filter(|c| c.error().is_some_and(|e| e.code == 429))
        .count();
    let mut arrivals: Vec<Instant> = calls.iter().filter(|c| c.is_ok()).map(|c| c.at).collect();
    arrivals.sort_unstable();
    let (Some(&first), Some(&last)) = (arrivals.first(), arrivals.last()) else {
        return;
    };
    let delivering = (last - first).as_secs_f64().max(f64::EPSILON);
    let rate = arrivals.len() as f64 / delivering;
    println!(
        "  {backend:?}: delivered {} in {delivering:.1} s: {:.1} messages/s, {:.3} of permitted; \
         most in any one second {}; {refused} answered 429; {} sent during a pending retry_after",
        arrivals.len(),
        rate,
        rate / f64::from(permitted),
        most_in_any_second(&arrivals),
        telegram.early_sends()
    );
    // Where the time went: a steady pace shows as evenly spaced quarters, a slow tail (retries
    // after a 429) as a long last step.
    let at = |share: f64| {
        let k = ((arrivals.len() as f64 * share).ceil() as usize).clamp(1, arrivals.len());
        (arrivals[k - 1] - first).as_secs_f64()
    };
    println!(
        "  {backend:?}: 25% sent after {:.1} s, 50% {:.1} s, 75% {:.1} s, 99% {:.1} s, all {:.1} s",
        at(0.25),
        at(0.5),
        at(0.75),
        at(0.99),
        at(1.0)
    );
    let peaks: Vec<String> = peak_kib
        .iter()
        .map(|kib| format!("{:.1} MB", *kib as f64 / 1024.0))
        .collect();
    println!(
        "  {backend:?}: serve peak memory {} (VmHWM)",
        peaks.join(", ")
    );
    for pid in pids {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
    }
    for mut child in children {
        let _ = tokio::time::timeout(Duration::from_secs(10), child.wait()).await;
    }
}

/// The most arrivals (sorted) in any one-second window.
fn most_in_any_second(arrivals: &[Instant]) -> usize {
    let mut most = 0;
    let mut start = 0;
    for end in 0..arrivals.len() {
        while arrivals[end] - arrivals[start] >= Duration::from_secs(1) {
            start += 1;
        }
        most = most.max(end - start + 1);
    }
    most
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
