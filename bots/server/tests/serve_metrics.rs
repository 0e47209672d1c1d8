//! `GET /metrics` on a real `crowdsprint serve` against the fake Bot API: 10,000 members get
//! their weekly digest while a burst of people write to the bot, and the scrapes show it as an
//! operator would graph it: the digest run counted with its members, the deliveries queued
//! then sent, every update counted by outcome with its latency, a refusal counted as one, the
//! outbox caught up, and the pools' connections. However many members there are, the series
//! stay the same few: no label value names a person. On SQLite (the 10,000 are about the
//! labels, not the database).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::fake_telegram::FakeTelegram;
use crowdsprint_tests::serve::{members_due_a_digest, serve_command, stop};
use crowdsprint_tests::{Backend, TestEnv};
use std::collections::{BTreeMap, BTreeSet};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");
const MEMBERS: i64 = 10_000;
const FIRST_USER: i64 = 300_000;
/// People who write to the bot during the digest.
const BURST: i64 = 40;

/// One scrape: each series (name and labels) with its value.
struct Scrape(BTreeMap<String, f64>);

impl Scrape {
    async fn take(addr: &str) -> Scrape {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let request = format!("GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(head.contains("text/plain; version=0.0.4"), "{head}");
        let series = body
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|line| {
                let (series, value) = line.rsplit_once(' ').unwrap();
                (series.to_owned(), value.parse::<f64>().unwrap())
            })
            .collect();
        Scrape(series)
    }

    /// The value of `series` as written (`name{label="value",...}`), 0 if absent.
    fn get(&self, series: &str) -> f64 {
        self.0.get(series).copied().unwrap_or(0.0)
    }

    /// Every label value in the scrape, by label name (histogram bucket bounds left out).
    fn label_values(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut values: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for series in self.0.keys() {
            let Some((_, labels)) = series.split_once('{') else {
                continue;
            };
            for pair in labels.trim_end_matches('}').split(',') {
                let (name, value) = pair.split_once('=').unwrap();
                if name != "le" {
                    values
                        .entry(name.to_owned())
                        .or_default()
                        .insert(value.trim_matches('"').to_owned());
                }
            }
        }
        values
    }
}

