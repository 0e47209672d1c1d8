//! The live state of each part `serve` runs (each chat bot's connection to its platform), kept
//! by the parts themselves and read by `/readyz`; and the failures no retry can mend (a
//! refused token, a missing intent), which stop `serve` with the reason and the fix.
//!
//! A part reports `up()` when it works and `down(reason)` when it does not; an outage is
//! logged once when it begins and once when it ends, however many retries lie between. No I/O
//! here: the parts do their own checking.

use chrono::{DateTime, SecondsFormat, Utc};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// A started chat bot: the task that runs it until shutdown, and the HTTP routes it needs
/// mounted on the listener (Telegram's webhook, Discord's interactions endpoint), if any.
/// Generic over the router type, so core needs no web framework.
pub struct RunningBot<R> {
    pub routes: Option<R>,
    pub task: tokio::task::JoinHandle<()>,
    /// Where a reader opens a private chat with the bot (`https://t.me/crowdsprint_bot`), for
    /// the web board's links into it; `None` where the platform has no such address.
    pub chat_link: Option<String>,
}

impl<R> std::fmt::Debug for RunningBot<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningBot")
            .field("routes", &self.routes.is_some())
            .finish_non_exhaustive()
    }
}

/// A failure that no retry can mend: what happened, and what the operator should change.
/// Its words name settings, never their values (a token is never printed).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}\nTo fix it: {fix}")]
pub struct Fatal {
    /// The part that failed: `telegram`, `discord`.
    pub part: &'static str,
    /// What happened, in plain words.
    pub reason: String,
    /// What to change.
    pub fix: String,
}

impl Fatal {
    pub fn new(part: &'static str, reason: impl Into<String>, fix: impl Into<String>) -> Fatal {
        Fatal {
            part,
            reason: reason.into(),
            fix: fix.into(),
        }
    }
}

/// Every part's state, shared by the parts (writing) and the health checks (reading).
#[derive(Debug, Clone)]
pub struct Health {
    parts: Arc<Mutex<BTreeMap<&'static str, State>>>,
    /// Every fatal failure so far, in order: at most one per part.
    fatal: watch::Sender<Vec<Fatal>>,
}

impl Default for Health {
    fn default() -> Self {
        Health {
            parts: Arc::default(),
            fatal: watch::channel(Vec::new()).0,
        }
    }
}

/// One part's handle: cheap to clone into every task that learns how the part is doing.
#[derive(Debug, Clone)]
pub struct Part {
    name: &'static str,
    health: Health,
}

/// What a part last reported.
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    /// Configured, not yet working (connecting, identifying).
    Starting {
        since: Instant,
        at: DateTime<Utc>,
    },
    Up,
    /// Working before, not now; being retried.
    Down {
        since: Instant,
        at: DateTime<Utc>,
        reason: String,
    },
    /// Never going to work as configured (and `serve` was told to carry on without it).
    Failed(Fatal),
}

/// What `/readyz` answers: whether every part is ready, and each part's state in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub ready: bool,
    /// `"ok"`, `"starting since …"`, `"reconnecting since …: reason"` or `"failed: …"`.
    pub parts: BTreeMap<&'static str, String>,
}

impl Health {
    /// Registers a configured part as starting, and returns its handle.
    pub fn part(&self, name: &'static str) -> Part {
        self.lock().insert(
            name,
            State::Starting {
                since: Instant::now(),
                at: Utc::now(),
            },
        );
        Part {
            name,
            health: self.clone(),
        }
    }

    /// Each part's state; not ready when a part has been starting or down for longer than
    /// `grace`, or has failed for good.
    pub fn report(&self, grace: Duration) -> Report {
        let parts = self.lock();
        let mut ready = true;
        let mut words = BTreeMap::new();
        for (name, state) in parts.iter() {
            let (healthy, text) = match state {
                State::Up => (true, "ok".to_owned()),
                State::Starting { since, at } => (
                    since.elapsed() <= grace,
                    format!("starting since {}", stamp(at)),
                ),
                State::Down { since, at, reason } => (
                    since.elapsed() <= grace,
                    format!("reconnecting since {}: {reason}", stamp(at)),
                ),
                State::Failed(fatal) => (false, format!("failed: {}", fatal.reason)),
            };
            ready &= healthy;
            words.insert(*name, text);
        }
        Report {
            ready,
            parts: words,
        }
    }

    /// Waits for a part to fail for good: the first failure after the `seen` already
    /// handled.
    pub async fn fatal(&self, seen: usize) -> Fatal {
        let mut watching = self.fatal.subscribe();
        loop {
            if let Some(fatal) = watching.borrow_and_update().get(seen).cloned() {
                return fatal;
            }
            if watching.changed().await.is_err() {
                // Never: `self` holds the sender.
                std::future::pending::<()>().await;
            }
        }
    }

