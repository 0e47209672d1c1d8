//! Methods that put messages in chats: sendMessage, sendDocument, the edits, deleteMessage and
//! sendChatAction, with Telegram's checks on text, captions, buttons, replies and topics.

use super::chats::{BotInfo, ChatKind};
use super::failure::ApiError;
use super::format::{self, Parsed, utf16_len};
use super::keyboard;
use super::messages::{SentMessage, Stored};
use super::params::{self, UploadedFile};
use super::state::Inner;
use super::updates::now;
use serde_json::{Value, json};

/// Longest message text, in UTF-16 code units after entity parsing.
pub const MAX_TEXT: usize = 4096;
/// Longest caption.
pub const MAX_CAPTION: usize = 1024;

const CHAT_ACTIONS: &[&str] = &[
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
];

pub(crate) fn send_message(inner: &mut Inner, bot: &BotInfo, p: &Value) -> Result<Value, ApiError> {
    let chat_id = params::chat_id(p)?;
    let chat = inner.chat_json(chat_id)?;
    let raw = params::text(p, "text").unwrap_or_default();
    let parse_mode = parse_mode(p);
    let parsed = format::parse(&raw, parse_mode.as_deref())?;
    if parsed.text.is_empty() {
        return Err(ApiError::bad_request("message text is empty"));
    }
    if utf16_len(&parsed.text) > MAX_TEXT {
        return Err(ApiError::bad_request("message is too long"));
    }
    let markup = checked_markup(p)?;
    let thread_id = thread(inner, chat_id, p)?;
    let reply_to = reply_target(inner, chat_id, p)?;
    let message_id = inner.log(chat_id).next_id();
    let mut json = json!({
        "message_id": message_id,
        "from": bot.user_json(),
        "chat": chat,
        "date": now(),
        "text": parsed.text,
    });
    set_entities(&mut json, "entities", &parsed);
    let message = SentMessage {
        chat_id,
        message_id,
        thread_id,
        text: raw,
        parse_mode,
        visible_text: parsed.text,
        buttons: Vec::new(),
        document: None,
        reply_to,
        edits: 0,
        json,
    };
    Ok(store(inner, message, thread_id, reply_to, markup.as_ref()))
}

pub(crate) fn send_document(
    inner: &mut Inner,
    bot: &BotInfo,
    p: &Value,
    files: &[UploadedFile],
) -> Result<Value, ApiError> {
    let chat_id = params::chat_id(p)?;
    let chat = inner.chat_json(chat_id)?;
    let document = document(inner, p, files)?;
    let raw = params::text(p, "caption").unwrap_or_default();
    let parse_mode = parse_mode(p);
    let parsed = format::parse(&raw, parse_mode.as_deref())?;
    if utf16_len(&parsed.text) > MAX_CAPTION {
        return Err(ApiError::bad_request("message caption is too long"));
    }
    let markup = checked_markup(p)?;
    let thread_id = thread(inner, chat_id, p)?;
    let reply_to = reply_target(inner, chat_id, p)?;
    let message_id = inner.log(chat_id).next_id();
    let document_json = match document.1 {
        Some(existing) => existing,
        None => {
            inner.last_file += 1;
            let file = &document.0;
            let mut json = json!({
                "file_id": format!("BQACAgQAAxkDAAI{:06}", inner.last_file),
                "file_unique_id": format!("AgAD{:06}", inner.last_file),
                "file_size": file.size,
            });
            if let Some(name) = &file.file_name {
                json["file_name"] = json!(name);
            }
            if let Some(mime) = &file.content_type {
                json["mime_type"] = json!(mime);
            }
            json
        }
    };
    let mut json = json!({
        "message_id": message_id,
        "from": bot.user_json(),
        "chat": chat,
        "date": now(),
        "document": document_json,
    });
    if !parsed.text.is_empty() {
        json["caption"] = json!(parsed.text);
    }
    set_entities(&mut json, "caption_entities", &parsed);
    let message = SentMessage {
        chat_id,
        message_id,
        thread_id,
        text: raw,
        parse_mode,
        visible_text: parsed.text,
        buttons: Vec::new(),
        document: Some(document.0),
        reply_to,
        edits: 0,
        json,
    };
    Ok(store(inner, message, thread_id, reply_to, markup.as_ref()))
}

