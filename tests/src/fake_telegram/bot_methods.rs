//! Methods about the bot and its chats rather than messages: getMe, commands and descriptions,
//! webhooks, getChat, getChatMember and answerCallbackQuery.

use super::chats::{self, BotInfo};
use super::failure::ApiError;
use super::format::utf16_len;
use super::params;
use super::state::{CallbackAnswer, Inner, Webhook};
use serde_json::{Value, json};

pub(crate) fn get_me(bot: &BotInfo) -> Value {
    bot.me_json()
}

/// The key commands are stored under: the scope (default scope if none) and language.
pub(crate) fn commands_key(scope: Option<&Value>, language_code: &str) -> (String, String) {
    let scope = scope
        .cloned()
        .unwrap_or_else(|| json!({ "type": "default" }));
    (scope.to_string(), language_code.to_owned())
}

fn scope_and_language(p: &Value) -> Result<(String, String), ApiError> {
    let scope = params::object(p, "scope")?;
    let language = params::text(p, "language_code").unwrap_or_default();
    let valid = language.is_empty()
        || (language.len() == 2 && language.bytes().all(|b| b.is_ascii_lowercase()));
    if !valid {
        // Telegram wants an ISO 639-1 code: "cy", not "cy-GB".
        return Err(ApiError::bad_request("Invalid language code specified"));
    }
    Ok(commands_key(scope.as_ref(), &language))
}

pub(crate) fn set_my_commands(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let key = scope_and_language(p)?;
    let commands = params::object(p, "commands")?.unwrap_or_else(|| json!([]));
    let commands = commands
        .as_array()
        .ok_or_else(|| ApiError::bad_request("can't parse commands JSON object"))?;
    if commands.len() > 100 {
        return Err(ApiError::bad_request("BOT_COMMANDS_TOO_MUCH"));
    }
    let mut list = Vec::new();
    for command in commands {
        let name = command["command"].as_str().unwrap_or_default();
        let description = command["description"].as_str().unwrap_or_default();
        let name_ok = (1..=32).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !name_ok {
            return Err(ApiError::bad_request("BOT_COMMAND_INVALID"));
        }
        if !(1..=256).contains(&utf16_len(description.trim())) {
            return Err(ApiError::bad_request("BOT_COMMAND_DESCRIPTION_INVALID"));
        }
        list.push((name.to_owned(), description.to_owned()));
    }
    inner.commands.insert(key, list);
    Ok(json!(true))
}

pub(crate) fn get_my_commands(inner: &Inner, p: &Value) -> Result<Value, ApiError> {
    let key = scope_and_language(p)?;
    let commands: Vec<Value> = inner
        .commands
        .get(&key)
        .into_iter()
        .flatten()
        .map(|(command, description)| json!({ "command": command, "description": description }))
        .collect();
    Ok(Value::Array(commands))
}

pub(crate) fn delete_my_commands(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let key = scope_and_language(p)?;
    inner.commands.remove(&key);
    Ok(json!(true))
}

/// setMyDescription, setMyShortDescription, setMyName: checked for length, then acknowledged.
pub(crate) fn set_my_text(p: &Value, key: &str, max: usize) -> Result<Value, ApiError> {
    scope_and_language(p)?;
    let text = params::text(p, key).unwrap_or_default();
    if utf16_len(&text) > max {
        return Err(ApiError::bad_request(format_args!("{key} is too long")));
    }
    Ok(json!(true))
}

pub(crate) fn set_webhook(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let url = params::text(p, "url").unwrap_or_default();
    if url.is_empty() {
        inner.webhook = None;
        return Ok(json!(true));
    }
    if !url.starts_with("https://") {
        return Err(ApiError::bad_request(
            "bad webhook: HTTPS url must be provided for webhook",
        ));
    }
    let secret_token = params::text(p, "secret_token").filter(|secret| !secret.is_empty());
    if let Some(secret) = &secret_token {
        let allowed = secret.len() <= 256
            && secret
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !allowed {
            return Err(ApiError::bad_request(
                "secret token contains unallowed characters",
            ));
        }
    }
    if params::flag(p, "drop_pending_updates") {
        inner.updates.clear();
    }
    inner.webhook = Some(Webhook { url, secret_token });
    Ok(json!(true))
}

pub(crate) fn delete_webhook(inner: &mut Inner, p: &Value) -> Value {
    if params::flag(p, "drop_pending_updates") {
        inner.updates.clear();
    }
    inner.webhook = None;
    json!(true)
}

pub(crate) fn get_webhook_info(inner: &Inner) -> Value {
    json!({
        "url": inner.webhook.as_ref().map(|hook| hook.url.clone()).unwrap_or_default(),
        "has_custom_certificate": false,
        "pending_update_count": inner.updates.len(),
    })
}

pub(crate) fn get_chat(inner: &Inner, p: &Value) -> Result<Value, ApiError> {
    let chat_id = params::chat_id(p)?;
    let chat = inner.chat_json(chat_id)?;
    Ok(chats::full_info_json(chat))
}

pub(crate) fn get_chat_member(
    inner: &mut Inner,
    bot: &BotInfo,
    p: &Value,
) -> Result<Value, ApiError> {
    let chat_id = params::chat_id(p)?;
    inner.chat_json(chat_id)?;
    let user_id =
        params::int(p, "user_id").ok_or_else(|| ApiError::bad_request("user not found"))?;
    let status = inner
        .members
        .get(&(chat_id, user_id))
        .cloned()
        .unwrap_or_else(|| "member".to_owned());
    let user = if user_id == bot.id {
        bot.user_json()
    } else {
        inner.user(user_id).json()
    };
    Ok(chats::member_json(user, &status))
}

pub(crate) fn answer_callback_query(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let id = params::text(p, "callback_query_id").unwrap_or_default();
    let text = params::text(p, "text").filter(|text| !text.is_empty());
    if text.as_deref().map_or(0, utf16_len) > 200 {
        return Err(ApiError::bad_request("MESSAGE_TOO_LONG"));
    }
    match inner.callbacks.get_mut(&id) {
        Some(answer @ None) => {
            *answer = Some(CallbackAnswer {
                text,
                show_alert: params::flag(p, "show_alert"),
                url: params::text(p, "url"),
            });
            Ok(json!(true))
        }
        // Unknown, or already answered: Telegram says the same.
        _ => Err(ApiError::bad_request(
            "query is too old and response timeout expired or query id is invalid",
        )),
    }
}
