//! Updates a test pushes for the bot to receive: messages in private chats, groups and forum
//! topics, button presses, and the bot being added to a group.

use super::chats::{BotInfo, ChatKind, member_json};
use super::format::utf16_len;
use super::messages::{SentMessage, Stored};
use super::state::Inner;
use serde_json::{Value, json};
use std::time::{SystemTime, UNIX_EPOCH};

/// What a push queued: the update id, and the message id or callback query id it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pushed {
    pub update_id: i64,
    pub message_id: Option<i32>,
    pub callback_query_id: Option<String>,
}

/// Seconds since the epoch, as Telegram dates are.
pub(crate) fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

/// A person's text message in a chat (and forum topic), stored in the chat's history; returns
/// the `Message` JSON and its id.
pub(crate) fn user_message(
    inner: &mut Inner,
    chat_id: i64,
    user_id: i64,
    text: &str,
    language_code: Option<&str>,
    thread_id: Option<i64>,
) -> (Value, i32) {
    let user = inner.user(user_id);
    if let Some(language) = language_code {
        user.language_code = Some(language.to_owned());
    }
    let from = user.json();
    inner.ensure_chat(chat_id);
    let chat = inner
        .chat_json(chat_id)
        .expect("a chat the fake just made exists");
    let message_id = inner.log(chat_id).next_id();
    let mut message = json!({
        "message_id": message_id,
        "from": from,
        "chat": chat,
        "date": now(),
        "text": text,
    });
    if let Some(entity) = command_entity(text) {
        message["entities"] = json!([entity]);
    }
    if let Some(thread) = thread_id {
        message["message_thread_id"] = json!(thread);
        if inner.chat_kind(chat_id) == Some(ChatKind::Forum) {
            message["is_topic_message"] = json!(true);
        }
    }
    inner.log(chat_id).messages.push(Stored {
        from_bot: false,
        deleted: false,
        message: SentMessage {
            chat_id,
            message_id,
            thread_id,
            text: text.to_owned(),
            parse_mode: None,
            visible_text: text.trim().to_owned(),
            buttons: Vec::new(),
            document: None,
            reply_to: None,
            edits: 0,
            json: message.clone(),
        },
    });
    (message, message_id)
}

/// Telegram marks a leading `/command` (or `/command@bot`) as a `bot_command` entity.
fn command_entity(text: &str) -> Option<Value> {
    let command = text.strip_prefix('/')?;
    let end = command.find(char::is_whitespace).unwrap_or(command.len());
    let first = command.chars().next()?;
    if !(first.is_ascii_alphanumeric() || first == '_') {
        return None;
    }
    Some(json!({
        "type": "bot_command",
        "offset": 0,
        "length": 1 + utf16_len(&command[..end]),
    }))
}

/// A press of an inline button on message `message_id`: the `callback_query` JSON and its id.
/// The message is the bot's current version of it, or an inaccessible stub if it is unknown.
pub(crate) fn callback_query(
    inner: &mut Inner,
    chat_id: i64,
    user_id: i64,
    message_id: i32,
    data: &str,
) -> (Value, String) {
    let from = inner.user(user_id).json();
    inner.ensure_chat(chat_id);
    let chat = inner
        .chat_json(chat_id)
        .expect("a chat the fake just made exists");
    let message = match inner.log(chat_id).get(message_id) {
        Some(stored) => stored.message.json.clone(),
        // Telegram's InaccessibleMessage: date 0.
        None => json!({ "message_id": message_id, "chat": chat, "date": 0 }),
    };
    inner.last_callback += 1;
    let id = format!(
        "{}{:04}",
        7_000_000 + inner.last_callback,
        user_id.rem_euclid(10_000)
    );
    inner.callbacks.insert(id.clone(), None);
    let query = json!({
        "id": id,
        "from": from,
        "message": message,
        "chat_instance": format!("{}", chat_id.unsigned_abs().wrapping_mul(2_654_435_761)),
        "data": data,
    });
    (query, id)
}

/// `my_chat_member`: the bot's status in a chat changed from `old` to `new` by `by_user_id`.
pub(crate) fn bot_status_change(
    inner: &mut Inner,
    bot: &BotInfo,
    chat_id: i64,
    by_user_id: i64,
    old: &str,
    new: &str,
) -> Value {
    let from = inner.user(by_user_id).json();
    inner.ensure_chat(chat_id);
    let chat = inner
        .chat_json(chat_id)
        .expect("a chat the fake just made exists");
    json!({
        "chat": chat,
        "from": from,
        "date": now(),
        "old_chat_member": member_json(bot.user_json(), old),
        "new_chat_member": member_json(bot.user_json(), new),
    })
}

/// The update type of an update JSON (its one key besides `update_id`).
pub(crate) fn kind(update: &Value) -> Option<&str> {
    update
        .as_object()?
        .keys()
        .map(String::as_str)
        .find(|key| *key != "update_id")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_get_an_entity() {
        assert_eq!(
            command_entity("/start idea_42"),
            Some(json!({"type": "bot_command", "offset": 0, "length": 6}))
        );
        assert_eq!(command_entity("/ not a command"), None);
        assert_eq!(command_entity("hello"), None);
    }
}
