//! A bot's own pace for everything it sends: at most so many messages a second overall, in
//! bursts of at most `burst`. The chat bots' delivery workers send many messages at once
//! and all wait here.
//!
//! Waiters take turns behind a fair queue and only the one at the front watches the clock.
//! Letting every sender wait on the limiter itself (governor's `until_ready`) woke them all at
//! each free slot to find one winner: at 3,000 messages a second with a hundred senders
//! waiting, that herd used more of the bot's CPU than sending did.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;

/// At most `per_second` a second overall, in bursts of at most `burst`.
#[derive(Debug)]
pub struct Pace {
    limiter: DefaultDirectRateLimiter,
    clock: DefaultClock,
    turn: tokio::sync::Mutex<()>,
}

impl Pace {
    /// Zero counts as one: a bot that may send nothing would hang every sender.
    pub fn new(per_second: u32, burst: u32) -> Pace {
        let n = |n: u32| NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::per_second(n(per_second)).allow_burst(n(burst));
        let clock = DefaultClock::default();
        Pace {
            limiter: RateLimiter::direct_with_clock(quota, clock.clone()),
            clock,
            turn: tokio::sync::Mutex::new(()),
        }
    }

    /// Waits for the next slot, in the order callers arrived.
    pub async fn until_ready(&self) {
        let _front = self.turn.lock().await;
        while let Err(not_until) = self.limiter.check() {
            tokio::time::sleep(not_until.wait_time_from(self.clock.now())).await;
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_senders_keep_to_the_pace_together() {
        // 200 a second in bursts of 10: 60 messages from 30 senders need at least
        // (60 - 10) / 200 = 0.25 s, and with the pace kept should not need much more.
        let pace = Arc::new(Pace::new(200, 10));
        let started = Instant::now();
        let senders: Vec<_> = (0..30)
            .map(|_| {
                let pace = pace.clone();
                tokio::spawn(async move {
                    pace.until_ready().await;
                    pace.until_ready().await;
                })
            })
            .collect();
        for sender in senders {
            sender.await.unwrap();
        }
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(240), "too fast: {took:?}");
        assert!(took < Duration::from_secs(2), "stalled: {took:?}");
    }
}
