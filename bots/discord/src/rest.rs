//! The two REST calls the delivery worker makes itself: open a member's DM channel and send
//! a message to it. Serenity's own rate limiter cannot follow a custom API address, so it is
//! off where the bot runs against one, and with it off serenity reads a 429's body as an
//! error it cannot decode: the `retry_after` Discord gave is lost. Bulk sending must honour
//! it (and share it with every other sender of the bot), so these calls read it from the
//! body (`retry_after`, seconds with a fraction) or the `Retry-After` header. Messages are
//! still built with serenity's builders.

use serde::Deserialize;
use serenity::builder::CreateMessage;
use std::time::Duration;

/// Discord's REST API, at its own address or another (`DISCORD_API_URL`).
#[derive(Clone)]
pub struct Rest {
    client: reqwest::Client,
    base: String,
    /// `Bot <token>`: never logged, never put in an error.
    authorization: String,
}

impl std::fmt::Debug for Rest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rest")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// Why a call did not succeed.
#[derive(Debug, Clone, PartialEq)]
pub enum RestError {
    /// 429: wait `retry_after` (over the whole bot when `global`).
    RateLimited { retry_after: Duration, global: bool },
    /// Any other answer that is not success, with Discord's JSON error code (0 if none).
    Refused { status: u16, code: i64 },
    /// No answer (connection refused, timed out, TLS).
    Unreachable,
}

/// How long a 429 says to wait when it says nothing readable.
const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(1);

impl Rest {
    /// `api_url` as given to serenity's `HttpBuilder::proxy`: paths go under `{api_url}/api/v10`.
    pub fn new(token: &str, api_url: Option<&str>) -> Rest {
        let host = api_url.map_or("https://discord.com", |url| url.trim_end_matches('/'));
        Rest {
            client: reqwest::Client::new(),
            base: format!("{host}/api/v10"),
            authorization: format!("Bot {}", token.trim_start_matches("Bot ")),
        }
    }

    /// Opens (or finds) the DM channel with `user`; returns its id.
    pub async fn open_dm(&self, user: u64) -> Result<u64, RestError> {
        #[derive(Deserialize)]
        struct Channel {
            id: String,
        }
        let body = serde_json::json!({ "recipient_id": user.to_string() });
        let answer = self.post("/users/@me/channels", &body).await?;
        let channel: Channel = serde_json::from_slice(&answer).map_err(|_| RestError::Refused {
            status: 200,
            code: 0,
        })?;
        channel.id.parse().map_err(|_| RestError::Refused {
            status: 200,
            code: 0,
        })
    }

    /// Sends `message` to `channel`.
    pub async fn send(&self, channel: u64, message: &CreateMessage) -> Result<(), RestError> {
        self.post(&format!("/channels/{channel}/messages"), message)
            .await
            .map(drop)
    }

    async fn post(&self, path: &str, body: &impl serde::Serialize) -> Result<Vec<u8>, RestError> {
        let json =
            serde_json::to_vec(body).map_err(|_| RestError::Refused { status: 0, code: 0 })?;
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header("authorization", &self.authorization)
            .header("content-type", "application/json")
            .timeout(Duration::from_secs(30))
            .body(json)
            .send()
            .await
            .map_err(|_| RestError::Unreachable)?;
        let status = response.status().as_u16();
        let header_wait = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<f64>().ok());
        let bytes = response
            .bytes()
            .await
            .map_err(|_| RestError::Unreachable)?
            .to_vec();
        if (200..300).contains(&status) {
            return Ok(bytes);
        }
        Err(refusal(status, header_wait, &bytes))
    }
}

/// What a refusal says, from its status, `Retry-After` header and JSON body.
fn refusal(status: u16, header_wait: Option<f64>, body: &[u8]) -> RestError {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Body {
        code: i64,
        retry_after: Option<f64>,
        global: bool,
    }
    let body: Body = serde_json::from_slice(body).unwrap_or_default();
    if status == 429 {
        // The body's figure has a fraction; the header is whole seconds (or missing).
        let seconds = body.retry_after.or(header_wait);
        let retry_after = seconds
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map_or(DEFAULT_RETRY_AFTER, |s| {
                Duration::from_secs_f64(s.min(3600.0))
            });
        return RestError::RateLimited {
            retry_after,
            global: body.global,
        };
    }
    RestError::Refused {
        status,
        code: body.code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_429_is_read_from_the_body_then_the_header() {
        let body = br#"{"message":"You are being rate limited.","retry_after":2.5,"global":true}"#;
        assert_eq!(
            refusal(429, Some(3.0), body),
            RestError::RateLimited {
                retry_after: Duration::from_millis(2500),
                global: true
            }
        );
        assert_eq!(
            refusal(429, Some(3.0), b"not json"),
            RestError::RateLimited {
                retry_after: Duration::from_secs(3),
                global: false
            }
        );
        assert_eq!(
            refusal(429, None, b""),
            RestError::RateLimited {
                retry_after: DEFAULT_RETRY_AFTER,
                global: false
            }
        );
        assert_eq!(
            refusal(
                403,
                None,
                br#"{"code":50007,"message":"Cannot send messages to this user"}"#
            ),
            RestError::Refused {
                status: 403,
                code: 50007
            }
        );
    }
}
