//! Votes ("support"): one per member per idea, with the idea's count kept beside it.

use super::conn::{Db, with_conn};
use super::rows::{SprintRow, millis, visibility};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

#[derive(Debug, sqlx::FromRow)]
struct VoteTargetRow {
    visibility: String,
    hidden_reason: Option<String>,
    merged_into: Option<i64>,
    #[sqlx(flatten)]
    sprint: SprintRow,
}

impl Db<'_> {
    /// Locks these ideas for update until the transaction ends (PostgreSQL; in id order, so
    /// two merges of the same pair cannot deadlock). SQLite's single writer needs nothing.
    /// `NO KEY UPDATE`, not `UPDATE`: an idea's id never changes, and a plain `FOR UPDATE`
    /// also waits on every foreign-key check against the row (a page of ideas recorded as a
    /// public copy takes those on each idea it shows, in page order), which deadlocked a
    /// merge against a group's `/ideas` page.
    pub async fn lock_ideas(&mut self, ids: &[IdeaId]) -> Result<()> {
        if let Db::Postgres(conn) = self {
            let mut ids: Vec<i64> = ids.iter().map(|i| i.get()).collect();
            ids.sort_unstable();
            let sql = "SELECT id FROM ideas WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE";
            let _: Vec<i64> = sqlx::query_scalar(sql)
                .bind(&ids)
                .fetch_all(&mut **conn)
                .await?;
        }
        Ok(())
    }

    /// What decides whether an idea takes votes: its visibility and its sprint, in one read
    /// (it runs inside every vote's write transaction). `None` when there is no such idea.
    pub async fn vote_target(&mut self, idea: IdeaId) -> Result<Option<(Visibility, Sprint)>> {
        // On PostgreSQL the idea's row is locked until the vote commits, so a merge (which
        // locks it for update) either waits for the vote and moves it, or goes first and the
        // vote sees the idea merged. The lock is the one the supporter count's UPDATE takes
        // anyway (a share lock here would deadlock two votes upgrading it). SQLite's single
        // writer orders them all.
        let lock = match self {
            Db::Sqlite(_) => "",
            Db::Postgres(_) => " FOR NO KEY UPDATE OF i",
        };
        let sql = format!(
            "SELECT i.visibility, i.hidden_reason, i.merged_into, \
            s.id, s.title, s.description, s.opens_at, s.closes_at, s.stage, s.response_target_days \
            FROM ideas i JOIN sprints s ON s.id = i.sprint_id WHERE i.id = $1{lock}"
        );
        let row: Option<VoteTargetRow> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(idea.get())
            .fetch_optional(c)
            .await?);
        row.map(|r| {
            Ok((
                visibility(&r.visibility, r.hidden_reason, r.merged_into)?,
                Sprint::try_from(r.sprint)?,
            ))
        })
        .transpose()
    }

    /// Records a vote and returns the idea's new supporter count; `None` when the member had
    /// already voted (nothing changes then).
    ///
    /// The hottest write there is, so it is one trip to the database instead of two (insert,
    /// then count), and the dialects differ: PostgreSQL chains the two in one statement;
    /// SQLite cannot, so it sends both statements in one call, the count first, guarded by the
    /// vote not existing yet. That check cannot race the insert: SQLite transactions here
    /// hold the write lock from `BEGIN IMMEDIATE`.
    pub async fn insert_vote(
        &mut self,
        idea: IdeaId,
        member: MemberId,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>> {
        let sql = match self {
            Db::Sqlite(_) => {
                "UPDATE ideas SET supporters = supporters + 1 WHERE id = $1 \
                 AND NOT EXISTS (SELECT 1 FROM votes WHERE idea_id = $1 AND member_id = $2) \
                 RETURNING supporters; \
                 INSERT INTO votes (idea_id, member_id, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING"
            }
            Db::Postgres(_) => {
                "WITH added AS (INSERT INTO votes (idea_id, member_id, created_at) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING idea_id) \
                 UPDATE ideas SET supporters = supporters + 1 \
                 WHERE id IN (SELECT idea_id FROM added) RETURNING supporters"
            }
        };
        // `fetch_all`, not `fetch_optional`: every statement must run to its end.
        let counts: Vec<i64> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(idea.get())
            .bind(member.get())
            .bind(millis(now))
            .fetch_all(c)
            .await?);
        Ok(counts.first().copied())
    }

    /// Withdraws a vote and returns the new count; `None` when there was no vote.
    pub async fn delete_vote(&mut self, idea: IdeaId, member: MemberId) -> Result<Option<i64>> {
        let delete = "DELETE FROM votes WHERE idea_id = $1 AND member_id = $2";
        let removed = with_conn!(self, c => sqlx::query(delete)
            .bind(idea.get())
            .bind(member.get())
            .execute(c)
            .await?
            .rows_affected());
        if removed == 0 {
            return Ok(None);
        }
        let count =
            "UPDATE ideas SET supporters = supporters - 1 WHERE id = $1 RETURNING supporters";
        let n: i64 =
            with_conn!(self, c => sqlx::query_scalar(count).bind(idea.get()).fetch_one(c).await?);
        Ok(Some(n))
    }

    pub async fn has_voted(&mut self, idea: IdeaId, member: MemberId) -> Result<bool> {
        let sql = "SELECT COUNT(*) FROM votes WHERE idea_id = $1 AND member_id = $2";
        let n: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(idea.get())
            .bind(member.get())
            .fetch_one(c)
            .await?);
        Ok(n > 0)
    }

    /// Moves a duplicate's votes to its target; a member who backed both counts once.
    pub async fn move_votes(&mut self, from: IdeaId, into: IdeaId) -> Result<()> {
        let copy = "INSERT INTO votes (idea_id, member_id, created_at) \
            SELECT $2, member_id, created_at FROM votes WHERE idea_id = $1 ON CONFLICT DO NOTHING";
        let delete = "DELETE FROM votes WHERE idea_id = $1";
        with_conn!(self, c => sqlx::query(copy).bind(from.get()).bind(into.get()).execute(c).await?.rows_affected());
        with_conn!(self, c => sqlx::query(delete).bind(from.get()).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Ids of the ideas a member supports.
    pub async fn votes_of(&mut self, member: MemberId) -> Result<Vec<IdeaId>> {
        let sql = "SELECT idea_id FROM votes WHERE member_id = $1 ORDER BY idea_id";
        let ids: Vec<i64> =
            with_conn!(self, c => sqlx::query_scalar(sql).bind(member.get()).fetch_all(c).await?);
        Ok(ids.into_iter().map(IdeaId).collect())
    }
}
