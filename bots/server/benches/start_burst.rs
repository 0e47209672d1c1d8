//! 1,000 new people sending `/start` at the same moment (a QR code on a staff-room poster, a
//! link in a trust-wide email), answered by a real `crowdsprint serve` against a fake Bot API
//! that refuses nothing.
//!
//! ```text
//! cargo bench -p crowdsprint --bench start_burst
//! BENCH_PEOPLE=5000 BENCH_BACKENDS=sqlite,postgres cargo bench -p crowdsprint --bench start_burst
//! cargo bench -p crowdsprint --bench start_burst -- --quick                 # 200, a smoke run
//! ```
//!
//! The updates are queued at the fake together, after `serve` is polling; a person's wait runs
//! from their update being queued (so it includes long polling) to the bot's first message to
//! them reaching the fake. Answers to people are not bulk sends (Telegram's 30 a second is for
//! broadcasts), so nothing here should wait for the bulk pace. Reported: how many were answered,
//! the p50, p99 and slowest first answer, and `serve`'s resident memory before the burst and at
//! its peak (`VmHWM`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::bench::{env_or, percentile, vm_hwm_kib, vm_rss_kib};
use crowdsprint_tests::fake_telegram::{FakeTelegram, Limits};
use crowdsprint_tests::serve::{bench_backends, bench_binary, serve_command};
use crowdsprint_tests::{Backend, TestEnv};
use std::collections::HashMap;
use std::time::{Duration, Instant};

const FIRST_USER: i64 = 2_000_000;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick")
        || std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
    let people = env_or("BENCH_PEOPLE", if quick { 200 } else { 1_000 }) as i64;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "start_burst: {people} new people send /start at once, {} CPUs, serve {}{}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        bench_binary(env!("CARGO_BIN_EXE_crowdsprint")),
        if quick { " (quick)" } else { "" }
    );
    for backend in bench_backends() {
        runtime.block_on(run(backend, people));
    }
}

async fn run(backend: Backend, people: i64) {
    let env = TestEnv::new(backend).await;
    env.open_sprint().await;
    let telegram = FakeTelegram::start_with(Limits::default()).await;
    for k in 0..people {
        telegram.add_user(FIRST_USER + k, "Newcomer", None, Some("en"));
    }

    let dir = tempfile::tempdir().unwrap();
    let bin = bench_binary(env!("CARGO_BIN_EXE_crowdsprint"));
    let (mut command, _) = serve_command(&bin, &env, &telegram, dir.path());
    command.env("RUST_LOG", "warn");
    let child = command.spawn().expect("start crowdsprint serve");
    let pid = child.id().expect("running");
    telegram
        .wait_for(|c| c.is("getUpdates"), Duration::from_secs(60))
        .await
        .expect("serve polls for updates");
    // Let start-up settle (command registration, the first fan-out) before measuring memory.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle_kib = vm_rss_kib(pid);

    let mark = telegram.mark();
    let mut queued = HashMap::new();
    for k in 0..people {
        let user = FIRST_USER + k;
        queued.insert(user, Instant::now());
        telegram.push_message(user, user, "/start", Some("en"));
    }
    let started = Instant::now();
    let mut peak_kib = 0;
    let mut first_answer: HashMap<i64, Instant> = HashMap::new();
    let mut seen = mark;
    while first_answer.len() < queued.len() {
        tokio::time::sleep(Duration::from_millis(100)).await;
        peak_kib = peak_kib.max(vm_hwm_kib(pid));
        let calls = telegram.calls_since(seen);
        seen += calls.len();
        for call in calls {
            if let Some(chat) = call
                .chat_id()
                .filter(|_| call.is("sendMessage") && call.is_ok())
            {
                first_answer.entry(chat).or_insert(call.at);
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "after 5 minutes only {} of {people} answered",
            first_answer.len()
        );
    }
    peak_kib = peak_kib.max(vm_hwm_kib(pid));
    let mut waits: Vec<Duration> = first_answer
        .iter()
        .map(|(chat, at)| at.saturating_duration_since(queued[chat]))
        .collect();
    waits.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {backend:?}: {} of {people} answered; first answer p50 {:.0} ms, p99 {:.0} ms \
         (goal < 2,000 ms), slowest {:.0} ms",
        waits.len(),
        ms(percentile(&waits, 50.0)),
        ms(percentile(&waits, 99.0)),
        ms(*waits.last().unwrap_or(&Duration::ZERO)),
    );
    println!(
        "  {backend:?}: serve memory {:.1} MB idle, peak {:.1} MB (VmHWM; goal < 34 MB)",
        idle_kib as f64 / 1024.0,
        peak_kib as f64 / 1024.0
    );
    let _ = crowdsprint_tests::serve::stop(child).await;
}
