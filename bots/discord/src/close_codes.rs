//! Gateway close codes serenity 0.12 keeps to itself. `Client::start` returns for 4004, 4013
//! and 4014, but after 4010 (invalid shard), 4011 (sharding required) and 4012 (invalid API
//! version) it reconnects for ever, and only its own log events say why. This tracing layer
//! reads those events (their wording is pinned with serenity's version in Cargo.lock, and the
//! journeys against the fake gateway check it) and reports the failure as fatal to every
//! running Discord bot, with its fix.

use crate::failure;
use crowdsprint_core::health::Part;
use std::fmt::Debug;
use std::sync::Mutex;
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::{Context, Filter, Layer};

/// The Discord bots running in this process, told when serenity logs a fatal close.
static WATCHING: Mutex<Vec<Part>> = Mutex::new(Vec::new());

/// Tells `health` about fatal close codes serenity only logs (the layer must be installed).
pub fn watch(health: Part) {
    WATCHING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(health);
}

/// The layer to install beside the log output: it sees serenity's gateway warnings and
/// errors only, whatever the log level.
pub fn layer<S>() -> impl Layer<S> + Send + Sync + 'static
where
    S: Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    CloseCodes.with_filter(gateway_events())
}

fn gateway_events<S>() -> impl Filter<S> + Send + Sync + 'static {
    Targets::new().with_target("serenity::gateway", LevelFilter::WARN)
}

struct CloseCodes;

impl<S: Subscriber> Layer<S> for CloseCodes {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut message = Message(String::new());
        event.record(&mut message);
        let Some(fatal) = fatal_close(&message.0).and_then(failure::close_code) else {
            return;
        };
        let watching = WATCHING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for health in watching.iter() {
            health.fatal(fatal.clone());
        }
    }
}

struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

/// The close code a serenity log message reports, if it is one serenity retries in vain.
fn fatal_close(message: &str) -> Option<u16> {
    // Each is said twice, by the shard and by its runner: either will do.
    if message.contains("Gateway(InvalidShardData)") || message.contains("Sent invalid shard data")
    {
        return Some(4010);
    }
    if message.contains("Gateway(OverloadedShard)") || message.contains("Shard has too many guilds")
    {
        return Some(4011);
    }
    let (_, rest) = message.split_once("Unknown unclean close ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|code| *code == 4012)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serenity_log_messages_give_their_close_codes() {
        let shard = "[ShardInfo { id: ShardId(0), total: 1 }]";
        assert_eq!(
            fatal_close(&format!(
                "{shard} Unknown unclean close 4012: Some(\"Invalid API version.\")"
            )),
            Some(4012)
        );
        assert_eq!(
            fatal_close("Shard handler received err: Gateway(InvalidShardData)"),
            Some(4010)
        );
        assert_eq!(
            fatal_close("Shard handler received err: Gateway(OverloadedShard)"),
            Some(4011)
        );
        assert_eq!(
            fatal_close(&format!("{shard} Shard has too many guilds.")),
            Some(4011)
        );
        assert_eq!(
            fatal_close(&format!("{shard} Sent invalid shard data.")),
            Some(4010)
        );
        // Closes a reconnect mends are not fatal.
        assert_eq!(
            fatal_close(&format!("{shard} Unknown unclean close 4000: None")),
            None
        );
        assert_eq!(fatal_close("Err starting shard 0: Io"), None);
    }
}
