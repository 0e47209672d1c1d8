//! `crowdsprint doctor`, the real binary, against the fake Telegram and Discord servers and a
//! real database: a good configuration passes (exit 0) naming every check, on SQLite and
//! PostgreSQL; each kind of bad one is named with its fix (exit 1); commands not registered
//! yet are a note, not a failure; doctor changes nothing (no migration, no file created); and
//! no token or secret it was given ever appears in what it prints.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::discord_bot::GUILD;
use crowdsprint_tests::fake_discord::FakeDiscord;
use crowdsprint_tests::fake_telegram::FakeTelegram;
use crowdsprint_tests::serve::free_address;
use crowdsprint_tests::{Backend, TestEnv};
use serde_json::json;
use std::collections::BTreeMap;
use tokio::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");
/// RFC 8032, test 1: a real Ed25519 public key.
const PUBLIC_KEY: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const WEBHOOK_SECRET: &str = "doctor-webhook-secret_42";
const WRONG_TELEGRAM_TOKEN: &str = "7000000002:AAWrongTelegramTokenNobodyIssued";
const WRONG_DISCORD_TOKEN: &str = "wrong-discord-bot-token.nobody-issued-it";
/// A server the bot was never invited to.
const STRANGER_GUILD: u64 = 900_000_000_000_000_777;
/// Every secret any run is given: none may ever be printed.
const SECRETS: &[&str] = &[
    FakeTelegram::TOKEN,
    FakeDiscord::TOKEN,
    WRONG_TELEGRAM_TOKEN,
    WRONG_DISCORD_TOKEN,
    WEBHOOK_SECRET,
];
/// Every variable doctor reads that the surrounding environment might set.
const CLEARED: &[&str] = &[
    "DATABASE_URL",
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_URL",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET",
    "DISCORD_BOT_TOKEN",
    "DISCORD_APPLICATION_ID",
    "DISCORD_PUBLIC_KEY",
    "DISCORD_GUILD_IDS",
    "DISCORD_API_URL",
    "DISCORD_MODE",
    "DISCORD_IDEAS_CHANNEL_IDS",
    "DISCORD_MODERATOR_ROLE_IDS",
    "DISCORD_CHAMPION_ROLE_IDS",
];

/// The fakes, a migrated database and a configuration that should pass.
struct World {
    /// Keeps the database (and its directory) for as long as the world.
    _env: TestEnv,
    telegram: FakeTelegram,
    discord: FakeDiscord,
    dir: tempfile::TempDir,
    vars: BTreeMap<&'static str, String>,
}

impl World {
    async fn new(backend: Backend) -> World {
        let env = TestEnv::new(backend).await;
        let telegram = FakeTelegram::start().await;
        let discord = FakeDiscord::start().await;
        discord.add_guild(GUILD);
        register_commands(&discord, GUILD, crowdsprint_discord::command_names()).await;
        let vars = BTreeMap::from([
            ("DATABASE_URL", env.url.clone()),
            ("CROWDSPRINT_HTTP_ADDR", free_address()),
            ("TELEGRAM_BOT_TOKEN", FakeTelegram::TOKEN.to_owned()),
            ("TELEGRAM_API_URL", telegram.url()),
            ("DISCORD_BOT_TOKEN", FakeDiscord::TOKEN.to_owned()),
            (
                "DISCORD_APPLICATION_ID",
                FakeDiscord::APPLICATION_ID.to_string(),
            ),
            ("DISCORD_API_URL", discord.url()),
            ("DISCORD_GUILD_IDS", GUILD.to_string()),
            ("DISCORD_MODE", "both".to_owned()),
            ("DISCORD_PUBLIC_KEY", PUBLIC_KEY.to_owned()),
        ]);
        World {
            _env: env,
            telegram,
            discord,
            dir: tempfile::tempdir().expect("a working directory"),
            vars,
        }
    }

