//! The loops a bot runs beside its chat, such as following the outbox's broadcasts to
//! announce new ideas. Each holds its bot weakly (the loop never keeps a stopped bot alive),
//! runs one round per period, and stops at shutdown. A round that fails is logged and the
//! next one tries again: a database blip must not end the loop.

use crate::Error;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Runs `round` on `bot` every `period` until `shutdown` or until the bot is gone. A round
/// that takes longer than the period delays the next rather than bunching them. `task`
/// names the loop in the logs.
pub fn every<T, F, Fut>(
    bot: &Arc<T>,
    period: Duration,
    shutdown: CancellationToken,
    task: &'static str,
    round: F,
) -> JoinHandle<()>
where
    T: Send + Sync + 'static,
    F: Fn(Arc<T>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(), Error>> + Send,
{
    let bot = Arc::downgrade(bot);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tick.tick() => {
                    let Some(bot) = bot.upgrade() else { break };
                    if let Err(error) = round(bot).await {
                        tracing::warn!(%error, task, "a background round failed; trying again");
                    }
                }
            }
        }
    })
}
