//! Follows: a member hears about an idea they follow, explicitly or by taking part in it.

use super::conn::{Db, with_conn};
use super::rows::millis;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    /// Follows an idea. An explicit follow upgrades an implied one; an implied follow never
    /// downgrades an explicit one. False when the member already followed it that way.
    pub async fn follow(
        &mut self,
        member: MemberId,
        idea: IdeaId,
        explicit: bool,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let sql = if explicit {
            "INSERT INTO follows (member_id, idea_id, explicit, created_at) VALUES ($1, $2, TRUE, $3) \
             ON CONFLICT (member_id, idea_id) DO UPDATE SET explicit = TRUE, muted = FALSE \
             WHERE follows.explicit = FALSE OR follows.muted = TRUE"
        } else {
            "INSERT INTO follows (member_id, idea_id, explicit, created_at) VALUES ($1, $2, FALSE, $3) \
             ON CONFLICT DO NOTHING"
        };
        let changed = with_conn!(self, c => sqlx::query(sql)
            .bind(member.get())
            .bind(idea.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(changed > 0)
    }

    /// Stops following; false when the member did not follow the idea.
    pub async fn unfollow(&mut self, member: MemberId, idea: IdeaId) -> Result<bool> {
        let sql = "DELETE FROM follows WHERE member_id = $1 AND idea_id = $2";
        let removed = with_conn!(self, c => sqlx::query(sql)
            .bind(member.get())
            .bind(idea.get())
            .execute(c)
            .await?
            .rows_affected());
        Ok(removed > 0)
    }

    pub async fn is_following(&mut self, member: MemberId, idea: IdeaId) -> Result<bool> {
        let sql =
            "SELECT COUNT(*) FROM follows WHERE member_id = $1 AND idea_id = $2 AND muted = FALSE";
        let n: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(member.get())
            .bind(idea.get())
            .fetch_one(c)
            .await?);
        Ok(n > 0)
    }

    /// Ids of the ideas a member follows, with whether they chose to.
    pub async fn follows_of(&mut self, member: MemberId) -> Result<Vec<(IdeaId, bool)>> {
        let sql = "SELECT idea_id, explicit FROM follows WHERE member_id = $1 ORDER BY idea_id";
        let rows: Vec<(i64, bool)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(member.get()).fetch_all(c).await?);
        Ok(rows.into_iter().map(|(i, e)| (IdeaId(i), e)).collect())
    }

    /// Moves follows from a duplicate onto its target, once per member.
    pub async fn move_follows(&mut self, from: IdeaId, into: IdeaId) -> Result<()> {
        let copy = "INSERT INTO follows (member_id, idea_id, explicit, muted, created_at) \
            SELECT member_id, $2, explicit, muted, created_at FROM follows WHERE idea_id = $1 \
            ON CONFLICT DO NOTHING";
        let delete = "DELETE FROM follows WHERE idea_id = $1";
        with_conn!(self, c => sqlx::query(copy).bind(from.get()).bind(into.get()).execute(c).await?.rows_affected());
        with_conn!(self, c => sqlx::query(delete).bind(from.get()).execute(c).await?.rows_affected());
        Ok(())
    }
}
