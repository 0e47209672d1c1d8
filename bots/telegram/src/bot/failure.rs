//! What the operator reads when the Bot API does not cooperate: a refused token (fatal: no
//! retry mends it) or an outage (retried), in plain words that name the setting to change and
//! never its value. teloxide's own wording ("A Telegram's error: Invalid bot token") says
//! neither what to do nor, on a network error, that we did reach the server.

use crowdsprint_core::health::Fatal;
use teloxide::{ApiError, RequestError};

/// The part's name in health reports.
pub(crate) const PART: &str = "telegram";

/// The Bot API answered 401 (or 404, for a token it cannot even parse) to our token.
pub(crate) fn token_refused() -> Fatal {
    Fatal::new(
        PART,
        "Telegram refused the bot token: the Bot API answered \"Unauthorized\" to \
         TELEGRAM_BOT_TOKEN, so this token does not belong to any bot (mistyped, or revoked \
         with /revoke).",
        "copy the bot's token again from @BotFather (/mybots, choose the bot, API Token) and \
         set it as TELEGRAM_BOT_TOKEN, then start crowdsprint again.",
    )
}

/// The error `getMe` gave at start: fatal for a refused token, else why Telegram could not
/// be reached.
pub(crate) fn at_start(error: RequestError) -> anyhow::Error {
    match error {
        RequestError::Api(ApiError::InvalidToken) => token_refused().into(),
        other => anyhow::anyhow!(
            "could not connect to the Telegram Bot API (is it reachable from here, and is \
             TELEGRAM_API_URL right if set?): {}",
            describe(&other)
        ),
    }
}

/// One failed request, as the outage line and readiness show it.
pub(crate) fn describe(error: &RequestError) -> String {
    match error {
        // teloxide strips the URL (and so the token) from network errors.
        RequestError::Network(error) => format!("cannot reach the Bot API ({error})"),
        RequestError::Io(error) => format!("cannot reach the Bot API ({error})"),
        RequestError::RetryAfter(seconds) => format!(
            "Telegram asked us to wait {} s (flood control)",
            seconds.seconds()
        ),
        RequestError::Api(ApiError::TerminatedByOtherGetUpdates) => {
            "another copy of this bot is polling for updates with the same token".to_owned()
        }
        RequestError::Api(error) => format!("the Bot API refused to give updates: {error}"),
        RequestError::InvalidJson { .. } => "the Bot API answered with something that is not \
             its JSON (a proxy in between?)"
            .to_owned(),
        RequestError::MigrateToChatId(_) => "the Bot API answered unexpectedly".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_token_names_the_setting_and_the_fix() {
        let fatal = at_start(RequestError::Api(ApiError::InvalidToken))
            .downcast::<Fatal>()
            .expect("a refused token is fatal");
        assert_eq!(fatal.part, "telegram");
        assert!(fatal.reason.contains("TELEGRAM_BOT_TOKEN"), "{fatal}");
        assert!(fatal.fix.contains("@BotFather"), "{fatal}");
        assert!(!fatal.to_string().contains("A Telegram's error"), "{fatal}");
    }

    #[test]
    fn an_outage_is_not_fatal() {
        let io = RequestError::Io(std::sync::Arc::new(std::io::Error::other("refused")));
        let error = at_start(io);
        assert!(error.downcast_ref::<Fatal>().is_none());
        assert!(error.to_string().contains("cannot reach the Bot API"));
    }
}
