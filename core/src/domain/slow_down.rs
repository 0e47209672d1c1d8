//! "Please slow down": which per-member limit was reached and how long to wait. Pure, so the
//! user error that carries it stays in the domain; the limiters themselves live in `limits`.

use super::message::Msg;
use std::time::Duration;

/// What is being limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKind {
    Idea,
    Vote,
    /// Comments and replies (each reply also messages the comment's author).
    Comment,
    /// `/link` codes made.
    LinkCode,
    /// `/link CODE` tries from one chat account: guessing codes is slow.
    LinkAttempt,
}

impl LimitKind {
    /// The Fluent selector for `slow-down`.
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::Idea => "idea",
            LimitKind::Vote => "vote",
            LimitKind::Comment => "comment",
            LimitKind::LinkCode | LimitKind::LinkAttempt => "link",
        }
    }
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
        Msg::new("slow-down")
            .arg("kind", self.kind.as_str())
            .arg("unit", unit)
            .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
    }
}
