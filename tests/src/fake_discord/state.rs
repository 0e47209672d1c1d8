//! What the fake remembers: the calls, registered commands, DM channels and each channel's
//! messages, behind one mutex (requests are few and short).

use super::calls::Call;
use super::limits::Limiter;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, MutexGuard};
use tokio::sync::Notify;

#[derive(Debug)]
pub(crate) struct Shared {
    inner: Mutex<Inner>,
    /// Woken whenever a call is recorded.
    pub changed: Notify,
    /// Events dispatched to every gateway session: `(name, data)`.
    pub events: tokio::sync::broadcast::Sender<(String, Value)>,
    /// `ws://127.0.0.1:PORT/gateway`, known once the server is bound.
    gateway: std::sync::OnceLock<String>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub calls: Vec<Call>,
    /// Commands by guild (`None`: global).
    pub commands: HashMap<Option<u64>, Vec<Value>>,
    /// DM channel of each user.
    pub dm_channels: HashMap<u64, u64>,
    /// Messages by channel, as shown (edits applied).
    pub messages: HashMap<u64, Vec<Value>>,
    pub closed_dms: HashSet<u64>,
    /// IDENTIFY payloads received on the gateway.
    pub identifies: Vec<Value>,
    pub limiter: Limiter,
    next_id: u64,
}

impl Shared {
    pub fn new(limits: super::Limits) -> Shared {
        Shared {
            inner: Mutex::new(Inner {
                calls: Vec::new(),
                commands: HashMap::new(),
                dm_channels: HashMap::new(),
                messages: HashMap::new(),
                closed_dms: HashSet::new(),
                identifies: Vec::new(),
                limiter: Limiter::new(limits),
                next_id: 1_100_000_000_000_000_000,
            }),
            changed: Notify::new(),
            events: tokio::sync::broadcast::channel(256).0,
            gateway: std::sync::OnceLock::new(),
        }
    }

    pub fn set_address(&self, addr: std::net::SocketAddr) {
        let _ = self.gateway.set(format!("ws://{addr}/gateway"));
    }

    pub fn gateway_url(&self) -> String {
        self.gateway.get().cloned().unwrap_or_default()
    }

    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread must not hide the record from the others.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn record(&self, call: Call) {
        self.lock().calls.push(call);
        self.changed.notify_waiters();
    }
}

impl Inner {
    /// A new snowflake id, increasing.
    pub fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// The DM channel with `user`, opened on first use.
    pub fn dm_channel(&mut self, user: u64) -> u64 {
        if let Some(channel) = self.dm_channels.get(&user) {
            return *channel;
        }
        let channel = self.id();
        self.dm_channels.insert(user, channel);
        channel
    }

    /// Stores a message the bot sent to `channel` and returns it as Discord would.
    pub fn post(&mut self, channel: u64, body: &Value, files: &[String]) -> Value {
        let id = self.id();
        let message = message(id, channel, body, files);
        self.messages
            .entry(channel)
            .or_default()
            .push(message.clone());
        message
    }

    /// Applies an edit to a stored message; the edited message, if it exists.
    pub fn edit(&mut self, channel: u64, id: u64, body: &Value) -> Option<Value> {
        let id = id.to_string();
        let stored = self
            .messages
            .get_mut(&channel)?
            .iter_mut()
            .find(|m| m["id"].as_str() == Some(id.as_str()))?;
        for key in ["content", "embeds", "components"] {
            if !body[key].is_null() {
                stored[key] = body[key].clone();
            }
        }
        stored["edited_timestamp"] = json!("2026-06-15T09:00:01.000000+00:00");
        Some(stored.clone())
    }
}

/// The bot's user as Discord shows it.
pub fn bot_user() -> Value {
    json!({
        "id": super::FakeDiscord::BOT_USER_ID.to_string(),
        "username": "crowdsprint",
        "global_name": null,
        "discriminator": "0",
        "avatar": null,
        "bot": true,
    })
}

/// A message object with every field serenity needs.
pub fn message(id: u64, channel: u64, body: &Value, files: &[String]) -> Value {
    let attachments: Vec<Value> = files
        .iter()
        .enumerate()
        .map(|(n, name)| {
            json!({"id": (id + 1 + n as u64).to_string(), "filename": name, "size": 0,
                   "url": format!("https://cdn.example/{name}"), "proxy_url": format!("https://cdn.example/{name}")})
        })
        .collect();
    json!({
        "id": id.to_string(),
        "channel_id": channel.to_string(),
        "author": bot_user(),
        "content": body["content"].as_str().unwrap_or_default(),
        "embeds": body["embeds"].as_array().cloned().unwrap_or_default(),
        "components": body["components"].as_array().cloned().unwrap_or_default(),
        "timestamp": "2026-06-15T09:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments,
        "pinned": false,
        "type": 0,
        "flags": body["flags"].as_u64().unwrap_or_default(),
    })
}
