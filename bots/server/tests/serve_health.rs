//! Health that tells the truth, through the real `crowdsprint serve` against the fakes: a bot
//! that can never work (Discord closing the gateway with 4014, 4004 or 4012, a token
//! Discord's REST API or Telegram refuses) stops serve within seconds with the reason and the fix and never
//! the token; an outage of the Bot API or of Discord turns `/readyz` 503 naming the bot after
//! the grace period and 200 again soon after it ends, logged once at each end; and with
//! `CROWDSPRINT_ON_BOT_FAILURE=keep-others` Telegram keeps answering while Discord cannot.
//!
//! The grace period here is 2 s and outages last a few seconds: the same rules as 60 s and 90
//! s, in test time. Outages and the two-bot journey run on SQLite and PostgreSQL (readiness asks
//! the database too); the fatal ones stop before the database matters, on SQLite.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::discord_bot::GUILD;
use crowdsprint_tests::fake_discord::FakeDiscord;
use crowdsprint_tests::fake_telegram::FakeTelegram;
use crowdsprint_tests::serve::{serve_with_no_bot, stop};
use crowdsprint_tests::telegram_bot::PATIENCE;
use crowdsprint_tests::{Backend, TestEnv};
use serde_json::Value;
use std::process::Output;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, Command};

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");
/// How long serve may take to stop when a bot can never work.
const STOPS_WITHIN: Duration = Duration::from_secs(10);
/// The exit code for a bot that can never work as configured.
const MISCONFIGURED: i32 = 78;
const GRACE: &str = "2";

/// `crowdsprint serve` on `env`'s database, with no bot configured yet, and its HTTP address.
fn serve(env: &TestEnv, dir: &tempfile::TempDir) -> (Command, String) {
    let (mut command, addr) = serve_with_no_bot(BIN, env, dir.path());
    command.env("CROWDSPRINT_READY_GRACE_SECONDS", GRACE);
    (command, addr)
}

fn with_telegram(command: &mut Command, telegram: &FakeTelegram) {
    command
        .env("TELEGRAM_BOT_TOKEN", FakeTelegram::TOKEN)
        .env("TELEGRAM_API_URL", telegram.url());
}

fn with_discord(command: &mut Command, discord: &FakeDiscord) {
    command
        .env("DISCORD_BOT_TOKEN", FakeDiscord::TOKEN)
        .env(
            "DISCORD_APPLICATION_ID",
            FakeDiscord::APPLICATION_ID.to_string(),
        )
        .env("DISCORD_API_URL", discord.url())
        .env("DISCORD_GUILD_IDS", GUILD.to_string())
        .env("DISCORD_MODE", "gateway");
}

/// Waits for serve to stop by itself within `STOPS_WITHIN`; its exit code and what it printed.
async fn exits(mut child: Child) -> (Option<i32>, String) {
    let started = Instant::now();
    let stopped = tokio::time::timeout(STOPS_WITHIN, child.wait()).await;
    if stopped.is_err() {
        let _ = child.start_kill();
    }
    let output: Output = child.wait_with_output().await.expect("serve's output");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stopped.is_ok(),
        "serve still running after {STOPS_WITHIN:?}: {text}"
    );
    assert!(started.elapsed() <= STOPS_WITHIN);
    (output.status.code(), text)
}

/// `/readyz`: its status and JSON body (`None` while serve is not listening yet, or when it
/// takes over 2 s to answer).
async fn readyz(addr: &str) -> Option<(u16, Value)> {
    tokio::time::timeout(Duration::from_secs(2), readyz_now(addr))
        .await
        .ok()
        .flatten()
}

