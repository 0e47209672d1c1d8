//! Personal notifications on Telegram: a worker inside the bot fans the outbox out into the
//! delivery queue, claims Telegram deliveries under a lease, sends each in the person's
//! language with a button to open the idea, and reports the outcome. The queue does the rest:
//! retries with backoff, parking as dead, and sharing the work between replicas.

use super::app::App;
use super::send::{Outgoing, SendError};
use crate::{Button, CallbackAction, InlineKeyboard};
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Delivery, SendOutcome};
use std::sync::Arc;
use std::time::Duration;
use teloxide::types::ChatId;
use tokio_util::sync::CancellationToken;

/// How often the queue is checked when it was empty.
const IDLE: Duration = Duration::from_millis(500);
/// Deliveries claimed at once, and how long a claim is held.
const BATCH: i64 = 20;
const LEASE: Duration = Duration::from_secs(120);

impl App {
    pub fn spawn_notifier(self: &Arc<Self>, shutdown: CancellationToken) {
        let app = Arc::downgrade(self);
        let worker = format!(
            "telegram-{}-{:08x}",
            std::process::id(),
            rand::random::<u32>()
        );
        tokio::spawn(async move {
            loop {
                let Some(app) = app.upgrade() else { break };
                let busy = match app.notify_batch(&worker).await {
                    Ok(sent) => sent > 0,
                    Err(error) => {
                        tracing::warn!(%error, "delivery worker could not use the queue");
                        false
                    }
                };
                drop(app);
                if !busy {
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(IDLE) => {}
                    }
                } else if shutdown.is_cancelled() {
                    break;
                }
            }
        });
    }

    /// One round: fan out, claim, send, settle. Returns how many were claimed.
    async fn notify_batch(&self, worker: &str) -> Result<usize, crowdsprint_core::Error> {
        self.core.fan_out(200).await?;
        let claimed = self
            .core
            .claim_deliveries(worker, Some(Platform::Telegram), BATCH, LEASE)
            .await?;
        for delivery in &claimed {
            let outcome = self.notify(delivery).await;
            let settled = self
                .core
                .settle_delivery(worker, delivery, &outcome)
                .await?;
            tracing::debug!(id = delivery.id, ?settled, "delivery settled");
        }
        Ok(claimed.len())
    }

    async fn notify(&self, delivery: &Delivery) -> SendOutcome {
        let Ok(chat) = delivery.identity.user_id.parse::<i64>() else {
            return SendOutcome::Permanent("not a Telegram user id".into());
        };
        let locale = match self.core.actor_for(&delivery.identity).await {
            Ok(Some(actor)) => actor.locale(),
            Ok(None) => return SendOutcome::Permanent("no longer a member".into()),
            Err(error) => return SendOutcome::Transient(error.to_string()),
        };
        let mut keyboard = InlineKeyboard::default();
        if let Some(idea) = delivery.event.idea() {
            let label = self
                .html(locale)
                .plain(&Msg::new("notify-button-open").arg("id", idea.get()));
            keyboard
                .rows
                .push(vec![Button::callback(label, CallbackAction::Show(idea))]);
        }
        let message = Outgoing::with(self.html(locale).msg(&delivery.event.to_msg()), keyboard);
        match self
            .sender
            .send(&self.codec, ChatId(chat), None, &message)
            .await
        {
            Ok(_) => SendOutcome::Sent,
            Err(SendError::Unreachable) => {
                SendOutcome::Permanent("the bot cannot reach this chat".into())
            }
            Err(SendError::Failed(teloxide::RequestError::RetryAfter(wait))) => {
                SendOutcome::RetryAfter(wait.duration())
            }
            Err(SendError::Failed(error)) => SendOutcome::Transient(error.to_string()),
        }
    }
}
