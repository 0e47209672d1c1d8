//! Telegram's error answers, and the failures a test can inject into the next call.

use serde_json::{Value, json};
use std::fmt;

/// A failure the fake answers instead of the real result, once (see `FakeTelegram::fail_next`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// 429 "Too Many Requests: retry after N" with `parameters.retry_after = N`; teloxide turns
    /// it into `RequestError::RetryAfter(N s)`.
    RetryAfter(u32),
    /// 403 "Forbidden: bot was blocked by the user".
    Forbidden,
    /// Any other answer. Avoid 5xx codes: teloxide sleeps 10 s before reading such a body.
    Api { code: u16, description: String },
}

impl Failure {
    /// A 400 with "Bad Request: {detail}".
    pub fn bad_request(detail: &str) -> Failure {
        Failure::Api {
            code: 400,
            description: format!("Bad Request: {detail}"),
        }
    }
}

/// An error answer as Telegram words it: `{"ok":false,"error_code":..,"description":..}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: u16,
    pub description: String,
    /// Sent as `parameters.retry_after` with a 429.
    pub retry_after: Option<u32>,
}

impl ApiError {
    pub fn new(code: u16, description: impl Into<String>) -> ApiError {
        ApiError {
            code,
            description: description.into(),
            retry_after: None,
        }
    }

    /// 400 "Bad Request: {detail}".
    pub fn bad_request(detail: impl fmt::Display) -> ApiError {
        ApiError::new(400, format!("Bad Request: {detail}"))
    }

    /// 400 "Bad Request: can't parse entities: {detail}".
    pub fn cant_parse(detail: impl fmt::Display) -> ApiError {
        ApiError::bad_request(format_args!("can't parse entities: {detail}"))
    }

    pub fn retry_after(seconds: u32) -> ApiError {
        ApiError {
            code: 429,
            description: format!("Too Many Requests: retry after {seconds}"),
            retry_after: Some(seconds),
        }
    }

    pub fn forbidden(detail: &str) -> ApiError {
        ApiError::new(403, format!("Forbidden: {detail}"))
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(401, "Unauthorized")
    }

    pub fn method_not_found() -> ApiError {
        ApiError::new(404, "Not Found: method not found")
    }

    pub fn conflict(detail: &str) -> ApiError {
        ApiError::new(409, format!("Conflict: {detail}"))
    }

    /// The JSON body Telegram sends with this error.
    pub fn body(&self) -> Value {
        let mut body = json!({
            "ok": false,
            "error_code": self.code,
            "description": self.description,
        });
        if let Some(seconds) = self.retry_after {
            body["parameters"] = json!({ "retry_after": seconds });
        }
        body
    }

    /// The body as Telegram writes it, fields in Telegram's order.
    pub fn body_text(&self) -> String {
        let description = Value::from(self.description.as_str());
        let parameters = self
            .retry_after
            .map(|seconds| format!(r#","parameters":{{"retry_after":{seconds}}}"#))
            .unwrap_or_default();
        format!(
            r#"{{"ok":false,"error_code":{},"description":{description}{parameters}}}"#,
            self.code
        )
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.description)
    }
}

impl From<Failure> for ApiError {
    fn from(failure: Failure) -> ApiError {
        match failure {
            Failure::RetryAfter(seconds) => ApiError::retry_after(seconds),
            Failure::Forbidden => ApiError::forbidden("bot was blocked by the user"),
            Failure::Api { code, description } => ApiError::new(code, description),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_read_as_telegram_writes_them() {
        let error = ApiError::retry_after(7);
        assert_eq!(
            error.body_text(),
            r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"#
        );
        let parsed: Value = serde_json::from_str(&error.body_text()).unwrap();
        assert_eq!(parsed, error.body());
    }
}
