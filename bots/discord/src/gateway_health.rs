//! Gateway mode's health: the gateway is up from READY or RESUMED (the event handler says so)
//! until serenity's shard leaves the `Connected` stage or is being restarted (a close, a
//! dropped connection, a heartbeat that goes unacknowledged). Serenity reconnects by itself
//! (every 5 s while the gateway refuses); this only watches, so an outage is logged once when
//! it begins and once when it ends, and readiness can tell. Only READY or RESUMED end an
//! outage: the stage serenity keeps for a shard being restarted can still read `Connected`.

use crowdsprint_core::health::Part;
use serenity::gateway::{ConnectionStage, ShardManager};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How often the shard's stage is looked at.
const WATCH_EVERY: Duration = Duration::from_millis(500);
/// Connecting at start is not an outage until it has taken this long.
const STARTUP_PATIENCE: Duration = Duration::from_secs(15);

/// Watches `shards` until `shutdown`, reporting to `health`.
pub fn spawn_watch(shards: Arc<ShardManager>, health: Part, shutdown: CancellationToken) {
    tokio::spawn(async move {
        let started = Instant::now();
        let mut connected_once = false;
        // Down is reported here, up by the event handler on READY or RESUMED.
        let mut tick = tokio::time::interval(WATCH_EVERY);
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                _ = tick.tick() => {}
            }
            let stages: Vec<ConnectionStage> = shards
                .runners
                .lock()
                .await
                .values()
                .map(|runner| runner.stage)
                .collect();
            match problem(&stages) {
                None => connected_once = true,
                Some(problem) if connected_once || started.elapsed() > STARTUP_PATIENCE => {
                    health.down(problem);
                }
                Some(_) => {}
            }
        }
    });
}

/// What is wrong with the shards in these stages, if anything.
fn problem(stages: &[ConnectionStage]) -> Option<String> {
    if stages.is_empty() {
        return Some("disconnected from the gateway; reconnecting".to_owned());
    }
    stages
        .iter()
        .find(|stage| **stage != ConnectionStage::Connected)
        .map(|stage| format!("not connected to the gateway ({stage}); reconnecting"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_connected_shards_are_healthy() {
        assert_eq!(problem(&[ConnectionStage::Connected]), None);
        assert!(problem(&[]).is_some());
        let resuming = problem(&[ConnectionStage::Resuming]).expect("a problem");
        assert!(resuming.contains("reconnecting"), "{resuming}");
    }
}
