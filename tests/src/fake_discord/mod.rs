//! A fake Discord for end-to-end tests: its REST API (`/api/v10/...`) on real HTTP on
//! 127.0.0.1, answering the real serenity client (`HttpBuilder::new(TOKEN).proxy(url)`).
//!
//! It records every call, answers with the objects Discord returns (DM channels, messages,
//! registered commands), checks what Discord checks (the bot token, message and embed limits,
//! command names and localisation keys), keeps each channel's messages as people would see
//! them, and can refuse DMs (403, code 50007) or answer 429 when its rate limits are exceeded.
//! `InteractionSigner` signs requests to a bot's interactions endpoint as Discord does.

mod calls;
mod checks;
mod gateway;
mod limits;
mod routes;
mod signing;
mod state;

pub use calls::Call;
pub use limits::Limits;
pub use signing::InteractionSigner;
pub use state::message;

use serde_json::Value;
use state::Shared;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// A running fake Discord. Clones share one server, which stops when the last clone drops.
#[derive(Debug, Clone)]
pub struct FakeDiscord {
    shared: Arc<Shared>,
    addr: SocketAddr,
    _server: Arc<crate::local_server::ServerTask>,
}

impl FakeDiscord {
    /// The bot token the fake accepts (`Authorization: Bot <TOKEN>`).
    pub const TOKEN: &'static str = "fake-discord-bot-token.for-crowdsprint-tests";
    pub const APPLICATION_ID: u64 = 1_000_000_000_000_000_001;
    pub const BOT_USER_ID: u64 = 1_000_000_000_000_000_002;

    /// Starts a fake on 127.0.0.1 (a free port) with no rate limits.
    pub async fn start() -> FakeDiscord {
        FakeDiscord::start_with(Limits::default()).await
    }

    /// Starts a fake that enforces `limits`.
    pub async fn start_with(limits: Limits) -> FakeDiscord {
        let shared = Arc::new(Shared::new(limits));
        let (addr, server) =
            crate::local_server::serve(routes::router(shared.clone()), "the fake Discord").await;
        shared.set_address(addr);
        FakeDiscord {
            shared,
            addr,
            _server: server,
        }
    }

    /// The address to give serenity's `HttpBuilder::proxy` (and `DISCORD_API_URL`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    // ----- the record of calls -----

    /// Every answered request so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// A mark for "calls from now on".
    pub fn mark(&self) -> usize {
        self.shared.lock().calls.len()
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
            let notified = self.shared.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            // Copied out first: a predicate may look at the fake's state itself.
            let recent: Vec<Call> = self
                .shared
                .lock()
                .calls
                .iter()
                .skip(mark)
                .cloned()
                .collect();
            if let Some(call) = recent.into_iter().find(|c| predicate(c)) {
                return Some(call);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    // ----- what Discord would show -----

    /// The commands registered in `guild`, or globally (`None`), as last overwritten.
    pub fn commands(&self, guild: Option<u64>) -> Vec<Value> {
        self.shared
            .lock()
            .commands
            .get(&guild)
            .cloned()
            .unwrap_or_default()
    }

    /// Messages the bot sent to `user`'s DMs, oldest first.
    pub fn dms_to(&self, user: u64) -> Vec<Value> {
        let inner = self.shared.lock();
        let Some(channel) = inner.dm_channels.get(&user) else {
            return Vec::new();
        };
        inner.messages.get(channel).cloned().unwrap_or_default()
    }

    /// Waits for a DM to `user` sent after `mark` (a call mark), and returns it.
    pub async fn wait_for_dm(&self, user: u64, mark: usize, timeout: Duration) -> Option<Value> {
        let channel_path = |c: &Call| {
            let inner = self.shared.lock();
            inner
                .dm_channels
                .get(&user)
                .is_some_and(|ch| c.path == format!("/api/v10/channels/{ch}/messages"))
        };
        let call = self
            .wait_for_since(
                mark,
                |c| c.method == "POST" && c.status == 200 && channel_path(c),
                timeout,
            )
            .await?;
        Some(call.response)
    }

    /// From now on, DMs to `user` are refused as Discord refuses them when a person has
    /// closed their DMs (403, code 50007).
    pub fn close_dms(&self, user: u64) {
        self.shared.lock().closed_dms.insert(user);
    }

    // ----- the gateway -----

    /// Waits for a client to identify on the gateway; its IDENTIFY payload (token, intents...).
    pub async fn wait_for_identify(&self, timeout: Duration) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(identify) = self.shared.lock().identifies.first() {
                return Some(identify.clone());
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    /// Sends a dispatch event (`INTERACTION_CREATE`, `MESSAGE_CREATE`, ...) to every
    /// identified gateway session.
    pub fn dispatch(&self, event: &str, data: Value) {
        let _ = self.shared.events.send((event.to_owned(), data));
    }

    /// How many requests were answered 429.
    pub fn rate_limited_count(&self) -> usize {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|c| c.status == 429)
            .count()
    }
}
