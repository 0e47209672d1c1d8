//! Optional rate limits like Discord's: 50 requests a second per bot over all routes
//! (interaction callbacks exempt, as on Discord) and a bucket per channel for sending
//! messages. Bucketed answers carry the `X-RateLimit-*` headers; refusals are 429s with a JSON
//! `retry_after`. Off unless a test starts the fake with them.

use crate::token_bucket::{Bucket, Rate};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Which limits the fake enforces; `Limits::default()` enforces none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Over all routes but interaction callbacks.
    pub global: Option<Rate>,
    /// Per channel, for `POST /channels/{id}/messages`.
    pub per_channel: Option<Rate>,
}

impl Limits {
    /// Discord's own limits: 50 a second overall; 5 messages at once per channel, then one a
    /// second (5 per 5 s).
    pub fn discord() -> Limits {
        Limits {
            global: Some(Rate::new(50, Duration::from_millis(20))),
            per_channel: Some(Rate::new(5, Duration::from_secs(1))),
        }
    }
}

/// The name the per-channel bucket reports in `X-RateLimit-Bucket` (Discord sends an opaque
/// hash, the same for every channel; the channel id is the bucket's "major parameter").
pub(crate) const CHANNEL_MESSAGES_BUCKET: &str = "fake-channel-messages";

/// A bucket's state as reported in the `X-RateLimit-*` headers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BucketState {
    pub limit: u32,
    pub remaining: u32,
    pub reset_after: f64,
    pub bucket: &'static str,
}

impl BucketState {
    fn of(bucket: &Bucket, name: &'static str) -> BucketState {
        BucketState {
            limit: bucket.rate().burst,
            remaining: bucket.remaining(),
            reset_after: bucket.reset_after().as_secs_f64(),
            bucket: name,
        }
    }

    pub(crate) fn headers(&self) -> Vec<(&'static str, String)> {
        vec![
            ("x-ratelimit-limit", self.limit.to_string()),
            ("x-ratelimit-remaining", self.remaining.to_string()),
            (
                "x-ratelimit-reset-after",
                format!("{:.3}", self.reset_after),
            ),
            ("x-ratelimit-bucket", self.bucket.to_owned()),
        ]
    }
}

/// A refused request: wait `retry_after` seconds; `global` says which limit.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refused {
    pub retry_after: f64,
    pub global: bool,
    /// The route's bucket, when that is what ran out.
    pub bucket: Option<BucketState>,
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

    /// Takes one request (one message to `channel`, if it is a send); on success, the state of
    /// the route's bucket if it has one. A refused request costs nothing.
    pub(crate) fn take(
        &mut self,
        channel: Option<u64>,
        now: Instant,
    ) -> Result<Option<BucketState>, Refused> {
        if let Some(rate) = self.limits.global {
            let bucket = self.global.get_or_insert_with(|| Bucket::full(rate, now));
            bucket.refill(now);
            let wait = bucket.wait();
            if !wait.is_zero() {
                return Err(Refused {
                    retry_after: wait.as_secs_f64(),
                    global: true,
                    bucket: None,
                });
            }
        }
        let mut route = None;
        if let (Some(rate), Some(channel)) = (self.limits.per_channel, channel) {
            let bucket = self
                .channels
                .entry(channel)
                .or_insert_with(|| Bucket::full(rate, now));
            bucket.refill(now);
            let wait = bucket.wait();
            if !wait.is_zero() {
                return Err(Refused {
                    retry_after: wait.as_secs_f64(),
                    global: false,
                    bucket: Some(BucketState::of(bucket, CHANNEL_MESSAGES_BUCKET)),
                });
            }
            bucket.take();
            route = Some(BucketState::of(bucket, CHANNEL_MESSAGES_BUCKET));
        }
        if let Some(bucket) = self.global.as_mut() {
            bucket.take();
        }
        Ok(route)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_channel_gets_its_burst_then_waits_and_others_do_not() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits {
            per_channel: Some(Rate::new(2, Duration::from_secs(1))),
            ..Limits::default()
        });
        let first = limiter.take(Some(7), now).expect("first send");
        assert_eq!(first.map(|b| (b.limit, b.remaining)), Some((2, 1)));
        assert!(limiter.take(Some(7), now).is_ok());
        let refused = limiter.take(Some(7), now).expect_err("third send");
        assert!(!refused.global && (refused.retry_after - 1.0).abs() < 1e-9);
        assert!(limiter.take(Some(8), now).is_ok(), "other channels go on");
        assert_eq!(
            limiter.take(None, now),
            Ok(None),
            "other routes have no bucket"
        );
    }

    #[test]
    fn the_global_limit_covers_every_route() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits {
            global: Some(Rate::new(1, Duration::from_millis(20))),
            ..Limits::default()
        });
        assert!(limiter.take(None, now).is_ok());
        let refused = limiter
            .take(Some(7), now)
            .expect_err("over the global limit");
        assert!(refused.global);
        assert!(limiter.take(None, now + Duration::from_millis(20)).is_ok());
    }
}
