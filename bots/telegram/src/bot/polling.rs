//! Long polling that reports how it is doing: every answered `getUpdates` marks Telegram up,
//! a failed one marks it down (one log line when an outage begins and one when it ends, not one
//! per retry), and a refused token stops it for good. teloxide's own `Polling` hides the
//! answers that bring no updates, so health could not see a quiet bot recover; this one is
//! small enough to own.

use super::failure;
use crowdsprint_core::health::Part;
use futures_util::Stream;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{StatefulListener, UpdateListener};
use teloxide::{ApiError, RequestError};

/// How long one `getUpdates` waits for an update (Telegram allows up to 50 s).
const LONG_POLL_SECONDS: u32 = 25;
/// The first wait after a failed poll, doubled after each further failure...
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
/// ...up to this: an outage ends in the logs and in readiness within seconds of its end, at
/// the cost of one small request every few seconds while it lasts.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// A listener for teloxide's dispatcher that polls `bot` and reports to `health`.
pub(crate) fn listener(bot: Bot, health: Part) -> impl UpdateListener<Err = Infallible> {
    let (token, flag) = mk_stop_token();
    let poller = Poller {
        bot,
        health,
        offset: 0,
        allowed_updates: None,
        buffer: VecDeque::new(),
        failures: 0,
        token,
        flag,
    };
    StatefulListener::new_with_hints(
        poller,
        stream,
        |poller: &mut Poller| poller.token.clone(),
        Some(hint_allowed_updates),
    )
}

struct Poller {
    bot: Bot,
    health: Part,
    /// The next update wanted: one past the last one handed to the dispatcher.
    offset: i32,
    /// What the dispatcher's handlers can use, sent with the next poll.
    allowed_updates: Option<Vec<AllowedUpdate>>,
    buffer: VecDeque<Update>,
    /// Failed polls in a row, for the backoff.
    failures: u32,
    token: StopToken,
    flag: StopFlag,
}

fn stream(poller: &mut Poller) -> impl Stream<Item = Result<Update, Infallible>> + Send + '_ {
    futures_util::stream::unfold(poller, |poller| async move {
        let update = poller.next().await?;
        Some((Ok(update), poller))
    })
}

fn hint_allowed_updates(poller: &mut Poller, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
    poller.allowed_updates = Some(hint.collect());
}

impl Poller {
    /// The next update, or `None` once stopped (or once the token is refused).
    async fn next(&mut self) -> Option<Update> {
        loop {
            if let Some(update) = self.buffer.pop_front() {
                return Some(update);
            }
            if self.flag.is_stopped() {
                self.confirm().await;
                return None;
            }
            let mut request = self
                .bot
                .get_updates()
                .offset(self.offset)
                .timeout(LONG_POLL_SECONDS);
            if let Some(allowed) = self.allowed_updates.clone() {
                request = request.allowed_updates(allowed);
            }
            let mut flag = self.flag.clone();
            let answer = tokio::select! {
                answer = request.send() => answer,
                () = &mut flag => continue,
            };
            match answer {
                Ok(updates) => {
                    self.health.up();
                    self.failures = 0;
                    // Sent once: Telegram remembers it.
                    self.allowed_updates = None;
                    if let Some(last) = updates.last() {
                        self.offset = last.id.as_offset();
                    }
                    self.buffer.extend(updates);
                }
                Err(RequestError::Api(ApiError::InvalidToken)) => {
                    self.health.fatal(failure::token_refused());
                    return None;
                }
                Err(error) => {
                    let wait = self.backoff(&error);
                    self.health.down(failure::describe(&error));
                    tokio::select! {
                        () = tokio::time::sleep(wait) => {}
                        () = &mut flag => {}
                    }
                }
            }
        }
    }

    /// How long to wait after `error`: what Telegram asked for, or the backoff.
    fn backoff(&mut self, error: &RequestError) -> Duration {
        if let RequestError::RetryAfter(seconds) = error {
            return seconds.duration();
        }
        let doubled = FIRST_BACKOFF.saturating_mul(1 << self.failures.min(8));
        self.failures = self.failures.saturating_add(1);
        doubled.min(MAX_BACKOFF)
    }

    /// Tells Telegram the updates handed over are done, so a restart does not see them again.
    async fn confirm(&self) {
        if self.offset == 0 {
            return;
        }
        let confirmed = self
            .bot
            .get_updates()
            .offset(self.offset)
            .limit(1)
            .timeout(0)
            .send()
            .await;
        if let Err(error) = confirmed {
            tracing::debug!(%error, "could not confirm the last updates before stopping");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_doubles_up_to_its_cap_and_honours_retry_after() {
        let (token, flag) = mk_stop_token();
        let bot = Bot::new("1:test");
        let mut poller = Poller {
            bot,
            health: crowdsprint_core::health::Health::default().part("telegram"),
            offset: 0,
            allowed_updates: None,
            buffer: VecDeque::new(),
            failures: 0,
            token,
            flag,
        };
        let network = RequestError::Io(std::sync::Arc::new(std::io::Error::other("down")));
        let waits: Vec<u64> = (0..5).map(|_| poller.backoff(&network).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 5, 5]);
        let asked = RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(7));
        assert_eq!(poller.backoff(&asked), Duration::from_secs(7));
    }
}
