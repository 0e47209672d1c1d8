//! Delivering notifications and digests as Discord direct messages: claim a batch from the
//! core's queue, open (and remember) each member's DM channel, send at most `PER_SECOND`
//! requests a second overall, and report each outcome. Discord's "cannot send messages to
//! this user" (DMs closed) stops DMs to that member and is recorded; a 429 or 5xx is retried
//! later by the queue, without holding up the rest of the batch.

use crate::app::App;
use crate::note::MAX_CONTENT;
use crowdsprint_core::domain::*;
use crowdsprint_core::limits::Pace;
use crowdsprint_core::notify::{Delivery, SendOutcome};
use futures_util::{StreamExt, stream};
use serenity::builder::{CreateAllowedMentions, CreateMessage};
use serenity::http::{HttpError, StatusCode};
use serenity::model::id::{ChannelId, UserId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Pause when the queue is empty.
const IDLE: Duration = Duration::from_millis(500);
/// Deliveries claimed at once (the most a crash can cause to be sent twice).
const BATCH: i64 = 50;
const IN_FLIGHT: usize = 16;
const FAN_OUT: i64 = 200;
/// Discord allows 50 requests a second per bot; a DM to someone new costs two (open the
/// channel, send), so stay below with room for interactions' follow-ups.
const PER_SECOND: u32 = 40;
/// Discord's JSON error code for "Cannot send messages to this user".
const DMS_CLOSED: isize = 50007;

/// The DM sender: a pace for the whole bot and the DM channels opened so far.
pub struct Notifier {
    app: Arc<App>,
    pace: Pace,
    channels: Mutex<HashMap<u64, ChannelId>>,
}

impl std::fmt::Debug for Notifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Notifier").finish_non_exhaustive()
    }
}

impl Notifier {
    pub fn new(app: Arc<App>) -> Notifier {
        Notifier {
            app,
            pace: Pace::new(PER_SECOND, PER_SECOND),
            channels: Mutex::new(HashMap::new()),
        }
    }

    /// Drains the queue until `shutdown`.
    pub fn spawn(self, worker: String, shutdown: CancellationToken) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                let busy = match self.round(&worker).await {
                    Ok(claimed) => claimed > 0,
                    Err(error) => {
                        tracing::warn!(%error, "Discord delivery could not use the queue");
                        false
                    }
                };
                if shutdown.is_cancelled() {
                    break;
                }
                if !busy {
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(IDLE) => {}
                    }
                }
            }
        })
    }

    /// One round: fan out, claim, send, settle. Returns how many were claimed.
    pub async fn round(&self, worker: &str) -> Result<usize, crowdsprint_core::Error> {
        let core = &self.app.core;
        core.fan_out(FAN_OUT).await?;
        let lease = core.settings().delivery_lease;
        let claimed = core
            .claim_deliveries(worker, Some(Platform::Discord), BATCH, lease)
            .await?;
        let sends: Vec<_> = claimed
            .iter()
            .map(|delivery| async move { (delivery, self.send(delivery).await) })
            .collect();
        let outcomes: Vec<(&Delivery, SendOutcome)> = stream::iter(sends)
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        core.settle_deliveries(worker, &outcomes).await?;
        Ok(claimed.len())
    }

    async fn send(&self, delivery: &Delivery) -> SendOutcome {
        let Ok(user) = delivery.identity.user_id.parse::<u64>() else {
            return SendOutcome::Permanent("not a Discord user id".into());
        };
        if user == 0 {
            return SendOutcome::Permanent("not a Discord user id".into());
        }
        let channel = match self.dm_channel(user).await {
            Ok(channel) => channel,
            Err(outcome) => return outcome,
        };
        let look = self.app.look(delivery.locale);
        let lines: Vec<String> = delivery
            .event
            .to_lines()
            .iter()
            .map(|m| look.msg(m))
            .collect();
        let message = CreateMessage::new()
            .content(crate::markdown::truncate(&lines.join("\n"), MAX_CONTENT))
            .components(crate::dm::notification_rows(&look, &delivery.event))
            .allowed_mentions(CreateAllowedMentions::new());
        self.pace.until_ready().await;
        match channel.send_message(&self.app.http, message).await {
            Ok(_) => SendOutcome::Sent,
            Err(error) => outcome_of(&error),
        }
    }

    async fn dm_channel(&self, user: u64) -> Result<ChannelId, SendOutcome> {
        if let Some(channel) = self
            .channels
            .lock()
            .ok()
            .and_then(|c| c.get(&user).copied())
        {
            return Ok(channel);
        }
        self.pace.until_ready().await;
        let channel = UserId::new(user)
            .create_dm_channel(&self.app.http)
            .await
            .map_err(|e| outcome_of(&e))?;
        if let Ok(mut channels) = self.channels.lock() {
            channels.insert(user, channel.id);
        }
        Ok(channel.id)
    }
}

/// What a failed REST call means for the delivery.
fn outcome_of(error: &serenity::Error) -> SendOutcome {
    match error {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) => {
            let status = response.status_code;
            if status == StatusCode::TOO_MANY_REQUESTS {
                SendOutcome::RetryAfter(Duration::from_secs(1))
            } else if response.error.code == DMS_CLOSED {
                // "Cannot send messages to this user": their DMs are closed to us.
                SendOutcome::Permanent(format!("Discord refused the DM ({status})"))
            } else if status == StatusCode::UNAUTHORIZED {
                // Our token, not the member: try again once the operator has fixed it.
                SendOutcome::Transient("Discord refused the bot's token (401)".into())
            } else if status == StatusCode::FORBIDDEN {
                // Missing access and the like: this message failed, the member is reachable.
                SendOutcome::Rejected(format!(
                    "Discord refused the message ({status}, code {})",
                    response.error.code
                ))
            } else if status.is_server_error() {
                SendOutcome::Transient(format!("Discord answered {status}"))
            } else {
                SendOutcome::Permanent(format!("Discord answered {status}"))
            }
        }
        // With serenity's own limiter off, a 429's body (no error code) fails to decode.
        serenity::Error::Json(_) => SendOutcome::RetryAfter(Duration::from_secs(1)),
        // Not `to_string()`: a request error can quote the URL, and webhook URLs hold tokens.
        _ => SendOutcome::Transient("Discord could not be reached".into()),
    }
}
