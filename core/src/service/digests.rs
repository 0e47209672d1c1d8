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
use crate::store::{Db, DueMember};
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
            let members = db.due_digest_members(now, page).await?;
            for member in &members {
                self.digest_member(&mut db, member, now, &mut shared, &mut run)
                    .await?;
            }
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
        Ok(run)
    }

    async fn digest_member(
        &self,
        db: &mut Db<'_>,
        member: &DueMember,
        now: DateTime<Utc>,
        shared: &mut HashMap<DigestFrequency, SharedNews>,
        run: &mut DigestRun,
    ) -> Result<()> {
        let frequency: DigestFrequency = member.digest.parse().unwrap_or(DigestFrequency::Weekly);
        let zone = member
            .timezone
            .as_deref()
            .and_then(|z| z.parse().ok())
            .unwrap_or(self.settings.timezone);
        let period = match frequency {
            DigestFrequency::Daily => Duration::days(1),
            _ => Duration::days(7),
        };
        if let Some(slot) = member.next_digest_at {
            run.due += 1;
            let since = now - period;
            let news = match shared.get(&frequency) {
                Some(news) => news.clone(),
                None => {
                    let news = db.shared_news(since, now).await?;
                    shared.insert(frequency, news.clone());
                    news
                }
            };
            let followed = db.followed_news(member.id, since).await?;
            let responses = db.responses_for(member.id, since).await?;
            let digest = Digest::compose(frequency, &news, followed, responses);
            if digest.is_empty() {
                run.empty += 1;
            } else {
                let payload = serde_json::to_string(&Event::Digest(Box::new(digest)))?;
                let key = format!("digest:{slot}");
                run.queued += db.queue_for_member(member.id, &payload, &key, now).await?;
            }
        } else {
            run.scheduled += 1;
        }
        // Never leave a subscribed member unscheduled: the run would take them again at once.
        let next = self
            .settings
            .digest
            .next_after(now, zone, frequency)
            .unwrap_or(now + period);
        db.set_next_digest(member.id, Some(next)).await
    }
}
