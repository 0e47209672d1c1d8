//! A minimal Discord gateway over WebSocket on the same port (`/gateway`), enough for
//! serenity's client: HELLO, IDENTIFY (token checked) answered with READY, heartbeats
//! acknowledged, RESUME answered with RESUMED, then whatever events a test dispatches. A test
//! can have IDENTIFY answered with a close code instead, or drop every session.
//!
//! JSON text frames only: serenity 0.12 connects with `?v=10` and no `compress` parameter, and
//! its `"compress": true` in IDENTIFY only allows (never requires) zlib-compressed payloads.

use super::FakeDiscord;
use super::objects::bot_user;
use super::state::Shared;
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::{IntoResponse, Response};
use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// How often the client is asked to heartbeat (ms), as Discord asks.
pub(crate) const HEARTBEAT_MS: u64 = 41_250;
/// The session id READY hands out (and RESUME sends back).
const SESSION_ID: &str = "fake-session";
/// Discord's close code for a bad token.
const AUTHENTICATION_FAILED: u16 = 4004;

pub(crate) async fn upgrade(State(shared): State<Arc<Shared>>, ws: WebSocketUpgrade) -> Response {
    if shared.lock().offline {
        // Going offline: a client that reconnects before the listener is gone is turned away.
        return axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    ws.on_upgrade(move |socket| session(socket, shared))
}

/// Counts a session as connected while it lives.
struct Connected(Arc<Shared>);

impl Connected {
    fn new(shared: &Arc<Shared>) -> Connected {
        shared.sessions.fetch_add(1, Ordering::SeqCst);
        shared.changed.notify_waiters();
        Connected(shared.clone())
    }
}

impl Drop for Connected {
    fn drop(&mut self) {
        self.0.sessions.fetch_sub(1, Ordering::SeqCst);
        self.0.changed.notify_waiters();
    }
}

type Out = SplitSink<WebSocket, Message>;

async fn send(out: &mut Out, payload: &Value) -> bool {
    out.send(Message::Text(payload.to_string().into()))
        .await
        .is_ok()
}

async fn session(socket: WebSocket, shared: Arc<Shared>) {
    let (mut out, mut incoming) = socket.split();
    // Subscribed at once, so events dispatched before IDENTIFY arrive after READY.
    let mut events = shared.events.subscribe();
    let mut seq: u64 = 0;
    let mut connected: Option<Connected> = None;
    let (dropped, heartbeat_ms) = {
        let inner = shared.lock();
        (inner.drop_sessions.clone(), inner.heartbeat_ms)
    };
    let hello = json!({"op": 10, "d": {"heartbeat_interval": heartbeat_ms}});
    if !send(&mut out, &hello).await {
        return;
    }
    loop {
        tokio::select! {
            () = shared.stop.cancelled() => {
                let _ = out.send(Message::Close(None)).await;
                return;
            }
            // The connection just ends, as when the network drops it.
            () = dropped.cancelled() => return,
            frame = incoming.next() => {
                let Some(Ok(frame)) = frame else { return };
                let Message::Text(text) = frame else { continue };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                let reply = match payload["op"].as_i64() {
                    Some(1) => json!({"op": 11}),
                    Some(op @ (2 | 6)) => {
                        let refused = shared.lock().identify_close;
                        let close = match refused {
                            _ if !token_ok(&payload["d"]["token"]) => Some(AUTHENTICATION_FAILED),
                            Some(code) => Some(code),
                            None => None,
                        };
                        if let Some(code) = close {
                            let close = CloseFrame {
                                code,
                                reason: close_reason(code).into(),
                            };
                            let _ = out.send(Message::Close(Some(close))).await;
                            return;
                        }
                        if connected.is_none() {
                            connected = Some(Connected::new(&shared));
                        }
                        seq += 1;
                        if op == 2 {
                            let ready = ready(&shared, &payload["d"]);
                            shared.lock().identifies.push(payload["d"].clone());
                            shared.changed.notify_waiters();
                            dispatch(seq, "READY", ready)
                        } else {
                            dispatch(seq, "RESUMED", json!({}))
                        }
                    }
                    // Presence updates, member requests...: nothing to answer.
                    _ => continue,
                };
                if !send(&mut out, &reply).await {
                    return;
                }
            }
            event = events.recv(), if connected.is_some() => {
                let Ok((name, data)) = event else { continue };
                seq += 1;
                if !send(&mut out, &dispatch(seq, &name, data)).await {
                    return;
                }
            }
        }
    }
}

/// The reason Discord gives with a close code.
fn close_reason(code: u16) -> &'static str {
    match code {
        4004 => "Authentication failed.",
        4010 => "Invalid shard.",
        4011 => "Sharding required.",
        4012 => "Invalid API version.",
        4013 => "Invalid intent(s).",
        4014 => "Disallowed intent(s).",
        _ => "Closed.",
    }
}

fn token_ok(token: &Value) -> bool {
    let token = token.as_str().unwrap_or_default();
    token.strip_prefix("Bot ").unwrap_or(token) == FakeDiscord::TOKEN
}

fn dispatch(seq: u64, name: &str, data: Value) -> Value {
    json!({"op": 0, "s": seq, "t": name, "d": data})
}

/// READY: the bot user, its guilds (unavailable until a GUILD_CREATE, as on Discord), and
/// the shard it identified as.
fn ready(shared: &Shared, identify: &Value) -> Value {
    let guilds: Vec<Value> = shared
        .lock()
        .guilds
        .iter()
        .map(|id| json!({"id": id.to_string(), "unavailable": true}))
        .collect();
    let mut ready = json!({
        "v": 10,
        "user": bot_user(),
        "guilds": guilds,
        "session_id": SESSION_ID,
        "resume_gateway_url": shared.gateway_url(),
        "application": {"id": FakeDiscord::APPLICATION_ID.to_string(), "flags": 0},
    });
    if identify["shard"].is_array() {
        ready["shard"] = identify["shard"].clone();
    }
    ready
}
