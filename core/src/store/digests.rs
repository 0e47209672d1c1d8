//! The digest run's queries: members whose digest is due, page by page (PostgreSQL locks the
//! page with `SKIP LOCKED`, so replicas share members rather than both composing them), the
//! news every digest shares, each member's own news, and queueing the result.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::digest::{Deadline, DigestItem, SECTION_LIMIT, SharedNews};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// A member whose digest is due (or not yet scheduled: `next_digest_at` is `None`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueMember {
    pub id: i64,
    pub digest: String,
    pub timezone: Option<String>,
    pub next_digest_at: Option<i64>,
}

impl DueMember {
    /// The digest time being served, if the member had one.
    pub fn slot(&self) -> Option<DateTime<Utc>> {
        self.next_digest_at.map(time)
    }
}

/// One composed digest to queue.
#[derive(Debug, Clone)]
pub struct QueuedDigest {
    pub member: i64,
    /// The `Event::Digest` as stored.
    pub payload: String,
    /// Once per key: `digest:<slot>`.
    pub key: String,
    /// Not sent before: the member's digest time (now, if it has passed).
    pub not_before: DateTime<Utc>,
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
        // The team's updates held for the digest lead it: a few at most, as a digest is read
        // on a phone.
        let updates = self.updates_for_digest(since, now, LIMIT).await?;
        Ok(SharedNews {
            updates,
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

    /// For each of `members`: ideas they follow (and have not muted) with comments from
    /// others since `since`, the busiest first, with how many. One query for the whole page.
    pub async fn followed_news(
        &mut self,
        members: &[i64],
        since: DateTime<Utc>,
    ) -> Result<HashMap<i64, Vec<DigestItem<IdeaId>>>> {
        let sql = format!(
            "SELECT f.member_id, i.id, i.title, COUNT(c.id) AS count FROM follows f \
             JOIN ideas i ON i.id = f.idea_id AND i.visibility = 'visible' \
             JOIN comments c ON c.idea_id = i.id AND c.visibility = 'visible' \
                 AND c.created_at >= $1 AND (c.author_id IS NULL OR c.author_id <> f.member_id) \
             WHERE f.member_id IN ({}) AND NOT f.muted \
             GROUP BY f.member_id, i.id, i.title ORDER BY f.member_id, COUNT(c.id) DESC, i.id",
            id_list(members)
        );
        self.items_by_member(sql, since).await
    }

    /// For each of `members`: their ideas and comments the team responded to since `since`.
    /// Only on ideas still public: a digest never names what was hidden since, to anyone
    /// (the same rule `still_public` applies again when the digest is sent).
    pub async fn responses_for(
        &mut self,
        members: &[i64],
        since: DateTime<Utc>,
    ) -> Result<HashMap<i64, Vec<DigestItem<IdeaId>>>> {
        let sql = format!(
            "SELECT x.member_id, x.id, x.title, COUNT(*) AS count FROM ( \
                 SELECT CASE WHEN r.parent_id IS NULL THEN i.author_id ELSE p.author_id END \
                     AS member_id, i.id AS id, i.title AS title \
                 FROM comments r JOIN ideas i ON i.id = r.idea_id \
                 LEFT JOIN comments p ON p.id = r.parent_id \
                 WHERE r.is_response AND r.visibility = 'visible' AND r.created_at >= $1 \
                     AND i.visibility = 'visible') x \
             WHERE x.member_id IN ({}) \
             GROUP BY x.member_id, x.id, x.title ORDER BY x.member_id, x.id",
            id_list(members)
        );
        self.items_by_member(sql, since).await
    }

    /// For each of `members`: ideas they wrote, supported, commented on or follow (and have
    /// not muted) whose outcome was set since `since`, newest first, with the outcome. Only
    /// published ideas, as everywhere in a digest.
    pub async fn outcomes_for(
        &mut self,
        members: &[i64],
        since: DateTime<Utc>,
    ) -> Result<HashMap<i64, Vec<DigestItem<IdeaId>>>> {
        let ids = id_list(members);
        let sql = format!(
            "SELECT p.member_id, i.id, i.title, o.outcome FROM idea_outcomes o \
             JOIN ideas i ON i.id = o.idea_id AND i.visibility = 'visible' \
             JOIN ( \
                 SELECT author_id AS member_id, id AS idea_id FROM ideas WHERE author_id IN ({ids}) \
                 UNION SELECT member_id, idea_id FROM votes WHERE member_id IN ({ids}) \
                 UNION SELECT author_id, idea_id FROM comments \
                     WHERE author_id IN ({ids}) AND visibility = 'visible' \
                 UNION SELECT member_id, idea_id FROM follows WHERE member_id IN ({ids}) \
             ) p ON p.idea_id = i.id \
             WHERE o.set_at >= $1 AND NOT EXISTS (SELECT 1 FROM follows f \
                 WHERE f.member_id = p.member_id AND f.idea_id = i.id AND f.muted = TRUE) \
             ORDER BY p.member_id, o.set_at DESC, i.id"
        );
        let rows: Vec<(i64, i64, String, String)> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(millis(since)).fetch_all(c).await?);
        let mut by_member: HashMap<i64, Vec<DigestItem<IdeaId>>> = HashMap::new();
        for (member, id, title, outcome) in rows {
            let items = by_member.entry(member).or_default();
            if items.len() < SECTION_LIMIT {
                items.push(DigestItem {
                    id: IdeaId(id),
                    title,
                    count: 0,
                    outcome: outcome.parse().ok(),
                });
            }
        }
        Ok(by_member)
    }

    /// Runs a per-page section query (binding `$1 = since`; rows of member, id, title,
    /// count, ordered by member) and keeps the first few of each member's.
    async fn items_by_member(
        &mut self,
        sql: String,
        since: DateTime<Utc>,
    ) -> Result<HashMap<i64, Vec<DigestItem<IdeaId>>>> {
        let rows: Vec<(i64, i64, String, i64)> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(millis(since)).fetch_all(c).await?);
        let mut by_member: HashMap<i64, Vec<DigestItem<IdeaId>>> = HashMap::new();
        for (member, id, title, count) in rows {
            let items = by_member.entry(member).or_default();
            if items.len() < SECTION_LIMIT {
                items.push(DigestItem {
                    id: IdeaId(id),
                    title,
                    count,
                    outcome: None,
                });
            }
        }
        Ok(by_member)
    }

