//! `crowdsprint`: the service binary. Reads the settings, opens the database (migrating it),
//! and runs one subcommand: `serve`, `console`, `migrate`, `import`, `export`, `seed-demo`,
//! `backup`, `restore`, `locales` or `doctor`.

mod backup;
mod cli;
mod doctor;
mod health;
mod locales;
mod logging;
mod metrics;
mod serve;
mod settings;

use anyhow::Context;
use clap::{Parser, Subcommand};
use crowdsprint_core::domain::{Identity, Platform};
use crowdsprint_core::service::CoreSettings;
use crowdsprint_core::{Core, Store, SystemClock};
use settings::Settings;
use std::path::PathBuf;
use std::sync::Arc;

/// The version and the commit it was built from (`build.rs`), for `--version` and bug reports.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("CROWDSPRINT_COMMIT"),
    ")"
);

/// crowdsprint: crowdsourcing sprints from the chat apps people already use.
#[derive(Debug, Parser)]
#[command(version = VERSION, about)]
struct Cli {
    /// Configuration file (optional; the environment overrides it).
    #[arg(long, global = true, default_value = "crowdsprint.toml")]
    config: PathBuf,
    /// Log format: pretty or json.
    #[arg(long, global = true)]
    log_format: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the configured chat bots and the health endpoint.
    Serve,
    /// Chat with crowdsprint in this terminal, as the chat bots would.
    Console(cli::ConsoleArgs),
    /// Create or update the database schema, then exit.
    Migrate,
    /// Import ideas collated from a chat or connect session (CSV).
    Import(cli::ImportArgs),
    /// Export a sprint's ideas with themes, votes, comments and responses.
    Export(cli::ExportArgs),
    /// Load a realistic demo: the elective care sprint with ideas, votes and comments.
    SeedDemo,
    /// Copy the SQLite database to a new file, consistently, while serve runs.
    Backup(backup::BackupArgs),
    /// Put a backup back as the SQLite database (refused while anything uses it).
    Restore(backup::RestoreArgs),
    /// The translators' tools: `locales render --lang cy` writes every message in context.
    Locales(locales::LocalesArgs),
    /// Check the configuration before going live: settings, database, tokens, webhook, commands.
    Doctor,
}

/// The identity the command-line tools (import, export, seed-demo) act as: whoever can run
/// the binary against the database is trusted as an admin for those tools, and every action is
/// still audited under this name.
pub fn operator_identity() -> Identity {
    Identity::new(Platform::Console, "operator")
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    if let Command::Doctor = cli.command {
        return doctor::run(&cli.config).await;
    }
    let settings = match Settings::load(&cli.config).and_then(|s| s.check_values().map(|()| s)) {
        Ok(s) => s,
        Err(error) => {
            eprintln!("crowdsprint: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    // Only the long-running service narrates at info level; the tools speak on stdout and log
    // warnings and errors unless RUST_LOG asks for more.
    let quiet = !matches!(cli.command, Command::Serve);
    logging::init(
        cli.log_format.as_deref().or(settings.log_format.as_deref()),
        quiet,
    );
    settings.warn_about_old_names();
    match run(cli.command, settings).await {
        Ok(code) => code,
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "crowdsprint stopped");
            eprintln!("crowdsprint: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<std::process::ExitCode> {
    // These two work on the database file itself: neither opens it for the service.
    let command = match command {
        Command::Backup(args) => return backup::backup(&settings, args).await,
        Command::Restore(args) => return backup::restore(&settings, args).await,
        Command::Locales(args) => return locales::run(args),
        other => other,
    };
    let mut admins = settings.admin_identities()?;
    let operator_tool = matches!(
        command,
        Command::Import(_) | Command::Export(_) | Command::SeedDemo
    );
    if operator_tool {
        admins.push(operator_identity());
    }
    tracing::info!(version = VERSION, database = %settings.database_label(), "opening database");
    let store = Store::connect(settings.database_url.expose())
        .await
        .with_context(|| format!("cannot open the database at {}", settings.database_label()))?;
    store
        .migrate()
        .await
        .context("cannot migrate the database")?;
    let core_settings = CoreSettings {
        bootstrap_admins: admins,
        link_code_minutes: settings.link_code_minutes,
        page_size: settings.page_size.clamp(1, 50),
        quiet_hours: settings.quiet_hours()?,
        timezone: settings.time_zone()?,
        digest: settings.digest_schedule()?,
        digest_lookahead: chrono::Duration::minutes(i64::from(
            settings.digest_compose_ahead_minutes.min(24 * 60),
        )),
        delivery_lease: std::time::Duration::from_secs(settings.delivery_lease_seconds.max(5)),
        sprint_news_max_age: chrono::Duration::minutes(i64::from(
            settings.sprint_news_max_age_minutes.max(1),
        )),
        limits: settings.limits,
        public_url: settings.public_url()?,
        response_target_days: settings.response_target_days,
    };
    let core = Core::new(store.clone(), Arc::new(SystemClock), core_settings)
        .context("the [limits] settings cannot be enforced")?;
    let code = match command {
        Command::Serve => serve::serve(core, &settings).await?,
        Command::Console(args) => cli::console(core, args).await?,
        Command::Migrate => {
            println!(
                "The database at {} is up to date.",
                settings.database_label()
            );
            std::process::ExitCode::SUCCESS
        }
        Command::Import(args) => cli::import(core, args).await?,
        Command::Export(args) => cli::export(core, args).await?,
        Command::SeedDemo => cli::seed_demo(core).await?,
        Command::Backup(_) | Command::Restore(_) | Command::Locales(_) | Command::Doctor => {
            anyhow::bail!(
                "backup, restore, locales and doctor never open the database for the service"
            )
        }
    };
    store.close().await;
    Ok(code)
}
