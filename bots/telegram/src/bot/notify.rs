//! Notifications and digests on Telegram: core's delivery workers (`notify::courier`) take
//! the Telegram deliveries, and this courier sends each in the person's language with its
//! buttons, waiting for its chat's turn and the bot's bulk pace (see `send.rs`), and says
//! what happened in the queue's terms.

use super::app::App;
use super::send::{Outgoing, SendError};
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::courier::{self, Courier};
use crowdsprint_core::notify::{Delivery, SendOutcome};
use std::sync::Arc;
use teloxide::types::ChatId;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

impl App {
    /// Starts core's delivery workers with this bot as their courier; after `shutdown`, wait
    /// for them so the batch in hand is settled.
    pub fn spawn_notifier(self: &Arc<Self>, shutdown: &CancellationToken) -> Vec<JoinHandle<()>> {
        courier::spawn_workers(&self.core, self, "telegram", shutdown)
    }
}

impl Courier for App {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    fn per_second(&self) -> u32 {
        self.sender.per_second
    }

    async fn deliver(&self, delivery: &Delivery) -> SendOutcome {
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
