//! Channels and their messages: opening DMs, sending, reading, editing and deleting messages,
//! forum posts, and `GET /channels/{id}`. DMs to a person who closed them are refused as
//! Discord refuses them (403, code 50007).

use super::checks::{self, Kind};
use super::objects::{self, id_of};
use super::reply::Reply;
use super::routes::Incoming;
use super::state::Inner;
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

/// Answers `/users/@me/channels` and `/channels/...`.
pub(crate) fn route(inner: &mut Inner, parts: &[&str], incoming: &Incoming) -> Option<Reply> {
    let method = &incoming.method;
    if let (&Method::POST, ["users", "@me", "channels"]) = (method, parts) {
        return Some(open_dm(inner, &incoming.body));
    }
    let ["channels", channel, rest @ ..] = parts else {
        return None;
    };
    let Ok(channel) = channel.parse::<u64>() else {
        return Some(Reply::not_found());
    };
    let reply = match (method, rest) {
        (&Method::GET, []) => match inner.channels.get(&channel) {
            Some(found) => Reply::ok(found.clone()),
            None => Reply::unknown_channel(),
        },
        (&Method::PATCH, []) => edit_channel(inner, channel, &incoming.body),
        (&Method::POST, ["messages"]) => send(inner, channel, incoming),
        (&Method::GET, ["messages", id]) => {
            match id.parse().ok().and_then(|id| inner.message(channel, id)) {
                Some(message) => Reply::ok(message),
                None => Reply::unknown_message(),
            }
        }
        (&Method::PATCH, ["messages", id]) => {
            let Ok(id) = id.parse() else {
                return Some(Reply::unknown_message());
            };
            if let Err(refusal) = checks::message(&incoming.body, Kind::Edit) {
                return Some(Reply::refused(refusal));
            }
            // Discord: "Cannot edit a message authored by another user" (403, 50005).
            if let Some(found) = inner.message(channel, id)
                && objects::id_of(&found["author"]["id"]) != Some(super::FakeDiscord::BOT_USER_ID)
            {
                return Some(Reply::error(
                    StatusCode::FORBIDDEN,
                    50005,
                    "Cannot edit a message authored by another user",
                ));
            }
            match inner.edit(channel, id, &incoming.body, &incoming.uploads) {
                Some(message) => Reply::ok(message),
                None => Reply::unknown_message(),
            }
        }
        (&Method::DELETE, ["messages", id]) => {
            if id.parse().is_ok_and(|id| inner.delete(channel, id)) {
                // Discord tells every gateway session of the deletion, the deleter's included.
                let mut gone = json!({ "id": id, "channel_id": channel.to_string() });
                if let Some(guild) = inner.channels.get(&channel).and_then(|c| c.get("guild_id")) {
                    gone["guild_id"] = guild.clone();
                }
                let _ = inner.events.send(("MESSAGE_DELETE".to_owned(), gone));
                Reply::no_content()
            } else {
                Reply::unknown_message()
            }
        }
        (&Method::POST, ["threads"]) => forum_post(inner, channel, incoming),
        _ => return None,
    };
    Some(reply)
}

/// `POST /users/@me/channels {recipient_id}`: the DM channel, the same one each time.
fn open_dm(inner: &mut Inner, body: &Value) -> Reply {
    let Some(user) = id_of(&body["recipient_id"]) else {
        return Reply::refused(checks::Refusal::Invalid(vec![checks::Problem {
            path: "recipient_id".into(),
            code: "BASE_TYPE_REQUIRED",
            message: "This field is required".into(),
        }]));
    };
    let channel = inner.dm_channel(user);
    Reply::ok(objects::dm_channel(channel, user))
}

fn send(inner: &mut Inner, channel: u64, incoming: &Incoming) -> Reply {
    if inner
        .dm_recipient(channel)
        .is_some_and(|user| inner.closed_dms.contains(&user))
    {
        return Reply::error(
            StatusCode::FORBIDDEN,
            50007,
            "Cannot send messages to this user",
        );
    }
    if inner
        .channels
        .get(&channel)
        .and_then(|c| c["type"].as_u64())
        == Some(15)
    {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            50024,
            "Cannot execute action on this channel type",
        );
    }
    let kind = Kind::New {
        files: incoming.has_files(),
    };
    if let Err(refusal) = checks::message(&incoming.body, kind) {
        return Reply::refused(refusal);
    }
    Reply::ok(inner.post(channel, &incoming.body, &incoming.uploads))
}

