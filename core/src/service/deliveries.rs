//! The delivery queue as workers use it: fan the outbox out into deliveries, claim a batch
//! under a lease, and report each outcome. Several workers, in one process or in replicas on
//! one PostgreSQL, never hold the same delivery at once; a worker that dies mid-batch leaves
//! its leases to expire, and the rows go to another worker.

use super::Core;
use super::still_public::StillPublic;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::notify::delivery::{Delivery, SendOutcome, Settled, next_try};
use crate::store::Db;
use chrono::{DateTime, Utc};
use std::collections::HashSet;

impl Core {
    /// Turns up to `limit` outbox rows into deliveries. Returns how many deliveries. The
    /// sprint's news goes only to members subscribed when it was written, and only while it
    /// is younger than `sprint_news_max_age`.
    pub async fn fan_out(&self, limit: i64) -> Result<u64> {
        let now = self.now();
        let news_since = now
            .checked_sub_signed(self.settings.sprint_news_max_age)
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        let mut tx = self.store.begin().await?;
        let fanned = tx.db().fan_out_outbox(limit, now, news_since).await?;
        tx.commit().await?;
        if fanned.stale_news > 0 {
            tracing::info!(
                stale = fanned.stale_news,
                "sprint news too old to send as messages; left to the digest"
            );
        }
        Ok(fanned.deliveries)
    }

    /// Claims up to `limit` due deliveries for `worker` (on `platform` only, when given), held
    /// for `lease`. Each comes with its reader's language; those in the reader's quiet hours
    /// are put back, untried, until their morning.
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
        let mut members: Vec<i64> = rows.iter().map(|r| r.member_id).collect();
        members.sort_unstable();
        members.dedup();
        let readers = db.readers(&members).await?;
        let mut still_public = StillPublic::default();
        let mut claimed = Vec::with_capacity(rows.len());
        for row in rows {
            let Ok(platform) = row.platform.parse() else {
                tracing::error!(id = row.id, "delivery for an unknown platform");
                continue;
            };
            let Some(reader) = readers.get(&row.member_id) else {
                // Erased since it was queued: nobody to tell.
                db.delivery_failed(row.id, worker, None, "no longer a member")
                    .await?;
                continue;
            };
            let mut delivery = Delivery {
                id: row.id,
                member: MemberId(row.member_id),
                identity: Identity::new(platform, row.address),
                locale: reader.locale,
                event: match serde_json::from_str(&row.payload) {
                    Ok(event) => event,
                    Err(error) => {
                        // One unreadable row must not stop the queue: parked, with why.
                        let why = format!("unreadable: {error}");
                        tracing::warn!(delivery = row.id, %why, "a delivery was parked");
                        db.delivery_failed(row.id, worker, None, &why).await?;
                        continue;
                    }
                },
                attempt: u32::try_from(row.attempts).unwrap_or(u32::MAX),
            };
            if let Some(quiet) = self.settings.quiet_hours
                && !delivery.event.is_urgent()
            {
                let zone = reader.timezone.unwrap_or(self.settings.timezone);
                if let Some(morning) = quiet.until(now, zone) {
                    db.put_back_untried(delivery.id, worker, morning, "quiet hours")
                        .await?;
                    continue;
                }
            }
            // Written a while ago (a digest composed ahead, a night of quiet hours): what is
            // no longer public since is left out, and a message left with nothing is not sent.
            if !still_public.keep(&mut db, &mut delivery.event).await? {
                db.delivery_withdrawn(delivery.id, worker, "no longer public")
                    .await?;
                continue;
            }
            // The reminder's personal line: how many ideas they backed have new comments.
            if let Event::SprintClosingSoon {
                sprint,
                backed_with_news,
                ..
            } = &mut delivery.event
            {
                *backed_with_news = db.backed_with_news(delivery.member, *sprint).await?;
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
        let settled = self
            .settle_deliveries(worker, &[(delivery, outcome.clone())])
            .await?;
        Ok(settled.into_iter().next().unwrap_or(Settled::Dead))
    }

    /// Records a batch of outcomes in one transaction (a worker's whole batch at once).
    pub async fn settle_deliveries(
        &self,
        worker: &str,
        outcomes: &[(&Delivery, SendOutcome)],
    ) -> Result<Vec<Settled>> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        // Most of a batch was sent: those are marked in one statement, the rest one by one.
        let sent: Vec<i64> = outcomes
            .iter()
            .filter(|(_, outcome)| matches!(outcome, SendOutcome::Sent))
            .map(|(delivery, _)| delivery.id)
            .collect();
        let marked: HashSet<i64> = db
            .deliveries_sent(&sent, worker, now)
            .await?
            .into_iter()
            .collect();
        let mut settled = Vec::with_capacity(outcomes.len());
        for (delivery, outcome) in outcomes {
            if let SendOutcome::RetryAfter(_) = outcome {
                crate::metrics::rate_limited(delivery.identity.platform);
            }
            settled.push(match outcome {
                SendOutcome::Sent if marked.contains(&delivery.id) => Settled::Sent,
                SendOutcome::Sent => {
                    // Already counted when another worker took it over (`duplicate` in the
                    // counts).
                    tracing::warn!(id = delivery.id, "delivery sent after its lease ran out");
                    Settled::Duplicate
                }
                _ => settle_failure(&mut db, worker, delivery, outcome, now).await?,
            });
        }
        tx.commit().await?;
        for ((delivery, _), settled) in outcomes.iter().zip(&settled) {
            crate::metrics::delivery_settled(delivery.identity.platform, *settled);
        }
        Ok(settled)
    }

