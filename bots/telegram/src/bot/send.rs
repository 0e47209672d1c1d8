//! Sending to Telegram within its limits. Each chat has its own pace (about a message a second
//! in private, 20 in any minute in a group). Bulk messages (announcements, notifications,
//! digests, redrawn cards) also keep the bot's one shared pace (`limits::Pace`: 29 a second
//! over every worker and replica); answers to people go at once, within their chat's pace:
//! Telegram's 30 a second is for broadcasts. A 429's `retry_after` holds everything the bot
//! sends, answers included, as Telegram means it to; the refused message goes first when the
//! pause ends, and nothing is dropped. A 403 (the person blocked the bot) marks them
//! unreachable instead of failing loudly.

use crate::keyboard::{InlineKeyboard, Press};
use crate::{CallbackCodec, html};
use crowdsprint_core::Core;
use crowdsprint_core::domain::{IdeaId, Identity, ListOrder, Locale, Platform, ShownIdeas};
use crowdsprint_core::limits::{ChatWindows, Pace};
use crowdsprint_core::service::IdeaPage;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use teloxide::payloads::{EditMessageTextSetters, SendMessageSetters};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ParseMode, ThreadId};
use teloxide::{ApiError, RequestError};

/// A message to send: HTML (escaped already) and its buttons.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outgoing {
    pub html: String,
    pub keyboard: InlineKeyboard,
    /// The ideas this message shows, what as, and its language: sent to a group, it is
    /// recorded as a public copy of each, so hiding or erasing any of them can redraw it.
    pub shows: Option<ShownIdeas>,
}

impl Outgoing {
    pub fn text(html: impl Into<String>) -> Outgoing {
        Outgoing {
            html: html.into(),
            ..Outgoing::default()
        }
    }

    pub fn with(html: impl Into<String>, keyboard: InlineKeyboard) -> Outgoing {
        Outgoing {
            html: html.into(),
            keyboard,
            shows: None,
        }
    }

    /// Marks this message as a card of `idea`, drawn in `locale`.
    #[must_use]
    pub fn card_of(mut self, idea: IdeaId, locale: Locale) -> Outgoing {
        self.shows = Some(ShownIdeas::card(idea, locale));
        self
    }

    /// Marks this message as `page` of the `order` list, drawn in `locale`.
    #[must_use]
    pub fn page_of(mut self, page: &IdeaPage, order: ListOrder, locale: Locale) -> Outgoing {
        self.shows = page.shown(order, locale);
        self
    }
}

/// Why a send did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The chat cannot receive messages from the bot (blocked, left, deleted).
    #[error("the chat cannot be reached")]
    Unreachable,
    #[error("Telegram refused the request: {0}")]
    Failed(#[from] RequestError),
}

/// Whom a message is for, which decides the pace it keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lane {
    /// An answer to something a person just did: goes at once, within their chat's pace.
    Reply,
    /// Sent on the bot's own initiative to many chats: keeps the bot's bulk pace too.
    Bulk,
}

/// How many times one message is retried after a 429 before giving up on it.
const MAX_RETRIES: u32 = 5;

/// Paced sending. Cheap to clone: clones share the pace.
#[derive(Clone)]
pub(crate) struct Sender {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    bot: Bot,
    /// The bulk pace, messages a second.
    pub per_second: u32,
    core: Core,
    /// The bot's bulk pace and pauses, shared with every replica.
    pace: Pace,
    private: DefaultKeyedRateLimiter<i64>,
    groups: ChatWindows<i64>,
    /// Button redraws waiting for their chat's turn, by (chat, message): only the latest
    /// state of a card is sent, however many taps came in meanwhile.
    redraws: Mutex<HashMap<(i64, i32), InlineKeyboardMarkup>>,
}

impl std::ops::Deref for Sender {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.inner
    }
}