    /// Records that `fatal.part` will not work, without stopping anything: `serve` carries on
    /// with the other parts, and readiness names this one.
    pub fn mark_failed(&self, fatal: Fatal) {
        self.lock().insert(fatal.part, State::Failed(fatal));
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<&'static str, State>> {
        // A panic while holding this lock leaves nothing half-written worth refusing.
        self.parts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Part {
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The part works. Ends an outage (logged once, with how long it lasted).
    pub fn up(&self) {
        let mut parts = self.health.lock();
        let Some(state) = parts.get_mut(self.name) else {
            return;
        };
        match state {
            State::Up | State::Failed(_) => return,
            State::Down { since, reason, .. } => {
                tracing::info!(
                    part = self.name,
                    outage_seconds = since.elapsed().as_secs(),
                    "{} is back after {}; the outage ({reason}) is over",
                    title(self.name),
                    lasted(since.elapsed()),
                );
            }
            State::Starting { .. } => {}
        }
        *state = State::Up;
    }

    /// The part does not work now and is retrying. Begins an outage (logged once); while it
    /// lasts, the reason is kept up to date without logging again.
    pub fn down(&self, reason: impl std::fmt::Display) {
        let reason = reason.to_string();
        let mut parts = self.health.lock();
        let Some(state) = parts.get_mut(self.name) else {
            return;
        };
        match state {
            State::Failed(_) => {}
            State::Down { reason: kept, .. } => *kept = reason,
            State::Up | State::Starting { .. } => {
                tracing::warn!(
                    part = self.name,
                    "{} is unavailable: {reason}; retrying with backoff until it is back",
                    title(self.name),
                );
                let (since, at) = match state {
                    State::Starting { since, at } => (*since, *at),
                    _ => (Instant::now(), Utc::now()),
                };
                *state = State::Down { since, at, reason };
            }
        }
    }

    /// The part can never work as configured: `serve` decides whether to stop.
    pub fn fatal(&self, fatal: Fatal) {
        self.health.fatal.send_if_modified(|kept| {
            // A part stops at its first fatal failure; what it says after is an echo.
            if kept.iter().any(|f| f.part == fatal.part) {
                return false;
            }
            kept.push(fatal);
            true
        });
    }
}

/// `telegram` as a sentence starts it: `Telegram`.
fn title(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn stamp(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `4.2 s`, `3 min 5 s`.
fn lasted(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds < 60.0 {
        format!("{seconds:.1} s")
    } else {
        let whole = duration.as_secs();
        format!("{} min {} s", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_ready_within_the_grace_period_and_not_after() {
        let health = Health::default();
        let telegram = health.part("telegram");
        let discord = health.part("discord");
        let report = health.report(Duration::from_secs(60));
        assert!(report.ready, "{report:?}");
        assert!(report.parts["telegram"].starts_with("starting since 20"));
        telegram.up();
        discord.up();
        discord.down("the gateway closed the connection");
        let report = health.report(Duration::from_secs(60));
        assert!(report.ready);
        assert_eq!(report.parts["telegram"], "ok");
        assert!(
            report.parts["discord"].starts_with("reconnecting since 20")
                && report.parts["discord"].ends_with(": the gateway closed the connection"),
            "{report:?}"
        );
        assert!(!health.report(Duration::ZERO).ready);
        discord.up();
        assert!(health.report(Duration::ZERO).ready);
    }

    #[test]
    fn a_failed_part_is_never_ready() {
        let health = Health::default();
        let discord = health.part("discord");
        discord.up();
        health.mark_failed(Fatal::new("discord", "refused", "fix it"));
        discord.up();
        let report = health.report(Duration::from_secs(60));
        assert!(!report.ready);
        assert_eq!(report.parts["discord"], "failed: refused");
    }

    #[tokio::test]
    async fn each_part_reports_its_first_fatal_failure() {
        let health = Health::default();
        let discord = health.part("discord");
        let telegram = health.part("telegram");
        discord.fatal(Fatal::new("discord", "first", "one"));
        discord.fatal(Fatal::new("discord", "second", "two"));
        assert_eq!(health.fatal(0).await.reason, "first");
        telegram.fatal(Fatal::new("telegram", "third", "three"));
        assert_eq!(health.fatal(1).await.reason, "third");
        assert_eq!(
            Fatal::new("discord", "It broke.", "Mend it.").to_string(),
            "It broke.\nTo fix it: Mend it."
        );
    }

    #[test]
    fn durations_read_plainly() {
        assert_eq!(lasted(Duration::from_millis(4_200)), "4.2 s");
        assert_eq!(lasted(Duration::from_secs(185)), "3 min 5 s");
        assert_eq!(title("discord"), "Discord");
    }
}
