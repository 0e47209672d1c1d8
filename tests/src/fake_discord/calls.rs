//! The record of every request the fake answered, in order.

use serde_json::Value;

/// One answered request.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub method: String,
    /// Without the query string: `/api/v10/channels/5/messages`.
    pub path: String,
    /// The JSON body (for multipart requests, the `payload_json` part); `Null` when empty.
    pub body: Value,
    /// Names of files uploaded with the request.
    pub files: Vec<String>,
    pub status: u16,
    /// What the fake answered (`Null` for 204).
    pub response: Value,
}

impl Call {
    /// Whether the request was `method` to a path ending with `suffix`.
    pub fn is(&self, method: &str, suffix: &str) -> bool {
        self.method == method && self.path.ends_with(suffix)
    }
}
