//! At most `max` messages in any window of `per`, kept for each chat separately: Telegram's
//! 20 messages a minute in one group is counted over any sixty seconds, not per calendar
//! minute, and a token bucket of 20 refilled over a minute would let 20 out at once and
//! nearly 20 more before the minute is up.
//!
//! Each caller is given its time when it asks (the time of the message `max` places back,
//! plus `per`) and sleeps until then, so waiters are never woken to compete for a turn.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// Sliding windows keyed by chat.
#[derive(Debug)]
pub struct ChatWindows<K> {
    max: usize,
    per: Duration,
    /// Each chat's send times still inside a window, earliest first (some in the future:
    /// given to callers still waiting).
    sent: Mutex<HashMap<K, VecDeque<Instant>>>,
}

impl<K: Hash + Eq + Clone> ChatWindows<K> {
    /// Zero counts as one.
    pub fn new(max: u32, per: Duration) -> ChatWindows<K> {
        ChatWindows {
            max: usize::try_from(max.max(1)).unwrap_or(usize::MAX),
            per,
            sent: Mutex::new(HashMap::new()),
        }
    }

    /// Waits until a message to `chat` keeps it within its window, and counts it.
    pub async fn until_ready(&self, chat: &K) {
        let at = self.book(chat, Instant::now());
        tokio::time::sleep_until(at).await;
    }

    /// The earliest time from `now` that a message to `chat` fits, booked for it.
    fn book(&self, chat: &K, now: Instant) -> Instant {
        let mut sent = self
            .sent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Chats quiet for a whole window are forgotten, so the map holds only busy ones.
        if sent.len() > 1024 {
            sent.retain(|_, times| times.back().is_some_and(|last| *last + self.per > now));
        }
        let times = sent.entry(chat.clone()).or_default();
        while times.front().is_some_and(|first| *first + self.per <= now) {
            times.pop_front();
        }
        let mut at = now;
        if times.len() >= self.max {
            at = at.max(times[times.len() - self.max] + self.per);
        }
        if let Some(last) = times.back() {
            at = at.max(*last);
        }
        times.push_back(at);
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_group_gets_twenty_in_any_minute_and_others_are_not_held_up() {
        let windows = ChatWindows::new(20, Duration::from_secs(60));
        let now = Instant::now();
        let times: Vec<Instant> = (0..41).map(|_| windows.book(&-1_i64, now)).collect();
        assert!(
            times[..20].iter().all(|t| *t == now),
            "the first twenty go at once"
        );
        assert_eq!(times[20], now + Duration::from_secs(60));
        assert_eq!(times[40], now + Duration::from_secs(120));
        for start in 0..times.len() {
            let within = times[start..]
                .iter()
                .filter(|t| **t < times[start] + Duration::from_secs(60))
                .count();
            assert!(within <= 20, "{within} in a minute from message {start}");
        }
        assert_eq!(
            windows.book(&-2_i64, now),
            now,
            "another group is not held up"
        );
    }
}
