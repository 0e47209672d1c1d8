//! Webhook mode's health: an update delivered to us means Telegram reaches us; between
//! deliveries (a quiet bot gets none) the webhook is checked with `getWebhookInfo` to be still
//! registered at the configured address, which also shows whether the Bot API answers.

use super::failure;
use crowdsprint_core::health::Part;
use std::time::Duration;
use teloxide::prelude::*;
use tokio_util::sync::CancellationToken;

/// How often the registration is checked.
const CHECK_EVERY: Duration = Duration::from_secs(30);

/// `router` (teloxide's webhook route) marking Telegram up on every accepted delivery.
pub(crate) fn observed(router: axum::Router, health: Part) -> axum::Router {
    router.layer(axum::middleware::from_fn(
        move |request: axum::extract::Request, next: axum::middleware::Next| {
            let health = health.clone();
            async move {
                let response = next.run(request).await;
                if response.status().is_success() {
                    health.up();
                }
                response
            }
        },
    ))
}

/// Checks every `CHECK_EVERY` until `shutdown` that the webhook is registered at `url`.
pub(crate) fn spawn_check(bot: Bot, url: url::Url, health: Part, shutdown: CancellationToken) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(CHECK_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        // The first tick is now, just after setWebhook succeeded.
        tick.tick().await;
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                _ = tick.tick() => {}
            }
            match bot.get_webhook_info().await {
                Ok(info) if info.url.as_ref() == Some(&url) => health.up(),
                Ok(_) => health.down(
                    "the webhook is no longer registered at TELEGRAM_WEBHOOK_URL (another \
                     program or copy of the bot changed it); restart crowdsprint to set it again",
                ),
                Err(teloxide::RequestError::Api(teloxide::ApiError::InvalidToken)) => {
                    health.fatal(failure::token_refused());
                    return;
                }
                Err(error) => health.down(failure::describe(&error)),
            }
        }
    });
}
