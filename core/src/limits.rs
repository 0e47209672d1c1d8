//! Per-member rate limits, applied inside core's use cases so that every surface (console,
//! Telegram, Discord, the web) gets them: how many ideas, votes, comments and link codes one
//! person may send in a short time, and how many `/link` codes one chat account may try, so a
//! stuck client or a script cannot flood a sprint or guess codes. A member over a limit is told
//! kindly how long to wait (`UserError::SlowDown`); nothing they sent is held against them.
//!
//! The limiters live in each process's memory: with several replicas each keeps its own, so a
//! member could reach the limit once per replica. That is still a limit; the platforms' own
//! limits are what must hold exactly (see `Pace`).

mod pace;
mod window;
pub use pace::Pace;
pub use window::ChatWindows;

use crate::domain::MemberId;
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
    /// Comments and replies together.
    pub comments: Rate,
    /// `/link` codes a member may make.
    pub link_codes: Rate,
    /// `/link CODE` tries per chat account: with 32^8 codes and 5 tries a quarter of an hour,
    /// guessing a live code would take longer than the universe has.
    pub link_attempts: Rate,
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
            comments: Rate {
                count: 20,
                per_seconds: 600,
            },
            link_codes: Rate {
                count: 5,
                per_seconds: 3600,
            },
            link_attempts: Rate {
                count: 5,
                per_seconds: 900,
            },
        }
    }
}

pub use crate::domain::{LimitKind, SlowDown};

/// A configured rate that cannot be enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{kind:?} rate limit needs a count and a period above zero")]
pub struct InvalidRate {
    pub kind: LimitKind,
}

type Limiter<K, C> = RateLimiter<K, HashMapStateStore<K>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// One keyed limiter per kind, shared by every request in the process.
#[derive(Debug)]
pub struct MemberLimits<C: Clock = MonotonicClock> {
    ideas: Limiter<MemberId, C>,
    votes: Limiter<MemberId, C>,
    comments: Limiter<MemberId, C>,
    link_codes: Limiter<MemberId, C>,
    /// Keyed by chat account (`telegram:123`): whoever tries need not be registered.
    link_attempts: Limiter<String, C>,
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
        let quota_of = |rate: Rate, kind: LimitKind| quota(rate).ok_or(InvalidRate { kind });
        let keyed = |quota: Quota| RateLimiter::hashmap_with_clock(quota, clock.clone());
        Ok(MemberLimits {
            ideas: keyed(quota_of(settings.ideas, LimitKind::Idea)?),
            votes: keyed(quota_of(settings.votes, LimitKind::Vote)?),
            comments: keyed(quota_of(settings.comments, LimitKind::Comment)?),
            link_codes: keyed(quota_of(settings.link_codes, LimitKind::LinkCode)?),
            link_attempts: RateLimiter::hashmap_with_clock(
                quota_of(settings.link_attempts, LimitKind::LinkAttempt)?,
                clock.clone(),
            ),
            clock,
        })
    }

    /// Counts one `kind` for `member` if they are within the limit; otherwise says how long
    /// to wait (and counts nothing, so waiting is always enough). `LinkAttempt` is counted by
    /// chat account: use `check_link_attempt`.
    pub fn check(&self, kind: LimitKind, member: MemberId) -> Result<(), SlowDown> {
        let limiter = match kind {
            LimitKind::Idea => &self.ideas,
            LimitKind::Vote => &self.votes,
            LimitKind::Comment => &self.comments,
            LimitKind::LinkCode | LimitKind::LinkAttempt => &self.link_codes,
        };
        limiter.check_key(&member).map_err(|not_until| {
            crate::metrics::limit_refused(kind);
            SlowDown {
                kind,
                retry_after: not_until.wait_time_from(self.clock.now()),
            }
        })
    }

    /// Counts one `/link CODE` try from `account`.
    pub fn check_link_attempt(&self, account: &str) -> Result<(), SlowDown> {
        self.link_attempts
            .check_key(&account.to_owned())
            .map_err(|not_until| {
                crate::metrics::limit_refused(LimitKind::LinkAttempt);
                SlowDown {
                    kind: LimitKind::LinkAttempt,
                    retry_after: not_until.wait_time_from(self.clock.now()),
                }
            })
    }

    /// Forgets members whose limits have fully refilled. Keyed limiters otherwise keep every
    /// member ever seen; call this now and then (every few minutes) from a housekeeping task.
    pub fn retain_recent(&self) {
        for limiter in [&self.ideas, &self.votes, &self.comments, &self.link_codes] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        self.link_attempts.retain_recent();
        self.link_attempts.shrink_to_fit();
    }

    /// How many members each limiter remembers (for metrics, and to test housekeeping).
    pub fn tracked(&self) -> usize {
        self.ideas.len()
            + self.votes.len()
            + self.comments.len()
            + self.link_codes.len()
            + self.link_attempts.len()
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
