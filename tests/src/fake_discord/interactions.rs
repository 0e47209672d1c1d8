//! Interaction responses: the callback (`POST /interactions/{id}/{token}/callback`) and the
//! interaction webhook (follow-ups, and reading, editing or deleting the original response).
//! Both are authorised by the token in their path, not the bot token, and the callback is
//! exempt from the global rate limit.
//!
//! A bot answering on the HTTP interactions endpoint sends its first response in the HTTP
//! answer, which the fake never sees; an edit of `@original` then creates it here.

use super::FakeDiscord;
use super::checks::{self, Kind};
use super::objects::{self, id_of};
use super::reply::Reply;
use super::routes::Incoming;
use super::state::Inner;
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

/// Discord's `LOADING` message flag, set on the original response of a deferral.
const LOADING: u64 = 1 << 7;

/// Answers `/interactions/...` and `/webhooks/...`.
pub(crate) fn route(inner: &mut Inner, parts: &[&str], incoming: &Incoming) -> Option<Reply> {
    match (&incoming.method, parts) {
        (&Method::POST, ["interactions", id, token, "callback"]) => {
            Some(callback(inner, id, token, incoming))
        }
        (_, ["webhooks", app, token, rest @ ..]) => {
            if app.parse::<u64>().ok() != Some(FakeDiscord::APPLICATION_ID) {
                return Some(Reply::unknown_webhook());
            }
            webhook(inner, token, rest, incoming)
        }
        _ => None,
    }
}

fn callback(inner: &mut Inner, id: &str, token: &str, incoming: &Incoming) -> Reply {
    if inner.interaction_responses.iter().any(|(i, _)| i == id) {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            40060,
            "Interaction has already been acknowledged.",
        );
    }
    let body = &incoming.body;
    if let Err(refusal) = checks::interaction_response(body, incoming.has_files()) {
        return Reply::refused(refusal);
    }
    inner
        .interaction_responses
        .push((id.to_owned(), body.clone()));
    // A message reply, or a deferral ("thinking…"), becomes the interaction's original message.
    match body["type"].as_u64() {
        Some(4) => {
            let message = interaction_message(inner, token, &body["data"], &incoming.uploads);
            inner.originals.insert(token.to_owned(), message);
        }
        Some(5) => {
            let mut message = interaction_message(inner, token, &json!({}), &[]);
            let flags = body["data"]["flags"].as_u64().unwrap_or_default() | LOADING;
            message["flags"] = json!(flags);
            inner.originals.insert(token.to_owned(), message);
        }
        _ => {}
    }
    Reply::no_content()
}

fn webhook(inner: &mut Inner, token: &str, rest: &[&str], incoming: &Incoming) -> Option<Reply> {
    let body = &incoming.body;
    let reply = match (&incoming.method, rest) {
        (&Method::POST, []) => {
            let kind = Kind::New {
                files: incoming.has_files(),
            };
            if let Err(refusal) = checks::message(body, kind) {
                return Some(Reply::refused(refusal));
            }
            let message = interaction_message(inner, token, body, &incoming.uploads);
            inner.followups.push((token.to_owned(), message.clone()));
            Reply::ok(message)
        }
        (&Method::GET, ["messages", which]) => match find(inner, token, which) {
            Some(message) => Reply::ok(message.clone()),
            None => Reply::unknown_message(),
        },
        (&Method::PATCH, ["messages", which]) => {
            if let Err(refusal) = checks::message(body, Kind::Edit) {
                return Some(Reply::refused(refusal));
            }
            if *which == "@original" && !inner.originals.contains_key(token) {
                // Answered in the endpoint's HTTP response: the fake learns of it now.
                let message = interaction_message(inner, token, &json!({}), &[]);
                inner.originals.insert(token.to_owned(), message);
            }
            let attachments = inner.attachments(&incoming.uploads);
            match find(inner, token, which) {
                Some(message) => {
                    objects::apply_edit(message, body, attachments);
                    Reply::ok(message.clone())
                }
                None => Reply::unknown_message(),
            }
        }
        (&Method::DELETE, ["messages", which]) => {
            let removed = if *which == "@original" {
                inner.originals.remove(token).is_some()
            } else {
                let before = inner.followups.len();
                inner
                    .followups
                    .retain(|(t, m)| !(t == token && m["id"].as_str() == Some(which)));
                before != inner.followups.len()
            };
            if removed {
                Reply::no_content()
            } else {
                Reply::unknown_message()
            }
        }
        _ => return None,
    };
    Some(reply)
}

/// An answer the bot gave in its endpoint's HTTP response: Discord makes it the
/// interaction's original message, one of the channel's messages when everyone sees it (so
/// the bot may edit it there later, as its author). Deferrals are learnt of by their edit.
pub(crate) fn answered(inner: &mut Inner, token: &str, answer: &Value) {
    if answer["type"].as_u64() != Some(4) || inner.originals.contains_key(token) {
        return;
    }
    let message = interaction_message(inner, token, &answer["data"], &[]);
    let ephemeral = answer["data"]["flags"].as_u64().unwrap_or_default() & 64 != 0;
    if !ephemeral && let Some(channel) = id_of(&message["channel_id"]) {
        inner.store(channel, message.clone());
    }
    inner.originals.insert(token.to_owned(), message);
}

/// The original response (`@original`) or a follow-up of the interaction with `token`.
fn find<'a>(inner: &'a mut Inner, token: &str, which: &str) -> Option<&'a mut Value> {
    if which == "@original" {
        return inner.originals.get_mut(token);
    }
    let id: u64 = which.parse().ok()?;
    let is_original = inner
        .originals
        .get(token)
        .is_some_and(|original| id_of(&original["id"]) == Some(id));
    if is_original {
        return inner.originals.get_mut(token);
    }
    inner
        .followups
        .iter_mut()
        .find(|(t, m)| t == token && id_of(&m["id"]) == Some(id))
        .map(|(_, m)| m)
}

/// A message sent through the interaction's webhook.
fn interaction_message(
    inner: &mut Inner,
    token: &str,
    body: &Value,
    uploads: &[(String, Vec<u8>)],
) -> Value {
    let id = inner.id();
    let channel = inner
        .interaction_channels
        .get(token)
        .copied()
        .unwrap_or(FakeDiscord::INTERACTION_CHANNEL_ID);
    let attachments = inner.attachments(uploads);
    let mut message = objects::message_with(id, channel, body, attachments);
    let application = json!(FakeDiscord::APPLICATION_ID.to_string());
    message["webhook_id"] = application.clone();
    message["application_id"] = application;
    message
}
