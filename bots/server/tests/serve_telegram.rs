//! `crowdsprint serve` with a Telegram token runs the bot: the real binary, pointed at the fake
//! Bot API with `TELEGRAM_API_URL`, answers a newcomer, serves its health checks, stops cleanly
//! on SIGTERM, and never prints its token; the web board beside it links idea pages into the
//! bot by the username Telegram gave it. On SQLite and PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::fake_telegram::FakeTelegram;
use crowdsprint_tests::serve::{serve_command, stop};
use crowdsprint_tests::telegram_bot::PATIENCE;
use crowdsprint_tests::{Backend, TestEnv, crowdsprint_core};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");

async fn get(addr: &str, path: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}

async fn serve_runs_the_bot(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let (_, challenges) = env.open_sprint().await;
    let ann = env
        .member("Ann", crowdsprint_core::domain::Role::Member)
        .await;
    let idea = env.approved_idea(&ann, challenges[0].id, "Drivers").await;
    let telegram = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (mut command, addr) = serve_command(BIN, &env, &telegram, dir.path());
    let child = command
        .env("CROWDSPRINT_ADMINS", "telegram:4242")
        .env("RUST_LOG", "debug")
        .spawn()
        .expect("start crowdsprint serve");

    // The bootstrap admin says hello and is offered registration, in Welsh from their app.
    telegram.add_user(4242, "Alys", None, Some("cy"));
    telegram.push_message(4242, 4242, "/start", Some("cy"));
    let hello = telegram
        .wait_for_message(4242, 0, PATIENCE)
        .await
        .expect("the bot answers /start");
    assert!(
        hello.visible_text.contains("Croeso"),
        "{}",
        hello.visible_text
    );
    assert!(
        telegram.commands("cy").is_some_and(|c| !c.is_empty()),
        "the Welsh command menu is published"
    );
    assert!(get(&addr, "/readyz").await.starts_with("HTTP/1.1 200"));
    let page = get(&addr, &format!("/ideas/{}", idea.id)).await;
    let join = format!("https://t.me/crowdsprint_test_bot?start=idea_{}", idea.id);
    assert!(page.contains(&join), "{page}");

    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
    assert!(logs.contains("connected to Telegram"), "{logs}");
    let secret = FakeTelegram::TOKEN.split(':').nth(1).unwrap();
    assert!(
        !logs.contains(secret),
        "the token leaked into the logs: {logs}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_the_telegram_bot_on_sqlite() {
    serve_runs_the_bot(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_the_telegram_bot_on_postgres() {
    serve_runs_the_bot(Backend::Postgres).await;
}
