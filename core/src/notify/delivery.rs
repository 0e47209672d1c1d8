//! Deliveries: one message for one person on one platform, taken from the queue by a worker,
//! sent, and reported back. The retry policy lives here, free of I/O.

use super::Event;
use crate::domain::{Identity, Locale, MemberId};
use std::time::Duration;

/// A claimed delivery, ready to render and send.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    pub id: i64,
    pub member: MemberId,
    /// Where to send it: the platform and the person's id there.
    pub identity: Identity,
    /// The reader's language.
    pub locale: Locale,
    pub event: Event,
    /// 1 on the first try.
    pub attempt: u32,
}

/// What happened when a worker tried to send a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    Sent,
    /// The platform asked us to wait (429 `retry_after`).
    RetryAfter(Duration),
    /// Worth trying again later (a timeout, a 5xx).
    Transient(String),
    /// Will never work for this person on this platform (blocked, closed DMs, deleted chat):
    /// parked, and the person marked unreachable there until they write again.
    Permanent(String),
    /// The platform refused this message, not the person (a permission we lack, a message it
    /// will not take): parked, and the person stays reachable.
    Rejected(String),
}

/// What the queue did with the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    Sent,
    /// The lease had run out and another worker may have sent it too: counted as a duplicate.
    Duplicate,
    /// Back in the queue until then.
    Retry(Duration),
    /// Parked for good, with its reason, for admins to see.
    Dead,
}

/// Tries before a delivery is parked as dead.
pub const MAX_ATTEMPTS: u32 = 8;

/// How long to wait before try `attempt + 1` after a transient failure: 5 s, 10 s, 20 s, ...
/// up to an hour.
pub fn backoff(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(10);
    Duration::from_secs(5u64 << doublings).min(Duration::from_secs(3600))
}

/// The wait before the next try, or `None` when the delivery should be parked.
pub fn next_try(attempt: u32, outcome: &SendOutcome) -> Option<Duration> {
    match outcome {
        SendOutcome::Sent | SendOutcome::Permanent(_) | SendOutcome::Rejected(_) => None,
        // The platform's own pacing is not the delivery's fault: it does not use up tries.
        SendOutcome::RetryAfter(wait) => Some(*wait),
        SendOutcome::Transient(_) if attempt >= MAX_ATTEMPTS => None,
        SendOutcome::Transient(_) => Some(backoff(attempt)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_failures_back_off_then_park() {
        let flaky = SendOutcome::Transient("timeout".into());
        assert_eq!(next_try(1, &flaky), Some(Duration::from_secs(5)));
        assert_eq!(next_try(3, &flaky), Some(Duration::from_secs(20)));
        assert_eq!(next_try(MAX_ATTEMPTS, &flaky), None);
        assert_eq!(backoff(40), Duration::from_secs(3600));
    }

    #[test]
    fn slow_downs_wait_as_asked_and_permanent_failures_park_at_once() {
        let wait = SendOutcome::RetryAfter(Duration::from_secs(7));
        assert_eq!(
            next_try(MAX_ATTEMPTS + 3, &wait),
            Some(Duration::from_secs(7))
        );
        assert_eq!(next_try(1, &SendOutcome::Permanent("blocked".into())), None);
        assert_eq!(
            next_try(1, &SendOutcome::Rejected("missing access".into())),
            None
        );
    }
}
