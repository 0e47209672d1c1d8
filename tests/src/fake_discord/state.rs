//! What the fake remembers: the calls, registered commands, channels, each channel's messages,
//! interaction responses and follow-ups, gateway identifies, and the limiter, behind one mutex
//! (requests are few and short, and one lock keeps the record and the state in step).

use super::calls::Call;
use super::failure::Injected;
use super::limits::Limiter;
use super::objects;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::atomic::AtomicUsize;
use std::sync::{Mutex, MutexGuard, OnceLock};
use tokio::sync::{Notify, broadcast};
use tokio_util::sync::CancellationToken;

/// The first snowflake the fake hands out; every new object gets the next one.
const FIRST_ID: u64 = 1_100_000_000_000_000_000;

#[derive(Debug)]
pub(crate) struct Shared {
    inner: Mutex<Inner>,
    /// Woken whenever a call is recorded or a gateway session identifies.
    pub changed: Notify,
    /// Events dispatched to every gateway session: `(name, data)`.
    pub events: broadcast::Sender<(String, Value)>,
    /// Cancelled when the last handle to the fake drops, closing the gateway sessions too
    /// (aborting the server task does not end connections already upgraded).
    pub stop: CancellationToken,
    /// Gateway sessions currently identified (or resumed) and connected.
    pub sessions: AtomicUsize,
    /// `ws://127.0.0.1:PORT/gateway`, known once the server is bound.
    gateway: OnceLock<String>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub calls: Vec<Call>,
    /// Commands by guild (`None`: global), as last overwritten.
    pub commands: HashMap<Option<u64>, Vec<Value>>,
    /// The DM channel of each user.
    pub dm_channels: HashMap<u64, u64>,
    /// Channels `GET /channels/{id}` knows: DMs, registered guild channels, threads.
    pub channels: BTreeMap<u64, Value>,
    /// Messages by channel, as people see them (edits applied, deletions removed).
    pub messages: HashMap<u64, Vec<Value>>,
    pub closed_dms: HashSet<u64>,
    /// Guilds the bot is in, announced (unavailable) in READY.
    pub guilds: BTreeSet<u64>,
    /// Forum posts as created: the thread channel plus its first `message`.
    pub threads: Vec<Value>,
    /// `(interaction id, response body)` of every accepted callback.
    pub interaction_responses: Vec<(String, Value)>,
    /// The channel of each interaction the fake has seen, by token.
    pub interaction_channels: HashMap<String, u64>,
    /// The original response of each interaction, by token.
    pub originals: HashMap<String, Value>,
    /// Follow-up messages, in order: `(interaction token, message)`.
    pub followups: Vec<(String, Value)>,
    /// IDENTIFY payloads received on the gateway.
    pub identifies: Vec<Value>,
    /// Answer IDENTIFY and RESUME by closing with this code (`refuse_identify_with`).
    pub identify_close: Option<u16>,
    /// Between `go_offline` and `come_back`: no new gateway session is let in.
    pub offline: bool,
    /// The heartbeat interval HELLO asks for (ms).
    pub heartbeat_ms: u64,
    /// Cancelled to drop every gateway session at once, then replaced.
    pub drop_sessions: CancellationToken,
    pub limiter: Limiter,
    pub failure: Option<Injected>,
    /// The end of the last 429's `retry_after` (a bot must not send DMs before it).
    pub held_until: Option<std::time::Instant>,
    /// DM requests that came before `held_until`.
    pub early_sends: usize,
    /// The gateway's event stream, for what Discord announces about REST changes (a
    /// message deleted through REST is dispatched as `MESSAGE_DELETE` too).
    pub events: broadcast::Sender<(String, Value)>,
    next_id: u64,
}

impl Shared {
    pub fn new(limits: super::Limits) -> Shared {
        let events = broadcast::channel(256).0;
        Shared {
            inner: Mutex::new(Inner {
                calls: Vec::new(),
                commands: HashMap::new(),
                dm_channels: HashMap::new(),
                channels: BTreeMap::new(),
                messages: HashMap::new(),
                closed_dms: HashSet::new(),
                guilds: BTreeSet::new(),
                threads: Vec::new(),
                interaction_responses: Vec::new(),
                interaction_channels: HashMap::new(),
                originals: HashMap::new(),
                followups: Vec::new(),
                identifies: Vec::new(),
                identify_close: None,
                offline: false,
                heartbeat_ms: super::gateway::HEARTBEAT_MS,
                drop_sessions: CancellationToken::new(),
                limiter: Limiter::new(limits),
                failure: None,
                held_until: None,
                early_sends: 0,
                events: events.clone(),
                next_id: FIRST_ID,
            }),
            changed: Notify::new(),
            events,
            stop: CancellationToken::new(),
            sessions: AtomicUsize::new(0),
            gateway: OnceLock::new(),
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
        self.channels
            .insert(channel, objects::dm_channel(channel, user));
        channel
    }

    /// Whose DM channel `channel` is, if it is one.
    pub fn dm_recipient(&self, channel: u64) -> Option<u64> {
        self.dm_channels
            .iter()
            .find_map(|(user, ch)| (*ch == channel).then_some(*user))
    }

    /// Attachment objects for uploaded files, each with a new id.
    pub fn attachments(&mut self, uploads: &[(String, Vec<u8>)]) -> Vec<Value> {
        uploads
            .iter()
            .map(|(name, bytes)| {
                let id = self.id();
                objects::attachment(id, name, bytes.len())
            })
            .collect()
    }

    /// Stores a message the bot sent to `channel` and returns it as Discord would.
    pub fn post(&mut self, channel: u64, body: &Value, uploads: &[(String, Vec<u8>)]) -> Value {
        let id = self.id();
        let attachments = self.attachments(uploads);
        let message = objects::message_with(id, channel, body, attachments);
        self.store(channel, message.clone());
        message
    }

    /// Keeps `message` as the newest in `channel`.
    pub fn store(&mut self, channel: u64, message: Value) {
        self.messages.entry(channel).or_default().push(message);
    }

    /// Applies an edit to a stored message; the edited message, if it exists.
    pub fn edit(
        &mut self,
        channel: u64,
        id: u64,
        body: &Value,
        uploads: &[(String, Vec<u8>)],
    ) -> Option<Value> {
        let position = self.position(channel, id)?;
        let attachments = self.attachments(uploads);
        let stored = self.messages.get_mut(&channel)?.get_mut(position)?;
        objects::apply_edit(stored, body, attachments);
        Some(stored.clone())
    }

    /// A stored message.
    pub fn message(&self, channel: u64, id: u64) -> Option<Value> {
        let position = self.position(channel, id)?;
        self.messages.get(&channel)?.get(position).cloned()
    }

    /// Removes a stored message; whether it existed.
    pub fn delete(&mut self, channel: u64, id: u64) -> bool {
        let Some(position) = self.position(channel, id) else {
            return false;
        };
        if let Some(list) = self.messages.get_mut(&channel) {
            list.remove(position);
        }
        true
    }

    fn position(&self, channel: u64, id: u64) -> Option<usize> {
        self.messages
            .get(&channel)?
            .iter()
            .position(|m| objects::id_of(&m["id"]) == Some(id))
    }
}
