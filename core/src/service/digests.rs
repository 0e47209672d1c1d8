//! The digest run: every subscriber whose digest time has come (in their own time zone) gets
//! one digest, composed from what happened since the last period and queued for delivery.
//! Members are taken a page at a time, each page in its own short transaction that queues the
//! digests and moves each member's next time on together: memory stays flat whatever the
//! number of subscribers, a crash loses at most the page in hand (which is simply done again),
//! and replicas on PostgreSQL take different pages. A run after downtime sends one digest per
//! member, not one per missed week.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::notify::digest::{Digest, SharedNews};
use crate::store::{Db, DueMember, QueuedDigest};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

/// Members taken per transaction.
pub const DIGEST_PAGE: i64 = 500;

/// What one digest run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DigestRun {
    /// Members whose digest was due.
    pub due: u64,
    /// Deliveries queued (one per reachable chat of each member with news).
    pub queued: u64,
    /// Members with nothing new: no digest is sent.
    pub empty: u64,
    /// Members newly subscribed (or who changed how often): their first time was set.
    pub scheduled: u64,
}

impl Core {
    /// Composes and queues every digest due now, `page` members per transaction.
    pub async fn run_digests(&self, page: i64) -> Result<DigestRun> {
        let now = self.now();
        let started = std::time::Instant::now();
        let mut run = DigestRun::default();
        // The news all digests of one frequency share, worked out once per run.
        let mut shared: HashMap<DigestFrequency, SharedNews> = HashMap::new();
        loop {
            let mut tx = self.store.begin().await?;
            let mut db = tx.db();
            // Members due now, or within the lookahead: theirs wait in the queue until due.
            let horizon = now + self.settings.digest_lookahead;
            let members = db.due_digest_members(horizon, page).await?;
            self.digest_page(&mut db, &members, now, &mut shared, &mut run)
                .await?;
            tx.commit().await?;
            if (members.len() as i64) < page {
                break;
            }
        }
        if run.due > 0 {
            tracing::info!(
                due = run.due,
                queued = run.queued,
                empty = run.empty,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "digests queued"
            );
        }
        crate::metrics::digest_run(
            run.due,
            run.queued,
            run.empty,
            run.scheduled,
            started.elapsed(),
        );
        Ok(run)
    }

    /// Composes and queues the digests of one page of members, and moves each member's next
    /// time on: a handful of statements per page, whatever its size.
    async fn digest_page(
        &self,
        db: &mut Db<'_>,
        members: &[DueMember],
        now: DateTime<Utc>,
        shared: &mut HashMap<DigestFrequency, SharedNews>,
        run: &mut DigestRun,
    ) -> Result<()> {
        let mut queued = Vec::new();
        let mut next: HashMap<DateTime<Utc>, Vec<i64>> = HashMap::new();
        for frequency in [DigestFrequency::Weekly, DigestFrequency::Daily] {
            let group: Vec<&DueMember> = members
                .iter()
                .filter(|m| m.digest.parse().unwrap_or(DigestFrequency::Weekly) == frequency)
                .collect();
            if group.is_empty() {
                continue;
            }
            let period = match frequency {
                DigestFrequency::Daily => Duration::days(1),
                _ => Duration::days(7),
            };
            let since = now - period;
            let due: Vec<i64> = group
                .iter()
                .filter(|m| m.next_digest_at.is_some())
                .map(|m| m.id)
                .collect();
            run.due += due.len() as u64;
            run.scheduled += (group.len() - due.len()) as u64;
            if !due.is_empty() {
                let news = match shared.entry(frequency) {
                    std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(db.shared_news(since, now).await?)
                    }
                };
                let news = &*news;
                let mut followed = db.followed_news(&due, since).await?;
                let mut responses = db.responses_for(&due, since).await?;
                let mut outcomes = db.outcomes_for(&due, since).await?;
                for member in group.iter().filter(|m| m.next_digest_at.is_some()) {
                    let digest = Digest::compose(
                        frequency,
                        news,
                        followed.remove(&member.id).unwrap_or_default(),
                        responses.remove(&member.id).unwrap_or_default(),
                        outcomes.remove(&member.id).unwrap_or_default(),
                    );
                    if digest.is_empty() {
                        run.empty += 1;
                        continue;
                    }
                    let payload = serde_json::to_string(&Event::Digest(Box::new(digest)))?;
                    let slot = member.next_digest_at.unwrap_or_default();
                    queued.push(QueuedDigest {
                        member: member.id,
                        payload,
                        key: format!("digest:{slot}"),
                        not_before: member.slot().map_or(now, |at| at.max(now)),
                    });
                }
            }
            for member in group {
                let zone = member
                    .timezone
                    .as_deref()
                    .and_then(|z| z.parse().ok())
                    .unwrap_or(self.settings.timezone);
                // Never leave a subscribed member unscheduled: the run would take them again.
                // After the slot just taken (which may be a little ahead of now).
                let after = member.slot().map_or(now, |slot| slot.max(now));
                let at = self
                    .settings
                    .digest
                    .next_after(after, zone, frequency)
                    .unwrap_or(after + period);
                next.entry(at).or_default().push(member.id);
            }
        }
        run.queued += db.queue_for_members(&queued, now).await?;
        for (at, ids) in next {
            db.set_next_digests(&ids, at).await?;
        }
        Ok(())
    }
}
