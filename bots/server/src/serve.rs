//! `crowdsprint serve`: the configured chat bots, beside one HTTP listener for health checks
//! and webhooks, until SIGINT or SIGTERM; then everything stops gracefully.

use crate::health;
use crate::settings::Settings;
use anyhow::Context;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::DIGEST_PAGE;
use crowdsprint_core::{Core, background};
use std::process::ExitCode;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

pub async fn serve(core: Core, settings: &Settings) -> anyhow::Result<ExitCode> {
    let telegram = settings.telegram()?;
    let discord = settings.discord()?;
    if telegram.is_none() && discord.is_none() {
        eprintln!(
            "crowdsprint serve: no chat bot is configured, so there is nothing to serve.\n\
             Set TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN (see README), or try it in the \
             terminal with `crowdsprint console`."
        );
        return Ok(ExitCode::from(2));
    }
    let catalog = Arc::new(Catalog::load().context("cannot load the translations")?);
    let shutdown = CancellationToken::new();
    tokio::spawn(cancel_on_signal(shutdown.clone()));
    tokio::spawn(run_schedule(core.clone(), shutdown.clone()));

    let mut router = health::router(core.clone());
    let mut bots = Vec::new();
    if let Some(telegram) = telegram {
        let bot =
            crowdsprint_telegram::start(core.clone(), catalog.clone(), telegram, shutdown.clone())
                .await
                .context("cannot start the Telegram bot")?;
        if let Some(webhook) = bot.webhook_router {
            router = router.merge(webhook);
        }
        bots.push(("Telegram", bot.task));
    }
    if let Some(discord) = discord {
        let bot =
            crowdsprint_discord::start(core.clone(), catalog.clone(), discord, shutdown.clone())
                .await
                .context("cannot start the Discord bot")?;
        if let Some(endpoint) = bot.endpoint {
            router = router.merge(endpoint);
        }
        bots.push(("Discord", bot.task));
    }
    let http = health::serve_http(
        router,
        &settings.http_addr,
        shutdown.clone().cancelled_owned(),
    );
    let (http, stopped) = tokio::join!(
        http,
        futures_util::future::join_all(bots.into_iter().map(|(name, task)| async move {
            task.await
                .with_context(|| format!("the {name} bot stopped unexpectedly"))
        }))
    );
    http.with_context(|| format!("HTTP listener on {}", settings.http_addr))?;
    for bot in stopped {
        bot?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How often scheduled work (sprints opening and closing, reminders, digests) is checked.
const SCHEDULE_EVERY: std::time::Duration = std::time::Duration::from_secs(30);
/// Pruning old deliveries runs every this many schedule rounds (an hour).
const PRUNE_EVERY_TICKS: u64 = 120;

/// Runs the schedule now and every `SCHEDULE_EVERY` until shutdown. Every replica may run it:
/// each change happens once whoever gets there first.
async fn run_schedule(core: Core, shutdown: CancellationToken) {
    let core = Arc::new(core);
    let ticks = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let rounds = background::every(&core, SCHEDULE_EVERY, shutdown, "schedule", move |core| {
        let ticks = ticks.clone();
        async move {
            if let Err(error) = core.run_schedule().await {
                tracing::warn!(%error, "scheduled work failed; trying again next time");
            }
            // Per-member limits forget people whose allowance has refilled; once an hour,
            // old deliveries and unclaimed jobs go (a scan of the settled rows).
            core.housekeeping();
            if ticks
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                .is_multiple_of(PRUNE_EVERY_TICKS)
                && let Err(error) = core.prune_history().await
            {
                tracing::warn!(%error, "could not prune old deliveries; trying again later");
            }
            // A digest run that fails resumes where it stopped next time.
            core.run_digests(DIGEST_PAGE).await.map(drop)
        }
    });
    if let Err(error) = rounds.await {
        tracing::error!(%error, "the schedule stopped unexpectedly");
    }
}

/// Cancels `shutdown` on Ctrl-C or SIGTERM (what `docker stop` and systemd send).
async fn cancel_on_signal(shutdown: CancellationToken) {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down");
    shutdown.cancel();
}
