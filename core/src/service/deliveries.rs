//! The delivery queue as workers use it: fan the outbox out into deliveries, claim a batch
//! under a lease, and report each outcome. Several workers, in one process or in replicas on
//! one PostgreSQL, never hold the same delivery at once; a worker that dies mid-batch leaves
//! its leases to expire, and the rows go to another worker.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::delivery::{Delivery, SendOutcome, Settled, next_try};

impl Core {
    /// Turns up to `limit` personal outbox rows into deliveries. Returns how many rows.
    pub async fn fan_out(&self, limit: i64) -> Result<u64> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let processed = tx.db().fan_out_outbox(limit, now).await?;
        tx.commit().await?;
        Ok(processed)
    }

    /// Claims up to `limit` due deliveries for `worker` (on `platform` only, when given), held
    /// for `lease`.
    pub async fn claim_deliveries(
        &self,
        worker: &str,
        platform: Option<Platform>,
        limit: i64,
        lease: std::time::Duration,
    ) -> Result<Vec<Delivery>> {
        let now = self.now();
        let until = now + chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::MAX);
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let rows = db
            .claim_deliveries(worker, platform.map(Platform::as_str), limit, now, until)
            .await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in rows {
            let Ok(platform) = row.platform.parse() else {
                tracing::error!(id = row.id, "delivery for an unknown platform");
                continue;
            };
            let delivery = Delivery {
                id: row.id,
                member: MemberId(row.member_id),
                identity: Identity::new(platform, row.address),
                event: serde_json::from_str(&row.payload)?,
                attempt: u32::try_from(row.attempts).unwrap_or(u32::MAX),
            };
            // Quiet hours: put it back, untried, until the member's morning.
            if let Some(quiet) = self.settings.quiet_hours
                && !delivery.event.is_urgent()
            {
                let zone = db
                    .member_timezone(delivery.member)
                    .await?
                    .and_then(|z| z.parse().ok())
                    .unwrap_or(self.settings.timezone);
                if let Some(morning) = quiet.until(now, zone) {
                    db.defer_delivery(delivery.id, morning).await?;
                    continue;
                }
            }
            claimed.push(delivery);
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// Records what happened to `delivery`. A permanent failure also marks the identity
    /// unreachable, so nothing more is queued for it until the person is heard from again.
    pub async fn settle_delivery(
        &self,
        worker: &str,
        delivery: &Delivery,
        outcome: &SendOutcome,
    ) -> Result<Settled> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let settled = match (outcome, next_try(delivery.attempt, outcome)) {
            (SendOutcome::Sent, _) => {
                if db.delivery_sent(delivery.id, worker, now).await? {
                    Settled::Sent
                } else {
                    tracing::warn!(id = delivery.id, "delivery sent after its lease ran out");
                    Settled::Duplicate
                }
            }
            (SendOutcome::RetryAfter(_) | SendOutcome::Transient(_), Some(wait)) => {
                let at = now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
                db.delivery_failed(delivery.id, worker, Some(at), &reason(outcome))
                    .await?;
                Settled::Retry(wait)
            }
            (_, _) => {
                db.delivery_failed(delivery.id, worker, None, &reason(outcome))
                    .await?;
                if matches!(outcome, SendOutcome::Permanent(_)) {
                    db.set_identity_unreachable(&delivery.identity, Some(now))
                        .await?;
                }
                Settled::Dead
            }
        };
        tx.commit().await?;
        Ok(settled)
    }

    /// How many deliveries are pending, being sent, sent and dead: what an operator watches.
    pub async fn delivery_counts(&self) -> Result<[(&'static str, i64); 4]> {
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let mut counts = [("pending", 0), ("sending", 0), ("sent", 0), ("dead", 0)];
        for (state, n) in &mut counts {
            *n = db.count_deliveries(state).await?;
        }
        Ok(counts)
    }
}

/// The delivery queue as an admin sees it (`/deliveries`).
#[derive(Debug, Clone)]
pub struct DeliveryReport {
    pub counts: [(&'static str, i64); 4],
    /// The latest parked deliveries: id, member, platform, why, and what it was about.
    pub dead: Vec<(i64, MemberId, String, String, &'static str)>,
}

impl Core {
    /// Counts and the latest dead deliveries with their reasons. Moderators and admins.
    pub async fn delivery_report(&self, actor: &Actor, limit: i64) -> Result<DeliveryReport> {
        actor.may(Action::Moderate)?;
        let counts = self.delivery_counts().await?;
        let mut conn = self.store.read().await?;
        let rows = conn.db().dead_deliveries(limit).await?;
        let dead = rows
            .into_iter()
            .map(|r| {
                let about = serde_json::from_str::<crate::notify::Event>(&r.payload)
                    .map(|e| e.name())
                    .unwrap_or("unknown");
                (r.id, MemberId(r.member_id), r.platform, r.last_error, about)
            })
            .collect();
        Ok(DeliveryReport { counts, dead })
    }
}

fn reason(outcome: &SendOutcome) -> String {
    match outcome {
        SendOutcome::Sent => String::new(),
        SendOutcome::RetryAfter(wait) => format!("rate limited for {} s", wait.as_secs()),
        SendOutcome::Transient(why) | SendOutcome::Permanent(why) => why.clone(),
    }
}
