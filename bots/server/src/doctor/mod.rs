//! `crowdsprint doctor`: checks a configuration before going live, one line per check, without
//! changing anything (no migration, no webhook set, no command registered) and without ever
//! printing a secret. Each check runs only for the parts configured; exit code 0 when all
//! pass, 1 when anything is wrong.

mod database;
mod discord;
mod report;
mod telegram;

use crate::settings::Settings;
use report::Report;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

/// How long one request to a platform or the database may take before it counts as
/// unreachable.
const PATIENCE: Duration = Duration::from_secs(20);

/// Runs every check that applies to the configuration in `config` and the environment.
pub async fn run(config: &Path) -> ExitCode {
    let mut report = Report::hiding(secrets_in_environment());
    let settings = match Settings::load(config) {
        Ok(settings) => settings,
        Err(error) => {
            report.fail(
                format!("Settings: {error}"),
                format!(
                    "correct it in {} or in the environment, then run crowdsprint doctor again.",
                    config.display()
                ),
            );
            return report.finish();
        }
    };
    report.hide(secrets_in(&settings));
    check_settings(&settings, &mut report);
    database::check(&settings, &mut report).await;
    check_http_addr(&settings, &mut report).await;
    match settings.telegram() {
        Ok(Some(config)) => telegram::check(&config, &mut report).await,
        Ok(None) => {}
        Err(_) => report.skip("Telegram: not checked until its settings are right."),
    }
    if settings.discord_token().is_some() {
        discord::check(&settings, &mut report).await;
    }
    report.finish()
}

/// Check 1: the validations `serve` makes before it starts, each failure on its own line.
/// The public key has a check of its own (with the other Discord checks).
fn check_settings(settings: &Settings, report: &mut Report) {
    let mut problems: Vec<String> = Vec::new();
    let mut keep = |result: Result<(), String>| {
        if let Err(problem) = result {
            problems.push(problem);
        }
    };
    let text = |e: crate::settings::SettingsError| e.to_string();
    keep(settings.admin_identities().map(drop).map_err(text));
    keep(settings.quiet_hours().map(drop).map_err(text));
    keep(settings.time_zone().map(drop).map_err(text));
    keep(settings.public_url().map(drop).map_err(text));
    keep(settings.digest_schedule().map(drop).map_err(text));
    keep(settings.on_bot_failure().map(drop).map_err(text));
    keep(settings.telegram().map(drop).map_err(text));
    if settings.discord_token().is_some() {
        keep(settings.discord_mode().map(drop).map_err(text));
        keep(
            discord::without_key(settings)
                .discord()
                .map(drop)
                .map_err(text),
        );
    }
    keep(
        crowdsprint_core::limits::MemberLimits::new(&settings.limits)
            .map(drop)
            .map_err(|e| format!("the [limits] settings cannot be enforced: {e}")),
    );
    let bots = usize::from(settings.telegram_token().is_some())
        + usize::from(settings.discord_token().is_some());
    if problems.is_empty() && bots > 0 {
        report.pass(format!(
            "Settings: every value is valid and in range ({}).",
            configured(settings)
        ));
    }
    for problem in problems {
        report.fail(
            format!("Settings: {problem}"),
            "correct it in crowdsprint.toml or in the environment (see README, Configuration).",
        );
    }
    if bots == 0 {
        report.note(
            "Settings: no chat bot is configured, so serve runs the web board alone \
             (set TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN or both for the bots).",
        );
    }
    if let Ok(Some(url)) = settings.public_url()
        && !dashboard_can_sign_in(url.origin())
    {
        report.note(format!(
            "Settings: CROWDSPRINT_PUBLIC_URL is {}: the board works over plain HTTP, but staff \
             cannot sign in to the dashboard there (its cookie is Secure; browsers keep it only \
             over https://, or from localhost for a trial).",
            url.origin()
        ));
    }
}

/// Whether a browser keeps the dashboard's `Secure` cookie for a board at `origin`.
fn dashboard_can_sign_in(origin: &str) -> bool {
    let Some(host) = origin.strip_prefix("http://") else {
        return true;
    };
    let host = host.rsplit_once(':').map_or(host, |(name, _)| name);
    matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

/// Which bots run and how, for the settings line.
fn configured(settings: &Settings) -> String {
    let mut parts = Vec::new();
    if settings.telegram_token().is_some() {
        let mode = match settings.telegram_webhook_url.as_deref().map(str::trim) {
            None | Some("") => "long polling",
            Some(_) => "webhook",
        };
        parts.push(format!("Telegram by {mode}"));
    }
    if settings.discord_token().is_some() {
        let mode = match settings.discord_mode() {
            Ok((true, false)) => "the gateway",
            Ok((false, true)) => "the interactions endpoint",
            _ => "the gateway and the interactions endpoint",
        };
        parts.push(format!("Discord by {mode}"));
    }
    parts.join(", ")
}

/// Check 8: `serve` can listen on `CROWDSPRINT_HTTP_ADDR` (bound, then let go at once).
async fn check_http_addr(settings: &Settings, report: &mut Report) {
    let addr = settings.http_addr.as_str();
    match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => {
            drop(listener);
            report.pass(format!("HTTP address: {addr} is free to listen on."));
        }
        Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => report.fail(
            format!("HTTP address: {addr} is already in use by another program."),
            "stop whatever listens there (is crowdsprint serve already running?) or choose \
             another CROWDSPRINT_HTTP_ADDR.",
        ),
        Err(error) => report.fail(
            format!("HTTP address: cannot listen on {addr} ({error})."),
            "set CROWDSPRINT_HTTP_ADDR to host:port with an address of this machine, such as \
             127.0.0.1:8080 or 0.0.0.0:8080.",
        ),
    }
}

/// The secrets as the environment gives them, before the settings are even read.
fn secrets_in_environment() -> Vec<String> {
    [
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_WEBHOOK_SECRET",
        "DISCORD_BOT_TOKEN",
    ]
    .iter()
    .filter_map(|name| std::env::var(name).ok())
    .collect()
}

/// Every secret the settings hold, and the database password (the rest of the database URL
/// is shown, as `database_label` shows it).
fn secrets_in(settings: &Settings) -> Vec<String> {
    let mut secrets: Vec<String> = [
        settings.telegram_bot_token.as_ref(),
        settings.telegram_webhook_secret.as_ref(),
        settings.discord_bot_token.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(|s| s.expose().to_owned())
    .collect();
    // `user:password@host`: the password alone may appear in a driver's message.
    if let Some((_, rest)) = settings.database_url.expose().split_once("://")
        && let Some((credentials, _)) = rest.rsplit_once('@')
        && let Some((_, password)) = credentials.split_once(':')
        // A password such as `postgres` must not blank out the label itself.
        && !settings.database_label().contains(password)
    {
        secrets.push(password.to_owned());
    }
    secrets
}

#[cfg(test)]
mod tests {
    use super::dashboard_can_sign_in;

    #[test]
    fn only_https_or_this_machine_keeps_the_dashboards_cookie() {
        for (origin, keeps) in [
            ("https://ideas.example.nhs.uk", true),
            ("http://localhost:8080", true),
            ("http://127.0.0.1:8080", true),
            ("http://[::1]:8080", true),
            ("http://ideas.example.nhs.uk", false),
            ("http://10.0.0.5:8080", false),
        ] {
            assert_eq!(dashboard_can_sign_in(origin), keeps, "{origin}");
        }
    }
}
