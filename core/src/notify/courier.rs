//! The one delivery worker every platform uses. A round fans the outbox out into the delivery
//! queue, claims a batch of one platform's deliveries under a lease, sends several at once
//! through that platform's `Courier`, and settles the whole batch in one transaction. The
//! queue does the rest: retries with backoff, parking as dead, sharing the work between
//! replicas. A crash loses at most one batch's reports: those deliveries go again after their
//! lease runs out, and are counted as duplicates.
//!
//! A platform supplies only what differs: its name, how fast it may send, and how to send one
//! delivery and say what happened (`SendOutcome`). Its pace and its 429 pauses stay with its
//! sender, which its answers to people share.

use super::{Delivery, SendOutcome};
use crate::Core;
use crate::domain::Platform;
use futures_util::{StreamExt, stream};
use std::future::Future;
use std::sync::{Arc, Weak};
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// One platform's way of sending a delivery.
pub trait Courier: Send + Sync + 'static {
    /// Whose deliveries this courier takes from the queue.
    fn platform(&self) -> Platform;
    /// The most messages a second it sends (its bulk pace), which sizes the batches.
    fn per_second(&self) -> u32;
    /// Sends one delivery, waiting for the platform's pace, and says how it went.
    fn deliver(&self, delivery: &Delivery) -> impl Future<Output = SendOutcome> + Send;
}

/// How often the queue is looked at again when it was empty.
const IDLE: Duration = Duration::from_millis(500);
/// The most deliveries one worker claims at once: the most a crash can cause it to send twice.
const MAX_BATCH: i64 = 100;
/// Sends a worker has waiting on the platform at once. The pace decides how fast they go; this
/// only keeps enough in hand that a slow answer does not leave the pace idle.
const IN_FLIGHT: usize = 32;
/// Outbox rows turned into deliveries per round.
const FAN_OUT: i64 = 200;
/// Messages a second one worker keeps up with: its database round trips (claim, settle) are
/// not overlapped with its own sending, so a fast bot runs several workers side by side.
const PER_WORKER: u32 = 500;
const MAX_WORKERS: u32 = 4;

/// How many deliveries to claim at once: what `per_second` sends in half a lease (so a claim
/// never runs out while its worker is still sending), at least one, at most `MAX_BATCH`.
pub fn batch_size(per_second: u32, lease: Duration) -> i64 {
    let half_lease = i64::try_from(lease.as_secs() / 2).unwrap_or(i64::MAX);
    i64::from(per_second)
        .saturating_mul(half_lease)
        .clamp(1, MAX_BATCH)
}

/// How many workers a courier needs: one for a platform's usual tens a second, up to four when
/// the operator's allowance is far higher.
pub fn workers_for(per_second: u32) -> u32 {
    per_second.div_ceil(PER_WORKER).clamp(1, MAX_WORKERS)
}

/// Starts `courier`'s delivery workers, named after `name` and this process. One of them fans
/// the outbox out; the others only drain the queue. They stop at `shutdown`, or when the
/// courier is dropped (a worker never keeps a stopped bot alive).
pub fn spawn_workers<C: Courier>(
    core: &Core,
    courier: &Arc<C>,
    name: &str,
    shutdown: &CancellationToken,
) -> Vec<JoinHandle<()>> {
    let process = format!("{}-{:08x}", std::process::id(), rand::random::<u32>());
    (0..workers_for(courier.per_second()))
        .map(|n| {
            let worker = Worker {
                core: core.clone(),
                courier: Arc::downgrade(courier),
                name: format!("{name}-{process}-{n}"),
                fans_out: n == 0,
            };
            tokio::spawn(worker.run(shutdown.clone()))
        })
        .collect()
}

/// How long a stop waits for the workers' batches in hand.
const STOP_WITHIN: Duration = Duration::from_secs(10);

/// After shutdown: waits for the workers to settle the batch each has in hand (they stop after
/// their current round), so nothing sent is sent again after a clean stop. Up to
/// `STOP_WITHIN`: past that (a long flood wait, say) the batch goes again after its lease, and
/// the stop does not hang.
pub async fn settled(workers: Vec<JoinHandle<()>>) {
    let all = futures_util::future::join_all(workers);
    if tokio::time::timeout(STOP_WITHIN, all).await.is_err() {
        tracing::warn!("delivery workers still sending at stop; their batch goes again later");
    }
}

struct Worker<C> {
    core: Core,
    courier: Weak<C>,
    name: String,
    fans_out: bool,
}

impl<C: Courier> Worker<C> {
    async fn run(self, shutdown: CancellationToken) {
        loop {
            let Some(courier) = self.courier.upgrade() else {
                break;
            };
            let busy = match self.round(&courier).await {
                Ok(claimed) => claimed > 0,
                Err(error) => {
                    tracing::warn!(%error, worker = %self.name, "delivery worker could not use the queue");
                    false
                }
            };
            drop(courier);
            if shutdown.is_cancelled() {
                break;
            }
            if !busy {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(IDLE) => {}
                }
            }
        }
    }

    /// One round: fan out, claim, send, settle. Returns how many were claimed.
    async fn round(&self, courier: &C) -> Result<usize, crate::Error> {
        if self.fans_out {
            self.core.fan_out(FAN_OUT).await?;
        }
        let lease = self.core.settings().delivery_lease;
        let claimed = self
            .core
            .claim_deliveries(
                &self.name,
                Some(courier.platform()),
                batch_size(courier.per_second(), lease),
                lease,
            )
            .await?;
        // Made up front (rather than in a `map` closure) so the spawned future stays `Send`.
        let sends: Vec<_> = claimed
            .iter()
            .map(|delivery| async move { (delivery, courier.deliver(delivery).await) })
            .collect();
        let outcomes: Vec<(&Delivery, SendOutcome)> = stream::iter(sends)
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        let settled = self.core.settle_deliveries(&self.name, &outcomes).await?;
        tracing::debug!(claimed = claimed.len(), ?settled, "deliveries settled");
        Ok(claimed.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_is_what_the_pace_sends_in_half_a_lease_within_bounds() {
        let minute = Duration::from_secs(60);
        // (per second, lease, batch)
        let table = [
            (29, minute, 100),                    // Telegram: 870 in half a minute, capped
            (1, minute, 30),                      // a slow bot: 30 in half a minute
            (1, Duration::from_secs(4), 2),       // a short lease: 2 in 2 s
            (40, Duration::from_secs(1), 1),      // under a second: at least one
            (0, minute, 1),                       // never zero
            (u32::MAX, Duration::MAX, MAX_BATCH), // no overflow
        ];
        for (per_second, lease, batch) in table {
            assert_eq!(
                batch_size(per_second, lease),
                batch,
                "{per_second}/s, {lease:?}"
            );
        }
    }

    #[test]
    fn one_worker_for_the_platforms_usual_pace_up_to_four_for_far_more() {
        for (per_second, workers) in [(0, 1), (29, 1), (40, 1), (500, 1), (501, 2), (3_000, 4)] {
            assert_eq!(workers_for(per_second), workers, "{per_second}/s");
        }
    }
}
