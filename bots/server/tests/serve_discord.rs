//! `crowdsprint serve` with the Discord settings runs the bot in both modes at once: the real
//! binary connects to the fake Discord's gateway and answers an interaction dispatched there,
//! and answers a signed PING on its interactions endpoint; it stops cleanly on SIGTERM and
//! never prints its token. On SQLite and PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::discord_bot::{GUILD, Person, Where, command_data, interaction, post};
use crowdsprint_tests::fake_discord::{FakeDiscord, InteractionSigner};
use crowdsprint_tests::serve::{free_address, stop};
use crowdsprint_tests::telegram_bot::PATIENCE;
use crowdsprint_tests::{Backend, TestEnv};
use serde_json::json;
use std::process::Stdio;

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");

async fn serve_runs_the_discord_bot(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let discord = FakeDiscord::start().await;
    let signer = InteractionSigner::test_key();
    let dir = tempfile::tempdir().unwrap();
    let addr = free_address();
    let child = tokio::process::Command::new(BIN)
        .arg("serve")
        .current_dir(dir.path())
        .env("DATABASE_URL", &env.url)
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env("DISCORD_BOT_TOKEN", FakeDiscord::TOKEN)
        .env(
            "DISCORD_APPLICATION_ID",
            FakeDiscord::APPLICATION_ID.to_string(),
        )
        .env("DISCORD_API_URL", discord.url())
        .env("DISCORD_PUBLIC_KEY", signer.public_key_hex())
        .env("DISCORD_GUILD_IDS", GUILD.to_string())
        .env("DISCORD_MODE", "both")
        .env("CROWDSPRINT_HTTP_ADDR", &addr)
        // Not debug: nothing reads the pipe until the end, and a full pipe would stall serve.
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start crowdsprint serve");

    // Gateway mode: it identifies with its token and the intents it needs.
    let Some(identify) = discord.wait_for_identify(PATIENCE).await else {
        let mut child = child;
        let _ = child.start_kill();
        let output = child.wait_with_output().await.unwrap();
        panic!(
            "serve did not connect to the gateway: {}{}\ncalls: {:#?}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
            discord.calls()
        );
    };
    let intents = identify["intents"].as_u64().unwrap();
    assert_ne!(intents & (1 << 9), 0, "guild messages: {intents}");
    assert_ne!(intents & (1 << 12), 0, "direct messages: {intents}");
    assert!(
        !discord.commands(Some(GUILD)).is_empty(),
        "commands registered"
    );

    // A /help typed in Discord reaches it down the gateway; it answers through REST.
    let person = Person::new(5001, "Gwen");
    let id = 1_400_000_000_000_000_001;
    discord.dispatch(
        "INTERACTION_CREATE",
        interaction(2, id, &person, Where::Server, command_data("help", vec![])),
    );
    let callback = discord
        .wait_for_since(
            0,
            |c| {
                c.is(
                    "POST",
                    &format!("/interactions/{id}/interaction-token-{id}/callback"),
                )
            },
            PATIENCE,
        )
        .await
        .expect("the interaction is answered");
    assert_eq!(callback.status, 204);
    assert_eq!(callback.body["type"], 4);
    assert_eq!(callback.body["data"]["flags"], 64, "help is personal");
    // An embed: a moderator's list is longer than a message's 2,000 characters.
    let help = callback.body["data"]["embeds"][0]["description"]
        .as_str()
        .unwrap();
    assert!(help.contains("/idea"), "{help}");

    // Endpoint mode, on the same listener as the health checks: a signed PING gets a PONG,
    // an unsigned one a 401.
    let ping = serde_json::to_vec(
        &json!({"id": "1", "application_id": "1", "type": 1, "token": "t", "version": 1}),
    )
    .unwrap();
    let url = format!("http://{addr}{}", crowdsprint_discord::INTERACTIONS_PATH);
    let client = reqwest::Client::new();
    let pong = post(&client, &url, &ping, &signer.headers(&ping)).await;
    assert_eq!((pong.status, pong.body["type"].as_i64()), (200, Some(1)));
    assert_eq!(post(&client, &url, &ping, &[]).await.status, 401);

    let (clean, logs) = stop(child).await;
    assert!(clean, "{logs}");
    assert!(logs.contains("connected to the Discord gateway"), "{logs}");
    assert!(
        !logs.contains(FakeDiscord::TOKEN),
        "the token leaked into the logs: {logs}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_the_discord_bot_on_sqlite() {
    serve_runs_the_discord_bot(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_the_discord_bot_on_postgres() {
    serve_runs_the_discord_bot(Backend::Postgres).await;
}
