//! Starting the real `crowdsprint serve` binary for a test or a benchmark: on a test's database,
//! talking to the fake Bot API, with its HTTP listener on a free port of 127.0.0.1.

use crate::TestEnv;
use crate::fake_telegram::FakeTelegram;
use std::path::Path;
use std::process::Stdio;
use tokio::process::Command;

/// `crowdsprint serve` (the binary at `bin`) ready to spawn, run in `dir`, and the address of
/// its HTTP listener. Add settings with `.env(...)`; output is piped.
pub fn serve_command(
    bin: &str,
    env: &TestEnv,
    telegram: &FakeTelegram,
    dir: &Path,
) -> (Command, String) {
    let (mut command, addr) = serve_with_no_bot(bin, env, dir);
    command
        .env("TELEGRAM_BOT_TOKEN", FakeTelegram::TOKEN)
        .env("TELEGRAM_API_URL", telegram.url());
    (command, addr)
}

/// `crowdsprint serve` (the binary at `bin`) on `env`'s database with no bot configured (add
/// one with `.env(...)`), logging at info, output piped, and the address of its listener.
pub fn serve_with_no_bot(bin: &str, env: &TestEnv, dir: &Path) -> (Command, String) {
    let addr = free_address();
    let mut command = Command::new(bin);
    command
        .arg("serve")
        .current_dir(dir)
        .env("DATABASE_URL", &env.url)
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("DISCORD_BOT_TOKEN")
        .env("CROWDSPRINT_HTTP_ADDR", &addr)
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    (command, addr)
}

/// Sends `serve` SIGTERM and waits for it to stop; whether it exited cleanly, and everything
/// it printed.
pub async fn stop(child: tokio::process::Child) -> (bool, String) {
    let pid = child.id().expect("serve is running").to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("run kill");
    assert!(killed.success(), "SIGTERM could not be sent");
    let output = tokio::time::timeout(crate::telegram_bot::PATIENCE, child.wait_with_output())
        .await
        .expect("serve stops on SIGTERM")
        .expect("serve's output");
    let logs = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), logs)
}

/// `127.0.0.1:PORT` with a port that was free a moment ago, for a child's HTTP listener.
pub fn free_address() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    format!("127.0.0.1:{port}")
}

/// The backends a benchmark runs on: `BENCH_BACKENDS` (`sqlite`, `postgres`, or both with a
/// comma), SQLite by default.
pub fn bench_backends() -> Vec<crate::Backend> {
    std::env::var("BENCH_BACKENDS")
        .unwrap_or_else(|_| "sqlite".to_owned())
        .split(',')
        .filter_map(|b| match b.trim() {
            "sqlite" => Some(crate::Backend::Sqlite),
            "postgres" => Some(crate::Backend::Postgres),
            _ => None,
        })
        .collect()
}

/// The `serve` binary a benchmark measures: `BENCH_SERVE_BIN` when set (for example a release
/// build measured by a quickly built load generator), else `built`, the one cargo built with
/// the benchmark.
pub fn bench_binary(built: &str) -> String {
    std::env::var("BENCH_SERVE_BIN").unwrap_or_else(|_| built.to_owned())
}

/// `n` Telegram members (users `first_user..`) whose first weekly digest is due now, on the
/// real clock `serve` runs on, with a new approved idea to tell them about: the test's clock
/// starts a week and a day earlier, when they registered and their first digest time was set,
/// so the next run (the test's or `serve`'s schedule) queues one each.
pub async fn members_due_a_digest(env: &TestEnv, telegram: &FakeTelegram, first_user: i64, n: i64) {
    use crowdsprint_core::domain::{Identity, Platform};
    let now = chrono::Utc::now();
    env.clock.set(now - chrono::Duration::days(8));
    let (_, challenges) = env.open_sprint().await;
    env.core.fan_out(100).await.expect("fan out");
    for k in 0..n {
        let user = first_user + k;
        telegram.add_user(user, &format!("Reader {k}"), None, None);
        let identity = Identity::new(Platform::Telegram, user.to_string());
        env.core
            .register(&identity, crate::registration(&format!("Reader {k}")))
            .await
            .expect("register");
    }
    env.core
        .run_digests(crowdsprint_core::service::DIGEST_PAGE)
        .await
        .expect("first digest run");
    env.clock.set(now);
    let admin = env.admin().await;
    env.approved_idea(&admin, challenges[0].id, "Discharge letters sent by text")
        .await;
}
