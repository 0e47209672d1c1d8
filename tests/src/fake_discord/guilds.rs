//! `GET /users/@me/guilds`: the servers the bot is in, as partial guild objects, sorted by id
//! and paged with `after` and `limit` (default and most 200), as Discord documents it
//! (https://discord.com/developers/docs/resources/user#get-current-user-guilds).

use super::reply::Reply;
use super::routes::Incoming;
use super::state::Inner;
use axum::http::Method;
use serde_json::{Value, json};

/// Discord's default and largest page.
const MOST: usize = 200;

/// Answers `GET /users/@me/guilds`.
pub(crate) fn route(inner: &Inner, parts: &[&str], incoming: &Incoming) -> Option<Reply> {
    if (&incoming.method, parts) != (&Method::GET, &["users", "@me", "guilds"][..]) {
        return None;
    }
    let param = |name: &str| -> Option<u64> {
        incoming
            .query
            .as_deref()?
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?
            .parse()
            .ok()
    };
    let after = param("after").unwrap_or(0);
    let limit = param("limit").map_or(MOST, |n| (n as usize).clamp(1, MOST));
    let page: Vec<Value> = inner
        .guilds
        .iter()
        .filter(|id| **id > after)
        .take(limit)
        .map(|id| partial_guild(*id))
        .collect();
    Some(Reply::ok(Value::Array(page)))
}

/// A partial guild with the fields serenity's `GuildInfo` requires.
fn partial_guild(id: u64) -> Value {
    json!({
        "id": id.to_string(),
        "name": format!("server {id}"),
        "icon": null,
        "owner": false,
        // VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, READ_MESSAGE_HISTORY, USE_APPLICATION_COMMANDS
        "permissions": "2147568640",
        "features": [],
    })
}