async fn until(addr: &str, what: &str, done: impl Fn(&Scrape) -> bool) -> Scrape {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(240);
    loop {
        let scrape = Scrape::take(addr).await;
        if done(&scrape) {
            return scrape;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{what}: {:#?}",
            scrape.0
        );
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_follow_a_digest_to_ten_thousand_and_a_burst_of_updates() {
    let env = TestEnv::new(Backend::Sqlite).await;
    let telegram = FakeTelegram::start().await;
    members_due_a_digest(&env, &telegram, FIRST_USER, MEMBERS).await;

    let dir = tempfile::tempdir().unwrap();
    let (mut command, addr) = serve_command(BIN, &env, &telegram, dir.path());
    let child = command
        .env("CROWDSPRINT_QUIET_HOURS", "off")
        .env("CROWDSPRINT_TELEGRAM_PER_SECOND", "3000")
        .env("RUST_LOG", "warn")
        .spawn()
        .expect("start crowdsprint serve");
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    while tokio::net::TcpStream::connect(&addr).await.is_err() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "serve never listened"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    // The schedule's digest run finds all 10,000 due and queues one each.
    let queued = r#"crowdsprint_digest_members_total{result="queued"}"#;
    let run = until(&addr, "the digest run", |s| s.get(queued) >= MEMBERS as f64).await;
    assert!(run.get("crowdsprint_digest_runs_total") >= 1.0);
    // The admin who opened the sprint is due too, with no chat to send to.
    let due = r#"crowdsprint_digest_members_total{result="due"}"#;
    assert_eq!(run.get(due), (MEMBERS + 1) as f64);
    assert_eq!(run.get(queued), MEMBERS as f64);
    assert!(run.get("crowdsprint_digest_run_seconds_count") >= 1.0);
    assert!(run.get("crowdsprint_digest_run_seconds_sum") > 0.0);

    // A burst of people write while the digest goes out: each update is counted once, with
    // its latency; the one that asks for an idea that is not there is a refusal.
    for k in 0..BURST {
        let user = FIRST_USER + k;
        telegram.push_message(user, user, "/help", None);
    }
    telegram.push_message(FIRST_USER, FIRST_USER, "/show 999999", None);
    let ok = r#"crowdsprint_updates_total{platform="telegram",outcome="ok"}"#;
    let refused = r#"crowdsprint_updates_total{platform="telegram",outcome="refused"}"#;
    let burst = until(&addr, "the burst", |s| {
        s.get(ok) >= BURST as f64 && s.get(refused) >= 1.0
    })
    .await;
    assert_eq!(burst.get(ok), BURST as f64, "each update counted once");
    assert_eq!(burst.get(refused), 1.0);
    assert_eq!(
        burst.get(r#"crowdsprint_updates_total{platform="telegram",outcome="failed"}"#),
        0.0
    );
    let timed = r#"crowdsprint_update_seconds_count{platform="telegram"}"#;
    assert_eq!(burst.get(timed), (BURST + 1) as f64);
    let fast = r#"crowdsprint_update_seconds_bucket{platform="telegram",le="+Inf"}"#;
    assert_eq!(burst.get(fast), (BURST + 1) as f64);

    // Every digest is sent and settled; the queue's gauges say so and the outbox has caught up.
    let sent = r#"crowdsprint_deliveries_settled_total{platform="telegram",outcome="sent"}"#;
    let done = until(&addr, "the digests sent", |s| s.get(sent) >= MEMBERS as f64).await;
    let sent_now = r#"crowdsprint_deliveries{platform="telegram",state="sent"}"#;
    assert!(
        done.get(sent_now) >= MEMBERS as f64,
        "{}",
        done.get(sent_now)
    );
    assert_eq!(
        done.get(r#"crowdsprint_deliveries{platform="telegram",state="dead"}"#),
        0.0
    );
    assert_eq!(
        done.get(r#"crowdsprint_platform_rate_limited_total{platform="telegram"}"#),
        0.0
    );
    assert_eq!(done.get("crowdsprint_outbox_lag_seconds"), 0.0);
    assert!(done.get("crowdsprint_db_transaction_seconds_count") > 0.0);
    let writer = r#"crowdsprint_db_connections{pool="writer",state="idle"}"#;
    let busy = r#"crowdsprint_db_connections{pool="writer",state="busy"}"#;
    assert!(
        done.get(writer) + done.get(busy) >= 1.0,
        "the writer pool is reported"
    );
    assert_eq!(
        telegram
            .digests_per_user(FIRST_USER..FIRST_USER + MEMBERS)
            .len(),
        MEMBERS as usize
    );

    // 10,000 members, and a handful of series: no label value is a person, an id or words.
    assert!(
        done.0.len() < 200,
        "{} series: {:#?}",
        done.0.len(),
        done.0.keys()
    );
    let closed: BTreeMap<&str, &[&str]> = BTreeMap::from([
        ("platform", &["telegram", "discord"][..]),
        (
            "outcome",
            &[
                "ok",
                "refused",
                "failed",
                "sent",
                "retried",
                "parked",
                "duplicate",
            ][..],
        ),
        (
            "state",
            &["pending", "sending", "sent", "dead", "idle", "busy"][..],
        ),
        ("result", &["due", "queued", "empty", "scheduled"][..]),
        ("pool", &["writer", "reader"][..]),
        (
            "kind",
            &[
                "idea",
                "vote",
                "comment",
                "link",
                "nhs_number",
                "phone_number",
                "email",
                "date_of_birth",
                "postcode",
            ][..],
        ),
    ]);
    for (label, values) in done.label_values() {
        let allowed = closed
            .get(label.as_str())
            .unwrap_or_else(|| panic!("an unexpected label {label}: {values:?}"));
        for value in values {
            assert!(allowed.contains(&value.as_str()), "{label}={value}");
        }
    }

    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
}