async fn readyz_now(addr: &str) -> Option<(u16, Value)> {
    let mut stream = tokio::net::TcpStream::connect(addr).await.ok()?;
    let request = format!("GET /readyz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await.ok()?;
    let status = response.get(9..12)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n")?.1;
    Some((status, serde_json::from_str(body).ok()?))
}

/// Polls `/readyz` until `wanted` holds, or fails after `patience`; the answer and how long it
/// took.
async fn readyz_until(
    addr: &str,
    patience: Duration,
    what: &str,
    wanted: impl Fn(u16, &Value) -> bool,
) -> (u16, Value, Duration) {
    let started = Instant::now();
    let mut last = None;
    while started.elapsed() < patience {
        let answer = readyz(addr).await;
        if answer.is_none() {
            eprintln!("/readyz did not answer at {:?}", started.elapsed());
        }
        if let Some((status, body)) = answer {
            if wanted(status, &body) {
                return (status, body, started.elapsed());
            }
            last = Some((status, body));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("/readyz never showed {what} within {patience:?}; last: {last:?}");
}

fn count(logs: &str, needle: &str) -> usize {
    logs.lines().filter(|line| line.contains(needle)).count()
}

fn assert_no_token(logs: &str, token: &str) {
    assert!(!logs.contains(token), "the token leaked: {logs}");
}

// ----- bots that can never work -----

/// Discord closes the gateway with `code` after IDENTIFY; serve has Telegram too, and by
/// default one bot that cannot work stops it all.
async fn gateway_closed_with(code: u16, reason: &[&str]) {
    let env = TestEnv::new(Backend::Sqlite).await;
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    discord.refuse_identify_with(code);
    let dir = tempfile::tempdir().unwrap();
    let (mut command, _) = serve(&env, &dir);
    with_telegram(&mut command, &telegram);
    with_discord(&mut command, &discord);
    let child = command.spawn().expect("start serve");
    let (exit, logs) = exits(child).await;
    assert_eq!(exit, Some(MISCONFIGURED), "{logs}");
    assert!(
        logs.contains("the Discord bot cannot work, so crowdsprint stops"),
        "{logs}"
    );
    assert!(logs.contains(&format!("code {code}")), "{logs}");
    for words in reason {
        assert!(logs.contains(words), "{words:?} missing: {logs}");
    }
    assert!(logs.contains("To fix it: "), "{logs}");
    assert_no_token(&logs, FakeDiscord::TOKEN);
    assert_no_token(&logs, FakeTelegram::TOKEN.split(':').nth(1).unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_disallowed_intents_4014_stops_serve_with_the_fix() {
    gateway_closed_with(
        4014,
        &[
            "disallowed intents",
            "Message Content Intent",
            "Bot page",
            "Developer Portal",
            "DISCORD_MODE=endpoint",
        ],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_authentication_failed_4004_stops_serve_with_the_fix() {
    gateway_closed_with(4004, &["authentication failed", "DISCORD_BOT_TOKEN"]).await;
}

/// Serenity would reconnect for ever after this one: serve still stops.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_invalid_api_version_4012_stops_serve() {
    gateway_closed_with(4012, &["invalid API version", "upgrade crowdsprint"]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_discords_rest_api_refuses_stops_serve() {
    let env = TestEnv::new(Backend::Sqlite).await;
    let discord = FakeDiscord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (mut command, _) = serve(&env, &dir);
    with_discord(&mut command, &discord);
    let wrong = "MTIz.wrong-discord-token.for-the-test";
    let child = command
        .env("DISCORD_BOT_TOKEN", wrong)
        .spawn()
        .expect("start serve");
    let (exit, logs) = exits(child).await;
    assert_eq!(exit, Some(MISCONFIGURED), "{logs}");
    assert!(logs.contains("401 Unauthorized"), "{logs}");
    assert!(logs.contains("DISCORD_BOT_TOKEN"), "{logs}");
    assert!(logs.contains("Reset Token"), "{logs}");
    assert_no_token(&logs, wrong);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_telegram_refuses_stops_serve_in_plain_words() {
    let env = TestEnv::new(Backend::Sqlite).await;
    let telegram = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (mut command, _) = serve(&env, &dir);
    with_telegram(&mut command, &telegram);
    let wrong = "7000000001:AAWrongTokenSecretPartForTheTest";
    let child = command
        .env("TELEGRAM_BOT_TOKEN", wrong)
        .spawn()
        .expect("start serve");
    let (exit, logs) = exits(child).await;
    assert_eq!(exit, Some(MISCONFIGURED), "{logs}");
    assert!(
        logs.contains("the Telegram bot cannot work, so crowdsprint stops"),
        "{logs}"
    );
    assert!(logs.contains("Telegram refused the bot token"), "{logs}");
    assert!(logs.contains("TELEGRAM_BOT_TOKEN"), "{logs}");
    assert!(logs.contains("@BotFather"), "{logs}");
    assert!(!logs.contains("A Telegram's error"), "{logs}");
    assert!(!logs.contains("could not reach"), "{logs}");
    assert_no_token(&logs, "AAWrongTokenSecretPartForTheTest");
}

// ----- outages -----

async fn bot_api_outage(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let telegram = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (mut command, addr) = serve(&env, &dir);
    with_telegram(&mut command, &telegram);
    let child = command.spawn().expect("start serve");
    let (_, ready, _) = readyz_until(&addr, PATIENCE, "Telegram ok", |status, body| {
        status == 200 && body["telegram"] == "ok"
    })
    .await;
    assert_eq!(ready["database"], "ok", "{ready}");

    telegram.go_offline().await;
    let stopped = Instant::now();
    let (_, down, _) = readyz_until(&addr, PATIENCE, "503 naming Telegram", |status, _| {
        status == 503
    })
    .await;
    assert!(
        stopped.elapsed() >= Duration::from_secs(2),
        "503 before the grace period: {down}"
    );
    let said = down["telegram"].as_str().unwrap();
    assert!(said.starts_with("reconnecting since 20"), "{down}");
    assert!(said.contains("cannot reach the Bot API"), "{down}");
    assert_eq!(down["database"], "ok", "{down}");
    // Down for a while longer, as a real outage would be.
    tokio::time::sleep(Duration::from_secs(3)).await;

    telegram.come_back().await;
    let (_, back, took) =
        readyz_until(&addr, PATIENCE, "200 again", |status, _| status == 200).await;
    assert_eq!(back["telegram"], "ok", "{back}");
    assert!(took <= Duration::from_secs(7), "back only after {took:?}");

    // It still answers people.
    telegram.push_message(4242, 4242, "/start", Some("en"));
    telegram
        .wait_for_message(4242, 0, PATIENCE)
        .await
        .expect("the bot answers after the outage");
    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
    assert_eq!(count(&logs, "Telegram is unavailable"), 1, "{logs}");
    assert_eq!(count(&logs, "Telegram is back after"), 1, "{logs}");
    assert_eq!(count(&logs, "retrying getting updates"), 0, "{logs}");
    assert_no_token(&logs, FakeTelegram::TOKEN.split(':').nth(1).unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_api_outage_shows_in_readiness_and_is_logged_once_on_sqlite() {
    bot_api_outage(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_api_outage_shows_in_readiness_and_is_logged_once_on_postgres() {
    bot_api_outage(Backend::Postgres).await;
}

async fn discord_outage(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let discord = FakeDiscord::start().await;
    // A dropped connection is noticed at the next heartbeat: 1 s here, about 41 s on Discord.
    discord.set_heartbeat_interval(Duration::from_secs(1));
    let dir = tempfile::tempdir().unwrap();
    let (mut command, addr) = serve(&env, &dir);
    with_discord(&mut command, &discord);
    let child = command.spawn().expect("start serve");
    readyz_until(&addr, PATIENCE, "Discord ok", |status, body| {
        status == 200 && body["discord"] == "ok"
    })
    .await;

    let stopped = Instant::now();
    discord.go_offline().await;
    // Serenity notices at its next heartbeat, then takes up to 5 s to restart the shard.
    let noticed = Duration::from_secs(30);
    let (_, down, _) = readyz_until(&addr, noticed, "503 naming Discord", |status, _| {
        status == 503
    })
    .await;
    assert!(
        stopped.elapsed() >= Duration::from_secs(2),
        "503 before the grace period: {down}"
    );
    let said = down["discord"].as_str().unwrap();
    assert!(said.starts_with("reconnecting since 20"), "{down}");
    assert_eq!(down["database"], "ok", "{down}");
    tokio::time::sleep(Duration::from_secs(3)).await;

    discord.come_back().await;
    // Serenity tries the gateway again every 5 s.
    let (_, back, took) = readyz_until(&addr, Duration::from_secs(20), "200 again", |status, _| {
        status == 200
    })
    .await;
    assert_eq!(back["discord"], "ok", "{back}");
    assert!(took <= Duration::from_secs(12), "back only after {took:?}");
    assert!(discord.connected_sessions() >= 1);

    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
    assert_eq!(count(&logs, "Discord is unavailable"), 1, "{logs}");
    assert_eq!(count(&logs, "Discord is back after"), 1, "{logs}");
    assert_no_token(&logs, FakeDiscord::TOKEN);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discord_outage_shows_in_readiness_and_is_logged_once_on_sqlite() {
    discord_outage(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discord_outage_shows_in_readiness_and_is_logged_once_on_postgres() {
    discord_outage(Backend::Postgres).await;
}

// ----- two bots, one failing -----

async fn telegram_carries_on_without_discord(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let telegram = FakeTelegram::start().await;
    let discord = FakeDiscord::start().await;
    discord.refuse_identify_with(4014);
    let dir = tempfile::tempdir().unwrap();
    let (mut command, addr) = serve(&env, &dir);
    with_telegram(&mut command, &telegram);
    with_discord(&mut command, &discord);
    let child = command
        .env("CROWDSPRINT_ON_BOT_FAILURE", "keep-others")
        .spawn()
        .expect("start serve");

    let (_, failed, _) = readyz_until(&addr, PATIENCE, "Discord failed", |status, body| {
        status == 503
            && body["discord"]
                .as_str()
                .is_some_and(|d| d.starts_with("failed: "))
            && body["telegram"] == "ok"
    })
    .await;
    assert!(
        failed["discord"].as_str().unwrap().contains("code 4014"),
        "{failed}"
    );
    assert_eq!(failed["telegram"], "ok", "{failed}");

    telegram.add_user(4242, "Alys", None, Some("en"));
    telegram.push_message(4242, 4242, "/start", Some("en"));
    telegram
        .wait_for_message(4242, 0, PATIENCE)
        .await
        .expect("Telegram answers while Discord cannot work");
    assert!(readyz(&addr).await.is_some(), "serve is still up");

    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
    assert!(
        logs.contains("the Discord bot cannot work and is stopped; the other bot carries on"),
        "{logs}"
    );
    assert!(logs.contains("Message Content Intent"), "{logs}");
    assert_no_token(&logs, FakeDiscord::TOKEN);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_keep_others_telegram_answers_while_discord_cannot_on_sqlite() {
    telegram_carries_on_without_discord(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_keep_others_telegram_answers_while_discord_cannot_on_postgres() {
    telegram_carries_on_without_discord(Backend::Postgres).await;
}
