//! The bot's shared state, and the first step for every update: who is this, in which chat,
//! and which handler takes it. Failures end here: a user error becomes a localised answer, an
//! internal one an apology with a reference to find it in the logs.

use super::send::Sender;
use crate::{CallbackCodec, HtmlRenderer, Keyboards};
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::metrics::{self, Handled};
use crowdsprint_core::{Core, Error};
use std::sync::Arc;
use teloxide::Bot;
use teloxide::types::{ChatId, ThreadId, Update, UpdateKind, User};

/// Everything the handlers share. One per bot.
pub(crate) struct App {
    pub core: Core,
    pub catalog: Arc<Catalog>,
    pub bot: Bot,
    pub codec: CallbackCodec,
    /// The bot's @username, for links into a private chat.
    pub username: String,
    /// This process's name when it claims broadcast jobs (a lease holder).
    pub follower_owner: String,
    pub sender: Sender,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never derive: teloxide's `Bot` prints its token.
        f.debug_struct("App")
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

/// Who sent an update, where, and in which language to answer.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub chat: ChatId,
    /// The forum topic the message came from, to answer in the same topic.
    pub thread: Option<ThreadId>,
    pub private: bool,
    pub user: User,
    pub identity: Identity,
    pub actor: Option<Actor>,
}

impl Ctx {
    /// The member's language, else the one their Telegram app uses, else English.
    pub fn locale(&self) -> Locale {
        self.actor
            .as_ref()
            .map(Actor::locale)
            .or_else(|| {
                self.user
                    .language_code
                    .as_deref()
                    .and_then(Locale::negotiate)
            })
            .unwrap_or(Locale::EnGb)
    }

    pub fn first_name(&self) -> &str {
        &self.user.first_name
    }
}

impl App {
    pub fn new(
        core: Core,
        catalog: Arc<Catalog>,
        bot: Bot,
        codec: CallbackCodec,
        username: String,
        per_second: u32,
    ) -> App {
        App {
            sender: Sender::new(bot.clone(), core.clone(), per_second),
            core,
            catalog,
            bot,
            codec,
            username,
            follower_owner: format!("telegram-{:08x}", rand::random::<u32>()),
        }
    }

    /// Handles one update. Never fails and never panics on what people send.
    pub async fn handle(self: Arc<Self>, update: Update) {
        metrics::handling(Platform::Telegram, self.handle_kind(update)).await;
    }

    async fn handle_kind(self: Arc<Self>, update: Update) {
        let update_id = update.id.0;
        match update.kind {
            UpdateKind::Message(message) => self.on_message(message).await,
            UpdateKind::CallbackQuery(query) => self.on_callback(query).await,
            UpdateKind::MyChatMember(change) if change.chat.is_private() => {
                // They blocked (or unblocked) the bot from their private chat.
                let identity = identity_of(&change.from);
                let blocked =
                    change.new_chat_member.is_banned() || change.new_chat_member.is_left();
                let result = if blocked {
                    self.core.mark_unreachable(&identity).await
                } else {
                    self.core.mark_reachable(&identity).await
                };
                if let Err(error) = result {
                    tracing::error!(%error, "could not record reachability");
                }
            }
            other => {
                tracing::debug!(update_id, kind = ?std::mem::discriminant(&other), "update ignored")
            }
        }
    }

    /// Builds the context for an update from `user` in `chat`.
    pub async fn context(
        &self,
        chat: ChatId,
        thread: Option<ThreadId>,
        private: bool,
        user: User,
    ) -> Result<Ctx, Error> {
        let identity = identity_of(&user);
        let actor = self.core.actor_for(&identity).await?;
        Ok(Ctx {
            chat,
            thread,
            private,
            user,
            identity,
            actor,
        })
    }

    /// Reads the member again (after registration or `/language`).
    pub async fn refresh(&self, ctx: &mut Ctx) {
        if let Ok(actor) = self.core.actor_for(&ctx.identity).await {
            ctx.actor = actor;
        }
    }

    pub fn html(&self, locale: Locale) -> HtmlRenderer<'_> {
        HtmlRenderer {
            catalog: &self.catalog,
            locale,
        }
    }

    pub fn keys(&self, locale: Locale) -> Keyboards<'_> {
        Keyboards {
            catalog: &self.catalog,
            locale,
            web: self.core.settings().public_url.as_ref(),
        }
    }

    /// The answer to a failed request: user errors explained, internal ones logged with a
    /// reference the person can quote.
    pub fn failure_text(&self, locale: Locale, error: &Error) -> String {
        let r = self.html(locale);
        match error {
            Error::User(user) => {
                metrics::mark(Handled::Refused);
                r.user_error(user)
            }
            other => {
                metrics::mark(Handled::Failed);
                let reference = format!("{:08x}", rand::random::<u32>());
                tracing::error!(%reference, error = %other, source = ?std::error::Error::source(other), "request failed");
                r.internal_error(&reference)
            }
        }
    }

    /// A link that opens a private chat with the bot.
    pub fn private_link(&self, start: Option<&str>) -> String {
        match start {
            Some(payload) => format!("https://t.me/{}?start={payload}", self.username),
            None => format!("https://t.me/{}", self.username),
        }
    }
}

/// The core identity of a Telegram user: `telegram:<user id>`.
pub(crate) fn identity_of(user: &User) -> Identity {
    Identity::new(Platform::Telegram, user.id.0.to_string())
}
