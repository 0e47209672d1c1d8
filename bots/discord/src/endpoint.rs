//! The interactions endpoint: Discord POSTs each interaction to our HTTPS address instead of
//! sending it down the gateway (deployments behind a load balancer). Every request must carry
//! a valid Ed25519 signature and a recent timestamp, and be the first copy of its interaction
//! this replica has seen (see `Replays`), else 401; a body we cannot read gets 400.
//! The answer goes back in the HTTP response when it is ready within `ANSWER_WITHIN`; later
//! than that, Discord is told "thinking…" and the answer follows through REST (the
//! interaction's token lives 15 minutes), so Discord's 3-second deadline is never missed.

use crate::app::App;
use crate::note::Answer;
use crate::respond::{self, ANSWER_WITHIN};
use crate::verify::{Rejected, Replays, RequestVerifier};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serenity::builder::{CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::model::application::Interaction;
use std::sync::Arc;

/// Where Discord posts interactions (set it as the application's Interactions Endpoint URL).
pub const PATH: &str = "/discord/interactions";

/// The answer to a PING, byte for byte as Discord's documentation shows it: the PING is how
/// Discord checks the endpoint URL, and serenity's `Pong` would add `"data":null`.
const PONG: &str = r#"{"type":1}"#;

#[derive(Clone)]
struct Endpoint {
    app: Arc<App>,
    verifier: RequestVerifier,
    replays: Arc<Replays>,
}

/// The endpoint's route, to mount on the service's HTTP listener.
pub fn router(app: Arc<App>, verifier: RequestVerifier) -> Router {
    let replays = Arc::new(Replays::new(Replays::CAPACITY));
    Router::new()
        .route(PATH, post(receive))
        .with_state(Endpoint {
            app,
            verifier,
            replays,
        })
}

async fn receive(State(endpoint): State<Endpoint>, headers: HeaderMap, body: Bytes) -> Response {
    match admit(&endpoint, &headers, &body) {
        Ok(Interaction::Ping(_)) => pong(),
        Ok(interaction) => answer(&endpoint, interaction).await,
        Err(refusal) => refusal.into_response(),
    }
}

/// Why a request is not answered.
#[derive(Debug)]
enum Refusal {
    /// Unsigned, wrongly signed, stale or replayed: 401, as Discord expects.
    Unauthorized(Rejected),
    /// Signed, but not an interaction we can read: 400.
    Unreadable(serde_json::Error),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Unauthorized(rejected) => {
                tracing::warn!(%rejected, "interaction refused");
                (StatusCode::UNAUTHORIZED, "invalid request signature").into_response()
            }
            Refusal::Unreadable(error) => {
                tracing::warn!(%error, "unreadable interaction");
                // Signed by Discord, so saying what did not parse helps whoever reads their logs.
                let says = format!("unreadable interaction: {error}");
                (StatusCode::BAD_REQUEST, says).into_response()
            }
        }
    }
}

/// The interaction, if the request is signed, fresh, readable and not a replay.
fn admit(endpoint: &Endpoint, headers: &HeaderMap, body: &[u8]) -> Result<Interaction, Refusal> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let now = chrono::Utc::now().timestamp();
    let sent = endpoint
        .verifier
        .check(
            header("x-signature-ed25519"),
            header("x-signature-timestamp"),
            body,
            now,
        )
        .map_err(Refusal::Unauthorized)?;
    let interaction: Interaction = serde_json::from_slice(body).map_err(Refusal::Unreadable)?;
    // A PING changes nothing and is answered the same each time, so a copy of one is
    // harmless and not remembered.
    if !matches!(interaction, Interaction::Ping(_)) {
        endpoint
            .replays
            .first_sight(interaction.id().get(), sent, now)
            .map_err(Refusal::Unauthorized)?;
    }
    Ok(interaction)
}

fn pong() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], PONG).into_response()
}

