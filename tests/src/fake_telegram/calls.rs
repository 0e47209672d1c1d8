//! The record of every method call the fake answered, in order.

use super::failure::ApiError;
use super::params::{self, UploadedFile};
use serde_json::Value;
use std::time::{Instant, SystemTime};

/// One answered request.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// Position in the record, from 0.
    pub seq: usize,
    /// The method as Telegram spells it (`sendMessage`), whatever case the client used; an
    /// unknown method is kept as sent.
    pub method: String,
    /// All parameters as one JSON object; form and multipart values stay strings (read them with
    /// the helpers below, which coerce as Telegram does).
    pub params: Value,
    /// Files of a multipart request.
    pub files: Vec<UploadedFile>,
    /// When the request arrived.
    pub at: Instant,
    pub received: SystemTime,
    /// What the fake answered: the `result`, or the error.
    pub result: Result<Value, ApiError>,
}

impl Call {
    /// Whether this is a call to `method` (case-insensitive, as Telegram).
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    pub fn is_ok(&self) -> bool {
        self.result.is_ok()
    }

    pub fn error(&self) -> Option<&ApiError> {
        self.result.as_ref().err()
    }

    pub fn chat_id(&self) -> Option<i64> {
        params::int(&self.params, "chat_id")
    }

    /// `text`, or `caption` for media.
    pub fn text(&self) -> Option<String> {
        params::text(&self.params, "text").or_else(|| params::text(&self.params, "caption"))
    }

    pub fn param_str(&self, key: &str) -> Option<String> {
        params::text(&self.params, key)
    }

    pub fn param_int(&self, key: &str) -> Option<i64> {
        params::int(&self.params, key)
    }

    /// An object parameter such as `reply_markup`, whether sent as JSON or as a JSON string.
    pub fn param_json(&self, key: &str) -> Option<Value> {
        params::object(&self.params, key).ok().flatten()
    }

    /// The `message_id` of the message this call produced (send and edit methods).
    pub fn message_id(&self) -> Option<i32> {
        let id = self.result.as_ref().ok()?.get("message_id")?.as_i64()?;
        i32::try_from(id).ok()
    }
}