    /// Queues each digest for every reachable chat identity of its member, once per key
    /// whatever happens, in one statement, to go out at its time or when the member's pause
    /// ends, whichever is later.
    pub async fn queue_for_members(
        &mut self,
        digests: &[QueuedDigest],
        now: DateTime<Utc>,
    ) -> Result<u64> {
        if digests.is_empty() {
            return Ok(0);
        }
        let values: Vec<String> = (0..digests.len())
            .map(|k| {
                let first = 4 * k + 2;
                format!("(${first}, ${}, ${}, ${})", first + 1, first + 2, first + 3)
            })
            .collect();
        let sql = format!(
            "INSERT INTO deliveries \
             (member_id, platform, address, payload, state, not_before, created_at, dedupe_key) \
             SELECT m.id, i.platform, i.user_id, v.column2, 'pending', \
                 CASE WHEN m.paused_until > v.column4 THEN m.paused_until ELSE v.column4 END, $1, \
                 v.column3 \
             FROM (VALUES {}) AS v \
             JOIN members m ON m.id = v.column1 \
             JOIN identities i ON i.member_id = m.id \
             WHERE i.platform <> 'console' AND i.unreachable_at IS NULL \
             ON CONFLICT (member_id, platform, dedupe_key) DO NOTHING",
            values.join(", ")
        );
        Ok(with_conn!(self, c => {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(millis(now));
            for digest in digests {
                query = query
                    .bind(digest.member)
                    .bind(digest.payload.as_str())
                    .bind(digest.key.as_str())
                    .bind(millis(digest.not_before));
            }
            query.execute(c).await?.rows_affected()
        }))
    }

    /// Sets the next digest time of all of `members` to `at`.
    pub async fn set_next_digests(&mut self, members: &[i64], at: DateTime<Utc>) -> Result<()> {
        if members.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "UPDATE members SET next_digest_at = $1 WHERE id IN ({})",
            id_list(members)
        );
        with_conn!(self, c => sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(millis(at)).execute(c).await?.rows_affected());
        Ok(())
    }

    /// How many ideas in `sprint` that `member` supported have comments from others since
    /// they supported them: the "2 ideas you backed have new comments" of the reminder.
    pub async fn backed_with_news(&mut self, member: MemberId, sprint: SprintId) -> Result<i64> {
        let sql = "SELECT COUNT(DISTINCT v.idea_id) FROM votes v \
            JOIN ideas i ON i.id = v.idea_id AND i.sprint_id = $2 AND i.visibility = 'visible' \
            JOIN comments c ON c.idea_id = v.idea_id AND c.visibility = 'visible' \
                AND c.created_at > v.created_at AND (c.author_id IS NULL OR c.author_id <> $1) \
            WHERE v.member_id = $1";
        Ok(
            with_conn!(self, c => sqlx::query_scalar::<_, i64>(sql).bind(member.get()).bind(sprint.get()).fetch_one(c).await?),
        )
    }
}

/// Member ids (from our own rows, so inlined) for an `IN (...)` list.
fn id_list(ids: &[i64]) -> String {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    ids.join(", ")
}

fn items<Id>(rows: Vec<(i64, String, i64)>, id: impl Fn(i64) -> Id) -> Vec<DigestItem<Id>> {
    rows.into_iter()
        .map(|(i, title, count)| DigestItem {
            id: id(i),
            title,
            count,
            outcome: None,
        })
        .collect()
}
