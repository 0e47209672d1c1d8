//! Sending to Telegram within its limits. Each chat has its own pace (about a message a second
//! in private, 20 a minute in a group) on top of about 30 a second overall, and a 429's
//! `retry_after` is waited out by the chat that got it: updates from one chat are handled in
//! order, so that chat waits and nobody else does. Nothing is dropped on a 429. A 403 (the
//! person blocked the bot) marks them unreachable instead of failing loudly.

use crate::keyboard::{InlineKeyboard, Press};
use crate::{CallbackCodec, html};
use crowdsprint_core::Core;
use crowdsprint_core::domain::{IdeaId, Identity, Locale, Platform};
use crowdsprint_core::limits::Pace;
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
    /// The idea this message is a card of, and its language: sent to a group, it is
    /// recorded as a public copy, so hiding or erasing can redraw it later.
    pub card_of: Option<(IdeaId, Locale)>,
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
            card_of: None,
        }
    }

    /// Marks this message as a card of `idea`, drawn in `locale`.
    #[must_use]
    pub fn card_of(mut self, idea: IdeaId, locale: Locale) -> Outgoing {
        self.card_of = Some((idea, locale));
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

/// What a send does when Telegram answers 429 "retry after N".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnRateLimit {
    /// Waits N seconds and tries again (someone is waiting for this answer).
    Wait,
    /// Returns the error at once (the delivery queue tries again later).
    HandBack,
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
    /// The overall pace, messages a second.
    pub per_second: u32,
    core: Core,
    overall: Pace,
    private: DefaultKeyedRateLimiter<i64>,
    groups: DefaultKeyedRateLimiter<i64>,
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
    /// A sender that keeps to `per_second` messages overall, 1 a second per private chat
    /// (bursts of 3) and 20 a minute per group.
    pub fn new(bot: Bot, core: Core, per_second: u32) -> Sender {
        let n = |n: u32| NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        Sender {
            inner: Arc::new(Inner {
                bot,
                per_second,
                core,
                // At most a second's worth (and never more than 30) at once: a fast bot that
                // let a whole second's allowance out in one burst would be told to wait.
                overall: Pace::new(per_second, per_second.min(30)),
                private: RateLimiter::keyed(Quota::per_second(n(1)).allow_burst(n(3))),
                groups: RateLimiter::keyed(Quota::per_minute(n(20)).allow_burst(n(20))),
                redraws: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Waits for this chat's turn (and everyone's).
    async fn pace(&self, chat: ChatId) {
        if chat.is_user() {
            self.private.until_key_ready(&chat.0).await;
        } else {
            self.groups.until_key_ready(&chat.0).await;
        }
        self.overall.until_ready().await;
    }

    /// Sends `out` to `chat` (in `thread` of a forum), split where it is too long; the buttons
    /// go with the last part. Returns the id of the last message sent. A 429 is waited out.
    pub async fn send(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        thread: Option<ThreadId>,
        out: &Outgoing,
    ) -> Result<MessageId, SendError> {
        self.send_parts(codec, chat, thread, out, OnRateLimit::Wait)
            .await
    }

    /// Sends a queued delivery: like `send`, but a 429 before anything was sent is handed
    /// back (`SendError::Failed(RetryAfter)`) for the queue to try later, so one refused
    /// message does not hold up the rest of its worker's batch.
    pub async fn deliver(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        out: &Outgoing,
    ) -> Result<MessageId, SendError> {
        self.send_parts(codec, chat, None, out, OnRateLimit::HandBack)
            .await
    }

    async fn send_parts(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        thread: Option<ThreadId>,
        out: &Outgoing,
        on_rate_limit: OnRateLimit,
    ) -> Result<MessageId, SendError> {
        let parts = html::split_message(&out.html);
        let last = parts.len().saturating_sub(1);
        let mut sent = None;
        for (n, part) in parts.iter().enumerate() {
            let markup =
                (n == last && !out.keyboard.is_empty()).then(|| markup(codec, &out.keyboard));
            // Once a part is out, the rest wait their turn: handing back then would send the
            // first part twice.
            let on_rate_limit = if n == 0 {
                on_rate_limit
            } else {
                OnRateLimit::Wait
            };
            let message = self
                .retrying(chat, on_rate_limit, || {
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

    /// Replaces a message's text and buttons (a card after a change, a page of a list).
    pub async fn edit(
        &self,
        codec: &CallbackCodec,
        chat: ChatId,
        message: MessageId,
        out: &Outgoing,
    ) -> Result<(), SendError> {
        let text = html::split_message(&out.html)
            .into_iter()
            .next()
            .unwrap_or_default();
        let markup = markup(codec, &out.keyboard);
        let result = self
            .retrying(chat, OnRateLimit::Wait, || {
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
            self.pace(chat).await;
            let sent = self
                .bot
                .edit_message_reply_markup(chat, message)
                .reply_markup(markup.clone())
                .send()
                .await;
            match sent {
                Err(RequestError::RetryAfter(wait)) if retries < MAX_RETRIES => {
                    retries += 1;
                    tokio::time::sleep(wait.duration()).await;
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
        self.retrying(chat, OnRateLimit::Wait, || {
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

    /// Runs a request at this chat's pace, waiting out 429s; a 403 marks a private chat's
    /// person unreachable.
    async fn retrying<Req>(
        &self,
        chat: ChatId,
        on_rate_limit: OnRateLimit,
        make: impl Fn() -> Req,
    ) -> Result<<Req::Payload as teloxide::requests::Payload>::Output, SendError>
    where
        Req: teloxide::requests::Request<Err = RequestError>,
    {
        let mut attempt = 0;
        loop {
            self.pace(chat).await;
            match make().send().await {
                Ok(output) => return Ok(output),
                Err(RequestError::RetryAfter(wait))
                    if attempt < MAX_RETRIES && on_rate_limit == OnRateLimit::Wait =>
                {
                    attempt += 1;
                    tracing::info!(
                        chat = chat.0,
                        wait_secs = wait.seconds(),
                        "Telegram asked us to slow down"
                    );
                    tokio::time::sleep(wait.duration()).await;
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