    /// Runs doctor with the good configuration changed by `changes` (`None` unsets one); its
    /// exit code and stdout. Fails if a secret or anything on stderr appears.
    async fn doctor(&self, changes: &[(&'static str, Option<&str>)]) -> (i32, String) {
        let mut vars = self.vars.clone();
        for (name, value) in changes {
            match value {
                Some(value) => vars.insert(name, (*value).to_owned()),
                None => vars.remove(name),
            };
        }
        let mut command = Command::new(BIN);
        command.arg("doctor").current_dir(self.dir.path());
        for name in CLEARED {
            command.env_remove(name);
        }
        let output = command
            .envs(&vars)
            .env("NO_COLOR", "1")
            .output()
            .await
            .expect("doctor runs");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        // Shown when a test fails (or with --nocapture).
        println!("crowdsprint doctor, changed: {changes:?}\n{stdout}");
        for secret in SECRETS {
            assert!(
                !stdout.contains(secret) && !stderr.contains(secret),
                "a secret was printed:\n{stdout}\n{stderr}"
            );
        }
        assert_eq!(stderr, "", "doctor speaks on stdout only");
        (output.status.code().expect("an exit code"), stdout)
    }
}

/// Registers commands called `names` in `guild` on the fake, as the bot's bulk overwrite does.
async fn register_commands(discord: &FakeDiscord, guild: u64, names: Vec<&str>) {
    let commands: Vec<_> = names
        .iter()
        .map(|name| json!({ "name": name, "description": "A crowdsprint command" }))
        .collect();
    let url = format!(
        "{}/api/v10/applications/{}/guilds/{guild}/commands",
        discord.url(),
        FakeDiscord::APPLICATION_ID
    );
    let response = reqwest::Client::new()
        .put(url)
        .header("Authorization", format!("Bot {}", FakeDiscord::TOKEN))
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(&commands).expect("JSON"))
        .send()
        .await
        .expect("the fake answers");
    assert!(response.status().is_success(), "{response:?}");
}

/// Calls a Bot API method on the fake Telegram, as another deployment would.
async fn telegram_call(telegram: &FakeTelegram, method: &str, params: serde_json::Value) {
    let url = format!("{}/bot{}/{method}", telegram.url(), FakeTelegram::TOKEN);
    let response = reqwest::Client::new()
        .post(url)
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(&params).expect("JSON"))
        .send()
        .await
        .expect("the fake answers");
    assert!(response.status().is_success(), "{response:?}");
}

/// The lines of `out` that report a problem (`✗`).
fn problems(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.starts_with('✗')).collect()
}

/// `out` failed (exit 1) and names `wanted` on a `✗` line.
fn assert_named(case: &str, (code, out): &(i32, String), wanted: &str) {
    assert_eq!(*code, 1, "{case}: exit code\n{out}");
    assert!(
        problems(out).iter().any(|line| line.contains(wanted)),
        "{case}: no ✗ line says {wanted:?}:\n{out}"
    );
    assert!(out.contains("  fix: "), "{case}: no fix given:\n{out}");
}

async fn a_good_configuration_passes(backend: Backend) {
    let world = World::new(backend).await;
    let (code, out) = world.doctor(&[]).await;
    assert_eq!(code, 0, "{out}");
    assert!(problems(&out).is_empty(), "{out}");
    for check in [
        "✓ Settings: every value is valid and in range (Telegram by long polling, Discord by \
         the gateway and the interactions endpoint).",
        "✓ Database: ",
        "is reachable and has all",
        "✓ HTTP address: ",
        "✓ Telegram: the Bot API accepts TELEGRAM_BOT_TOKEN; it is @",
        "✓ Telegram webhook: none is set, as long polling needs.",
        "✓ Discord public key: DISCORD_PUBLIC_KEY is a well-formed Ed25519 public key.",
        "✓ Discord: the API accepts DISCORD_BOT_TOKEN",
        "✓ Discord application: the token belongs to application 1000000000000000001",
        &format!("✓ Discord server {GUILD}: the bot is there and all"),
        "All 9 checks passed.",
    ] {
        assert!(out.contains(check), "missing {check:?}:\n{out}");
    }
    // Webhook mode, before serve has set the webhook: fine, serve sets it.
    let (code, out) = world
        .doctor(&[
            (
                "TELEGRAM_WEBHOOK_URL",
                Some("https://bot.example.org/telegram"),
            ),
            ("TELEGRAM_WEBHOOK_SECRET", Some(WEBHOOK_SECRET)),
        ])
        .await;
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "✓ Telegram webhook: none set yet; serve sets it to https://bot.example.org/telegram"
        ),
        "{out}"
    );
    // Doctor set nothing on the platforms.
    assert!(world.telegram.webhook().is_none());
    assert!(
        world
            .discord
            .calls()
            .iter()
            .all(|call| call.method == "GET" || call.path.ends_with("/commands")),
        "doctor only reads from Discord"
    );
}

