//! Messages in chats as a person sees them: what was sent, its latest edit, its buttons.

use super::keyboard::{self, Button};
use super::params::UploadedFile;
use serde_json::Value;

/// A message as it now stands in a chat (after any edits; deleted ones are not listed).
#[derive(Debug, Clone, PartialEq)]
pub struct SentMessage {
    pub chat_id: i64,
    pub message_id: i32,
    /// The forum topic it is in.
    pub thread_id: Option<i64>,
    /// The text (or a document's caption) exactly as sent, markup included.
    pub text: String,
    pub parse_mode: Option<String>,
    /// What the person reads: markup parsed away, references decoded, ends trimmed.
    pub visible_text: String,
    /// Inline keyboard (or reply keyboard) rows.
    pub buttons: Vec<Vec<Button>>,
    /// The file, for `sendDocument`.
    pub document: Option<UploadedFile>,
    /// The message this one replies to.
    pub reply_to: Option<i32>,
    /// How many times it was edited (text or buttons).
    pub edits: u32,
    /// The `Message` JSON the bot was last given for it.
    pub json: Value,
}

impl SentMessage {
    /// Every button, in reading order.
    pub fn all_buttons(&self) -> impl Iterator<Item = &Button> {
        self.buttons.iter().flatten()
    }

    /// The first button whose text contains `text`.
    pub fn button(&self, text: &str) -> Option<&Button> {
        self.all_buttons().find(|button| button.text.contains(text))
    }

    /// Button texts, row by row.
    pub fn button_texts(&self) -> Vec<Vec<String>> {
        self.buttons
            .iter()
            .map(|row| row.iter().map(|button| button.text.clone()).collect())
            .collect()
    }

    pub(crate) fn set_markup(&mut self, markup: Option<&Value>) {
        self.buttons = keyboard::buttons(markup);
        match markup {
            Some(markup) if keyboard::is_inline(Some(markup)) => {
                self.json["reply_markup"] = markup.clone();
            }
            _ => {
                if let Some(object) = self.json.as_object_mut() {
                    object.remove("reply_markup");
                }
            }
        }
    }
}

/// One message in a chat's history.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub from_bot: bool,
    pub deleted: bool,
    pub message: SentMessage,
}

/// A chat's history and its message id counter (ids grow per chat, as on Telegram).
#[derive(Debug, Default)]
pub(crate) struct ChatLog {
    last_id: i32,
    pub messages: Vec<Stored>,
}

impl ChatLog {
    pub fn next_id(&mut self) -> i32 {
        self.last_id += 1;
        self.last_id
    }

    pub fn get(&self, message_id: i32) -> Option<&Stored> {
        self.messages
            .iter()
            .find(|stored| stored.message.message_id == message_id && !stored.deleted)
    }

    pub fn get_mut(&mut self, message_id: i32) -> Option<&mut Stored> {
        self.messages
            .iter_mut()
            .find(|stored| stored.message.message_id == message_id && !stored.deleted)
    }

    /// The bot's messages still in the chat.
    pub fn bot_messages(&self) -> impl Iterator<Item = &SentMessage> {
        self.messages
            .iter()
            .filter(|stored| stored.from_bot && !stored.deleted)
            .map(|stored| &stored.message)
    }
}
