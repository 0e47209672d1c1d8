//! A fake Telegram Bot API server for end-to-end tests: real HTTP on 127.0.0.1, answering the
//! real teloxide client (`Bot::new(FakeTelegram::TOKEN).set_api_url(fake.url().parse()?)`).
//!
//! It serves pushed updates to `getUpdates`, records every call, checks what Telegram checks
//! (text length, HTML / MarkdownV2 entities, inline keyboards, chats the bot may talk to), keeps
//! each chat's messages as a person would see them (edits applied, deletions removed), and can
//! answer 429 or 403 on demand or by rate limits. It never answers 5xx: teloxide sleeps 10 s on
//! those.
//!
//! ```text
//! let telegram = FakeTelegram::start().await;
//! let bot = Bot::new(FakeTelegram::TOKEN).set_api_url(telegram.url().parse().unwrap());
//! telegram.push_message(42, 42, "/start", Some("cy"));
//! // ... run the bot ...
//! let reply = telegram.wait_for_message(42, 0, Duration::from_secs(5)).await.unwrap();
//! assert!(reply.visible_text.contains("Croeso"));
//! ```

mod bot_methods;
mod calls;
mod chats;
mod failure;
mod format;
mod html;
mod keyboard;
pub(crate) mod limits;
mod markdown;
mod messages;
mod params;
mod polling;
mod send;
mod server;
mod state;
mod updates;

pub use calls::Call;
pub use chats::ChatKind;
pub use failure::{ApiError, Failure};
pub use keyboard::{Button, MAX_BUTTONS, MAX_CALLBACK_DATA};
pub use limits::{Limits, Rate, Window};
pub use messages::SentMessage;
pub use params::UploadedFile;
pub use polling::LONG_POLL_CAP;
pub use send::{MAX_CAPTION, MAX_TEXT};
pub use server::METHODS;
pub use state::{CallbackAnswer, Webhook};
pub use updates::Pushed;

use chats::GroupInfo;
use serde_json::{Value, json};
use state::Shared;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// A running fake Bot API. Clones share one server, which stops when the last clone is dropped.
#[derive(Debug, Clone)]
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: Arc<crate::local_server::ServerTask>,
}

impl FakeTelegram {
    /// The token the fake accepts; the bot's id is the number before the colon.
    pub const TOKEN: &'static str = "7000000001:AAFakeTelegramTokenForCrowdsprintTests";

    /// Starts a fake on 127.0.0.1 (a free port) with no rate limits.
    pub async fn start() -> FakeTelegram {
        FakeTelegram::start_with(Limits::default()).await
    }

    /// Starts a fake that enforces `limits`.
    pub async fn start_with(limits: Limits) -> FakeTelegram {
        let shared = Arc::new(Shared::new(FakeTelegram::TOKEN.to_owned(), limits));
        let (addr, server) =
            crate::local_server::serve(server::router(shared.clone()), "the fake Telegram server")
                .await;
        FakeTelegram {
            shared,
            addr,
            server,
        }
    }

    /// The API URL to give the client (`Bot::set_api_url`, `TELOXIDE_API_URL`), no trailing
    /// slash: requests go to `{url}/bot{TOKEN}/{method}`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// The bot's own user id (`getMe`).
    pub fn bot_id(&self) -> i64 {
        self.shared.bot.id
    }

    pub fn bot_username(&self) -> &str {
        &self.shared.bot.username
    }

    // ----- the record of calls -----

    /// Every answered call so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// The calls to one method (case-insensitive: "sendMessage", "SendMessage").
    pub fn calls_to(&self, method: &str) -> Vec<Call> {
        let inner = self.shared.lock();
        inner
            .calls
            .iter()
            .filter(|call| call.is(method))
            .cloned()
            .collect()
    }

    /// How many calls to `method` succeeded, counted in place (no copies): cheap enough to
    /// poll while a benchmark runs.
    pub fn successes(&self, method: &str) -> usize {
        let inner = self.shared.lock();
        inner
            .calls
            .iter()
            .filter(|call| call.is(method) && call.is_ok())
            .count()
    }

