//! Notifications and digests on Telegram: a worker inside the bot fans the outbox out into the
//! delivery queue, claims a batch of Telegram deliveries under a lease, sends them (several
//! at once, each waiting for its chat's turn and everyone's) in each person's language with
//! their buttons, and reports the batch's outcomes in one transaction. The queue does the
//! rest: retries with backoff, parking as dead, and sharing the work between replicas. A
//! crash loses at most one batch's reports: those deliveries are sent again after their lease
//! runs out, and counted as duplicates.

use super::app::App;
use super::send::{Outgoing, SendError};
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Delivery, SendOutcome};
use futures_util::{StreamExt, stream};
use std::sync::Arc;
use std::time::Duration;
use teloxide::types::ChatId;
use tokio_util::sync::CancellationToken;

/// How often the queue is checked when it was empty.
const IDLE: Duration = Duration::from_millis(500);
/// Deliveries one worker claims at once at most (the most a crash can cause it to send twice), and how
/// many are sent at the same time. A claim is held for the core's `delivery_lease`; a batch is
/// kept small enough to be sent in half of it at the bot's pace, so no claim runs out while
/// its worker is still sending.
const BATCH: i64 = 100;
const IN_FLIGHT: usize = 32;
/// Outbox rows turned into deliveries per round.
const FAN_OUT: i64 = 200;

/// Messages a second one worker keeps up with: its database round trips (claim, settle) are
/// not overlapped with its own sending, so a fast bot runs several workers side by side.
const PER_WORKER: u32 = 500;
const MAX_WORKERS: u32 = 4;

impl App {
    /// Starts the delivery workers: one for Telegram's usual 30 messages a second, more (up
    /// to four) when the operator's allowance is much higher.
    pub fn spawn_notifier(self: &Arc<Self>, shutdown: CancellationToken) {
        let workers = self
            .sender
            .per_second
            .div_ceil(PER_WORKER)
            .clamp(1, MAX_WORKERS);
        let process = format!("{}-{:08x}", std::process::id(), rand::random::<u32>());
        for n in 0..workers {
            let worker = format!("telegram-{process}-{n}");
            // One worker per process fills the queue; the others only drain it.
            self.spawn_worker(worker, n == 0, shutdown.clone());
        }
    }

    fn spawn_worker(self: &Arc<Self>, worker: String, fans_out: bool, shutdown: CancellationToken) {
        let app = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let Some(app) = app.upgrade() else { break };
                let busy = match app.notify_batch(&worker, fans_out).await {
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
    async fn notify_batch(
        &self,
        worker: &str,
        fans_out: bool,
    ) -> Result<usize, crowdsprint_core::Error> {
        if fans_out {
            self.core.fan_out(FAN_OUT).await?;
        }
        let lease = self.core.settings().delivery_lease;
        let sendable = i64::from(self.sender.per_second) * lease.as_secs() as i64 / 2;
        let claimed = self
            .core
            .claim_deliveries(
                worker,
                Some(Platform::Telegram),
                sendable.clamp(1, BATCH),
                lease,
            )
            .await?;
        // Made up front (rather than in a `map` closure) so the spawned worker's future stays
        // `Send` for any lifetime.
        let sends: Vec<_> = claimed
            .iter()
            .map(|delivery| async move { (delivery, self.notify(delivery).await) })
            .collect();
        let outcomes: Vec<(&Delivery, SendOutcome)> = stream::iter(sends)
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        let settled = self.core.settle_deliveries(worker, &outcomes).await?;
        tracing::debug!(claimed = claimed.len(), ?settled, "deliveries settled");
        Ok(claimed.len())
    }

    async fn notify(&self, delivery: &Delivery) -> SendOutcome {
        let Ok(chat) = delivery.identity.user_id.parse::<i64>() else {
            return SendOutcome::Permanent("not a Telegram user id".into());
        };
        let locale = delivery.locale;
        let r = self.html(locale);
        let text: Vec<String> = delivery.event.to_lines().iter().map(|m| r.msg(m)).collect();
        let keyboard = self.keys(locale).notification(&delivery.event);
        let message = Outgoing::with(text.join("\n"), keyboard);
        match self
            .sender
            .deliver(&self.codec, ChatId(chat), &message)
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
