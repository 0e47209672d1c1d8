//! Optional rate limits like Telegram's, answered with 429 and `retry_after` when exceeded. Off
//! unless a test starts the fake with `Limits`. Each rule, and where it comes from:
//!
//! - **Overall: at most 30 broadcast messages in any one second** (Bots FAQ, "My bot is
//!   hitting limits": "If you're sending bulk notifications to multiple users, the API will
//!   not allow more than 30 messages per second or so"). Counted over a sliding second, not a
//!   token bucket: a bucket would let 30 out at once and 30 more in the same second. A
//!   message to a chat that wrote to the bot in the last 10 s is an answer, not a broadcast,
//!   and is not counted here (grammY's flood-control guide: replying to many users at once
//!   is fine); its chat's own limit still applies.
//! - **Per private chat: about one message a second, short bursts tolerated** (same FAQ:
//!   "avoid sending more than one message per second"): a bucket of 3, refilled one a second.
//! - **Per group: at most 20 messages in any minute** (same FAQ), sliding.
//! - **A 429's `retry_after` holds the whole bot** (Bot API docs, `ResponseParameters`: "the
//!   number of seconds left to wait before the request can be repeated"; teloxide's `Throttle`
//!   and python-telegram-bot's rate limiter pause every request for it). Anything sent before
//!   it is over is refused again, with a wait twice as long (Telegram answers bots that ignore
//!   flood waits with longer ones), and recorded as an early send: `FakeTelegram::early_sends`,
//!   which the bot harness checks is zero.

use crate::token_bucket::Bucket;
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

/// The token bucket shared with the fake Discord (kept under this name for existing callers).
pub use crate::token_bucket::Rate;

/// At most `max` in any window of `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub max: u32,
    pub per: Duration,
}

impl Window {
    pub const fn new(max: u32, per: Duration) -> Window {
        Window { max, per }
    }
}

/// Which limits the fake enforces; `Limits::default()` enforces none (but a 429 it was told
/// to answer still holds the bot).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Per private chat (Telegram: about one message a second, short bursts tolerated).
    pub private_chat: Option<Rate>,
    /// Per group or supergroup (Telegram: 20 messages in any minute).
    pub group_chat: Option<Window>,
    /// Broadcasts over all chats (Telegram: 30 in any second).
    pub global: Option<Window>,
}

impl Limits {
    /// Telegram's own limits.
    pub fn telegram() -> Limits {
        Limits {
            private_chat: Some(Rate::new(3, Duration::from_secs(1))),
            group_chat: Some(Window::new(20, Duration::from_secs(60))),
            global: Some(Window::new(30, Duration::from_secs(1))),
        }
    }
}

/// How long after a chat last wrote to the bot a message to it counts as an answer.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// The state behind `Limits`.
#[derive(Debug, Default)]
pub(crate) struct Limiter {
    limits: Limits,
    /// Broadcasts accepted within the last window.
    broadcasts: VecDeque<Instant>,
    groups: HashMap<i64, VecDeque<Instant>>,
    chats: HashMap<i64, Bucket>,
    /// When each chat last sent the bot an update.
    heard_from: HashMap<i64, Instant>,
    /// The end of the bot's current flood wait.
    held_until: Option<Instant>,
    /// Sends that came while a flood wait was pending.
    pub early_sends: usize,
}

impl Limiter {
    pub(crate) fn new(limits: Limits) -> Limiter {
        Limiter {
            limits,
            ..Limiter::default()
        }
    }

    /// `chat_id` wrote to the bot: messages to it for a while are answers.
    pub(crate) fn heard_from(&mut self, chat_id: i64, now: Instant) {
        self.heard_from.insert(chat_id, now);
    }

    /// Records a 429 answered for `seconds`: the whole bot waits.
    pub(crate) fn hold(&mut self, seconds: u32, now: Instant) {
        let until = now + Duration::from_secs(u64::from(seconds));
        self.held_until = Some(self.held_until.map_or(until, |held| held.max(until)));
    }

    /// Refuses a send made while the bot should be waiting out a 429: again, for twice what
    /// was left, and recorded.
    pub(crate) fn not_held(&mut self, now: Instant) -> Result<(), u32> {
        let Some(held) = self.held_until.filter(|held| *held > now) else {
            return Ok(());
        };
        self.early_sends += 1;
        let seconds = whole_seconds((held - now) * 2);
        self.hold(seconds, now);
        Err(seconds)
    }