    /// A mark for "calls from now on" (the number of calls recorded so far).
    pub fn mark(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// The calls recorded since `mark`.
    pub fn calls_since(&self, mark: usize) -> Vec<Call> {
        let inner = self.shared.lock();
        inner.calls.iter().skip(mark).cloned().collect()
    }

    /// Waits until some recorded call (earlier ones included) matches, or `timeout` passes.
    pub async fn wait_for(
        &self,
        predicate: impl Fn(&Call) -> bool,
        timeout: Duration,
    ) -> Option<Call> {
        self.wait_for_since(0, predicate, timeout).await
    }

    /// Waits until a call recorded since `mark` matches, or `timeout` passes.
    pub async fn wait_for_since(
        &self,
        mark: usize,
        predicate: impl Fn(&Call) -> bool,
        timeout: Duration,
    ) -> Option<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.calls_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let inner = self.shared.lock();
                if let Some(call) = inner.calls.iter().skip(mark).find(|call| predicate(call)) {
                    return Some(call.clone());
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    /// Waits for a message the bot successfully sends to `chat_id` after `mark`, and returns it
    /// as it stands now.
    pub async fn wait_for_message(
        &self,
        chat_id: i64,
        mark: usize,
        timeout: Duration,
    ) -> Option<SentMessage> {
        let call = self
            .wait_for_since(
                mark,
                |call| {
                    (call.is("sendMessage") || call.is("sendDocument"))
                        && call.is_ok()
                        && call.chat_id() == Some(chat_id)
                },
                timeout,
            )
            .await?;
        self.message(chat_id, call.message_id()?)
    }

    // ----- people and chats -----

    /// Names a user (otherwise "User <id>") and sets their language; their private chat exists
    /// from now on, so the bot may write to them.
    pub fn add_user(
        &self,
        user_id: i64,
        first_name: &str,
        username: Option<&str>,
        language_code: Option<&str>,
    ) {
        let mut inner = self.shared.lock();
        let user = inner.user(user_id);
        user.first_name = first_name.to_owned();
        user.username = username.map(str::to_owned);
        user.language_code = language_code.map(str::to_owned);
    }

    /// Adds a group (a supergroup if the id is `-100…`).
    pub fn add_group(&self, chat_id: i64, title: &str) {
        assert!(chat_id < 0, "group ids are negative");
        let kind = ChatKind::from_id(chat_id);
        self.add_chat(chat_id, kind, title);
    }

    /// Adds a supergroup with topics; messages in it carry `message_thread_id`.
    pub fn add_forum(&self, chat_id: i64, title: &str) {
        assert!(chat_id < 0, "group ids are negative");
        self.add_chat(chat_id, ChatKind::Forum, title);
    }

    fn add_chat(&self, chat_id: i64, kind: ChatKind, title: &str) {
        let group = GroupInfo {
            kind,
            title: title.to_owned(),
        };
        self.shared.lock().groups.insert(chat_id, group);
    }

    /// Sets what `getChatMember` says of a user (or the bot) in a chat: "creator",
    /// "administrator", "member" (the default), "restricted", "left" or "kicked".
    pub fn set_member_status(&self, chat_id: i64, user_id: i64, status: &str) {
        let mut inner = self.shared.lock();
        inner.members.insert((chat_id, user_id), status.to_owned());
    }

    /// Sends that came while a 429's `retry_after` was still pending: a bot that keeps
    /// Telegram's rules makes none.
    pub fn early_sends(&self) -> usize {
        self.shared.lock().limiter.early_sends
    }

    // ----- updates for the bot -----

    /// Queues any update (its `update_id` is assigned) and returns the id.
    pub fn push_update(&self, update: Value) -> i64 {
        let id = self.shared.lock().queue(update);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// A text message from `user_id` in `chat_id` (private when equal; a negative id is a group).
    pub fn push_message(
        &self,
        chat_id: i64,
        user_id: i64,
        text: &str,
        language_code: Option<&str>,
    ) -> Pushed {
        self.push_text(chat_id, user_id, text, language_code, None)
    }

    /// A text message in a group (created if unknown).
    pub fn push_group_message(
        &self,
        chat_id: i64,
        user_id: i64,
        text: &str,
        language_code: Option<&str>,
    ) -> Pushed {
        assert!(chat_id < 0, "group ids are negative");
        self.push_text(chat_id, user_id, text, language_code, None)
    }

    /// A text message in a forum topic (the forum is created if unknown).
    pub fn push_topic_message(
        &self,
        chat_id: i64,
        thread_id: i64,
        user_id: i64,
        text: &str,
        language_code: Option<&str>,
    ) -> Pushed {
        assert!(chat_id < 0, "group ids are negative");
        {
            let mut inner = self.shared.lock();
            inner.groups.entry(chat_id).or_insert_with(|| GroupInfo {
                kind: ChatKind::Forum,
                title: format!("Forum {chat_id}"),
            });
        }
        self.push_text(chat_id, user_id, text, language_code, Some(thread_id))
    }

    fn push_text(
        &self,
        chat_id: i64,
        user_id: i64,
        text: &str,
        language_code: Option<&str>,
        thread_id: Option<i64>,
    ) -> Pushed {
        let pushed = {
            let mut inner = self.shared.lock();
            let (message, message_id) =
                updates::user_message(&mut inner, chat_id, user_id, text, language_code, thread_id);
            let update_id = inner.queue(json!({ "message": message }));
            Pushed {
                update_id,
                message_id: Some(message_id),
                callback_query_id: None,
            }
        };
        self.shared.updates_changed.notify_waiters();
        pushed
    }

    /// A press of an inline button with `data` on the bot's message `message_id`.
    pub fn push_callback(&self, chat_id: i64, user_id: i64, message_id: i32, data: &str) -> Pushed {
        let pushed = {
            let mut inner = self.shared.lock();
            let (query, id) =
                updates::callback_query(&mut inner, chat_id, user_id, message_id, data);
            let update_id = inner.queue(json!({ "callback_query": query }));
            Pushed {
                update_id,
                message_id: Some(message_id),
                callback_query_id: Some(id),
            }
        };
        self.shared.updates_changed.notify_waiters();
        pushed
    }

    /// `my_chat_member`: `by_user_id` added the bot to a group (created if unknown).
    pub fn push_bot_added(&self, chat_id: i64, by_user_id: i64) -> Pushed {
        self.push_bot_status(chat_id, by_user_id, "left", "member")
    }

    /// `my_chat_member`: the user blocked the bot in their private chat; from now on sends to
    /// that chat get 403.
    pub fn push_bot_blocked(&self, user_id: i64) -> Pushed {
        self.block_chat(user_id);
        self.push_bot_status(user_id, user_id, "member", "kicked")
    }

    fn push_bot_status(&self, chat_id: i64, by_user_id: i64, old: &str, new: &str) -> Pushed {
        let pushed = {
            let mut inner = self.shared.lock();
            let change = updates::bot_status_change(
                &mut inner,
                &self.shared.bot,
                chat_id,
                by_user_id,
                old,
                new,
            );
            let update_id = inner.queue(json!({ "my_chat_member": change }));
            Pushed {
                update_id,
                message_id: None,
                callback_query_id: None,
            }
        };
        self.shared.updates_changed.notify_waiters();
        pushed
    }

    /// The update a webhook would be sent for a text message, numbered and stored in the chat
    /// like a pushed one but not queued for `getUpdates` (for webhook tests). Post it as text
    /// (`update.to_string()`): teloxide's `Update` reads back as `UpdateKind::Error` through
    /// `serde_json::from_value`, though fine from a string.
    pub fn message_update(
        &self,
        chat_id: i64,
        user_id: i64,
        text: &str,
        language_code: Option<&str>,
    ) -> Value {
        let mut inner = self.shared.lock();
        let (message, _) =
            updates::user_message(&mut inner, chat_id, user_id, text, language_code, None);
        inner.number(json!({ "message": message }))
    }

    /// The update a webhook would be sent for a button press, not queued for `getUpdates`; the
    /// query can be answered like a pushed one.
    pub fn callback_update(
        &self,
        chat_id: i64,
        user_id: i64,
        message_id: i32,
        data: &str,
    ) -> Value {
        let mut inner = self.shared.lock();
        let (query, _) = updates::callback_query(&mut inner, chat_id, user_id, message_id, data);
        inner.number(json!({ "callback_query": query }))
    }

    /// Updates queued and not yet confirmed by the bot (a later `offset`).
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().updates.len()
    }

    // ----- failures -----

    /// The next call to `method` (case-insensitive) gets `failure` instead of its answer.
    /// Several queue up, one per call.
    pub fn fail_next(&self, method: &str, failure: Failure) {
        let mut inner = self.shared.lock();
        inner
            .failures
            .entry(method.to_ascii_lowercase())
            .or_default()
            .push_back(failure);
    }

    /// The Bot API goes away: calls under way are answered, then connections are refused
    /// (as when Telegram is down or unreachable) until `come_back`.
    pub async fn go_offline(&self) {
        self.server.stop().await;
    }

    /// The Bot API answers again, on the same address, with everything it knew.
    pub async fn come_back(&self) {
        self.server.start().await;
    }

    /// Every send or edit to `chat_id` gets 403 ("bot was blocked by the user" in a private
    /// chat, "bot was kicked from the group chat" in a group) until unblocked.
    pub fn block_chat(&self, chat_id: i64) {
        self.shared.lock().blocked.insert(chat_id);
    }

    pub fn unblock_chat(&self, chat_id: i64) {
        self.shared.lock().blocked.remove(&chat_id);
    }

    // ----- what a person sees -----

    /// The bot's messages in a chat, oldest first, as they now stand (edits applied, deleted
    /// ones gone).
    pub fn messages_to(&self, chat_id: i64) -> Vec<SentMessage> {
        let inner = self.shared.lock();
        inner
            .logs
            .get(&chat_id)
            .map(|log| log.bot_messages().cloned().collect())
            .unwrap_or_default()
    }

    /// How many digests (messages starting "📬") each of `users` received.
    pub fn digests_per_user(
        &self,
        users: impl IntoIterator<Item = i64>,
    ) -> std::collections::HashMap<i64, usize> {
        users
            .into_iter()
            .map(|user| {
                let digests = self
                    .messages_to(user)
                    .iter()
                    .filter(|m| m.visible_text.starts_with("📬"))
                    .count();
                (user, digests)
            })
            .collect()
    }

    /// The bot's latest message in a chat.
    pub fn last_message_to(&self, chat_id: i64) -> Option<SentMessage> {
        self.messages_to(chat_id).pop()
    }

    /// One message (the bot's or a person's) as it now stands.
    pub fn message(&self, chat_id: i64, message_id: i32) -> Option<SentMessage> {
        let inner = self.shared.lock();
        let log = inner.logs.get(&chat_id)?;
        log.get(message_id).map(|stored| stored.message.clone())
    }

    /// The bot's answer to a callback query (`None` while unanswered or unknown).
    pub fn callback_answer(&self, callback_query_id: &str) -> Option<CallbackAnswer> {
        let inner = self.shared.lock();
        inner.callbacks.get(callback_query_id).cloned().flatten()
    }

    /// The command menu set for the default scope and a language ("" for all languages).
    pub fn commands(&self, language_code: &str) -> Option<Vec<(String, String)>> {
        self.commands_for(None, language_code)
    }

    /// The command menu set for a scope (`{"type": "all_private_chats"}`, ...) and language.
    pub fn commands_for(
        &self,
        scope: Option<&Value>,
        language_code: &str,
    ) -> Option<Vec<(String, String)>> {
        let key = bot_methods::commands_key(scope, language_code);
        self.shared.lock().commands.get(&key).cloned()
    }

    /// The webhook set with `setWebhook`, if any.
    pub fn webhook(&self) -> Option<Webhook> {
        self.shared.lock().webhook.clone()
    }
}
