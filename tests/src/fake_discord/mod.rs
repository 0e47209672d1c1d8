//! A fake Discord for end-to-end tests: its REST API (`/api/v10/...`) and a minimal gateway
//! on real HTTP and WebSocket on 127.0.0.1, answering the real serenity client
//! (`HttpBuilder::new(TOKEN).proxy(url).ratelimiter_disabled(true)`).
//!
//! It records every call, answers with the objects Discord returns (users, DM channels,
//! messages, forum posts, registered commands), checks what Discord checks (the bot token,
//! message, embed, component and modal limits, command names and localisation keys), keeps
//! each channel's messages as people would see them, and can refuse DMs (403, code 50007),
//! inject 429s and 5xx answers, or answer 429 when its rate limits are exceeded.
//! `InteractionSigner` signs requests to a bot's interactions endpoint as Discord does.
//!
//! ```text
//! let discord = FakeDiscord::start().await;
//! let http = HttpBuilder::new(FakeDiscord::TOKEN).proxy(discord.url())
//!     .ratelimiter_disabled(true).build();
//! // ... run the bot; dispatch gateway events with `discord.dispatch("MESSAGE_CREATE", ...)` ...
//! let dm = discord.wait_for_dm(42, 0, Duration::from_secs(5)).await.unwrap();
//! assert!(dm["content"].as_str().unwrap().contains("Welcome"));
//! ```

mod calls;
mod channels;
mod checks;
mod commands;
mod failure;
mod gateway;
mod guilds;
mod interactions;
mod limits;
mod objects;
mod reply;
mod routes;
mod signing;
mod state;
mod views;

pub use crate::token_bucket::Rate;
pub use calls::Call;
pub use checks::LOCALES;
pub use limits::Limits;
pub use objects::message;
pub use signing::InteractionSigner;

use failure::Injected;
use serde_json::Value;
use state::Shared;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::DropGuard;

/// A running fake Discord. Clones share one server, which stops (closing gateway sessions)
/// when the last clone drops.
#[derive(Debug, Clone)]
pub struct FakeDiscord {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: Arc<crate::local_server::ServerTask>,
    _stop: Arc<DropGuard>,
}