/// Answers within `ANSWER_WITHIN` in the response, else defers and follows up by REST.
async fn answer(endpoint: &Endpoint, interaction: Interaction) -> Response {
    let token = interaction_token(&interaction);
    let app = endpoint.app.clone();
    let mut work = tokio::spawn(async move { app.answer(interaction).await });
    match tokio::time::timeout(ANSWER_WITHIN, &mut work).await {
        Ok(Ok(answer)) if !answer.has_file() => json(&answer.into_response()),
        Ok(Ok(answer)) => {
            // A file goes by REST: acknowledge now, upload next.
            let (defer, private) = deferral(&answer);
            let http = endpoint.app.http.clone();
            tokio::spawn(async move { respond::finish(&http, &token, answer).await });
            respond_deferred(defer, private)
        }
        Ok(Err(error)) => {
            tracing::error!(%error, "an interaction handler stopped");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
        Err(_) => {
            let http = endpoint.app.http.clone();
            tokio::spawn(async move {
                match work.await {
                    Ok(answer) => respond::finish(&http, &token, answer).await,
                    Err(error) => tracing::error!(%error, "an interaction handler stopped"),
                }
            });
            // Not knowing yet, say "thinking…" to the member only.
            json(&respond::deferral())
        }
    }
}

/// Whether to defer as a new message (`true`) or as an update, and privately.
fn deferral(answer: &Answer) -> (bool, bool) {
    match answer {
        Answer::Send(note) => (true, note.ephemeral),
        Answer::Update(note) => (false, note.ephemeral),
        Answer::Form(_) | Answer::Choices(_) => (true, true),
    }
}

fn respond_deferred(new_message: bool, private: bool) -> Response {
    if new_message {
        json(&CreateInteractionResponse::Defer(
            CreateInteractionResponseMessage::new().ephemeral(private),
        ))
    } else {
        json(&CreateInteractionResponse::Acknowledge)
    }
}

fn json(response: &CreateInteractionResponse) -> Response {
    axum::Json(response).into_response()
}

fn interaction_token(interaction: &Interaction) -> String {
    match interaction {
        Interaction::Command(i) | Interaction::Autocomplete(i) => i.token.clone(),
        Interaction::Component(i) => i.token.clone(),
        Interaction::Modal(i) => i.token.clone(),
        Interaction::Ping(i) => i.token.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ServerSetup;
    use crowdsprint_core::i18n::Catalog;
    use crowdsprint_core::service::CoreSettings;
    use crowdsprint_core::{Core, Store, SystemClock};
    use ed25519_dalek::{Signer, SigningKey};
    use serde_json::json;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[9u8; 32])
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The endpoint over a fresh database on a real listener; its address.
    async fn serve(dir: &tempfile::TempDir) -> std::net::SocketAddr {
        let url = format!("sqlite://{}", dir.path().join("e.db").display());
        let store = Store::connect(&url).await.expect("store");
        store.migrate().await.expect("migrate");
        let core =
            Core::new(store, Arc::new(SystemClock), CoreSettings::default()).expect("limits");
        let app = Arc::new(App::new(
            core,
            Arc::new(Catalog::load().expect("catalog")),
            // Never reached: every answer here is ready well within `ANSWER_WITHIN`.
            Arc::new(serenity::http::Http::new("unused-token")),
            ServerSetup::default(),
        ));
        let verifier =
            RequestVerifier::new(&hex(key().verifying_key().as_bytes())).expect("valid key");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move { axum::serve(listener, router(app, verifier)).await });
        addr
    }

    /// What Discord would send: `body` signed with `timestamp`.
    fn signed(timestamp: i64, body: &[u8]) -> Vec<u8> {
        let signature = hex(&key()
            .sign(&[timestamp.to_string().as_bytes(), body].concat())
            .to_bytes());
        let head = format!(
            "POST {PATH} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\
             X-Signature-Ed25519: {signature}\r\nX-Signature-Timestamp: {timestamp}\r\n\r\n",
            body.len()
        );
        [head.as_bytes(), body].concat()
    }

    /// Sends `request` as it is; the response's head and body.
    async fn send(addr: std::net::SocketAddr, request: &[u8]) -> (String, Vec<u8>) {
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        stream.write_all(request).await.expect("send");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.expect("read");
        let split = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a complete head");
        let head = String::from_utf8_lossy(&response[..split]).into_owned();
        (head, response[split + 4..].to_vec())
    }

    fn help_command(id: u64) -> Vec<u8> {
        let body = json!({
            "id": id.to_string(),
            "application_id": "42",
            "type": 2,
            "data": {"id": "1", "name": "help", "type": 1, "options": []},
            "token": format!("interaction-token-{id}"),
            "version": 1,
            "locale": "en-GB",
            "entitlements": [],
            "app_permissions": "0",
            "attachment_size_limit": 26_214_400,
            "channel_id": "77",
            "user": {"id": "5001", "username": "gwen", "global_name": "Gwen",
                     "discriminator": "0", "avatar": null},
        });
        serde_json::to_vec(&body).expect("serialise")
    }

    #[tokio::test]
    async fn a_ping_is_answered_with_exactly_type_1() {
        let dir = tempfile::tempdir().expect("temp dir");
        let addr = serve(&dir).await;
        let ping = br#"{"id":"1","application_id":"42","type":1,"token":"t","version":1}"#;
        let now = chrono::Utc::now().timestamp();
        let (head, body) = send(addr, &signed(now, ping)).await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: application/json"),
            "{head}"
        );
        assert_eq!(String::from_utf8_lossy(&body), r#"{"type":1}"#);
    }

    #[tokio::test]
    async fn a_replayed_interaction_is_refused_while_a_fresh_one_is_answered() {
        let dir = tempfile::tempdir().expect("temp dir");
        let addr = serve(&dir).await;
        let now = chrono::Utc::now().timestamp();
        let request = signed(now, &help_command(1_400_000_000_000_000_001));
        let (head, body) = send(addr, &request).await;
        assert!(
            head.starts_with("HTTP/1.1 200"),
            "{head}\n{}",
            String::from_utf8_lossy(&body)
        );
        let answer: serde_json::Value = serde_json::from_slice(&body).expect("json");
        assert_eq!(answer["type"], 4, "{answer}");

        // The same bytes again, still fresh: refused.
        let (head, _) = send(addr, &request).await;
        assert!(head.starts_with("HTTP/1.1 401"), "{head}");
        // Signed again a second later, it is still the same interaction.
        let resigned = signed(now + 1, &help_command(1_400_000_000_000_000_001));
        let (head, _) = send(addr, &resigned).await;
        assert!(head.starts_with("HTTP/1.1 401"), "{head}");

        // The next interaction is answered.
        let fresh = signed(now, &help_command(1_400_000_000_000_000_002));
        let (head, _) = send(addr, &fresh).await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    }
}
