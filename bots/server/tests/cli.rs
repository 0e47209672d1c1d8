//! The `crowdsprint` binary as an operator and a newcomer use it: seed the demo, chat in the
//! console, import and export, and `serve` with nothing configured. Each runs the real binary
//! against a real SQLite file and a real PostgreSQL database.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::{Backend, TestEnv};
use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_crowdsprint");

/// Runs the binary with `args`, the database at `url`, and `stdin` typed in.
fn crowdsprint(
    url: &str,
    dir: &std::path::Path,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("DATABASE_URL", url)
        .env_remove("CROWDSPRINT_ADMINS")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crowdsprint");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().expect("crowdsprint finishes")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn newcomer_explores_the_demo(backend: Backend) {
    let env = TestEnv::new(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let seeded = crowdsprint(&env.url, dir.path(), &["seed-demo"], "", &[]);
    assert!(seeded.status.success(), "{}", text(&seeded));
    assert!(
        text(&seeded).contains("Loaded the demo: 2 sprints, 10 challenges"),
        "{}",
        text(&seeded)
    );
    let again = crowdsprint(&env.url, dir.path(), &["seed-demo"], "", &[]);
    assert!(text(&again).contains("already loaded"), "{}", text(&again));

    let script = "/start\nSam\n2\n\n\n1\nyes\n/sprint\n/ideas\n/show 34\n/support 34\n/comment 34 I'd go to these classes\n/show 34\n";
    let chat = crowdsprint(
        &env.url,
        dir.path(),
        &["console", "--as", "sam"],
        script,
        &[],
    );
    let out = text(&chat);
    assert!(chat.status.success(), "{out}");
    assert!(out.contains("You're registered, Sam"), "{out}");
    assert!(out.contains("Elective care recovery"), "{out}");
    assert!(
        out.contains("Supporting people waiting for hip and knee operations"),
        "{out}"
    );
    assert!(out.contains("#34 Pre-op 'prehab' classes"), "{out}");
    assert!(
        out.contains("You back idea #34. It has 15 supporters."),
        "{out}"
    );
    assert!(out.contains("Sam: I'd go to these classes"), "{out}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newcomer_explores_the_demo_on_sqlite() {
    newcomer_explores_the_demo(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newcomer_explores_the_demo_on_postgres() {
    newcomer_explores_the_demo(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn import_then_export_the_working_file() {
    let env = TestEnv::new(Backend::Sqlite).await;
    let dir = tempfile::tempdir().unwrap();
    crowdsprint(&env.url, dir.path(), &["seed-demo"], "", &[]);
    let sprint = "1"; // the discharge sprint is created first
    let good = dir.path().join("session.csv");
    std::fs::write(&good, "challenge,title,body,kind\nPeople,Discharge lounge with a warm drink,Somewhere to wait,idea\nTeams,Board round at 9 sharp,,good_practice\n").unwrap();
    let imported = crowdsprint(
        &env.url,
        dir.path(),
        &[
            "import",
            "--sprint",
            sprint,
            "--source",
            "tweet chat 2026-08-15",
            "session.csv",
        ],
        "",
        &[],
    );
    assert!(imported.status.success(), "{}", text(&imported));
    assert!(
        text(&imported).contains("Imported 2 ideas (0 held for review)"),
        "{}",
        text(&imported)
    );

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "challenge,title\nPeople,Fine idea\nNowhere,Lost idea\nTeams,\n",
    )
    .unwrap();
    let rejected = crowdsprint(
        &env.url,
        dir.path(),
        &["import", "--sprint", sprint, "--source", "x", "bad.csv"],
        "",
        &[],
    );
    assert!(!rejected.status.success());
    let out = text(&rejected);
    assert!(out.contains("line 3") && out.contains("line 4"), "{out}");

    let exported = crowdsprint(
        &env.url,
        dir.path(),
        &["export", "--sprint", sprint, "--format", "csv"],
        "",
        &[],
    );
    assert!(exported.status.success(), "{}", text(&exported));
    let csv = String::from_utf8_lossy(&exported.stdout);
    assert!(csv.starts_with("id,challenge,title"), "{csv}");
    assert!(
        csv.contains("Discharge lounge with a warm drink")
            && csv.contains("import:tweet chat 2026-08-15"),
        "{csv}"
    );
    assert!(
        !csv.contains("Fine idea"),
        "the rejected file imported nothing"
    );
    let json = crowdsprint(
        &env.url,
        dir.path(),
        &[
            "export", "--sprint", sprint, "--format", "json", "-o", "out.json",
        ],
        "",
        &[],
    );
    assert!(json.status.success(), "{}", text(&json));
    let parsed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out.json")).unwrap())
            .unwrap();
    assert!(
        parsed.as_array().is_some_and(|ideas| ideas.len() >= 8),
        "{parsed}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_explains_itself_and_never_prints_secrets() {
    let env = TestEnv::new(Backend::Sqlite).await;
    let dir = tempfile::tempdir().unwrap();
    // With no bot, serve runs the web board alone (tests/serve_board.rs).
    let token = "123456:AAH-super-secret-token";
    let with_token = crowdsprint(
        &env.url,
        dir.path(),
        &["serve"],
        "",
        &[
            ("TELEGRAM_BOT_TOKEN", token),
            // Nothing listens there: the bot cannot start, and says so without the token.
            ("TELEGRAM_API_URL", "http://127.0.0.1:9"),
            ("RUST_LOG", "trace"),
        ],
    );
    let out = text(&with_token);
    assert!(!with_token.status.success(), "{out}");
    assert!(out.contains("Telegram"), "{out}");
    assert!(!out.contains("super-secret"), "the token leaked: {out}");

    let bad_admins = crowdsprint(
        &env.url,
        dir.path(),
        &["migrate"],
        "",
        &[("CROWDSPRINT_ADMINS", "telegram12345")],
    );
    assert_eq!(bad_admins.status.code(), Some(2), "a configuration error");
    assert!(
        text(&bad_admins).contains("platform:user_id"),
        "{}",
        text(&bad_admins)
    );
    // The same for every setting read as more than a number: exit 2, saying which.
    for (name, value) in [
        ("CROWDSPRINT_TIMEZONE", "Mars/Olympus_Mons"),
        ("CROWDSPRINT_QUIET_HOURS", "late-early"),
        ("CROWDSPRINT_DIGEST_TIME", "someday 25:00"),
    ] {
        let bad = crowdsprint(&env.url, dir.path(), &["migrate"], "", &[(name, value)]);
        assert_eq!(bad.status.code(), Some(2), "{name}: {}", text(&bad));
        assert!(text(&bad).contains(name), "{name}: {}", text(&bad));
    }
}

#[test]
fn the_version_names_the_commit_it_was_built_from() {
    let output = Command::new(BIN).arg("--version").output().unwrap();
    assert!(output.status.success());
    let version = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
    // Built from a clone (as here and in CI), the commit is git's; without one, "unknown".
    let head = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    let expected = match head {
        Ok(head) if head.status.success() => {
            String::from_utf8_lossy(&head.stdout).trim().to_owned()
        }
        _ => "unknown".to_owned(),
    };
    assert!(
        version.contains(&format!("(commit {expected})")),
        "{version}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_operator_backs_up_and_restores_from_the_command_line() {
    let env = TestEnv::new(Backend::Sqlite).await;
    let dir = tempfile::tempdir().unwrap();
    let seeded = crowdsprint(&env.url, dir.path(), &["seed-demo"], "", &[]);
    assert!(seeded.status.success(), "{}", text(&seeded));

    let backed = crowdsprint(&env.url, dir.path(), &["backup", "demo.db"], "", &[]);
    assert!(backed.status.success(), "{}", text(&backed));
    assert!(text(&backed).contains("Backed up"), "{}", text(&backed));
    let again = crowdsprint(&env.url, dir.path(), &["backup", "demo.db"], "", &[]);
    assert!(!again.status.success());
    assert!(text(&again).contains("already exists"), "{}", text(&again));

    // The test's own connection stands for a running `serve`: the restore is refused.
    let refused = crowdsprint(&env.url, dir.path(), &["restore", "demo.db"], "", &[]);
    assert!(!refused.status.success());
    assert!(text(&refused).contains("in use"), "{}", text(&refused));
    env.core.store().close().await;
    let restored = crowdsprint(&env.url, dir.path(), &["restore", "demo.db"], "", &[]);
    assert!(restored.status.success(), "{}", text(&restored));
    assert!(text(&restored).contains("kept as"), "{}", text(&restored));
    let listed = crowdsprint(
        &env.url,
        dir.path(),
        &["console", "--as", "mo"],
        "/sprints\n",
        &[],
    );
    assert!(
        text(&listed).contains("Elective"),
        "the demo is back: {}",
        text(&listed)
    );

    let postgres = TestEnv::new(Backend::Postgres).await;
    let pg = crowdsprint(&postgres.url, dir.path(), &["backup", "pg.db"], "", &[]);
    assert!(!pg.status.success());
    assert!(text(&pg).contains("pg_dump"), "{}", text(&pg));
}
