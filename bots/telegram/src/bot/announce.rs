//! Announcing new visible ideas in the groups and topics tied to their sprint (`/announce`).
//! A background task follows the outbox's broadcasts; replicas of the bot share one cursor, so
//! each idea is announced once, by whichever replica claims it.

use super::app::App;
use super::send::Outgoing;
use crate::CardState;
use crowdsprint_core::background;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use std::sync::Arc;
use std::time::Duration;
use teloxide::types::{ChatId, MessageId, ThreadId};
use tokio_util::sync::CancellationToken;

/// The outbox follower's name (its cursor).
const FOLLOWER: &str = "telegram-announcements";
/// How often the outbox is checked for new broadcasts.
const EVERY: Duration = Duration::from_millis(500);

impl App {
    pub fn spawn_announcer(self: &Arc<Self>, shutdown: CancellationToken) {
        background::every(self, EVERY, shutdown, FOLLOWER, |app| async move {
            app.announce_new_ideas().await
        });
    }

    async fn announce_new_ideas(&self) -> Result<(), crowdsprint_core::Error> {
        loop {
            let rows = self.core.claim_broadcasts(FOLLOWER, 50).await?;
            if rows.is_empty() {
                return Ok(());
            }
            for row in rows {
                if let Event::IdeaPublished {
                    idea,
                    sprint,
                    challenge,
                    ..
                } = row.event
                {
                    self.announce(idea, sprint, challenge).await?;
                }
            }
        }
    }

    async fn announce(
        &self,
        idea: IdeaId,
        sprint: SprintId,
        challenge: ChallengeId,
    ) -> Result<(), crowdsprint_core::Error> {
        let Some((channels, view)) = self
            .core
            .idea_to_announce(Platform::Telegram, idea, sprint, challenge)
            .await?
        else {
            return Ok(());
        };
        for channel in channels {
            let Ok(chat) = channel.place.chat.parse::<i64>() else {
                continue;
            };
            let thread = channel
                .place
                .thread
                .as_deref()
                .and_then(|t| t.parse::<i32>().ok())
                .map(|t| ThreadId(MessageId(t)));
            let r = self.html(channel.locale);
            let mut state = CardState::of(&view);
            state.supported = false;
            state.following = false;
            let card = Outgoing::with(
                format!(
                    "<b>{}</b>\n{}",
                    r.msg(&Msg::new("announce-heading")),
                    r.idea_card(&view)
                ),
                self.keys(channel.locale).idea_card(state),
            );
            if let Err(error) = self
                .sender
                .send(&self.codec, ChatId(chat), thread, &card)
                .await
            {
                tracing::warn!(%error, chat, "could not announce an idea");
            }
        }
        Ok(())
    }

    /// `/announce` in a group or topic: tie it to the sprint (or a challenge), or untie it.
    pub async fn tie_here(
        &self,
        ctx: &super::app::Ctx,
        challenge: Option<ChallengeId>,
        off: bool,
    ) -> Result<Msg, crowdsprint_core::Error> {
        let actor = ctx.actor.as_ref().ok_or(UserError::NotRegistered)?;
        let place = (!ctx.private).then(|| Place {
            platform: Platform::Telegram,
            chat: ctx.chat.0.to_string(),
            thread: ctx.thread.map(|t| t.0.0.to_string()),
        });
        self.core
            .announce_here(actor, place.as_ref(), challenge, off)
            .await
    }
}