/// `POST /channels/{forum}/threads`: a forum post, i.e. a thread whose first message has the
/// thread's id. Tags must be the forum's own.
fn forum_post(inner: &mut Inner, forum: u64, incoming: &Incoming) -> Reply {
    let Some(channel) = inner.channels.get(&forum).cloned() else {
        return Reply::unknown_channel();
    };
    if channel["type"].as_u64() != Some(15) {
        // Threads in text channels are not part of the fake.
        return Reply::error(
            StatusCode::BAD_REQUEST,
            50024,
            "Cannot execute action on this channel type",
        );
    }
    let body = &incoming.body;
    if let Err(refusal) = checks::forum_post(body, incoming.has_files()) {
        return Reply::refused(refusal);
    }
    let known: Vec<u64> = channel["available_tags"]
        .as_array()
        .map(|tags| tags.iter().filter_map(|t| id_of(&t["id"])).collect())
        .unwrap_or_default();
    let applied = body["applied_tags"].as_array().cloned().unwrap_or_default();
    if let Some(n) = applied
        .iter()
        .position(|t| id_of(t).is_none_or(|t| !known.contains(&t)))
    {
        return Reply::refused(checks::Refusal::Invalid(vec![checks::Problem {
            path: format!("applied_tags.{n}"),
            code: "FORUM_TAG_INVALID",
            message: "Unknown forum tag".into(),
        }]));
    }
    let guild = id_of(&channel["guild_id"]).unwrap_or_default();
    let thread = inner.id();
    let attachments = inner.attachments(&incoming.uploads);
    let message = objects::message_with(thread, thread, &body["message"], attachments);
    inner.store(thread, message.clone());
    let mut channel = objects::thread_channel(thread, guild, forum, body);
    channel["message_count"] = json!(1);
    channel["total_message_sent"] = json!(1);
    inner.channels.insert(thread, channel.clone());
    channel["message"] = message;
    inner.threads.push(channel.clone());
    Reply::ok(channel)
}

/// `PATCH /channels/{id}`: a channel's or thread's `name` (1-100 characters) and a forum's
/// `available_tags` are part of the fake. The tag list replaces the old one: tags sent with an
/// id keep it, new ones get one. At most 20 tags of at most 20 characters, as on Discord.
fn edit_channel(inner: &mut Inner, channel: u64, body: &Value) -> Reply {
    if !inner.channels.contains_key(&channel) {
        return Reply::unknown_channel();
    }
    if let Some(name) = body["name"].as_str() {
        if name.is_empty() || name.chars().count() > 100 {
            return Reply::refused(checks::Refusal::Invalid(vec![checks::Problem {
                path: "name".into(),
                code: "BASE_TYPE_BAD_LENGTH",
                message: "Must be between 1 and 100 in length.".into(),
            }]));
        }
        if let Some(stored) = inner.channels.get_mut(&channel) {
            stored["name"] = json!(name);
        }
        for thread in inner
            .threads
            .iter_mut()
            .filter(|t| id_of(&t["id"]) == Some(channel))
        {
            thread["name"] = json!(name);
        }
    }
    let Some(existing) = inner.channels.get(&channel).cloned() else {
        return Reply::unknown_channel();
    };
    let Some(tags) = body["available_tags"].as_array() else {
        return Reply::ok(existing);
    };
    let invalid = |path: String, code: &'static str, message: &str| {
        Reply::refused(checks::Refusal::Invalid(vec![checks::Problem {
            path,
            code,
            message: message.into(),
        }]))
    };
    if tags.len() > 20 {
        return invalid(
            "available_tags".into(),
            "BASE_TYPE_MAX_LENGTH",
            "Must be 20 or fewer in length.",
        );
    }
    let mut kept = Vec::new();
    for (n, tag) in tags.iter().enumerate() {
        let name = tag["name"].as_str().unwrap_or_default();
        if name.is_empty() || name.chars().count() > 20 {
            return invalid(
                format!("available_tags.{n}.name"),
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 20 in length.",
            );
        }
        let id = id_of(&tag["id"]).unwrap_or_else(|| inner.id());
        kept.push(json!({"id": id.to_string(), "name": name, "moderated": tag["moderated"].as_bool().unwrap_or(false),
                         "emoji_id": tag["emoji_id"].clone(), "emoji_name": tag["emoji_name"].clone()}));
    }
    let Some(stored) = inner.channels.get_mut(&channel) else {
        return Reply::unknown_channel();
    };
    stored["available_tags"] = Value::Array(kept);
    Reply::ok(stored.clone())
}