#[tokio::test]
async fn a_good_configuration_passes_on_sqlite() {
    a_good_configuration_passes(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_good_configuration_passes_on_postgres() {
    a_good_configuration_passes(Backend::Postgres).await;
}

#[tokio::test]
async fn each_kind_of_bad_configuration_is_named() {
    let world = World::new(Backend::Sqlite).await;
    let dir = world.dir.path();

    let out = world.doctor(&[("CROWDSPRINT_PAGE_SIZE", Some("0"))]).await;
    assert_named(
        "value out of range",
        &out,
        "Settings: CROWDSPRINT_PAGE_SIZE (page_size) must be a whole number from 1 to 50, not 0",
    );

    let out = world
        .doctor(&[
            ("CROWDSPRINT_TIMEZONE", Some("Mars/Olympus")),
            ("CROWDSPRINT_ADMINS", Some("telegram12345")),
        ])
        .await;
    assert_named("time zone", &out, "CROWDSPRINT_TIMEZONE: \"Mars/Olympus\"");
    assert_named("admin", &out, "CROWDSPRINT_ADMINS: \"telegram12345\"");
    // The other checks still run.
    assert!(out.1.contains("✓ Discord: the API accepts"), "{}", out.1);

    let out = world
        .doctor(&[("TELEGRAM_BOT_TOKEN", None), ("DISCORD_BOT_TOKEN", None)])
        .await;
    // No bot is a board-only service: said, not a failure.
    assert_eq!(out.0, 0, "{}", out.1);
    assert!(
        out.1.contains("serve runs the web board alone"),
        "{}",
        out.1
    );

    let out = world
        .doctor(&[(
            "DATABASE_URL",
            Some("postgres://crowdsprint@127.0.0.1:1/crowdsprint"),
        )])
        .await;
    assert_named(
        "unreachable database",
        &out,
        "Database: cannot open postgres://127.0.0.1:1/crowdsprint",
    );

    let nowhere = dir.join("missing").join("crowdsprint.db");
    let out = world
        .doctor(&[(
            "DATABASE_URL",
            Some(&format!("sqlite://{}", nowhere.display())),
        )])
        .await;
    assert_named(
        "missing database",
        &out,
        "Database: there is no database at",
    );
    assert!(!nowhere.exists(), "doctor created nothing");

    let empty = dir.join("empty.db");
    std::fs::File::create(&empty).expect("an empty file");
    let empty_url = format!("sqlite://{}", empty.display());
    let out = world.doctor(&[("DATABASE_URL", Some(&empty_url))]).await;
    assert_named("not migrated", &out, "is reachable but has none of the");
    assert!(out.1.contains("crowdsprint migrate"), "{}", out.1);
    let migrated: (i64,) =
        sqlx::query_as("SELECT count(*) FROM sqlite_master WHERE name = '_sqlx_migrations'")
            .fetch_one(&sqlx::SqlitePool::connect(&empty_url).await.expect("opens"))
            .await
            .expect("reads");
    assert_eq!(migrated.0, 0, "doctor did not migrate");

    let newer = TestEnv::new(Backend::Sqlite).await;
    let pool = sqlx::SqlitePool::connect(&newer.url).await.expect("opens");
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (29991231000000, 'from the future', TRUE, X'00', 1)",
    )
    .execute(&pool)
    .await
    .expect("a migration this release does not know");
    pool.close().await;
    let out = world.doctor(&[("DATABASE_URL", Some(&newer.url))]).await;
    assert_named(
        "unknown migration",
        &out,
        "has migrations this release does not know (29991231000000)",
    );

    let out = world
        .doctor(&[("TELEGRAM_BOT_TOKEN", Some(WRONG_TELEGRAM_TOKEN))])
        .await;
    assert_named(
        "Telegram token",
        &out,
        "Telegram: Telegram refused the bot token",
    );

    telegram_call(
        &world.telegram,
        "setWebhook",
        json!({ "url": "https://old-server.example.org/hook" }),
    )
    .await;
    let webhook_mode = [
        (
            "TELEGRAM_WEBHOOK_URL",
            Some("https://bot.example.org/telegram"),
        ),
        ("TELEGRAM_WEBHOOK_SECRET", Some(WEBHOOK_SECRET)),
    ];
    let out = world.doctor(&webhook_mode).await;
    assert_named(
        "webhook elsewhere",
        &out,
        "Telegram webhook: Telegram sends this bot's updates to https://old-server.example.org/hook, \
         not to TELEGRAM_WEBHOOK_URL (https://bot.example.org/telegram)",
    );
    // In polling mode a leftover webhook is a note: serve removes it.
    let (code, out) = world.doctor(&[]).await;
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("! Telegram webhook: one is set to https://old-server.example.org/hook; serve removes it"),
        "{out}"
    );
    telegram_call(&world.telegram, "deleteWebhook", json!({})).await;

    let out = world
        .doctor(&[("DISCORD_BOT_TOKEN", Some(WRONG_DISCORD_TOKEN))])
        .await;
    assert_named(
        "Discord token",
        &out,
        "Discord: Discord refused DISCORD_BOT_TOKEN (401 Unauthorized)",
    );

    let out = world
        .doctor(&[("DISCORD_APPLICATION_ID", Some("1000000000000000999"))])
        .await;
    assert_named(
        "application id",
        &out,
        "DISCORD_APPLICATION_ID is 1000000000000000999, but the token belongs to application \
         1000000000000000001",
    );

    let out = world
        .doctor(&[("DISCORD_PUBLIC_KEY", Some("abc123"))])
        .await;
    assert_named(
        "public key",
        &out,
        "Discord public key: DISCORD_PUBLIC_KEY must be the 64 hexadecimal digits",
    );
    // Only the key is wrong: the REST checks still run.
    assert!(out.1.contains("✓ Discord application:"), "{}", out.1);

    let out = world
        .doctor(&[
            ("DISCORD_PUBLIC_KEY", None),
            ("DISCORD_MODE", Some("endpoint")),
        ])
        .await;
    assert_named("public key missing", &out, "DISCORD_PUBLIC_KEY is not set");

    let guilds = format!("{GUILD},{STRANGER_GUILD}");
    let out = world.doctor(&[("DISCORD_GUILD_IDS", Some(&guilds))]).await;
    assert_named(
        "not in a server",
        &out,
        &format!("Discord server {STRANGER_GUILD}: the bot is not a member"),
    );

    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let taken_addr = taken.local_addr().expect("its address").to_string();
    let out = world
        .doctor(&[("CROWDSPRINT_HTTP_ADDR", Some(&taken_addr))])
        .await;
    assert_named(
        "address in use",
        &out,
        &format!("HTTP address: {taken_addr} is already in use"),
    );
}

#[tokio::test]
async fn commands_not_registered_yet_are_a_note_that_serve_fixes() {
    let world = World::new(Backend::Sqlite).await;
    let other = 900_000_000_000_000_005;
    world.discord.add_guild(other);
    register_commands(&world.discord, other, vec!["help", "idea"]).await;
    let guilds = format!("{GUILD},{other}");
    let (code, out) = world.doctor(&[("DISCORD_GUILD_IDS", Some(&guilds))]).await;
    assert_eq!(code, 0, "{out}");
    let wanted = crowdsprint_discord::command_names().len();
    let note = format!(
        "! Discord server {other}: {} of {wanted} commands are not registered yet (/register, /sprint,",
        wanted - 2
    );
    assert!(out.contains(&note), "{out}");
    assert!(out.contains("serve registers them when it starts"), "{out}");
    assert!(out.contains("(1 note above)"), "{out}");
}
