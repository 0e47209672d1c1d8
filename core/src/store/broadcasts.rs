//! Following the broadcasts: registered followers, their jobs (one per broadcast written after
//! they registered, made in the same transaction as the broadcast), and the public copies of
//! ideas the followers made. See the migration `follow_broadcasts_by_job` for why jobs, not a
//! cursor.

use super::conn::{Db, with_conn};
use super::rows::{locale, millis, time};
use crate::domain::event::Event;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

/// A claimed job: the broadcast to act on, or why it cannot be read.
#[derive(Debug, Clone)]
pub struct BroadcastJob {
    pub id: i64,
    pub outbox_id: i64,
    pub event: std::result::Result<Event, String>,
    pub created_at: DateTime<Utc>,
}

/// A card, post or page of ideas we put in a public place: one row per idea it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedCopy {
    pub platform: Platform,
    pub chat: String,
    pub message: String,
    pub idea: IdeaId,
    pub locale: Locale,
    pub shows: CopyShows,
}

impl Db<'_> {
    /// Registers a follower: from now on every broadcast gets a job for it.
    pub async fn register_follower(&mut self, name: &str, now: DateTime<Utc>) -> Result<()> {
        let sql = "INSERT INTO outbox_followers (name, created_at) VALUES ($1, $2) \
            ON CONFLICT (name) DO NOTHING";
        with_conn!(self, c => sqlx::query(sql).bind(name).bind(millis(now)).execute(c).await?.rows_affected());
        Ok(())
    }

    /// One job per registered follower for the broadcast `outbox_id` (same transaction).
    pub(super) async fn add_broadcast_jobs(
        &mut self,
        outbox_id: i64,
        idea: Option<IdeaId>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO broadcast_jobs (follower, outbox_id, idea_id, created_at) \
            SELECT name, $1, $2, $3 FROM outbox_followers";
        with_conn!(self, c => sqlx::query(sql)
            .bind(outbox_id)
            .bind(idea.map(IdeaId::get))
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Claims up to `limit` of `follower`'s jobs for `owner` until `lease_until`: the oldest
    /// first, and for each idea only its oldest open job, so one idea's news is acted on in
    /// the order it happened whichever replica claims it.
    pub async fn claim_broadcast_jobs(
        &mut self,
        follower: &str,
        owner: &str,
        limit: i64,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
    ) -> Result<Vec<BroadcastJob>> {
        let lock = match self {
            Db::Sqlite(_) => "",
            Db::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        };
        // The lease is checked again outside the sub-select: on PostgreSQL a claimer that
        // waited for another's row lock re-reads only the outer condition.
        let sql = format!(
            "UPDATE broadcast_jobs SET lease_owner = $2, lease_until = $3 \
             WHERE id IN (SELECT j.id FROM broadcast_jobs j \
                 WHERE j.follower = $1 AND (j.lease_until IS NULL OR j.lease_until < $4) \
                 AND NOT EXISTS (SELECT 1 FROM broadcast_jobs e \
                     WHERE e.follower = j.follower AND e.idea_id = j.idea_id AND e.id < j.id) \
                 ORDER BY j.id LIMIT $5{lock}) \
             AND (lease_until IS NULL OR lease_until < $4) \
             RETURNING id, outbox_id"
        );
        let claimed: Vec<(i64, i64)> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(follower)
            .bind(owner)
            .bind(millis(lease_until))
            .bind(millis(now))
            .bind(limit)
            .fetch_all(c)
            .await?);
        let mut jobs = Vec::with_capacity(claimed.len());
        let read = "SELECT payload, created_at FROM outbox WHERE id = $1";
        for (id, outbox_id) in claimed {
            let row: Option<(String, i64)> = with_conn!(self, c => sqlx::query_as(read)
                .bind(outbox_id)
                .fetch_optional(c)
                .await?);
            let (event, created_at) = match row {
                Some((payload, at)) => (
                    serde_json::from_str(&payload).map_err(|e| e.to_string()),
                    time(at),
                ),
                None => (Err("the outbox row is gone".to_owned()), now),
            };
            jobs.push(BroadcastJob {
                id,
                outbox_id,
                event,
                created_at,
            });
        }
        jobs.sort_by_key(|j| j.id);
        Ok(jobs)
    }

    /// A job done (or given up): gone, which frees the idea's next job.
    pub async fn finish_broadcast_job(&mut self, id: i64, owner: &str) -> Result<()> {
        let sql = "DELETE FROM broadcast_jobs WHERE id = $1 AND lease_owner = $2";
        with_conn!(self, c => sqlx::query(sql).bind(id).bind(owner).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Drops jobs older than `before`: a follower that stopped running (a bot removed from the
    /// configuration) must not keep a queue for ever.
    pub async fn prune_broadcast_jobs(&mut self, before: DateTime<Utc>) -> Result<u64> {
        let sql = "DELETE FROM broadcast_jobs WHERE created_at < $1";
        Ok(
            with_conn!(self, c => sqlx::query(sql).bind(millis(before)).execute(c).await?.rows_affected()),
        )
    }

    /// Remembers a public copy of `idea`.
    pub async fn record_copy(&mut self, copy: &PublishedCopy, now: DateTime<Utc>) -> Result<()> {
        let sql = "INSERT INTO published_copies \
            (platform, chat_id, message_id, idea_id, locale, shows, created_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING";
        with_conn!(self, c => sqlx::query(sql)
            .bind(copy.platform.as_str())
            .bind(&copy.chat)
            .bind(&copy.message)
            .bind(copy.idea.get())
            .bind(copy.locale.tag())
            .bind(copy.shows.stored())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Every public copy of `idea` on `platform` (that this version knows how to draw).
    pub async fn copies_of(
        &mut self,
        platform: Platform,
        idea: IdeaId,
    ) -> Result<Vec<PublishedCopy>> {
        let sql = "SELECT chat_id, message_id, locale, shows FROM published_copies \
            WHERE platform = $1 AND idea_id = $2 ORDER BY created_at";
        let rows: Vec<(String, String, String, String)> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(platform.as_str())
            .bind(idea.get())
            .fetch_all(c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(|(chat, message, tag, shows)| {
                Some(PublishedCopy {
                    platform,
                    chat,
                    message,
                    idea,
                    locale: locale(&tag),
                    shows: CopyShows::parse(&shows)?,
                })
            })
            .collect())
    }

    /// Forgets a message's copies, whichever ideas it shows (deleted on the platform, never
    /// to be drawn again, or about to be recorded afresh).
    pub async fn forget_copy(&mut self, copy: &PublishedCopy) -> Result<()> {
        self.forget_message(copy.platform, &copy.chat, &copy.message)
            .await
    }

    /// Forgets every copy the message `message` in `chat` was recorded as.
    pub async fn forget_message(
        &mut self,
        platform: Platform,
        chat: &str,
        message: &str,
    ) -> Result<()> {
        let sql = "DELETE FROM published_copies \
            WHERE platform = $1 AND chat_id = $2 AND message_id = $3";
        with_conn!(self, c => sqlx::query(sql)
            .bind(platform.as_str())
            .bind(chat)
            .bind(message)
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }
}
