//! The REST API: one handler reads each request as Discord's router would, then checks the
//! token, pending injected failures and the rate limits, lets the route modules answer, and
//! records the call. Routes nobody answers get Discord's 404.

use super::calls::Call;
use super::failure::Injected;
use super::limits::Refused;
use super::reply::Reply;
use super::state::Shared;
use super::{FakeDiscord, channels, commands, guilds, interactions, objects};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::{Method, header};
use axum::response::Response;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Discord accepts uploads up to 25 MiB; axum's default limit is 2 MiB.
const MAX_BODY: usize = 25 * 1024 * 1024;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/gateway", axum::routing::get(super::gateway::upgrade))
        .fallback(handle)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(shared)
}

/// A request as the routes see it.
#[derive(Debug)]
pub(crate) struct Incoming {
    pub method: Method,
    /// The JSON body, or a multipart request's `payload_json`; `Null` when empty.
    pub body: Value,
    /// Files of a multipart request: `(filename, bytes)`.
    pub uploads: Vec<(String, Vec<u8>)>,
    /// The query string, if any (`after=1&limit=200`).
    pub query: Option<String>,
}

impl Incoming {
    pub fn has_files(&self) -> bool {
        !self.uploads.is_empty()
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let authorization = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let (body, uploads, readable) = match read_body(request).await {
        Ok((body, uploads)) => (body, uploads, true),
        Err(()) => (Value::Null, Vec::new(), false),
    };
    let incoming = Incoming {
        method: method.clone(),
        body,
        uploads,
        query: query.clone(),
    };
    let received = Instant::now();
    let reply = answer(
        &shared,
        &path,
        authorization.as_deref(),
        &incoming,
        readable,
    );
    shared.record(Call {
        method: method.to_string(),
        path,
        query,
        body: incoming.body,
        files: incoming.uploads.iter().map(|(n, _)| n.clone()).collect(),
        uploads: incoming.uploads,
        status: reply.status.as_u16(),
        authorization,
        response: reply.body.clone(),
        at: received,
    });
    reply.into_response()
}

/// The JSON body, or the `payload_json` part and the files of a multipart body. `Err`: a
/// body that is not JSON.
async fn read_body(request: Request) -> Result<(Value, Vec<(String, Vec<u8>)>), ()> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        let mut form = Multipart::from_request(request, &())
            .await
            .map_err(|_| ())?;
        let mut payload = Value::Null;
        let mut files = Vec::new();
        while let Some(field) = form.next_field().await.map_err(|_| ())? {
            let name = field.name().unwrap_or_default().to_owned();
            let filename = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await.map_err(|_| ())?;
            if name == "payload_json" {
                payload = serde_json::from_slice(&bytes).map_err(|_| ())?;
            } else if let Some(filename) = filename {
                files.push((filename, bytes.to_vec()));
            }
        }
        return Ok((payload, files));
    }
    let bytes = Bytes::from_request(request, &()).await.map_err(|_| ())?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok((Value::Null, Vec::new()));
    }
    Ok((serde_json::from_slice(&bytes).map_err(|_| ())?, Vec::new()))
}

/// `readable`: whether the body could be read as JSON (or multipart with JSON).
fn answer(
    shared: &Shared,
    path: &str,
    authorization: Option<&str>,
    incoming: &Incoming,
    readable: bool,
) -> Reply {
    let Some(route) = path.strip_prefix("/api/v10/") else {
        return Reply::not_found();
    };
    let parts: Vec<&str> = route.trim_end_matches('/').split('/').collect();
    // Interaction callbacks and webhooks are authorised by the token in their path.
    let token_in_path = matches!(parts.first(), Some(&"interactions" | &"webhooks"));
    let expected = format!("Bot {}", FakeDiscord::TOKEN);
    let authorised = authorization == Some(expected.as_str());
    if !token_in_path && !authorised {
        return Reply::unauthorized();
    }
    if !readable {
        return Reply::invalid_json();
    }
    let mut inner = shared.lock();
    // What the bot sends on its own (DMs: open the channel, post) must wait out a 429.
    let bulk = match (&incoming.method, parts.as_slice()) {
        (&Method::POST, ["users", "@me", "channels"]) => true,
        (&Method::POST, ["channels", id, "messages"]) => id
            .parse()
            .is_ok_and(|channel| inner.dm_recipient(channel).is_some()),
        _ => false,
    };
    let now = Instant::now();
    if bulk && let Some(held) = inner.held_until.filter(|held| *held > now) {
        inner.early_sends += 1;
        let refused = Refused {
            retry_after: (held - now).as_secs_f64(),
            global: false,
            bucket: None,
        };
        return Reply::rate_limited(&refused);
    }
    if let Some(reply) = Injected::take(&mut inner.failure) {
        if let Some(wait) = reply.retry_after() {
            inner.held_until = Some(now + wait);
        }
        return reply;
    }
    let mut bucket = None;
    // Callbacks are exempt from the global limit, as on Discord.
    if parts.first() != Some(&"interactions") {
        let channel = match (&incoming.method, parts.as_slice()) {
            (&Method::POST, ["channels", id, "messages"]) => id.parse().ok(),
            _ => None,
        };
        match inner.limiter.take(channel, Instant::now()) {
            Ok(state) => bucket = state,
            Err(refused) => {
                inner.held_until = Some(now + Duration::from_secs_f64(refused.retry_after));
                return Reply::rate_limited(&refused);
            }
        }
    }
    let method = &incoming.method;
    let mut reply = match (method, parts.as_slice()) {
        (&Method::GET, ["users", "@me"]) => Reply::ok(objects::bot_user()),
        (&Method::GET, ["applications", "@me"] | ["oauth2", "applications", "@me"]) => {
            Reply::ok(objects::application())
        }
        (&Method::GET, ["gateway"] | ["gateway", "bot"]) => Reply::ok(json!({
            "url": shared.gateway_url(),
            "shards": 1,
            "session_start_limit": {
                "total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1,
            },
        })),
        _ => commands::route(&mut inner, &parts, incoming)
            .or_else(|| guilds::route(&inner, &parts, incoming))
            .or_else(|| channels::route(&mut inner, &parts, incoming))
            .or_else(|| interactions::route(&mut inner, &parts, incoming))
            .unwrap_or_else(Reply::not_found),
    };
    if let Some(bucket) = bucket {
        reply.headers.extend(bucket.headers());
    }
    reply
}
