//! The REST API: one handler reads the path as Discord's routes do, checks the token and the
//! limits, answers, and records the call.

use super::calls::Call;
use super::state::{Shared, bot_user};
use super::{FakeDiscord, checks};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Instant;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/gateway", axum::routing::get(super::gateway::upgrade))
        .fallback(handle)
        .with_state(shared)
}

/// One answer: status, JSON body (`Null`: none) and extra headers.
struct Reply {
    status: StatusCode,
    body: Value,
    headers: Vec<(&'static str, String)>,
}

fn ok(body: Value) -> Reply {
    Reply {
        status: StatusCode::OK,
        body,
        headers: Vec::new(),
    }
}

fn error(status: StatusCode, code: i64, message: &str) -> Reply {
    Reply {
        status,
        body: json!({"code": code, "message": message}),
        headers: Vec::new(),
    }
}

fn invalid(why: String) -> Reply {
    error(
        StatusCode::BAD_REQUEST,
        50035,
        &format!("Invalid Form Body: {why}"),
    )
}

fn not_found() -> Reply {
    error(StatusCode::NOT_FOUND, 0, "404: Not Found")
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let headers = request.headers().clone();
    let (body, files) = read_body(request).await;
    let reply = answer(&shared, &method, &path, &headers, &body, &files);
    shared.record(Call {
        method: method.to_string(),
        path,
        body,
        files,
        status: reply.status.as_u16(),
        response: reply.body.clone(),
    });
    let mut response = if reply.status == StatusCode::NO_CONTENT {
        StatusCode::NO_CONTENT.into_response()
    } else {
        (reply.status, axum::Json(reply.body)).into_response()
    };
    for (name, value) in reply.headers {
        if let Ok(value) = value.parse() {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

/// The JSON body, or the `payload_json` part and file names of a multipart body.
async fn read_body(request: Request) -> (Value, Vec<String>) {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        let Ok(mut form) = Multipart::from_request(request, &()).await else {
            return (Value::Null, Vec::new());
        };
        let mut payload = Value::Null;
        let mut files = Vec::new();
        while let Ok(Some(field)) = form.next_field().await {
            let name = field.name().unwrap_or_default().to_owned();
            let filename = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await.unwrap_or_default();
            if name == "payload_json" {
                payload = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            } else if let Some(filename) = filename {
                files.push(filename);
            }
        }
        return (payload, files);
    }
    let bytes = Bytes::from_request(request, &()).await.unwrap_or_default();
    (
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        Vec::new(),
    )
}

fn answer(
    shared: &Shared,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
    body: &Value,
    files: &[String],
) -> Reply {
    let Some(route) = path.strip_prefix("/api/v10/") else {
        return not_found();
    };
    let parts: Vec<&str> = route.split('/').collect();
    // Interaction callbacks and webhooks are authorised by the token in their path.
    let token_in_path = matches!(parts.first(), Some(&"interactions" | &"webhooks"));
    let authorised = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        == Some(&format!("Bot {}", FakeDiscord::TOKEN));
    if !token_in_path && !authorised {
        return error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized");
    }
    let mut inner = shared.lock();
    // Callbacks are exempt from the global limit, as on Discord.
    if parts.first() != Some(&"interactions") {
        let channel = match (method, parts.as_slice()) {
            (&Method::POST, ["channels", id, "messages"]) => id.parse().ok(),
            _ => None,
        };
        if let Err(refused) = inner.limiter.take(channel, Instant::now()) {
            let mut reply = error(
                StatusCode::TOO_MANY_REQUESTS,
                0,
                "You are being rate limited.",
            );
            reply.body = json!({
                "message": "You are being rate limited.",
                "retry_after": refused.retry_after,
                "global": refused.global,
            });
            reply.headers = vec![
                ("retry-after", format!("{}", refused.retry_after.ceil())),
                ("x-ratelimit-remaining", "0".into()),
                (
                    "x-ratelimit-reset-after",
                    format!("{:.3}", refused.retry_after),
                ),
                ("x-ratelimit-global", refused.global.to_string()),
            ];
            return reply;
        }
    }
    match (method, parts.as_slice()) {
        (&Method::GET, ["users", "@me"]) => ok(bot_user()),
        (&Method::GET, ["applications", "@me"] | ["oauth2", "applications", "@me"]) => ok(json!({
            "id": FakeDiscord::APPLICATION_ID.to_string(), "name": "crowdsprint", "icon": null,
            "description": "", "bot_public": true, "bot_require_code_grant": false,
            "verify_key": "", "flags": 0,
        })),
        (&Method::PUT, ["applications", _, "commands"]) => overwrite(&mut inner, None, body),
        (&Method::PUT, ["applications", _, "guilds", guild, "commands"]) => {
            overwrite(&mut inner, guild.parse().ok(), body)
        }
        (&Method::POST, ["users", "@me", "channels"]) => {
            let Some(user) = body["recipient_id"]
                .as_str()
                .and_then(|s| s.parse::<u64>().ok())
                .or_else(|| body["recipient_id"].as_u64())
            else {
                return invalid("recipient_id".into());
            };
            let channel = inner.dm_channel(user);
            ok(json!({
                "id": channel.to_string(), "type": 1, "last_message_id": null,
                "recipients": [{"id": user.to_string(), "username": format!("user{user}"),
                                "discriminator": "0", "avatar": null}],
            }))
        }
        (&Method::POST, ["channels", channel, "messages"]) => {
            let Ok(channel) = channel.parse::<u64>() else {
                return not_found();
            };
            let closed = inner
                .dm_channels
                .iter()
                .any(|(user, ch)| *ch == channel && inner.closed_dms.contains(user));
            if closed {
                return error(
                    StatusCode::FORBIDDEN,
                    50007,
                    "Cannot send messages to this user",
                );
            }
            if let Some(why) = checks::message(body) {
                return invalid(why);
            }
            ok(inner.post(channel, body, files))
        }
        (&Method::PATCH, ["channels", channel, "messages", id]) => {
            let (Ok(channel), Ok(id)) = (channel.parse(), id.parse()) else {
                return not_found();
            };
            if let Some(why) = checks::message(body) {
                return invalid(why);
            }
            match inner.edit(channel, id, body) {
                Some(message) => ok(message),
                None => error(StatusCode::NOT_FOUND, 10008, "Unknown Message"),
            }
        }
        (&Method::POST, ["interactions", _, _, "callback"]) => {
            if let Some(why) = checks::interaction_response(body) {
                return invalid(why);
            }
            Reply {
                status: StatusCode::NO_CONTENT,
                body: Value::Null,
                headers: Vec::new(),
            }
        }
        (&Method::POST, ["webhooks", _, _])
        | (&Method::PATCH, ["webhooks", _, _, "messages", _]) => {
            if let Some(why) = checks::message(body) {
                return invalid(why);
            }
            let id = inner.id();
            ok(super::state::message(id, 0, body, files))
        }
        (&Method::GET, ["gateway"] | ["gateway", "bot"]) => ok(json!({
            "url": shared.gateway_url(), "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
        })),
        _ => not_found(),
    }
}

/// Bulk overwrite of a command list, as Discord stores it.
fn overwrite(inner: &mut super::state::Inner, guild: Option<u64>, body: &Value) -> Reply {
    if let Some(why) = checks::commands(body) {
        return invalid(why);
    }
    let mut stored = Vec::new();
    for command in body.as_array().cloned().unwrap_or_default() {
        let mut command = command;
        command["id"] = json!(inner.id().to_string());
        command["application_id"] = json!(FakeDiscord::APPLICATION_ID.to_string());
        command["version"] = json!("1");
        if command["type"].is_null() {
            command["type"] = json!(1);
        }
        if let Some(guild) = guild {
            command["guild_id"] = json!(guild.to_string());
        }
        stored.push(command);
    }
    inner.commands.insert(guild, stored.clone());
    ok(Value::Array(stored))
}
