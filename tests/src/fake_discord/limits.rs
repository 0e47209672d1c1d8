//! Optional rate limits like Discord's: 50 requests a second per bot overall (interaction
//! callbacks exempt) and 5 messages per 5 seconds per channel, answered with 429, a JSON
//! `retry_after` and the `X-RateLimit-*` headers. Off unless a test starts the fake with them.

use crate::fake_telegram::Rate;
use crate::fake_telegram::limits::Bucket;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Which limits the fake enforces; `Limits::default()` enforces none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    pub global: Option<Rate>,
    /// Per channel, for sending messages.
    pub per_channel: Option<Rate>,
}

impl Limits {
    /// Discord's own limits.
    pub fn discord() -> Limits {
        Limits {
            global: Some(Rate::new(50, Duration::from_millis(20))),
            per_channel: Some(Rate::new(5, Duration::from_secs(1))),
        }
    }
}

/// A refused request: wait this long; `global` says which limit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Refused {
    pub retry_after: f64,
    pub global: bool,
}

/// The buckets behind `Limits`.
#[derive(Debug, Default)]
pub(crate) struct Limiter {
    limits: Limits,
    global: Option<Bucket>,
    channels: HashMap<u64, Bucket>,
}

impl Limiter {
    pub(crate) fn new(limits: Limits) -> Limiter {
        Limiter {
            limits,
            ..Limiter::default()
        }
    }

    /// Takes one request (one message to `channel`, if it is a send), or says how long to wait.
    pub(crate) fn take(&mut self, channel: Option<u64>, now: Instant) -> Result<(), Refused> {
        if let Some(rate) = self.limits.global {
            let bucket = self.global.get_or_insert_with(|| Bucket::full(rate, now));
            bucket.refill(rate, now);
            let wait = bucket.wait(rate);
            if !wait.is_zero() {
                return Err(Refused {
                    retry_after: wait.as_secs_f64(),
                    global: true,
                });
            }
        }
        if let (Some(rate), Some(channel)) = (self.limits.per_channel, channel) {
            let bucket = self
                .channels
                .entry(channel)
                .or_insert_with(|| Bucket::full(rate, now));
            bucket.refill(rate, now);
            let wait = bucket.wait(rate);
            if !wait.is_zero() {
                return Err(Refused {
                    retry_after: wait.as_secs_f64(),
                    global: false,
                });
            }
            bucket.tokens -= 1.0;
        }
        if let Some(bucket) = self.global.as_mut() {
            bucket.tokens -= 1.0;
        }
        Ok(())
    }
}
