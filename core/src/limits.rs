//! Per-member rate limits, shared by the chat bots: how many ideas and votes one person may
//! send in a short time, so a stuck client or a script cannot flood a sprint. A member over the
//! limit is told kindly how long to wait; nothing they sent is held against them.

mod pace;
pub use pace::Pace;

use crate::domain::{MemberId, Msg};
use governor::clock::{Clock, MonotonicClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::HashMapStateStore;
use governor::{Quota, RateLimiter};
use serde::{Deserialize, Serialize};
use std::num::NonZeroU32;
use std::time::Duration;

/// At most `count` in any `per_seconds`, as a burst that refills evenly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub count: u32,
    pub per_seconds: u64,
}

/// The limits, as the operator configures them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LimitSettings {
    pub ideas: Rate,
    pub votes: Rate,
    /// Messages the bot sends per second over all chats: Telegram allows about 30 (more only
    /// with paid broadcasts), so raise it only when Telegram has raised yours.
    pub telegram_per_second: u32,
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            ideas: Rate {
                count: 5,
                per_seconds: 600,
            },
            votes: Rate {
                count: 60,
                per_seconds: 60,
            },
            telegram_per_second: 30,
        }
    }
}

/// What is being limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKind {
    Idea,
    Vote,
}

/// The answer when a member is over a limit: try again after `retry_after`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("slow down: {kind:?} limit reached, try again in {retry_after:?}")]
pub struct SlowDown {
    pub kind: LimitKind,
    pub retry_after: Duration,
}

impl SlowDown {
    /// Whole seconds to wait, rounded up: "try again in 0 seconds" would be no help.
    pub fn seconds(&self) -> u64 {
        let whole = self.retry_after.as_secs();
        let rest = self.retry_after.subsec_nanos() > 0;
        (whole + u64::from(rest)).max(1)
    }

    /// `slow-down`: seconds under two minutes, whole minutes (rounded up) above.
    pub fn to_msg(&self) -> Msg {
        let seconds = self.seconds();
        let (unit, count) = if seconds < 120 {
            ("seconds", seconds)
        } else {
            ("minutes", seconds.div_ceil(60))
        };
        let kind = match self.kind {
            LimitKind::Idea => "idea",
            LimitKind::Vote => "vote",
        };
        Msg::new("slow-down")
            .arg("kind", kind)
            .arg("unit", unit)
            .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
    }
}

/// A configured rate that cannot be enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{kind:?} rate limit needs a count and a period above zero")]
pub struct InvalidRate {
    pub kind: LimitKind,
}

type Limiter<C> =
    RateLimiter<MemberId, HashMapStateStore<MemberId>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// One keyed limiter per kind, shared by every update handler.
#[derive(Debug)]
pub struct MemberLimits<C: Clock = MonotonicClock> {
    ideas: Limiter<C>,
    votes: Limiter<C>,
    clock: C,
}

impl MemberLimits<MonotonicClock> {
    pub fn new(settings: &LimitSettings) -> Result<Self, InvalidRate> {
        MemberLimits::with_clock(settings, MonotonicClock)
    }
}

impl<C: Clock + Clone> MemberLimits<C> {
    /// Limits on another clock: tests pass governor's `FakeRelativeClock`.
    pub fn with_clock(settings: &LimitSettings, clock: C) -> Result<Self, InvalidRate> {
        let ideas = quota(settings.ideas).ok_or(InvalidRate {
            kind: LimitKind::Idea,
        })?;
        let votes = quota(settings.votes).ok_or(InvalidRate {
            kind: LimitKind::Vote,
        })?;
        Ok(MemberLimits {
            ideas: RateLimiter::hashmap_with_clock(ideas, clock.clone()),
            votes: RateLimiter::hashmap_with_clock(votes, clock.clone()),
            clock,
        })
    }

    /// Counts one `kind` for `member` if they are within the limit; otherwise says how long
    /// to wait (and counts nothing, so waiting is always enough).
    pub fn check(&self, kind: LimitKind, member: MemberId) -> Result<(), SlowDown> {
        self.limiter(kind)
            .check_key(&member)
            .map_err(|not_until| SlowDown {
                kind,
                retry_after: not_until.wait_time_from(self.clock.now()),
            })
    }

    /// Forgets members whose limits have fully refilled. Keyed limiters otherwise keep every
    /// member ever seen; call this now and then (every few minutes) from a housekeeping task.
    pub fn retain_recent(&self) {
        for limiter in [&self.ideas, &self.votes] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }

    /// How many members each limiter remembers (for metrics, and to test housekeeping).
    pub fn tracked(&self) -> usize {
        self.ideas.len() + self.votes.len()
    }

    fn limiter(&self, kind: LimitKind) -> &Limiter<C> {
        match kind {
            LimitKind::Idea => &self.ideas,
            LimitKind::Vote => &self.votes,
        }
    }
}

/// `count` at once, refilled one at a time over `per_seconds`.
fn quota(rate: Rate) -> Option<Quota> {
    let burst = NonZeroU32::new(rate.count)?;
    let period = Duration::from_secs(rate.per_seconds).checked_div(rate.count)?;
    Some(Quota::with_period(period)?.allow_burst(burst))
}

#[cfg(test)]
mod tests;
