//! `crowdsprint serve`: the configured chat bots (none is fine: then the web board alone),
//! beside one HTTP listener for health checks, webhooks and the web board, until SIGINT or
//! SIGTERM; then everything stops gracefully. A bot that can
//! never work as configured (a refused token, a missing intent) stops it too, with the reason
//! and the fix, unless the operator chose to keep the other bot running.

use crate::health;
use crate::settings::{OnBotFailure, Settings};
use anyhow::Context;
use crowdsprint_core::health::{Fatal, Health, Part};
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::DIGEST_PAGE;
use crowdsprint_core::{Core, background};
use std::process::ExitCode;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// The exit code when a bot can never work as configured (sysexits' `EX_CONFIG`): a
/// supervisor can be told not to restart on it (systemd's `RestartPreventExitStatus=78`).
pub const EXIT_BOT_MISCONFIGURED: u8 = 78;

pub async fn serve(core: Core, settings: &Settings) -> anyhow::Result<ExitCode> {
    let telegram = settings.telegram()?;
    let discord = settings.discord()?;
    let on_failure = settings.on_bot_failure()?;
    if telegram.is_none() && discord.is_none() {
        tracing::info!(
            "no chat bot is configured (TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN): serving the web \
             board alone"
        );
    }
    let catalog = Arc::new(Catalog::load().context("cannot load the translations")?);
    let shutdown = CancellationToken::new();
    tokio::spawn(cancel_on_signal(shutdown.clone()));
    tokio::spawn(run_schedule(core.clone(), shutdown.clone()));

    let health = Health::default();
    let configured = usize::from(telegram.is_some()) + usize::from(discord.is_some());
    let verdict = tokio::spawn(watch_failures(
        health.clone(),
        on_failure,
        configured,
        shutdown.clone(),
    ));
    let mut router = health::router(core.clone(), health.clone(), settings.ready_grace());
    if let Some(handle) = crate::metrics::install(shutdown.clone()) {
        router = router.merge(crate::metrics::router(core.clone(), handle));
    }
    let mut bots = Vec::new();
    let mut giving_up = false;
    // The board links idea pages into the chats it learns of as the bots start.
    let mut join = crowdsprint_web::JoinLinks::default();
    if let Some(telegram) = telegram {
        let part = health.part("telegram");
        let started = crowdsprint_telegram::start_reporting(
            core.clone(),
            catalog.clone(),
            telegram,
            part.clone(),
            shutdown.clone(),
        )
        .await;
        match fatal_or(started, &part).context("cannot start the Telegram bot")? {
            Some(bot) => {
                if let Some(webhook) = bot.routes {
                    router = router.merge(webhook);
                }
                join.telegram = bot.chat_link;
                bots.push(("Telegram", bot.task));
            }
            // `watch_failures` reports it and stops serve, unless told to carry on.
            None => giving_up = on_failure == OnBotFailure::Stop || configured == 1,
        }
    }
    if let Some(discord) = discord
        && !giving_up
    {
        let part = health.part("discord");
        let started = crowdsprint_discord::start_reporting(
            core.clone(),
            catalog.clone(),
            discord,
            part.clone(),
            shutdown.clone(),
        )
        .await;
        match fatal_or(started, &part).context("cannot start the Discord bot")? {
            Some(bot) => {
                if let Some(endpoint) = bot.routes {
                    router = router.merge(endpoint);
                }
                bots.push(("Discord", bot.task));
            }
            None => giving_up = on_failure == OnBotFailure::Stop || configured == 1,
        }
    }
    let router = router.merge(crowdsprint_web::router(core.clone(), catalog.clone(), join));
    let http = async {
        if giving_up {
            return Ok(());
        }
        health::serve_http(
            router,
            &settings.http_addr,
            shutdown.clone().cancelled_owned(),
        )
        .await
    };
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
    shutdown.cancel();
    if let Ok(Some(_)) = verdict.await {
        return Ok(ExitCode::from(EXIT_BOT_MISCONFIGURED));
    }
    Ok(ExitCode::SUCCESS)
}

/// A started bot, or `None` when it can never work (reported to `part`, for
/// `watch_failures` to decide); any other failure to start stays an error.
fn fatal_or<T>(started: anyhow::Result<T>, part: &Part) -> anyhow::Result<Option<T>> {
    match started {
        Ok(bot) => Ok(Some(bot)),
        Err(error) => match error.downcast::<Fatal>() {
            Ok(fatal) => {
                part.fatal(fatal);
                Ok(None)
            }
            Err(error) => Err(error),
        },
    }
}

/// Acts on each bot that can never work: stops `serve` (cancelling `shutdown`) and returns
/// the failure, unless `KeepOthers` was chosen and another bot is still running: then the
/// failure is logged with its fix and readiness names it. `None` when `serve` stopped for
/// another reason.
async fn watch_failures(
    health: Health,
    on_failure: OnBotFailure,
    configured: usize,
    shutdown: CancellationToken,
) -> Option<Fatal> {
    let mut seen = 0;
    loop {
        let fatal = tokio::select! {
            // A failure already reported wins over the shutdown it causes.
            biased;
            fatal = health.fatal(seen) => fatal,
            () = shutdown.cancelled() => return None,
        };
        seen += 1;
        let bot = bot_name(fatal.part);
        if on_failure == OnBotFailure::KeepOthers && seen < configured {
            tracing::error!(
                part = fatal.part,
                fix = %fatal.fix,
                "the {bot} bot cannot work and is stopped; the other bot carries on \
                 (CROWDSPRINT_ON_BOT_FAILURE=keep-others): {}",
                fatal.reason
            );
            health.mark_failed(fatal);
            continue;
        }
        tracing::error!(
            part = fatal.part,
            fix = %fatal.fix,
            "the {bot} bot cannot work, so crowdsprint stops: {}",
            fatal.reason
        );
        eprintln!("crowdsprint: the {bot} bot cannot work, so crowdsprint stops.\n{fatal}");
        shutdown.cancel();
        return Some(fatal);
    }
}

fn bot_name(part: &str) -> &str {
    match part {
        "telegram" => "Telegram",
        "discord" => "Discord",
        other => other,
    }
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
