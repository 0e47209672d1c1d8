//! The fake's memory behind one lock: recorded calls, queued updates, chats and their messages,
//! injected failures and rate limits. Waiters are woken through `Notify`.

use super::calls::Call;
use super::chats::{self, BotInfo, ChatKind, GroupInfo, UserInfo};
use super::failure::{ApiError, Failure};
use super::limits::{Limiter, Limits};
use super::messages::ChatLog;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::{Mutex, MutexGuard};
use tokio::sync::Notify;

/// Everything the server and the test share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub token: String,
    pub bot: BotInfo,
    inner: Mutex<Inner>,
    /// Woken after each recorded call.
    pub calls_changed: Notify,
    /// Woken when updates are queued, or a newer `getUpdates` takes over.
    pub updates_changed: Notify,
}

impl Shared {
    pub fn new(token: String, limits: Limits) -> Shared {
        Shared {
            bot: BotInfo::from_token(&token),
            token,
            inner: Mutex::new(Inner::new(limits)),
            calls_changed: Notify::new(),
            updates_changed: Notify::new(),
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        // A test that panicked while holding the lock must not hide the state from others.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// An answer the bot gave to a callback query (the toast or alert a person sees).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackAnswer {
    pub text: Option<String>,
    pub show_alert: bool,
    pub url: Option<String>,
}

/// A webhook set with `setWebhook`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    pub url: String,
    pub secret_token: Option<String>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub calls: Vec<Call>,
    /// Queued updates: `(update_id, update JSON)`, oldest first.
    pub updates: VecDeque<(i64, Value)>,
    pub last_update_id: i64,
    /// Bumped by every `getUpdates`, so an older long poll knows it was taken over.
    pub poll_generation: u64,
    /// Update types the bot asked for (`allowed_updates`); `None` means all.
    pub allowed_updates: Option<Vec<String>>,
    pub webhook: Option<Webhook>,
    pub users: HashMap<i64, UserInfo>,
    pub groups: HashMap<i64, GroupInfo>,
    pub logs: HashMap<i64, ChatLog>,
    /// `(chat_id, user_id)` -> status other than "member".
    pub members: HashMap<(i64, i64), String>,
    /// Callback query id -> the bot's answer, once answered.
    pub callbacks: HashMap<String, Option<CallbackAnswer>>,
    pub last_callback: u64,
    /// `(scope JSON, language_code)` -> commands.
    pub commands: BTreeMap<(String, String), Vec<(String, String)>>,
    pub failures: HashMap<String, VecDeque<Failure>>,
    pub blocked: HashSet<i64>,
    pub limiter: Limiter,
    pub last_file: u64,
}

impl Inner {
    fn new(limits: Limits) -> Inner {
        Inner {
            calls: Vec::new(),
            updates: VecDeque::new(),
            last_update_id: 0,
            poll_generation: 0,
            allowed_updates: None,
            webhook: None,
            users: HashMap::new(),
            groups: HashMap::new(),
            logs: HashMap::new(),
            members: HashMap::new(),
            callbacks: HashMap::new(),
            last_callback: 0,
            commands: BTreeMap::new(),
            failures: HashMap::new(),
            blocked: HashSet::new(),
            limiter: Limiter::new(limits),
            last_file: 0,
        }
    }

    /// The user with this id, made up on first sight.
    pub fn user(&mut self, user_id: i64) -> &mut UserInfo {
        self.users
            .entry(user_id)
            .or_insert_with(|| UserInfo::new(user_id))
    }

    /// The kind of a chat the fake has seen, or `None` for a chat it has never heard of.
    pub fn chat_kind(&self, chat_id: i64) -> Option<ChatKind> {
        if let Some(group) = self.groups.get(&chat_id) {
            return Some(group.kind);
        }
        self.users
            .contains_key(&chat_id)
            .then_some(ChatKind::Private)
    }

    /// Makes sure a chat exists (groups get a made-up title, private chats their user).
    pub fn ensure_chat(&mut self, chat_id: i64) {
        if self.chat_kind(chat_id).is_some() {
            return;
        }
        match ChatKind::from_id(chat_id) {
            ChatKind::Private => {
                self.user(chat_id);
            }
            kind => {
                self.groups.insert(
                    chat_id,
                    GroupInfo {
                        kind,
                        title: format!("Group {chat_id}"),
                    },
                );
            }
        }
    }

    /// The `Chat` JSON of a chat the bot may talk to; Telegram's error otherwise.
    pub fn chat_json(&self, chat_id: i64) -> Result<Value, ApiError> {
        if let Some(group) = self.groups.get(&chat_id) {
            return Ok(chats::group_chat_json(chat_id, group));
        }
        match self.users.get(&chat_id) {
            Some(user) => Ok(chats::private_chat_json(user)),
            None if chat_id > 0 => Err(ApiError::forbidden(
                "bot can't initiate conversation with a user",
            )),
            None => Err(ApiError::bad_request("chat not found")),
        }
    }

    pub fn log(&mut self, chat_id: i64) -> &mut ChatLog {
        self.logs.entry(chat_id).or_default()
    }

    /// Gives an update the next `update_id`.
    pub fn number(&mut self, mut update: Value) -> Value {
        self.last_update_id += 1;
        update["update_id"] = Value::from(self.last_update_id);
        update
    }

    /// Queues an update (its `update_id` is assigned here) and returns the id.
    pub fn queue(&mut self, update: Value) -> i64 {
        let update = self.number(update);
        if let Some(chat) = chat_of(&update) {
            self.limiter.heard_from(chat, std::time::Instant::now());
        }
        let id = self.last_update_id;
        self.updates.push_back((id, update));
        id
    }

    /// The next injected failure for `method`, if any.
    pub fn take_failure(&mut self, method: &str) -> Option<Failure> {
        let queue = self.failures.get_mut(&method.to_ascii_lowercase())?;
        queue.pop_front()
    }
}

/// The chat an update comes from, if it has one (a message, an edit, a button pressed).
fn chat_of(update: &Value) -> Option<i64> {
    ["message", "edited_message", "channel_post"]
        .iter()
        .find_map(|kind| update[*kind]["chat"]["id"].as_i64())
        .or_else(|| update["callback_query"]["message"]["chat"]["id"].as_i64())
        .or_else(|| update["callback_query"]["from"]["id"].as_i64())
        .or_else(|| update["my_chat_member"]["chat"]["id"].as_i64())
}