impl FakeDiscord {
    /// The bot token the fake accepts (`Authorization: Bot <TOKEN>`, and in IDENTIFY).
    pub const TOKEN: &'static str = "fake-discord-bot-token.for-crowdsprint-tests";
    pub const APPLICATION_ID: u64 = 1_000_000_000_000_000_001;
    pub const BOT_USER_ID: u64 = 1_000_000_000_000_000_002;
    /// The channel of interaction responses and follow-ups whose interaction the fake has not
    /// seen (see `note_interaction`).
    pub const INTERACTION_CHANNEL_ID: u64 = 1_000_000_000_000_000_003;
    /// The application's owner, as `GET /applications/@me` reports it.
    pub const OWNER_USER_ID: u64 = 1_000_000_000_000_000_004;

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
        let stop = shared.stop.clone().drop_guard();
        FakeDiscord {
            shared,
            addr,
            server,
            _stop: Arc::new(stop),
        }
    }

    /// The address to give serenity's `HttpBuilder::proxy` (and `DISCORD_API_URL`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The gateway's address, as `GET /gateway/bot` hands it out.
    pub fn gateway_url(&self) -> String {
        self.shared.gateway_url()
    }

    // ----- the record of calls -----

    /// Every answered request so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// Calls of `method` to paths ending like `pattern` (`*`: any one segment), e.g.
    /// `calls_to("POST", "/channels/*/messages")`.
    pub fn calls_to(&self, method: &str, pattern: &str) -> Vec<Call> {
        self.calls_matching(|c| c.matches(method, pattern))
    }

    /// Calls for which `predicate` holds.
    pub fn calls_matching(&self, predicate: impl Fn(&Call) -> bool) -> Vec<Call> {
        self.calls().into_iter().filter(|c| predicate(c)).collect()
    }

    /// A mark for "calls from now on".
    pub fn mark(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// Calls recorded since `mark`.
    pub fn calls_since(&self, mark: usize) -> Vec<Call> {
        self.shared
            .lock()
            .calls
            .iter()
            .skip(mark)
            .cloned()
            .collect()
    }

    /// Waits until any recorded call matches, or `timeout` passes.
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
        self.wait_until(timeout, || {
            // Copied out first: a predicate may look at the fake's state itself.
            self.calls_since(mark).into_iter().find(|c| predicate(c))
        })
        .await
    }

    /// Waits for a DM to `user` sent after `mark` (a call mark), and returns the message.
    pub async fn wait_for_dm(&self, user: u64, mark: usize, timeout: Duration) -> Option<Value> {
        let call = self
            .wait_for_since(
                mark,
                |c| {
                    c.method == "POST"
                        && c.status == 200
                        && self
                            .dm_channel_of(user)
                            .is_some_and(|ch| c.path == format!("/api/v10/channels/{ch}/messages"))
                },
                timeout,
            )
            .await?;
        Some(call.response)
    }

    /// Checks `found` each time the fake changes, until it finds something or `timeout` passes.
    async fn wait_until<T>(&self, timeout: Duration, found: impl Fn() -> Option<T>) -> Option<T> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.changed.notified();
            tokio::pin!(notified);
            // Registered before looking, so a change in between still wakes us.
            notified.as_mut().enable();
            if let Some(value) = found() {
                return Some(value);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    // ----- setting the scene -----

    /// Puts the bot in `guild`: READY lists it (as unavailable, like Discord before its
    /// GUILD_CREATE).
    pub fn add_guild(&self, guild: u64) {
        self.shared.lock().guilds.insert(guild);
    }

    /// A text channel in `guild`, for `GET /channels/{id}`.
    pub fn add_text_channel(&self, guild: u64, channel: u64, name: &str) {
        let mut inner = self.shared.lock();
        inner.guilds.insert(guild);
        inner
            .channels
            .insert(channel, objects::text_channel(guild, channel, name));
    }

    /// A forum channel in `guild` with `tags` (`(tag id, name)`), where the bot can post.
    pub fn add_forum(&self, guild: u64, forum: u64, tags: &[(u64, &str)]) {
        let mut inner = self.shared.lock();
        inner.guilds.insert(guild);
        inner
            .channels
            .insert(forum, objects::forum_channel(guild, forum, tags));
    }

    /// Tells the fake about an interaction the test sends the bot (on the endpoint), so its
    /// responses and follow-ups carry the interaction's channel. Dispatched
    /// `INTERACTION_CREATE` events are noted automatically.
    pub fn note_interaction(&self, interaction: &Value) {
        let token = interaction["token"].as_str();
        let channel = objects::id_of(&interaction["channel_id"])
            .or_else(|| objects::id_of(&interaction["channel"]["id"]));
        if let (Some(token), Some(channel)) = (token, channel) {
            self.shared
                .lock()
                .interaction_channels
                .insert(token.to_owned(), channel);
        }
    }

    /// Tells the fake what the bot answered (on the endpoint) to `interaction`, as Discord
    /// learns it from the HTTP response: a message answer becomes the original response, and
    /// a message of the channel when it is not ephemeral.
    pub fn answered(&self, interaction: &Value, answer: &Value) {
        self.note_interaction(interaction);
        if let Some(token) = interaction["token"].as_str() {
            interactions::answered(&mut self.shared.lock(), token, answer);
        }
    }

    // ----- failures -----

    /// From now on, DMs to `user` are refused as Discord refuses them when a person has
    /// closed their DMs (403, code 50007).
    pub fn close_dms(&self, user: u64) {
        self.shared.lock().closed_dms.insert(user);
    }

    /// `user` opens their DMs to the bot again.
    pub fn open_dms(&self, user: u64) {
        self.shared.lock().closed_dms.remove(&user);
    }

    /// The next `n` REST requests (after the token check, before anything else) are answered
    /// `status`: a 429 with Discord's body and `retry_after_secs`, or an error object (with a
    /// `Retry-After` header when `retry_after_secs > 0`). Replaces any failure still pending.
    pub fn fail_next(&self, n: u32, status: u16, retry_after_secs: f64) {
        self.shared.lock().failure = Some(Injected {
            remaining: n,
            status,
            retry_after: retry_after_secs,
        });
    }

    /// DM requests (open a channel, post a message) that came while a 429's `retry_after`
    /// was still pending: a bot that honours it makes none.
    pub fn early_sends(&self) -> usize {
        self.shared.lock().early_sends
    }

    /// How many requests were answered 429 (by the limits or by `fail_next`).
    pub fn rate_limited_count(&self) -> usize {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|c| c.status == 429)
            .count()
    }

    /// Discord goes away: gateway sessions are dropped without a close frame, and REST and
    /// gateway connections are refused (as when Discord is down or unreachable) until
    /// `come_back`.
    pub async fn go_offline(&self) {
        self.shared.lock().offline = true;
        self.drop_gateway_sessions();
        self.server.stop().await;
    }

    /// Discord answers again, on the same address, with everything it knew.
    pub async fn come_back(&self) {
        self.shared.lock().offline = false;
        self.server.start().await;
    }

    // ----- the gateway -----

    /// From now on, every IDENTIFY and RESUME is answered by closing the session with `code`
    /// (4004 authentication failed, 4014 disallowed intents, ...), as Discord does when the
    /// bot may not connect as it asks.
    pub fn refuse_identify_with(&self, code: u16) {
        self.shared.lock().identify_close = Some(code);
    }

    /// Sessions from now on are asked to heartbeat every `interval` (Discord asks for about
    /// 41 s). A client notices a connection that died silently at its next heartbeat, so a
    /// short one lets a test see that in seconds.
    pub fn set_heartbeat_interval(&self, interval: Duration) {
        self.shared.lock().heartbeat_ms = u64::try_from(interval.as_millis()).unwrap_or(u64::MAX);
    }

    /// Every gateway session ends at once, without a close frame (a dropped connection).
    pub fn drop_gateway_sessions(&self) {
        let mut inner = self.shared.lock();
        inner.drop_sessions.cancel();
        inner.drop_sessions = tokio_util::sync::CancellationToken::new();
    }

    /// Sends a dispatch event (`INTERACTION_CREATE`, `MESSAGE_CREATE`, ...) to every gateway
    /// session, with that session's next sequence number. Sessions still identifying get it
    /// after READY; with no session connected, the event is lost (as a missed event would be).
    pub fn dispatch(&self, event: &str, data: Value) {
        if event == "INTERACTION_CREATE" {
            self.note_interaction(&data);
        }
        let _ = self.shared.events.send((event.to_owned(), data));
    }

    /// `user` (a Discord user object) writes `content` in `channel` of `guild`: the message
    /// is kept (so `GET` finds it) and `MESSAGE_CREATE` dispatched with the member's roles, as
    /// Discord does for a bot with the Message Content intent. The message's id.
    pub fn say(&self, guild: u64, channel: u64, user: &Value, content: &str) -> u64 {
        let message = {
            let mut inner = self.shared.lock();
            let id = inner.id();
            let mut message = objects::message_with(
                id,
                channel,
                &serde_json::json!({ "content": content }),
                Vec::new(),
            );
            message["author"] = user.clone();
            inner.store(channel, message.clone());
            message
        };
        let id = objects::id_of(&message["id"]).unwrap_or_default();
        let mut event = message;
        event["guild_id"] = serde_json::json!(guild.to_string());
        event["member"] = serde_json::json!({
            "roles": [],
            "joined_at": "2026-01-01T00:00:00.000000+00:00",
            "deaf": false,
            "mute": false,
            "flags": 0,
        });
        self.dispatch("MESSAGE_CREATE", event);
        id
    }

    /// Waits for a client to identify on the gateway; its IDENTIFY payload (`d`: token,
    /// intents, shard...).
    pub async fn wait_for_identify(&self, timeout: Duration) -> Option<Value> {
        self.wait_until(timeout, || self.shared.lock().identifies.first().cloned())
            .await
    }

    /// Every IDENTIFY payload received, oldest first.
    pub fn identifies(&self) -> Vec<Value> {
        self.shared.lock().identifies.clone()
    }

    /// Gateway sessions identified (or resumed) and still connected.
    pub fn connected_sessions(&self) -> usize {
        self.shared
            .sessions
            .load(std::sync::atomic::Ordering::SeqCst)
    }
}
