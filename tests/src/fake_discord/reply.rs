//! Answers as Discord words them: JSON bodies, the error objects (`{"message", "code"}`, with
//! an `errors` tree for Invalid Form Body) and the rate-limit headers.

use super::checks::{self, Refusal};
use super::limits::Refused;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// One answer: status, JSON body (`Null` with 204) and extra headers.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    pub status: StatusCode,
    pub body: Value,
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub(crate) fn ok(body: Value) -> Reply {
        Reply {
            status: StatusCode::OK,
            body,
            headers: Vec::new(),
        }
    }

    pub(crate) fn no_content() -> Reply {
        Reply {
            status: StatusCode::NO_CONTENT,
            body: Value::Null,
            headers: Vec::new(),
        }
    }

    /// Discord's error object: `{"message": ..., "code": ...}`.
    pub(crate) fn error(status: StatusCode, code: i64, message: &str) -> Reply {
        Reply {
            status,
            body: json!({"message": message, "code": code}),
            headers: Vec::new(),
        }
    }

    pub(crate) fn unauthorized() -> Reply {
        Reply::error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized")
    }

    pub(crate) fn not_found() -> Reply {
        Reply::error(StatusCode::NOT_FOUND, 0, "404: Not Found")
    }

    pub(crate) fn unknown_channel() -> Reply {
        Reply::error(StatusCode::NOT_FOUND, 10003, "Unknown Channel")
    }

    pub(crate) fn unknown_message() -> Reply {
        Reply::error(StatusCode::NOT_FOUND, 10008, "Unknown Message")
    }

    pub(crate) fn unknown_webhook() -> Reply {
        Reply::error(StatusCode::NOT_FOUND, 10015, "Unknown Webhook")
    }

    pub(crate) fn invalid_json() -> Reply {
        Reply::error(
            StatusCode::BAD_REQUEST,
            50109,
            "The request body contains invalid JSON.",
        )
    }

    /// 400 for a body that failed `checks`.
    pub(crate) fn refused(refusal: Refusal) -> Reply {
        match refusal {
            Refusal::Empty => Reply::error(
                StatusCode::BAD_REQUEST,
                50006,
                "Cannot send an empty message",
            ),
            Refusal::Invalid(problems) => Reply {
                status: StatusCode::BAD_REQUEST,
                body: json!({
                    "code": 50035,
                    "message": "Invalid Form Body",
                    "errors": checks::errors_tree(&problems),
                }),
                headers: Vec::new(),
            },
        }
    }

    /// 429 as Discord sends it: no `code` in the body, `Retry-After` in whole seconds.
    pub(crate) fn rate_limited(refused: &Refused) -> Reply {
        let mut headers = vec![(
            "retry-after",
            format!("{}", refused.retry_after.ceil().max(1.0)),
        )];
        if refused.global {
            headers.push(("x-ratelimit-global", "true".to_owned()));
            headers.push(("x-ratelimit-scope", "global".to_owned()));
        } else {
            headers.push(("x-ratelimit-scope", "user".to_owned()));
        }
        if let Some(bucket) = &refused.bucket {
            headers.extend(bucket.headers());
        }
        Reply {
            status: StatusCode::TOO_MANY_REQUESTS,
            body: json!({
                "message": "You are being rate limited.",
                "retry_after": refused.retry_after,
                "global": refused.global,
            }),
            headers,
        }
    }

    /// How long a 429 told the bot to wait (`None`: not a 429).
    pub(crate) fn retry_after(&self) -> Option<std::time::Duration> {
        if self.status != StatusCode::TOO_MANY_REQUESTS {
            return None;
        }
        let seconds = self.body["retry_after"].as_f64().unwrap_or(1.0);
        Some(std::time::Duration::from_secs_f64(seconds.max(0.0)))
    }

    pub(crate) fn into_response(self) -> Response {
        let mut response = if self.body.is_null() {
            self.status.into_response()
        } else {
            (self.status, axum::Json(self.body)).into_response()
        };
        for (name, value) in self.headers {
            if let Ok(value) = value.parse() {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }
}
