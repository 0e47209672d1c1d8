//! A minimal Discord gateway over WebSocket (JSON text frames, no compression), enough for
//! serenity's client: HELLO, IDENTIFY (token checked) answered with READY, heartbeats
//! acknowledged, RESUME answered with RESUMED, then whatever events a test dispatches.

use super::FakeDiscord;
use super::state::{Shared, bot_user};
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::sync::Arc;

/// How often the client is asked to heartbeat (ms).
const HEARTBEAT_MS: u64 = 41_250;

pub(crate) async fn upgrade(State(shared): State<Arc<Shared>>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |socket| session(socket, shared))
}

async fn session(socket: WebSocket, shared: Arc<Shared>) {
    let (mut out, mut incoming) = socket.split();
    let mut events = shared.events.subscribe();
    let mut seq: u64 = 0;
    let hello = json!({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_MS}});
    if out
        .send(Message::Text(hello.to_string().into()))
        .await
        .is_err()
    {
        return;
    }
    let mut identified = false;
    loop {
        tokio::select! {
            frame = incoming.next() => {
                let Some(Ok(frame)) = frame else { return };
                let Message::Text(text) = frame else { continue };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                let reply = match payload["op"].as_i64() {
                    Some(1) => Some(json!({"op": 11})),
                    Some(2) => {
                        let token = payload["d"]["token"].as_str().unwrap_or_default();
                        let token = token.trim_start_matches("Bot ");
                        if token != FakeDiscord::TOKEN {
                            let _ = out.send(Message::Close(None)).await;
                            return;
                        }
                        shared.lock().identifies.push(payload["d"].clone());
                        shared.changed.notify_waiters();
                        identified = true;
                        seq += 1;
                        Some(dispatch(seq, "READY", ready(&shared)))
                    }
                    Some(6) => {
                        identified = true;
                        seq += 1;
                        Some(dispatch(seq, "RESUMED", json!({})))
                    }
                    _ => None,
                };
                if let Some(reply) = reply
                    && out.send(Message::Text(reply.to_string().into())).await.is_err()
                {
                    return;
                }
            }
            event = events.recv(), if identified => {
                let Ok((name, data)) = event else { continue };
                seq += 1;
                let frame = dispatch(seq, &name, data);
                if out.send(Message::Text(frame.to_string().into())).await.is_err() {
                    return;
                }
            }
        }
    }
}

fn dispatch(seq: u64, name: &str, data: Value) -> Value {
    json!({"op": 0, "s": seq, "t": name, "d": data})
}

fn ready(shared: &Shared) -> Value {
    json!({
        "v": 10,
        "user": bot_user(),
        "guilds": [],
        "session_id": "fake-session",
        "resume_gateway_url": shared.gateway_url(),
        "application": {"id": FakeDiscord::APPLICATION_ID.to_string(), "flags": 0},
    })
}
