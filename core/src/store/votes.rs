//! Votes ("support"): one per member per idea, with the idea's count kept beside it.

use super::conn::{Db, with_conn};
use super::rows::millis;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    /// Records a vote and returns the idea's new supporter count; `None` when the member had
    /// already voted (nothing changes then).
    pub async fn insert_vote(
        &mut self,
        idea: IdeaId,
        member: MemberId,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>> {
        let insert = "INSERT INTO votes (idea_id, member_id, created_at) VALUES ($1, $2, $3) \
            ON CONFLICT DO NOTHING";
        let added = with_conn!(self, c => sqlx::query(insert)
            .bind(idea.get())
            .bind(member.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        if added == 0 {
            return Ok(None);
        }
        let count =
            "UPDATE ideas SET supporters = supporters + 1 WHERE id = $1 RETURNING supporters";
        let n: i64 =
            with_conn!(self, c => sqlx::query_scalar(count).bind(idea.get()).fetch_one(c).await?);
        Ok(Some(n))
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
