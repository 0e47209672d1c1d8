//! getUpdates: serves queued updates, drops the ones confirmed by `offset`, and long-polls for a
//! capped time so tests stay fast. A newer call ends an older one with 409, as on Telegram.

use super::failure::ApiError;
use super::params;
use super::state::Shared;
use super::updates;
use serde_json::Value;
use std::time::Duration;

/// The longest a getUpdates waits, whatever `timeout` it asked for: a pushed update wakes it at
/// once, and a short cap lets a bot under test shut down quickly.
pub const LONG_POLL_CAP: Duration = Duration::from_secs(1);

pub(crate) async fn get_updates(shared: &Shared, p: &Value) -> Result<Value, ApiError> {
    let offset = params::int(p, "offset");
    let limit = params::int(p, "limit").unwrap_or(100).clamp(1, 100);
    let limit = usize::try_from(limit).unwrap_or(100);
    let timeout = params::int(p, "timeout").unwrap_or(0).max(0);
    let wait = Duration::from_secs(u64::try_from(timeout).unwrap_or(0)).min(LONG_POLL_CAP);
    let deadline = tokio::time::Instant::now() + wait;
    let generation = {
        let mut inner = shared.lock();
        if inner.webhook.is_some() {
            return Err(ApiError::conflict(
                "can't use getUpdates method while webhook is active; use deleteWebhook to \
                 delete the webhook first",
            ));
        }
        if let Some(allowed) = params::object(p, "allowed_updates")? {
            let list: Vec<String> = allowed
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|kind| kind.as_str().map(str::to_owned))
                .collect();
            inner.allowed_updates = (!list.is_empty()).then_some(list);
        }
        match offset {
            Some(offset) if offset > 0 => inner.updates.retain(|(id, _)| *id >= offset),
            Some(offset) if offset < 0 => {
                let keep = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
                let drop = inner.updates.len().saturating_sub(keep);
                inner.updates.drain(..drop);
            }
            _ => {}
        }
        inner.poll_generation += 1;
        inner.poll_generation
    };
    // An older long poll still waiting is taken over by this one.
    shared.updates_changed.notify_waiters();
    loop {
        let notified = shared.updates_changed.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let mut inner = shared.lock();
            if inner.poll_generation != generation {
                return Err(ApiError::conflict(
                    "terminated by other getUpdates request; make sure that only one bot \
                     instance is running",
                ));
            }
            // Updates of kinds the bot did not ask for are dropped, as Telegram does.
            if let Some(allowed) = inner.allowed_updates.clone() {
                inner.updates.retain(|(_, update)| {
                    updates::kind(update).is_some_and(|kind| allowed.iter().any(|a| a == kind))
                });
            }
            let batch: Vec<Value> = inner
                .updates
                .iter()
                .take(limit)
                .map(|(_, update)| update.clone())
                .collect();
            if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
                return Ok(Value::Array(batch));
            }
        }
        // Timing out just loops once more to answer with what there is (nothing).
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}
