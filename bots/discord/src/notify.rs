//! Delivering notifications and digests as Discord direct messages: core's delivery workers
//! (`notify::courier`) take the Discord deliveries, and this courier opens (and remembers) each
//! member's DM channel and sends at most `PER_SECOND` requests a second over every worker and
//! replica (`limits::Pace`). Discord's "cannot send messages to this user" (DMs closed) stops
//! DMs to that member and is recorded. A 429 holds every DM of the bot for the `retry_after`
//! Discord gave, then the refused message goes first; a 5xx is retried later by the queue.

use crate::app::App;
use crate::note::MAX_CONTENT;
use crate::rest::{Rest, RestError};
use crowdsprint_core::domain::*;
use crowdsprint_core::limits::Pace;
use crowdsprint_core::notify::courier::{self, Courier};
use crowdsprint_core::notify::{Delivery, SendOutcome};
use serenity::builder::{CreateAllowedMentions, CreateMessage};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Discord allows 50 requests a second per bot; a DM to someone new costs two (open the
/// channel, send), so stay below with room for interactions' follow-ups.
const PER_SECOND: u32 = 40;
/// Discord's JSON error code for "Cannot send messages to this user".
const DMS_CLOSED: i64 = 50007;
/// 429s in a row one message waits out before it goes back to the queue.
const MAX_RETRIES: u32 = 5;

/// The DM sender: a pace for the whole bot and the DM channels opened so far.
pub struct Notifier {
    app: Arc<App>,
    rest: Rest,
    pace: Pace,
    channels: Mutex<HashMap<u64, u64>>,
}

impl std::fmt::Debug for Notifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Notifier").finish_non_exhaustive()
    }
}

impl Notifier {
    /// The pace is the bot's (`application_id`), shared with every replica.
    pub fn new(app: Arc<App>, rest: Rest, application_id: u64) -> Notifier {
        let pace = Pace::shared(
            app.core.clone(),
            format!("discord:{application_id}"),
            PER_SECOND,
        );
        Notifier {
            app,
            rest,
            pace,
            channels: Mutex::new(HashMap::new()),
        }
    }

    /// Starts core's delivery workers with this notifier as their courier. They hold it
    /// weakly: keep the returned `Arc` for as long as DMs should go, and wait for the workers
    /// after `shutdown` so the batch in hand is settled.
    pub fn spawn(self, shutdown: &CancellationToken) -> (Arc<Notifier>, Vec<JoinHandle<()>>) {
        let notifier = Arc::new(self);
        let workers = courier::spawn_workers(&notifier.app.core, &notifier, "discord", shutdown);
        (notifier, workers)
    }

    async fn dm_channel(&self, user: u64) -> Result<u64, SendOutcome> {
        if let Some(channel) = self
            .channels
            .lock()
            .ok()
            .and_then(|c| c.get(&user).copied())
        {
            return Ok(channel);
        }
        let channel = self
            .paced(|| self.rest.open_dm(user))
            .await
            .map_err(|e| outcome_of(&e))?;
        if let Ok(mut channels) = self.channels.lock() {
            channels.insert(user, channel);
        }
        Ok(channel)
    }

    /// Runs one request at the bot's pace. A 429 holds every send of the bot for the
    /// `retry_after` Discord gave, then this request goes again ahead of the queue.
    async fn paced<T, F>(&self, request: impl Fn() -> F) -> Result<T, RestError>
    where
        F: std::future::Future<Output = Result<T, RestError>>,
    {
        self.pace.bulk().await;
        let mut retries = 0;
        loop {
            match request().await {
                Err(RestError::RateLimited {
                    retry_after,
                    global,
                }) if retries < MAX_RETRIES => {
                    retries += 1;
                    tracing::info!(
                        wait_ms = retry_after.as_millis() as u64,
                        global,
                        "Discord asked us to slow down; every DM waits"
                    );
                    self.pace.pause(retry_after).await;
                    self.pace.again().await;
                }
                other => return other,
            }
        }
    }
}

impl Courier for Notifier {
    fn platform(&self) -> Platform {
        Platform::Discord
    }

    fn per_second(&self) -> u32 {
        PER_SECOND
    }

    async fn deliver(&self, delivery: &Delivery) -> SendOutcome {
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
        let message = with_text(CreateMessage::new(), lines.join("\n"))
            .components(crate::dm::notification_rows(&look, &delivery.event))
            .allowed_mentions(CreateAllowedMentions::new());
        match self.paced(|| self.rest.send(channel, &message)).await {
            Ok(()) => SendOutcome::Sent,
            Err(error) => outcome_of(&error),
        }
    }
}

/// Discord's most for an embed's description: a message's own text stops at 2,000.
const MAX_EMBED_TEXT: usize = 4096;

/// The notification's text as the message's content, or, when it is longer than a message
/// holds (a team update of 2,000 characters with its title and link), as an embed's
/// description, which holds 4,096: cutting it would lose the end, where the link is.
fn with_text(message: CreateMessage, text: String) -> CreateMessage {
    if text.chars().count() <= MAX_CONTENT {
        message.content(text)
    } else {
        let text = crate::markdown::truncate(&text, MAX_EMBED_TEXT);
        message.embed(serenity::builder::CreateEmbed::new().description(text))
    }
}

/// What a failed REST call means for the delivery.
fn outcome_of(error: &RestError) -> SendOutcome {
    match *error {
        RestError::RateLimited { retry_after, .. } => SendOutcome::RetryAfter(retry_after),
        // "Cannot send messages to this user": their DMs are closed to us.
        RestError::Refused { status, code } if code == DMS_CLOSED => {
            SendOutcome::Permanent(format!("Discord refused the DM ({status})"))
        }
        // Our token, not the member: try again once the operator has fixed it.
        RestError::Refused { status: 401, .. } => {
            SendOutcome::Transient("Discord refused the bot's token (401)".into())
        }
        // Missing access and the like: this message failed, the member is reachable.
        RestError::Refused { status: 403, code } => {
            SendOutcome::Rejected(format!("Discord refused the message (403, code {code})"))
        }
        RestError::Refused { status, .. } if status >= 500 => {
            SendOutcome::Transient(format!("Discord answered {status}"))
        }
        RestError::Refused { status, .. } => {
            SendOutcome::Permanent(format!("Discord answered {status}"))
        }
        RestError::Unreachable => SendOutcome::Transient("Discord could not be reached".into()),
    }
}
