//! The digest run's queries: members whose digest is due, page by page (PostgreSQL locks the
//! page with `SKIP LOCKED`, so replicas share members rather than both composing them), the
//! news every digest shares, each member's own news, and queueing the result.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use crate::notify::digest::{Deadline, DigestItem, SECTION_LIMIT, SharedNews};
use chrono::{DateTime, Utc};

/// A member whose digest is due (or not yet scheduled: `next_digest_at` is `None`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueMember {
    pub id: i64,
    pub digest: String,
    pub timezone: Option<String>,
    pub next_digest_at: Option<i64>,
}

const LIMIT: i64 = SECTION_LIMIT as i64;

impl Db<'_> {
    /// Up to `limit` subscribed members whose digest is due at `now`, or who have none
    /// scheduled yet, lowest id first.
    pub async fn due_digest_members(
        &mut self,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<DueMember>> {
        let lock = match self {
            Db::Sqlite(_) => "",
            Db::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        };
        let sql = format!(
            "SELECT id, digest, timezone, next_digest_at FROM members \
             WHERE digest <> 'off' AND erased_at IS NULL AND NOT banned \
             AND (next_digest_at IS NULL OR next_digest_at <= $1) ORDER BY id LIMIT $2{lock}"
        );
        Ok(
            with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(millis(now))
            .bind(limit)
            .fetch_all(c)
            .await?),
        )
    }

    /// When `member`'s next digest is due (`None`: work it out again at the next run).
    pub async fn set_next_digest(&mut self, member: i64, at: Option<DateTime<Utc>>) -> Result<()> {
        let sql = "UPDATE members SET next_digest_at = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(member).bind(at.map(millis)).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Sets `member`'s time zone; their next digest is worked out again in it.
    pub async fn set_timezone(&mut self, member: MemberId, zone: Option<&str>) -> Result<()> {
        let sql = "UPDATE members SET timezone = $2, next_digest_at = NULL WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(member.get()).bind(zone).execute(c).await?.rows_affected());
        Ok(())
    }

    /// What every digest in this run shares: challenges new since `since` in open sprints, the
    /// most supported ideas posted since then, and open sprints closing within a week.
    pub async fn shared_news(
        &mut self,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SharedNews> {
        let sql = "SELECT c.id, c.title, CAST(0 AS BIGINT) AS count FROM challenges c \
            JOIN sprints s ON s.id = c.sprint_id \
            WHERE s.stage = 'open' AND (c.created_at >= $1 OR s.opens_at >= $1) \
            ORDER BY c.id LIMIT $2";
        let challenges: Vec<(i64, String, i64)> = with_conn!(self, c => sqlx::query_as(sql).bind(millis(since)).bind(LIMIT).fetch_all(c).await?);
        let sql = "SELECT i.id, i.title, i.supporters AS count FROM ideas i \
            JOIN sprints s ON s.id = i.sprint_id \
            WHERE s.stage = 'open' AND i.visibility = 'visible' AND i.created_at >= $1 \
            ORDER BY i.supporters DESC, i.id LIMIT $2";
        let ideas: Vec<(i64, String, i64)> = with_conn!(self, c => sqlx::query_as(sql).bind(millis(since)).bind(LIMIT).fetch_all(c).await?);
        let sql = "SELECT id, title, closes_at FROM sprints \
            WHERE stage = 'open' AND closes_at > $1 AND closes_at <= $2 ORDER BY closes_at, id";
        let week = now + chrono::Duration::days(7);
        let deadlines: Vec<(i64, String, i64)> = with_conn!(self, c => sqlx::query_as(sql).bind(millis(now)).bind(millis(week)).fetch_all(c).await?);
        Ok(SharedNews {
            challenges: items(challenges, ChallengeId),
            top_ideas: items(ideas, IdeaId),
            deadlines: deadlines
                .into_iter()
                .map(|(id, title, closes_at)| Deadline {
                    sprint: SprintId(id),
                    title,
                    closes_at: time(closes_at),
                })
                .collect(),
        })
    }

    /// Ideas `member` follows (and has not muted) with comments from others since `since`,
    /// the busiest first, with how many.
    pub async fn followed_news(
        &mut self,
        member: i64,
        since: DateTime<Utc>,
    ) -> Result<Vec<DigestItem<IdeaId>>> {
        let sql = "SELECT i.id, i.title, COUNT(c.id) AS count FROM follows f \
            JOIN ideas i ON i.id = f.idea_id AND i.visibility = 'visible' \
            JOIN comments c ON c.idea_id = i.id AND c.visibility = 'visible' \
                AND c.created_at >= $2 AND (c.author_id IS NULL OR c.author_id <> $1) \
            WHERE f.member_id = $1 AND NOT f.muted \
            GROUP BY i.id, i.title ORDER BY COUNT(c.id) DESC, i.id LIMIT $3";
        self.idea_items(sql, member, since).await
    }

    /// `member`'s ideas and comments the team responded to since `since`.
    pub async fn responses_for(
        &mut self,
        member: i64,
        since: DateTime<Utc>,
    ) -> Result<Vec<DigestItem<IdeaId>>> {
        let sql = "SELECT i.id, i.title, COUNT(r.id) AS count FROM comments r \
            JOIN ideas i ON i.id = r.idea_id \
            LEFT JOIN comments p ON p.id = r.parent_id \
            WHERE r.is_response AND r.visibility = 'visible' AND r.created_at >= $2 \
            AND ((r.parent_id IS NULL AND i.author_id = $1) OR p.author_id = $1) \
            GROUP BY i.id, i.title ORDER BY i.id LIMIT $3";
        self.idea_items(sql, member, since).await
    }

    /// Runs a digest section's query (binding `$1 = member`, `$2 = since`, `$3 = limit`).
    async fn idea_items(
        &mut self,
        sql: &'static str,
        member: i64,
        since: DateTime<Utc>,
    ) -> Result<Vec<DigestItem<IdeaId>>> {
        let rows: Vec<(i64, String, i64)> = with_conn!(self, c => sqlx::query_as(sql).bind(member).bind(millis(since)).bind(LIMIT).fetch_all(c).await?);
        Ok(items(rows, IdeaId))
    }

    /// Queues `payload` (a digest) for each reachable chat identity of `member`, once per
    /// `key` whatever happens. A paused member's digest waits for the pause to end.
    pub async fn queue_for_member(
        &mut self,
        member: i64,
        payload: &str,
        key: &str,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let sql = "INSERT INTO deliveries \
            (member_id, platform, address, payload, state, not_before, created_at, dedupe_key) \
            SELECT m.id, i.platform, i.user_id, $2, 'pending', \
                CASE WHEN m.paused_until > $3 THEN m.paused_until ELSE $3 END, $3, $4 \
            FROM members m JOIN identities i ON i.member_id = m.id \
            WHERE m.id = $1 AND i.platform <> 'console' AND i.unreachable_at IS NULL \
            ON CONFLICT (member_id, platform, dedupe_key) DO NOTHING";
        Ok(with_conn!(self, c => sqlx::query(sql)
            .bind(member)
            .bind(payload)
            .bind(millis(now))
            .bind(key)
            .execute(c)
            .await?
            .rows_affected()))
    }

    /// How many ideas in `sprint` that `member` supported have comments from others since
    /// they supported them: the "2 ideas you backed have new comments" of the reminder.
    pub async fn backed_with_news(&mut self, member: MemberId, sprint: SprintId) -> Result<i64> {
        let sql = "SELECT COUNT(DISTINCT v.idea_id) FROM votes v \
            JOIN ideas i ON i.id = v.idea_id AND i.sprint_id = $2 \
            JOIN comments c ON c.idea_id = v.idea_id AND c.visibility = 'visible' \
                AND c.created_at > v.created_at AND (c.author_id IS NULL OR c.author_id <> $1) \
            WHERE v.member_id = $1";
        Ok(
            with_conn!(self, c => sqlx::query_scalar::<_, i64>(sql).bind(member.get()).bind(sprint.get()).fetch_one(c).await?),
        )
    }
}

fn items<Id>(rows: Vec<(i64, String, i64)>, id: impl Fn(i64) -> Id) -> Vec<DigestItem<Id>> {
    rows.into_iter()
        .map(|(i, title, count)| DigestItem {
            id: id(i),
            title,
            count,
        })
        .collect()
}