    /// Takes one send for `chat_id`, or says how many whole seconds to wait (at least 1).
    pub(crate) fn take(&mut self, chat_id: i64, now: Instant) -> Result<(), u32> {
        self.not_held(now)?;
        let answer = self
            .heard_from
            .get(&chat_id)
            .is_some_and(|heard| now.duration_since(*heard) < ANSWER_WITHIN);
        let mut wait = Duration::ZERO;
        if let Some(window) = self.limits.global.filter(|_| !answer) {
            wait = wait.max(wait_in(&mut self.broadcasts, window, now));
        }
        if chat_id > 0 {
            if let Some(rate) = self.limits.private_chat {
                let bucket = self
                    .chats
                    .entry(chat_id)
                    .or_insert_with(|| Bucket::full(rate, now));
                bucket.refill(now);
                wait = wait.max(bucket.wait());
            }
        } else if let Some(window) = self.limits.group_chat {
            let sent = self.groups.entry(chat_id).or_default();
            wait = wait.max(wait_in(sent, window, now));
        }
        if !wait.is_zero() {
            let seconds = whole_seconds(wait);
            self.hold(seconds, now);
            return Err(seconds);
        }
        if self.limits.global.is_some() && !answer {
            self.broadcasts.push_back(now);
        }
        if chat_id > 0 {
            if let Some(bucket) = self.chats.get_mut(&chat_id) {
                bucket.take();
            }
        } else if self.limits.group_chat.is_some() {
            self.groups.entry(chat_id).or_default().push_back(now);
        }
        Ok(())
    }
}

/// How long until one more fits in `window`, forgetting sends that have left it.
fn wait_in(sent: &mut VecDeque<Instant>, window: Window, now: Instant) -> Duration {
    while sent
        .front()
        .is_some_and(|at| now.duration_since(*at) >= window.per)
    {
        sent.pop_front();
    }
    let max = usize::try_from(window.max).unwrap_or(usize::MAX);
    if sent.len() < max {
        return Duration::ZERO;
    }
    (sent[sent.len() - max] + window.per).saturating_duration_since(now)
}

/// Telegram's `retry_after` is whole seconds, at least one.
fn whole_seconds(wait: Duration) -> u32 {
    wait.as_secs_f64().ceil().max(1.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_private_chat_gets_its_burst_then_the_bot_waits() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits {
            private_chat: Some(Rate::new(2, Duration::from_secs(1))),
            ..Limits::default()
        });
        assert_eq!(limiter.take(7, now), Ok(()));
        assert_eq!(limiter.take(7, now), Ok(()));
        assert_eq!(limiter.take(7, now), Err(1));
        assert_eq!(limiter.early_sends, 0);
        assert_eq!(limiter.take(8, now), Err(2), "the 429 holds the whole bot");
        assert_eq!(limiter.early_sends, 1, "and sending through it is recorded");
        assert_eq!(limiter.take(8, now + Duration::from_secs(2)), Ok(()));
    }

    #[test]
    fn thirty_broadcasts_in_any_second_but_answers_are_not_counted() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits::telegram());
        limiter.heard_from(999, now);
        for n in 0..30 {
            let at = now + Duration::from_millis(n * 30);
            assert_eq!(limiter.take(1000 + n as i64, at), Ok(()), "message {n}");
        }
        let late = now + Duration::from_millis(900);
        assert_eq!(
            limiter.take(999, late),
            Ok(()),
            "an answer is not a broadcast"
        );
        assert_eq!(limiter.take(2000, late), Err(1), "the 31st within a second");
    }

    #[test]
    fn a_group_gets_twenty_in_any_minute() {
        let now = Instant::now();
        let mut limiter = Limiter::new(Limits::telegram());
        for n in 0..20 {
            assert_eq!(limiter.take(-5, now + Duration::from_secs(n)), Ok(()));
        }
        assert_eq!(limiter.take(-5, now + Duration::from_secs(30)), Err(30));
        let after = now + Duration::from_secs(61);
        assert_eq!(limiter.take(-5, after), Ok(()));
    }
}
