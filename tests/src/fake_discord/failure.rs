//! Failures a test injects into the next requests (`FakeDiscord::fail_next`): 429s and 5xx
//! answers the bot must ride out, whatever the route.

use super::limits::Refused;
use super::reply::Reply;
use axum::http::StatusCode;

/// The next `remaining` requests get `status`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Injected {
    pub remaining: u32,
    pub status: u16,
    pub retry_after: f64,
}

impl Injected {
    /// The answer for the next request, if a failure is still pending.
    pub(crate) fn take(slot: &mut Option<Injected>) -> Option<Reply> {
        let injected = slot.as_mut()?;
        if injected.remaining == 0 {
            *slot = None;
            return None;
        }
        injected.remaining -= 1;
        let reply = injected.reply();
        if injected.remaining == 0 {
            *slot = None;
        }
        Some(reply)
    }

    fn reply(&self) -> Reply {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status == StatusCode::TOO_MANY_REQUESTS {
            return Reply::rate_limited(&Refused {
                retry_after: self.retry_after,
                global: false,
                bucket: None,
            });
        }
        let mut reply = Reply::error(
            status,
            0,
            &format!(
                "{}: {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("Error")
            ),
        );
        if self.retry_after > 0.0 {
            reply.headers.push((
                "retry-after",
                format!("{}", self.retry_after.ceil().max(1.0)),
            ));
        }
        reply
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_used_up_one_request_at_a_time() {
        let mut slot = Some(Injected {
            remaining: 2,
            status: 502,
            retry_after: 0.0,
        });
        let first = Injected::take(&mut slot).expect("first failure");
        assert_eq!(first.status, StatusCode::BAD_GATEWAY);
        assert_eq!(first.body["message"], "502: Bad Gateway");
        assert!(Injected::take(&mut slot).is_some());
        assert!(Injected::take(&mut slot).is_none());
        assert!(slot.is_none());
    }
}
