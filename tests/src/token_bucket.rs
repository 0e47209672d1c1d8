//! The token bucket behind both fakes' rate limits: `burst` requests at once, then one more
//! each `every`. Time is passed in, so the limiters can be unit-tested without sleeping.

use std::time::{Duration, Instant};

/// A token bucket: `burst` sends at once, then one more each `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub burst: u32,
    pub every: Duration,
}

impl Rate {
    pub const fn new(burst: u32, every: Duration) -> Rate {
        Rate { burst, every }
    }
}

/// One bucket's state.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bucket {
    rate: Rate,
    tokens: f64,
    last: Instant,
}

impl Bucket {
    /// A bucket that starts full: a client's first burst is always allowed.
    pub(crate) fn full(rate: Rate, now: Instant) -> Bucket {
        Bucket {
            rate,
            tokens: f64::from(rate.burst),
            last: now,
        }
    }

    /// Adds the tokens earned since the last look, up to the burst.
    pub(crate) fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        let per_token = self.rate.every.as_secs_f64().max(f64::EPSILON);
        self.tokens = (self.tokens + elapsed / per_token).min(f64::from(self.rate.burst));
        self.last = now;
    }

    /// How long until one token is available (zero: now). Call `refill` first.
    pub(crate) fn wait(&self) -> Duration {
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            self.rate.every.mul_f64(1.0 - self.tokens)
        }
    }

    /// Spends one token. Callers check `wait` first, so that a refused request costs nothing.
    pub(crate) fn take(&mut self) {
        self.tokens -= 1.0;
    }

    /// Whole tokens left, as `X-RateLimit-Remaining` counts them.
    pub(crate) fn remaining(&self) -> u32 {
        // Never negative and never above the burst, so the cast cannot truncate.
        self.tokens.max(0.0).floor() as u32
    }

    /// How long until the bucket is full again (`X-RateLimit-Reset-After`).
    pub(crate) fn reset_after(&self) -> Duration {
        let missing = (f64::from(self.rate.burst) - self.tokens).max(0.0);
        self.rate.every.mul_f64(missing)
    }

    pub(crate) fn rate(&self) -> Rate {
        self.rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_bucket_allows_its_burst_then_refills_one_each_period() {
        let now = Instant::now();
        let mut bucket = Bucket::full(Rate::new(2, Duration::from_secs(1)), now);
        for _ in 0..2 {
            assert_eq!(bucket.wait(), Duration::ZERO);
            bucket.take();
        }
        assert_eq!(bucket.wait(), Duration::from_secs(1));
        assert_eq!(bucket.remaining(), 0);
        assert_eq!(bucket.reset_after(), Duration::from_secs(2));
        bucket.refill(now + Duration::from_millis(1500));
        assert_eq!(bucket.wait(), Duration::ZERO);
        assert_eq!(bucket.remaining(), 1);
    }
}
