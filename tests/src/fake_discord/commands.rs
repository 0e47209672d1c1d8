//! Application commands: bulk overwrite (what bots call at start-up) and listing, globally
//! or per guild, stored as Discord stores them (ids, version, `type` defaulted).

use super::FakeDiscord;
use super::checks;
use super::reply::Reply;
use super::routes::Incoming;
use super::state::Inner;
use axum::http::Method;
use serde_json::{Value, json};

/// Answers `/applications/{app}/commands` and `/applications/{app}/guilds/{guild}/commands`.
pub(crate) fn route(inner: &mut Inner, parts: &[&str], incoming: &Incoming) -> Option<Reply> {
    let guild = match parts {
        ["applications", _, "commands"] => None,
        ["applications", _, "guilds", guild, "commands"] => Some(guild.parse().ok()?),
        _ => return None,
    };
    match incoming.method {
        Method::PUT => Some(overwrite(inner, guild, &incoming.body)),
        Method::GET => Some(Reply::ok(Value::Array(
            inner.commands.get(&guild).cloned().unwrap_or_default(),
        ))),
        _ => None,
    }
}

/// Bulk overwrite of a command list: the old list goes, the new one is stored and echoed.
fn overwrite(inner: &mut Inner, guild: Option<u64>, body: &Value) -> Reply {
    if let Err(refusal) = checks::commands(body) {
        return Reply::refused(refusal);
    }
    let mut stored = Vec::new();
    for command in body.as_array().cloned().unwrap_or_default() {
        let mut command = command;
        // Discord keeps a command's id across overwrites when its name stays.
        let previous = inner.commands.get(&guild).and_then(|old| {
            old.iter()
                .find(|c| c["name"] == command["name"] && c["type"] == kind(&command))
                .and_then(|c| c["id"].as_str().map(str::to_owned))
        });
        let id = match previous {
            Some(id) => id,
            None => inner.id().to_string(),
        };
        command["id"] = json!(id);
        command["application_id"] = json!(FakeDiscord::APPLICATION_ID.to_string());
        command["version"] = json!(inner.id().to_string());
        command["type"] = kind(&command);
        if let Some(guild) = guild {
            command["guild_id"] = json!(guild.to_string());
        }
        stored.push(command);
    }
    inner.commands.insert(guild, stored.clone());
    Reply::ok(Value::Array(stored))
}

fn kind(command: &Value) -> Value {
    json!(command["type"].as_u64().unwrap_or(1))
}
