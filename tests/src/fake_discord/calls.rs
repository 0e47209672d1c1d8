//! The record of every request the fake answered, in order, and ways to pick calls out of it.

use serde_json::Value;

/// One answered request.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub method: String,
    /// Without the query string: `/api/v10/channels/5/messages`.
    pub path: String,
    /// The query string, if any (`wait=true`).
    pub query: Option<String>,
    /// The JSON body (for multipart requests, the `payload_json` part); `Null` when empty.
    pub body: Value,
    /// Names of the files uploaded with a multipart request.
    pub files: Vec<String>,
    /// The same files with their contents: `(filename, bytes)`.
    pub uploads: Vec<(String, Vec<u8>)>,
    pub status: u16,
    /// The `Authorization` header as sent (`Bot <token>`), if any.
    pub authorization: Option<String>,
    /// What the fake answered (`Null` for 204).
    pub response: Value,
    /// When the request arrived.
    pub at: std::time::Instant,
}

impl Call {
    /// Whether the request was `method` to a path ending with `suffix`.
    pub fn is(&self, method: &str, suffix: &str) -> bool {
        self.method == method && self.path.ends_with(suffix)
    }

    /// Whether the request was `method` to a path whose last segments match `pattern`, where
    /// `*` stands for any one segment: `matches("POST", "/channels/*/messages")`.
    pub fn matches(&self, method: &str, pattern: &str) -> bool {
        if !self.method.eq_ignore_ascii_case(method) {
            return false;
        }
        let wanted: Vec<&str> = pattern.trim_matches('/').split('/').collect();
        let path: Vec<&str> = self.path.trim_matches('/').split('/').collect();
        if wanted.len() > path.len() {
            return false;
        }
        let tail = &path[path.len() - wanted.len()..];
        wanted.iter().zip(tail).all(|(w, p)| *w == "*" || w == p)
    }

    /// Whether Discord would have called it a success (2xx).
    pub fn is_ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Discord's JSON error code of a refused request (`50007`, `50035`, ...).
    pub fn error_code(&self) -> Option<i64> {
        if self.is_ok() {
            return None;
        }
        self.response.get("code").and_then(Value::as_i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(method: &str, path: &str) -> Call {
        Call {
            method: method.into(),
            path: path.into(),
            query: None,
            body: Value::Null,
            files: Vec::new(),
            uploads: Vec::new(),
            status: 200,
            authorization: None,
            response: Value::Null,
            at: std::time::Instant::now(),
        }
    }

    #[test]
    fn patterns_match_the_last_segments_with_wildcards() {
        let c = call("POST", "/api/v10/channels/5/messages");
        assert!(c.matches("POST", "/channels/*/messages"));
        assert!(c.matches("post", "messages"));
        assert!(c.matches("POST", "/api/v10/channels/5/messages"));
        assert!(!c.matches("PATCH", "/channels/*/messages"));
        assert!(!c.matches("POST", "/channels/6/messages"));
        assert!(!c.matches("POST", "/x/api/v10/channels/5/messages"));
    }
}