    /// How many deliveries are pending, being sent, sent and dead, and how many were taken
    /// over after a lease ran out (each possibly sent twice): what an operator watches.
    pub async fn delivery_counts(&self) -> Result<[(&'static str, i64); 5]> {
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let mut counts = [
            ("pending", 0),
            ("sending", 0),
            ("sent", 0),
            ("dead", 0),
            ("duplicate", 0),
        ];
        // One pass over the table rather than one per state: only the pending and leased
        // rows are indexed.
        for (_, state, n) in db.count_deliveries_by_state().await? {
            if let Some(count) = counts[..4].iter_mut().find(|(s, _)| *s == state) {
                count.1 += n;
            }
        }
        counts[4].1 = db.duplicate_deliveries().await?;
        Ok(counts)
    }

    /// What `/metrics` reads at each scrape: the queue by platform and state, deliveries taken
    /// over, the outbox's lag and the pools' connections.
    pub async fn sample_metrics(&self) -> Result<crate::metrics::Sampled> {
        let now = self.now();
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let deliveries = db
            .count_deliveries_by_state()
            .await?
            .into_iter()
            .filter_map(|(platform, state, n)| {
                let state = crate::metrics::DELIVERY_STATES
                    .iter()
                    .find(|s| **s == state)?;
                Some((platform, *state, n))
            })
            .collect();
        let taken_over = db.duplicate_deliveries().await?;
        let outbox_lag = db
            .oldest_unfanned_outbox()
            .await?
            .and_then(|written| (now - written).to_std().ok())
            .unwrap_or_default();
        drop(conn);
        Ok(crate::metrics::Sampled {
            deliveries,
            taken_over,
            outbox_lag,
            connections: self.store.connections(),
        })
    }
}

/// The delivery queue as an admin sees it (`/deliveries`).
#[derive(Debug, Clone)]
pub struct DeliveryReport {
    pub counts: [(&'static str, i64); 5],
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

/// Records a delivery that was not sent: back in the queue for a later try, or parked as
/// dead (and, when the platform said the person cannot be reached, the identity marked).
async fn settle_failure(
    db: &mut Db<'_>,
    worker: &str,
    delivery: &Delivery,
    outcome: &SendOutcome,
    now: DateTime<Utc>,
) -> Result<Settled> {
    if let Some(wait) = next_try(delivery.attempt, outcome) {
        let at = now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
        if let SendOutcome::RetryAfter(_) = outcome {
            tracing::info!(
                platform = delivery.identity.platform.as_str(),
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                "the platform asked us to slow down; the delivery waits in the queue"
            );
            // Being told to slow down is not the delivery's fault: it does not use up a try.
            db.put_back_untried(delivery.id, worker, at, &reason(outcome))
                .await?;
        } else {
            db.delivery_failed(delivery.id, worker, Some(at), &reason(outcome))
                .await?;
        }
        return Ok(Settled::Retry(wait));
    }
    db.delivery_failed(delivery.id, worker, None, &reason(outcome))
        .await?;
    if matches!(outcome, SendOutcome::Permanent(_)) {
        db.set_identity_unreachable(&delivery.identity, Some(now))
            .await?;
    }
    Ok(Settled::Dead)
}

fn reason(outcome: &SendOutcome) -> String {
    match outcome {
        SendOutcome::Sent => String::new(),
        SendOutcome::RetryAfter(wait) => format!("rate limited for {} s", wait.as_secs()),
        SendOutcome::Transient(why) | SendOutcome::Permanent(why) | SendOutcome::Rejected(why) => {
            why.clone()
        }
    }
}
