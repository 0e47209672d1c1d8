//! The JSON objects Discord returns (users, messages, channels, the application), with every
//! field serenity 0.12 needs to deserialize them and fixed timestamps so answers are
//! reproducible.

use super::FakeDiscord;
use serde_json::{Value, json};

/// When every message is sent, in the fake's world (the tests' start time).
pub const TIMESTAMP: &str = "2026-06-15T09:00:00.000000+00:00";
/// When every edit happens.
pub const EDITED_TIMESTAMP: &str = "2026-06-15T09:00:01.000000+00:00";

/// The bot's user as Discord shows it.
pub fn bot_user() -> Value {
    json!({
        "id": FakeDiscord::BOT_USER_ID.to_string(),
        "username": "crowdsprint",
        "global_name": null,
        "discriminator": "0",
        "avatar": null,
        "bot": true,
    })
}

/// A person the fake knows only by id.
pub fn user(id: u64) -> Value {
    json!({
        "id": id.to_string(),
        "username": format!("user{id}"),
        "global_name": null,
        "discriminator": "0",
        "avatar": null,
    })
}

/// `GET /applications/@me`: the fields serenity's `CurrentApplicationInfo` requires.
pub fn application() -> Value {
    json!({
        "id": FakeDiscord::APPLICATION_ID.to_string(),
        "name": "crowdsprint",
        "icon": null,
        "description": "",
        "bot_public": true,
        "bot_require_code_grant": false,
        "verify_key": "",
        "flags": 0,
        "owner": user(FakeDiscord::OWNER_USER_ID),
        "team": null,
    })
}

/// A message the bot sent to `channel`, as Discord returns it (`files`: names of uploaded
/// attachments).
pub fn message(id: u64, channel: u64, body: &Value, files: &[String]) -> Value {
    let attachments = files
        .iter()
        .enumerate()
        .map(|(n, name)| attachment(id + 1 + n as u64, name, 0))
        .collect();
    message_with(id, channel, body, attachments)
}

/// A message with the given attachment objects.
pub(crate) fn message_with(id: u64, channel: u64, body: &Value, attachments: Vec<Value>) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": channel.to_string(),
        "author": bot_user(),
        "content": body["content"].as_str().unwrap_or_default(),
        "embeds": body["embeds"].as_array().cloned().unwrap_or_default(),
        "components": body["components"].as_array().cloned().unwrap_or_default(),
        "timestamp": TIMESTAMP,
        "edited_timestamp": null,
        "tts": body["tts"].as_bool().unwrap_or(false),
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments,
        "pinned": false,
        "type": 0,
        "flags": body["flags"].as_u64().unwrap_or_default(),
    })
}

/// An uploaded file as a message shows it.
pub(crate) fn attachment(id: u64, name: &str, size: usize) -> Value {
    let url = format!("https://cdn.discordapp.test/attachments/{id}/{name}");
    json!({"id": id.to_string(), "filename": name, "size": size, "url": url, "proxy_url": url})
}

/// Applies an edit body to a stored message: the fields sent replace the old ones.
pub(crate) fn apply_edit(stored: &mut Value, body: &Value, uploads: Vec<Value>) {
    for key in ["content", "embeds", "components", "flags"] {
        if let Some(value) = body.get(key)
            && !value.is_null()
        {
            stored[key] = value.clone();
        }
    }
    // `attachments` lists the old attachments to keep; new uploads are added after them.
    if body.get("attachments").is_some() || !uploads.is_empty() {
        let keep: Vec<u64> = body["attachments"]
            .as_array()
            .map(|list| list.iter().filter_map(|a| id_of(&a["id"])).collect())
            .unwrap_or_default();
        let mut attachments: Vec<Value> = stored["attachments"]
            .as_array()
            .map(|old| {
                old.iter()
                    .filter(|a| id_of(&a["id"]).is_some_and(|id| keep.contains(&id)))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        attachments.extend(uploads);
        stored["attachments"] = Value::Array(attachments);
    }
    stored["edited_timestamp"] = json!(EDITED_TIMESTAMP);
}

/// A DM channel with `user`.
pub fn dm_channel(channel: u64, user_id: u64) -> Value {
    json!({
        "id": channel.to_string(),
        "type": 1,
        "last_message_id": null,
        "flags": 0,
        "recipients": [user(user_id)],
    })
}

/// A text channel in a guild (type 0).
pub fn text_channel(guild: u64, channel: u64, name: &str) -> Value {
    json!({
        "id": channel.to_string(),
        "type": 0,
        "guild_id": guild.to_string(),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": false,
        "parent_id": null,
        "topic": null,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "flags": 0,
    })
}

/// A forum channel (type 15) with its tags.
pub fn forum_channel(guild: u64, forum: u64, tags: &[(u64, &str)]) -> Value {
    let tags: Vec<Value> = tags
        .iter()
        .map(|(id, name)| {
            json!({"id": id.to_string(), "name": name, "moderated": false,
                   "emoji_id": null, "emoji_name": null})
        })
        .collect();
    let mut forum = text_channel(guild, forum, &format!("forum-{forum}"));
    forum["type"] = json!(15);
    let extra = json!({
        "available_tags": tags,
        "default_reaction_emoji": null,
        "default_sort_order": null,
        "default_forum_layout": 0,
    });
    if let (Some(map), Some(extra)) = (forum.as_object_mut(), extra.as_object()) {
        map.extend(extra.clone());
    }
    forum
}

/// A forum post's thread (type 11, a public thread in `forum`), without its first message.
pub fn thread_channel(thread: u64, guild: u64, forum: u64, body: &Value) -> Value {
    json!({
        "id": thread.to_string(),
        "type": 11,
        "guild_id": guild.to_string(),
        "parent_id": forum.to_string(),
        "owner_id": FakeDiscord::BOT_USER_ID.to_string(),
        "name": body["name"].as_str().unwrap_or_default(),
        "applied_tags": body["applied_tags"].as_array().cloned().unwrap_or_default(),
        "last_message_id": thread.to_string(),
        "message_count": 0,
        "member_count": 1,
        "total_message_sent": 0,
        "rate_limit_per_user": body["rate_limit_per_user"].as_u64().unwrap_or_default(),
        "flags": 0,
        "thread_metadata": {
            "archived": false,
            "auto_archive_duration": body["auto_archive_duration"].as_u64().unwrap_or(4320),
            "archive_timestamp": TIMESTAMP,
            "locked": false,
            "create_timestamp": TIMESTAMP,
        },
    })
}

/// A snowflake sent as a string (as Discord and serenity do) or as a number.
pub(crate) fn id_of(value: &Value) -> Option<u64> {
    value
        .as_str()
        .and_then(|s| s.parse().ok())
        .or_else(|| value.as_u64())
}