impl Sender {
    /// A sender that keeps to `per_second` bulk messages overall, 1 a second per private chat
    /// (bursts of 3) and 20 in any minute per group.
    pub fn new(bot: Bot, core: Core, per_second: u32) -> Sender {
        let n = |n: u32| NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        // The pace is the bot's, not the process's: keyed by the bot's id, the public part of
        // its token before the colon.
        let bot_id = bot.token().split(':').next().unwrap_or_default();
        let pace = Pace::shared(core.clone(), format!("telegram:{bot_id}"), per_second);
        Sender {
            inner: Arc::new(Inner {
                bot,
                per_second,
                core,
                pace,
                private: RateLimiter::keyed(Quota::per_second(n(1)).allow_burst(n(3))),
                groups: ChatWindows::new(20, Duration::from_secs(60)),
                redraws: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Waits for this chat's turn, and for the bot's bulk pace when it is bulk.
    async fn pace(&self, chat: ChatId, lane: Lane) {
        if chat.is_user() {
            self.private.until_key_ready(&chat.0).await;
        } else {
            self.groups.until_ready(&chat.0).await;
        }
        match lane {
            Lane::Reply => self.pace.reply().await,
            Lane::Bulk => self.pace.bulk().await,
        }
    }

    /// Waits to send again what Telegram refused with a 429: after the pause, ahead of the
    /// bulk queue (its chat's turn was already taken).
    async fn pace_again(&self, lane: Lane) {
        match lane {
            Lane::Reply => self.pace.reply().await,
            Lane::Bulk => self.pace.again().await,
        }
    }

    /// Holds everything the bot sends for `wait`, here and on every replica.
    async fn slow_down(&self, chat: ChatId, wait: Duration) {
        tracing::info!(
            chat = chat.0,
            wait_secs = wait.as_secs(),
            "Telegram asked us to slow down; every send waits"
        );
        self.pace.pause(wait).await;
    }

    /// Answers a person: sends `out` to `chat` (in `thread` of a forum), split where it is too
    /// long; the buttons go with the last part. Returns the id of the last message sent. A 429
    /// is waited out.
    pub async fn send(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        thread: Option<ThreadId>,
        out: &Outgoing,
    ) -> Result<MessageId, SendError> {
        self.send_parts(codec, chat, thread, out, Lane::Reply).await
    }

    /// Like `send`, at the bot's bulk pace: for what the bot posts on its own (a group card).
    pub async fn broadcast(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        thread: Option<ThreadId>,
        out: &Outgoing,
    ) -> Result<MessageId, SendError> {
        self.send_parts(codec, chat, thread, out, Lane::Bulk).await
    }

    /// Sends a queued delivery at the bulk pace. After several 429s in a row the last is
    /// handed back (`SendError::Failed(RetryAfter)`) for the queue to try later.
    pub async fn deliver(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        out: &Outgoing,
    ) -> Result<MessageId, SendError> {
        self.send_parts(codec, chat, None, out, Lane::Bulk).await
    }

    async fn send_parts(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        thread: Option<ThreadId>,
        out: &Outgoing,
        lane: Lane,
    ) -> Result<MessageId, SendError> {
        let parts = html::split_message(&out.html);
        let last = parts.len().saturating_sub(1);
        let mut sent = None;
        for (n, part) in parts.iter().enumerate() {
            let markup =
                (n == last && !out.keyboard.is_empty()).then(|| markup(codec, &out.keyboard));
            let message = self
                .retrying(chat, lane, || {
                    let mut request = self
                        .bot
                        .send_message(chat, part.clone())
                        .parse_mode(ParseMode::Html);
                    if let Some(thread) = thread {
                        request = request.message_thread_id(thread);
                    }
                    if let Some(markup) = &markup {
                        request = request.reply_markup(markup.clone());
                    }
                    request
                })
                .await?;
            sent = Some(message.id);
        }
        sent.ok_or(SendError::Failed(RequestError::Api(
            ApiError::MessageTextIsEmpty,
        )))
    }

    /// Replaces a message's text and buttons (a page of a list, after a tap).
    pub async fn edit(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        message: MessageId,
        out: &Outgoing,
    ) -> Result<(), SendError> {
        self.edit_in(codec, chat, message, out, Lane::Reply).await
    }

    /// Like `edit`, at the bulk pace: a card redrawn because its idea changed.
    pub async fn redraw(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        message: MessageId,
        out: &Outgoing,
    ) -> Result<(), SendError> {
        self.edit_in(codec, chat, message, out, Lane::Bulk).await
    }

    async fn edit_in(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        message: MessageId,
        out: &Outgoing,
        lane: Lane,
    ) -> Result<(), SendError> {
        let text = html::split_message(&out.html)
            .into_iter()
            .next()
            .unwrap_or_default();
        let markup = markup(codec, &out.keyboard);
        let result = self
            .retrying(chat, lane, || {
                self.bot
                    .edit_message_text(chat, message, text.clone())
                    .parse_mode(ParseMode::Html)
                    .reply_markup(markup.clone())
            })
            .await;
        ignore_unchanged(result)
    }

    /// Redraws a message's buttons (after a vote: the count lives on the button) when the
    /// chat's pace allows, without holding up the person's next tap. Taps that come in
    /// meanwhile replace the pending state, so the card ends showing the latest.
    pub fn redraw_buttons(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        message: MessageId,
        keyboard: &InlineKeyboard,
    ) {
        let key = (chat.0, message.0);
        let already_pending = match self.redraws.lock() {
            Ok(mut pending) => pending.insert(key, markup(codec, keyboard)).is_some(),
            Err(_) => return,
        };
        if already_pending {
            return;
        }
        let this = self.clone();
        tokio::spawn(async move { this.drain_redraw(chat, message).await });
    }

    async fn drain_redraw(&self, chat: ChatId, message: MessageId) {
        let key = (chat.0, message.0);
        let latest = || self.redraws.lock().ok().and_then(|p| p.get(&key).cloned());
        let mut retries = 0;
        while let Some(markup) = latest() {
            if retries == 0 {
                self.pace(chat, Lane::Reply).await;
            } else {
                self.pace_again(Lane::Reply).await;
            }
            let sent = self
                .bot
                .edit_message_reply_markup(chat, message)
                .reply_markup(markup.clone())
                .send()
                .await;
            match sent {
                Err(RequestError::RetryAfter(wait)) if retries < MAX_RETRIES => {
                    retries += 1;
                    self.slow_down(chat, wait.duration()).await;
                    continue;
                }
                Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => {}
                Err(error) => tracing::warn!(%error, "could not redraw a card's buttons"),
            }
            // Done unless a newer state arrived while this one was on its way.
            if let Ok(mut pending) = self.redraws.lock()
                && pending.get(&key) == Some(&markup)
            {
                pending.remove(&key);
            }
        }
    }

    /// Sends a file as a document.
    pub async fn document(
        &self,
        chat: ChatId,
        thread: Option<ThreadId>,
        name: String,
        bytes: Vec<u8>,
        caption: String,
    ) -> Result<(), SendError> {
        self.retrying(chat, Lane::Reply, || {
            let file = teloxide::types::InputFile::memory(bytes.clone()).file_name(name.clone());
            let mut request = self
                .bot
                .send_document(chat, file)
                .caption(caption.clone())
                .parse_mode(ParseMode::Html);
            if let Some(thread) = thread {
                request = request.message_thread_id(thread);
            }
            request
        })
        .await
        .map(drop)
    }

    /// Runs a request at this chat's pace (and the bulk pace for bulk), holding the whole bot
    /// for a 429's `retry_after` and then trying again first; a 403 marks a private chat's
    /// person unreachable.
    async fn retrying<Req>(
        &self,
        chat: ChatId,
        lane: Lane,
        make: impl Fn() -> Req,
    ) -> Result<<Req::Payload as teloxide::requests::Payload>::Output, SendError>
    where
        Req: teloxide::requests::Request<Err = RequestError>,
    {
        let mut attempt = 0;
        let mut refused = false;
        loop {
            if refused {
                self.pace_again(lane).await;
            } else {
                self.pace(chat, lane).await;
            }
            refused = false;
            match make().send().await {
                Ok(output) => return Ok(output),
                Err(RequestError::RetryAfter(wait)) => {
                    self.slow_down(chat, wait.duration()).await;
                    if attempt >= MAX_RETRIES {
                        return Err(SendError::Failed(RequestError::RetryAfter(wait)));
                    }
                    attempt += 1;
                    refused = true;
                }
                Err(RequestError::Api(error)) if is_unreachable(&error) => {
                    if chat.is_user() {
                        let identity = Identity::new(Platform::Telegram, chat.0.to_string());
                        if let Err(error) = self.core.mark_unreachable(&identity).await {
                            tracing::error!(%error, "could not record an unreachable chat");
                        }
                    }
                    return Err(SendError::Unreachable);
                }
                Err(RequestError::Network(error)) if attempt < MAX_RETRIES => {
                    attempt += 1;
                    tracing::warn!(%error, "network error talking to Telegram; retrying");
                    tokio::time::sleep(Duration::from_millis(250 << attempt)).await;
                }
                Err(error) => return Err(SendError::Failed(error)),
            }
        }
    }
}

/// Errors that mean this chat will not get messages from the bot, however often we try.
fn is_unreachable(error: &ApiError) -> bool {
    matches!(
        error,
        ApiError::BotBlocked
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
    )
}

/// "message is not modified" is success: the buttons already show what they should.
fn ignore_unchanged<T>(result: Result<T, SendError>) -> Result<(), SendError> {
    match result {
        Ok(_) => Ok(()),
        Err(SendError::Failed(RequestError::Api(ApiError::MessageNotModified))) => Ok(()),
        Err(error) => Err(error),
    }
}

/// Our plain keyboard as teloxide's, each action signed into its `callback_data`.
pub(crate) fn markup(codec: &CallbackCodec, keyboard: &InlineKeyboard) -> InlineKeyboardMarkup {
    let rows = keyboard.rows.iter().map(|row| {
        row.iter()
            .filter_map(|button| match &button.press {
                Press::Callback(action) => Some(InlineKeyboardButton::callback(
                    button.label.clone(),
                    codec.encode(action),
                )),
                Press::Url(url) => url
                    .parse()
                    .ok()
                    .map(|url| InlineKeyboardButton::url(button.label.clone(), url)),
            })
            .collect::<Vec<_>>()
    });
    InlineKeyboardMarkup::new(rows)
}