pub(crate) fn edit_message_text(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let raw = params::text(p, "text").unwrap_or_default();
    let parse_mode = parse_mode(p);
    let parsed = format::parse(&raw, parse_mode.as_deref())?;
    if parsed.text.is_empty() {
        return Err(ApiError::bad_request("message text is empty"));
    }
    if utf16_len(&parsed.text) > MAX_TEXT {
        return Err(ApiError::bad_request("MESSAGE_TOO_LONG"));
    }
    let markup = checked_markup(p)?;
    let Some(stored) = editable(inner, p)? else {
        return Ok(json!(true));
    };
    if stored.message.document.is_some() {
        return Err(ApiError::bad_request(
            "there is no text in the message to edit",
        ));
    }
    let message = &mut stored.message;
    let entities = entities_json(&parsed);
    if message.visible_text == parsed.text
        && message.json.get("entities") == entities.as_ref()
        && message.json.get("reply_markup") == inline_only(markup.as_ref())
    {
        return Err(not_modified());
    }
    message.text = raw;
    message.parse_mode = parse_mode;
    message.json["text"] = json!(parsed.text);
    set_entities(&mut message.json, "entities", &parsed);
    message.visible_text = parsed.text;
    // Like Telegram: an edit without reply_markup removes the inline keyboard.
    message.set_markup(markup.as_ref());
    message.edits += 1;
    message.json["edit_date"] = json!(now());
    Ok(message.json.clone())
}

pub(crate) fn edit_message_reply_markup(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let markup = checked_markup(p)?;
    let Some(stored) = editable(inner, p)? else {
        return Ok(json!(true));
    };
    let message = &mut stored.message;
    if message.json.get("reply_markup") == inline_only(markup.as_ref()) {
        return Err(not_modified());
    }
    message.set_markup(markup.as_ref());
    message.edits += 1;
    message.json["edit_date"] = json!(now());
    Ok(message.json.clone())
}

pub(crate) fn delete_message(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let chat_id = params::chat_id(p)?;
    inner.chat_json(chat_id)?;
    let message_id = message_id(p)?;
    let stored = inner
        .log(chat_id)
        .get_mut(message_id)
        .ok_or_else(|| ApiError::bad_request("message to delete not found"))?;
    stored.deleted = true;
    Ok(json!(true))
}

pub(crate) fn send_chat_action(inner: &mut Inner, p: &Value) -> Result<Value, ApiError> {
    let chat_id = params::chat_id(p)?;
    inner.chat_json(chat_id)?;
    let action = params::text(p, "action").unwrap_or_default();
    if !CHAT_ACTIONS.contains(&action.as_str()) {
        return Err(ApiError::bad_request("wrong parameter action in request"));
    }
    Ok(json!(true))
}

fn parse_mode(p: &Value) -> Option<String> {
    params::text(p, "parse_mode").filter(|mode| !mode.is_empty())
}

fn message_id(p: &Value) -> Result<i32, ApiError> {
    params::int(p, "message_id")
        .and_then(|id| i32::try_from(id).ok())
        .ok_or_else(|| ApiError::bad_request("message identifier is not specified"))
}

fn not_modified() -> ApiError {
    ApiError::bad_request(
        "message is not modified: specified new message content and reply markup are exactly the \
         same as a current content and reply markup of the message",
    )
}

fn checked_markup(p: &Value) -> Result<Option<Value>, ApiError> {
    let markup = params::object(p, "reply_markup")?;
    if let Some(markup) = &markup {
        keyboard::check(markup)?;
    }
    Ok(markup)
}

fn inline_only(markup: Option<&Value>) -> Option<&Value> {
    markup.filter(|markup| keyboard::is_inline(Some(markup)))
}

fn entities_json(parsed: &Parsed) -> Option<Value> {
    (!parsed.entities.is_empty()).then(|| Value::Array(parsed.entities.clone()))
}

fn set_entities(json: &mut Value, key: &str, parsed: &Parsed) {
    match entities_json(parsed) {
        Some(entities) => json[key] = entities,
        None => {
            if let Some(object) = json.as_object_mut() {
                object.remove(key);
            }
        }
    }
}

