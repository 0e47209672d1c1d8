//! Announcing new visible ideas in the groups and topics tied to their sprint (`/announce`),
//! and keeping every card in a group in step with the idea: hidden, held, merged away or its
//! author erased, the card is redrawn as a neutral "withdrawn" line; restored, as the card
//! again. A background task works through this follower's broadcast jobs; replicas share
//! them, each job taken by one replica at a time.

use super::app::App;
use super::send::Outgoing;
use crate::CardState;
use crowdsprint_core::background;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::IdeaView;
use crowdsprint_core::store::PublishedCopy;
use std::sync::Arc;
use std::time::Duration;
use teloxide::types::{ChatId, MessageId, ThreadId};
use tokio_util::sync::CancellationToken;

/// The outbox follower's name (its jobs).
pub(crate) const FOLLOWER: &str = "telegram-announcements";
/// How often the outbox is checked for new broadcasts.
const EVERY: Duration = Duration::from_millis(500);

impl App {
    pub fn spawn_announcer(self: &Arc<Self>, shutdown: CancellationToken) {
        background::every(self, EVERY, shutdown, FOLLOWER, |app| async move {
            let owner = app.follower_owner.clone();
            app.core
                .drain_broadcasts(FOLLOWER, &owner, |event| app.on_broadcast(event))
                .await
        });
    }

    async fn on_broadcast(&self, event: Event) -> Result<(), crowdsprint_core::Error> {
        match event {
            Event::IdeaPublished {
                idea,
                sprint,
                challenge,
                ..
            } => self.announce(idea, sprint, challenge).await,
            // A card shows the idea, its counts and its latest comments: any change to it or
            // its comments redraws, and so does a comment or response newly published.
            Event::IdeaRevised { idea }
            | Event::CommentRevised { idea, .. }
            | Event::CommentPublished { idea, .. } => self.redraw_copies(idea).await,
            _ => Ok(()),
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
        // A job may run twice (a replica died mid-way): a group that has its card keeps it.
        let already: Vec<String> = self
            .core
            .copies_of(Platform::Telegram, idea)
            .await?
            .into_iter()
            .map(|c| c.chat)
            .collect();
        for channel in channels {
            if already.contains(&channel.place.chat) {
                continue;
            }
            let Ok(chat) = channel.place.chat.parse::<i64>() else {
                continue;
            };
            let thread = channel
                .place
                .thread
                .as_deref()
                .and_then(|t| t.parse::<i32>().ok())
                .map(|t| ThreadId(MessageId(t)));
            let card = self.announcement(&view, channel.locale);
            match self
                .sender
                .broadcast(&self.codec, ChatId(chat), thread, &card)
                .await
            {
                Ok(message) => self.remember_copy(ChatId(chat), message, &card).await,
                Err(error) => tracing::warn!(%error, "could not announce an idea"),
            }
        }
        Ok(())
    }

    /// Draws every group card and page of ideas showing `idea` again from core's current
    /// state.
    async fn redraw_copies(&self, idea: IdeaId) -> Result<(), crowdsprint_core::Error> {
        let copies = self.core.copies_of(Platform::Telegram, idea).await?;
        if copies.is_empty() {
            return Ok(());
        }
        let view = self.core.public_view(idea).await?;
        for copy in copies {
            let out = match copy.shows {
                CopyShows::Card => match &view {
                    Some(view) => self.announcement(view, copy.locale),
                    None => self.withdrawn(copy.locale),
                },
                CopyShows::Page { order, page } => {
                    self.public_page(order, page, copy.locale).await?
                }
            };
            self.edit_copy(&copy, &out).await?;
        }
        Ok(())
    }

    /// A page of a list as anyone may see it now; with no sprint to list any more, the
    /// neutral line.
    async fn public_page(
        &self,
        order: ListOrder,
        page: i64,
        locale: Locale,
    ) -> Result<Outgoing, crowdsprint_core::Error> {
        match self.core.public_page(order, page).await {
            Ok(page) => Ok(self.idea_page(&page, order, locale)),
            Err(crowdsprint_core::Error::User(_)) => Ok(self.withdrawn(locale)),
            Err(other) => Err(other),
        }
    }

    /// Edits one copy; a message gone from the group is forgotten. A page now showing other
    /// ideas follows those instead.
    async fn edit_copy(
        &self,
        copy: &PublishedCopy,
        out: &Outgoing,
    ) -> Result<(), crowdsprint_core::Error> {
        let (Ok(chat), Ok(message)) = (copy.chat.parse::<i64>(), copy.message.parse::<i32>())
        else {
            return self.core.forget_copy(copy).await;
        };
        let sent = self
            .sender
            .redraw(&self.codec, ChatId(chat), MessageId(message), out)
            .await;
        if let (Ok(()), Some(shown)) = (&sent, &out.shows)
            && matches!(shown.what, CopyShows::Page { .. })
        {
            self.core
                .record_shown(copy.platform, &copy.chat, &copy.message, shown)
                .await?;
        }
        if let Err(error) = sent {
            use teloxide::{ApiError, RequestError};
            match error {
                super::send::SendError::Failed(RequestError::Api(
                    ApiError::MessageToEditNotFound | ApiError::MessageCantBeEdited,
                ))
                | super::send::SendError::Unreachable => self.core.forget_copy(copy).await?,
                other => tracing::warn!(error = %other, "could not redraw a card in a group"),
            }
        }
        Ok(())
    }

    /// The card as announced in a group: counts, no personal state, one message at most.
    fn announcement(&self, view: &IdeaView, locale: Locale) -> Outgoing {
        let r = self.html(locale);
        let mut state = CardState::of(view);
        state.supported = false;
        state.following = false;
        let html = format!(
            "<b>{}</b>\n{}",
            r.msg(&Msg::new("announce-heading")),
            r.idea_card(view)
        );
        Outgoing::with(
            r.public_card(view.idea.id, &html),
            self.keys(locale).idea_card(state),
        )
        .card_of(view.idea.id, locale)
    }

    /// What a card becomes when its idea is no longer public: one neutral line, no buttons.
    fn withdrawn(&self, locale: Locale) -> Outgoing {
        Outgoing::text(self.html(locale).msg(&Msg::new("chat-withdrawn")))
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
