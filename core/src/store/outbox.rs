//! The notification outbox: rows written in the same transaction as the change they announce.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::event::Event;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

/// One outbox row as stored. `recipient` is `None` for broadcasts (sprint subscribers and the
/// channels tied to the sprint).
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    pub id: i64,
    pub recipient: Option<MemberId>,
    pub sprint: Option<SprintId>,
    pub event: Event,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow)]
struct StoredOutboxRow {
    id: i64,
    recipient_id: Option<i64>,
    sprint_id: Option<i64>,
    payload: String,
    created_at: i64,
}

impl Db<'_> {
    /// Queues `event` for one member, or as a broadcast when `recipient` is `None`.
    pub async fn enqueue(
        &mut self,
        event: &Event,
        recipient: Option<MemberId>,
        sprint: Option<SprintId>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO outbox (event, recipient_id, sprint_id, idea_id, payload, created_at) \
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
        let payload = serde_json::to_string(event)?;
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(event.name())
            .bind(recipient.map(MemberId::get))
            .bind(sprint.map(SprintId::get))
            .bind(event.idea().map(IdeaId::get))
            .bind(&payload)
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        if recipient.is_none() {
            // Broadcasts reach the channels' followers through jobs made here, in the same
            // transaction, so none can be missed (see `broadcasts`).
            self.add_broadcast_jobs(id, event.idea(), now).await?;
        }
        Ok(())
    }

    /// Queues `event` once for every current member who wrote, supported, commented on or
    /// follows (unmuted) an idea under the Big Idea, however many of its ideas they are behind. Returns how many rows were written.
    pub async fn enqueue_for_big_idea_backers(
        &mut self,
        event: &Event,
        big_idea: BigIdeaId,
        sprint: SprintId,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let sql = "INSERT INTO outbox (event, recipient_id, sprint_id, idea_id, payload, created_at) \
            SELECT $1, p.member_id, $2, NULL, $3, $4 FROM ( \
                SELECT i.author_id AS member_id FROM ideas i \
                    JOIN idea_themes it ON it.idea_id = i.id \
                    JOIN big_idea_themes bt ON bt.theme_id = it.theme_id \
                    WHERE bt.big_idea_id = $5 AND i.author_id IS NOT NULL \
                UNION SELECT v.member_id FROM votes v \
                    JOIN idea_themes it ON it.idea_id = v.idea_id \
                    JOIN big_idea_themes bt ON bt.theme_id = it.theme_id \
                    WHERE bt.big_idea_id = $5 \
                UNION SELECT c.author_id FROM comments c \
                    JOIN idea_themes it ON it.idea_id = c.idea_id \
                    JOIN big_idea_themes bt ON bt.theme_id = it.theme_id \
                    WHERE bt.big_idea_id = $5 AND c.author_id IS NOT NULL \
                UNION SELECT f.member_id FROM follows f \
                    JOIN idea_themes it ON it.idea_id = f.idea_id \
                    JOIN big_idea_themes bt ON bt.theme_id = it.theme_id \
                    WHERE bt.big_idea_id = $5 AND f.muted = FALSE \
            ) p JOIN members m ON m.id = p.member_id WHERE m.erased_at IS NULL";
        let payload = serde_json::to_string(event)?;
        let written = with_conn!(self, c => sqlx::query(sql)
            .bind(event.name())
            .bind(sprint.get())
            .bind(&payload)
            .bind(millis(now))
            .bind(big_idea.get())
            .execute(c)
            .await?
            .rows_affected());
        Ok(written)
    }

    /// Outbox rows after `after_id`, oldest first, whether delivery has taken them yet or not:
    /// what happened, not how far the workers are.
    pub async fn outbox_after(&mut self, after_id: i64, limit: i64) -> Result<Vec<OutboxRow>> {
        self.outbox_rows("WHERE id > $1 ORDER BY id LIMIT $2", after_id, limit)
            .await
    }

    /// Outbox rows chosen by `filter` (binding `$1 = after_id`, `$2 = limit`).
    pub(super) async fn outbox_rows(
        &mut self,
        filter: &'static str,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<OutboxRow>> {
        let sql =
            format!("SELECT id, recipient_id, sprint_id, payload, created_at FROM outbox {filter}");
        let rows: Vec<StoredOutboxRow> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(after_id).bind(limit).fetch_all(c).await?);
        rows.into_iter()
            .map(|r| {
                Ok(OutboxRow {
                    id: r.id,
                    recipient: r.recipient_id.map(MemberId),
                    sprint: r.sprint_id.map(SprintId),
                    event: serde_json::from_str(&r.payload)?,
                    created_at: time(r.created_at),
                })
            })
            .collect()
    }
}