/// The bot's message named by `chat_id` + `message_id`, or `None` for an inline message (which
/// the fake only acknowledges).
fn editable<'a>(inner: &'a mut Inner, p: &Value) -> Result<Option<&'a mut Stored>, ApiError> {
    if p.get("inline_message_id").is_some() && p.get("chat_id").is_none() {
        return Ok(None);
    }
    let chat_id = params::chat_id(p)?;
    inner.chat_json(chat_id)?;
    let message_id = message_id(p)?;
    let stored = inner
        .log(chat_id)
        .get_mut(message_id)
        .ok_or_else(|| ApiError::bad_request("message to edit not found"))?;
    if !stored.from_bot {
        return Err(ApiError::bad_request("message can't be edited"));
    }
    Ok(Some(stored))
}

/// `message_thread_id`, refused in a group that has no topics.
fn thread(inner: &Inner, chat_id: i64, p: &Value) -> Result<Option<i64>, ApiError> {
    let Some(thread) = params::int(p, "message_thread_id") else {
        return Ok(None);
    };
    match inner.chat_kind(chat_id) {
        Some(ChatKind::Group | ChatKind::Supergroup) => {
            Err(ApiError::bad_request("message thread not found"))
        }
        _ => Ok(Some(thread)),
    }
}

/// The message replied to (`reply_parameters` or the older `reply_to_message_id`).
fn reply_target(inner: &mut Inner, chat_id: i64, p: &Value) -> Result<Option<i32>, ApiError> {
    let (target, allow_missing) = match params::object(p, "reply_parameters")? {
        Some(reply) => (
            params::int(&reply, "message_id"),
            params::flag(&reply, "allow_sending_without_reply"),
        ),
        None => (
            params::int(p, "reply_to_message_id"),
            params::flag(p, "allow_sending_without_reply"),
        ),
    };
    let Some(target) = target.and_then(|id| i32::try_from(id).ok()) else {
        return Ok(None);
    };
    if inner.log(chat_id).get(target).is_some() {
        Ok(Some(target))
    } else if allow_missing {
        Ok(None)
    } else {
        Err(ApiError::bad_request("message to be replied not found"))
    }
}

/// The uploaded file of a sendDocument, and the JSON of an earlier file when re-sent by id.
fn document(
    inner: &Inner,
    p: &Value,
    files: &[UploadedFile],
) -> Result<(UploadedFile, Option<Value>), ApiError> {
    let reference = params::text(p, "document");
    let field = match reference.as_deref() {
        Some(reference) => reference.strip_prefix("attach://"),
        None => Some("document"),
    };
    if let Some(field) = field {
        let file = files
            .iter()
            .find(|file| file.field == field)
            .ok_or_else(|| ApiError::bad_request("there is no document in the request"))?;
        if file.size == 0 {
            return Err(ApiError::bad_request("file must be non-empty"));
        }
        return Ok((file.clone(), None));
    }
    let file_id = reference.unwrap_or_default();
    let earlier = inner
        .logs
        .values()
        .flat_map(|log| log.messages.iter())
        .find(|stored| {
            stored.message.json["document"]["file_id"].as_str() == Some(file_id.as_str())
        })
        .ok_or_else(|| ApiError::bad_request("wrong file identifier/HTTP URL specified"))?;
    let file = earlier
        .message
        .document
        .clone()
        .unwrap_or_else(|| UploadedFile {
            field: "document".to_owned(),
            file_name: None,
            content_type: None,
            size: 0,
            data: Vec::new(),
        });
    Ok((file, Some(earlier.message.json["document"].clone())))
}

/// Finishes a new message of the bot's: thread, reply, keyboard; stores it; returns its JSON.
fn store(
    inner: &mut Inner,
    mut message: SentMessage,
    thread_id: Option<i64>,
    reply_to: Option<i32>,
    markup: Option<&Value>,
) -> Value {
    let chat_id = message.chat_id;
    if let Some(thread) = thread_id {
        message.json["message_thread_id"] = json!(thread);
        if inner.chat_kind(chat_id) == Some(ChatKind::Forum) {
            message.json["is_topic_message"] = json!(true);
        }
    }
    if let Some(target) = reply_to
        && let Some(replied) = inner.log(chat_id).get(target)
    {
        let mut replied = replied.message.json.clone();
        if let Some(object) = replied.as_object_mut() {
            object.remove("reply_to_message");
        }
        message.json["reply_to_message"] = replied;
    }
    message.set_markup(markup);
    let json = message.json.clone();
    inner.log(chat_id).messages.push(Stored {
        from_bot: true,
        deleted: false,
        message,
    });
    json
}
