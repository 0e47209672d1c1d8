//! Optional rate limits like Telegram's (per private chat, per group, overall), answered with 429
//! and `retry_after` when exceeded. Off unless a test starts the fake with `Limits`.

use crate::token_bucket::Bucket;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The token bucket shared with the fake Discord (kept under this name for existing callers).
pub use crate::token_bucket::Rate;

/// Which limits the fake enforces; `Limits::default()` enforces none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Per private chat (Telegram: about one message a second, short bursts tolerated).
    pub private_chat: Option<Rate>,
    /// Per group or supergroup (Telegram: 20 messages a minute).
    pub group_chat: Option<Rate>,
    /// Over all chats (Telegram: about 30 messages a second).
    pub global: Option<Rate>,
}

impl Limits {
    /// Roughly Telegram's own limits.
    pub fn telegram() -> Limits {
        Limits {
            private_chat: Some(Rate::new(3, Duration::from_secs(1))),
            group_chat: Some(Rate::new(20, Duration::from_secs(3))),
            global: Some(Rate::new(30, Duration::from_millis(34))),
        }
    }
}

/// The buckets behind `Limits`.
#[derive(Debug, Default)]
pub(crate) struct Limiter {
    limits: Limits,
    global: Option<Bucket>,
    chats: HashMap<i64, Bucket>,
}

impl Limiter {
    pub(crate) fn new(limits: Limits) -> Limiter {
        Limiter {
            limits,
            ..Limiter::default()
        }
    }

    /// Takes one send for `chat_id`, or says how many whole seconds to wait (at least 1).
    pub(crate) fn take(&mut self, chat_id: i64, now: Instant) -> Result<(), u32> {
        let chat_rate = if chat_id > 0 {
            self.limits.private_chat
        } else {
            self.limits.group_chat
        };
        let mut wait = Duration::ZERO;
        if let Some(rate) = self.limits.global {
            let bucket = self.global.get_or_insert_with(|| Bucket::full(rate, now));
            bucket.refill(now);
            wait = wait.max(bucket.wait());
        }
        if let Some(rate) = chat_rate {
            let bucket = self
                .chats
                .entry(chat_id)
                .or_insert_with(|| Bucket::full(rate, now));
            bucket.refill(now);
            wait = wait.max(bucket.wait());
        }
        if !wait.is_zero() {
            let seconds = wait.as_secs_f64().ceil().max(1.0);
            return Err(seconds as u32);
        }
        if let Some(bucket) = self.global.as_mut() {
            bucket.take();
        }
        if chat_rate.is_some()
            && let Some(bucket) = self.chats.get_mut(&chat_id)
        {
            bucket.take();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_private_chat_gets_its_burst_then_waits() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits {
            private_chat: Some(Rate::new(2, Duration::from_secs(1))),
            ..Limits::default()
        });
        assert_eq!(limiter.take(7, now), Ok(()));
        assert_eq!(limiter.take(7, now), Ok(()));
        assert_eq!(limiter.take(7, now), Err(1));
        assert_eq!(limiter.take(8, now), Ok(()), "other chats are not held up");
        assert_eq!(limiter.take(7, now + Duration::from_secs(1)), Ok(()));
    }

    #[test]
    fn groups_wait_whole_seconds() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits {
            group_chat: Some(Rate::new(1, Duration::from_secs(3))),
            ..Limits::default()
        });
        assert_eq!(limiter.take(-5, now), Ok(()));
        assert_eq!(limiter.take(-5, now + Duration::from_millis(500)), Err(3));
    }
}
