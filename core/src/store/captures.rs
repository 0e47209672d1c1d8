//! Ideas captured on a group's behalf: the champion's capture session, each idea's claim code,
//! and who claimed it.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    /// Starts (or renames and restarts) `member`'s capture session.
    pub async fn start_capture(
        &mut self,
        member: MemberId,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO capture_sessions (member_id, name, started_at) VALUES ($1, $2, $3) \
            ON CONFLICT (member_id) DO UPDATE SET name = $2, started_at = $3";
        with_conn!(self, c => sqlx::query(sql)
            .bind(member.get())
            .bind(name)
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// `member`'s capture session begun after `since`, if any: its name and start.
    pub async fn capture_session(
        &mut self,
        member: MemberId,
        since: DateTime<Utc>,
    ) -> Result<Option<(String, DateTime<Utc>)>> {
        let sql = "SELECT name, started_at FROM capture_sessions \
            WHERE member_id = $1 AND started_at > $2";
        let row: Option<(String, i64)> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(member.get())
            .bind(millis(since))
            .fetch_optional(c)
            .await?);
        Ok(row.map(|(name, at)| (name, time(at))))
    }

    /// Ends `member`'s capture session; returns its name if one was under way.
    pub async fn stop_capture(&mut self, member: MemberId) -> Result<Option<String>> {
        let sql = "DELETE FROM capture_sessions WHERE member_id = $1 RETURNING name";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(member.get())
            .fetch_optional(c)
            .await?))
    }

    /// How many ideas were captured with this origin (one session on one day).
    pub async fn count_captured(&mut self, origin: &Origin) -> Result<i64> {
        let sql = "SELECT COUNT(*) FROM ideas WHERE origin = $1";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(origin.to_stored())
            .fetch_one(c)
            .await?))
    }

    /// Whether any idea already has this claim code.
    pub async fn claim_code_taken(&mut self, code: &ClaimCode) -> Result<bool> {
        let sql = "SELECT COUNT(*) FROM ideas WHERE claim_code = $1";
        let found: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(code.as_str())
            .fetch_one(c)
            .await?);
        Ok(found > 0)
    }

    pub async fn set_claim_code(&mut self, idea: IdeaId, code: &ClaimCode) -> Result<()> {
        let sql = "UPDATE ideas SET claim_code = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(idea.get())
            .bind(code.as_str())
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The idea with this claim code, if any.
    pub async fn idea_by_claim_code(&mut self, code: &ClaimCode) -> Result<Option<IdeaId>> {
        let sql = "SELECT id FROM ideas WHERE claim_code = $1";
        let id: Option<i64> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(code.as_str())
            .fetch_optional(c)
            .await?);
        Ok(id.map(IdeaId))
    }

    /// The idea's claim code, if it was captured on a group's behalf.
    pub async fn claim_code_of(&mut self, idea: IdeaId) -> Result<Option<ClaimCode>> {
        let sql = "SELECT claim_code FROM ideas WHERE id = $1";
        let code: Option<Option<String>> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(idea.get())
            .fetch_optional(c)
            .await?);
        Ok(code.flatten().and_then(|c| ClaimCode::parse(&c).ok()))
    }

    /// Records `member` as a co-author of `idea`; `false` if they already were.
    pub async fn claim_idea(
        &mut self,
        idea: IdeaId,
        member: MemberId,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let sql = "INSERT INTO idea_claims (idea_id, member_id, claimed_at) VALUES ($1, $2, $3) \
            ON CONFLICT DO NOTHING";
        let written = with_conn!(self, c => sqlx::query(sql)
            .bind(idea.get())
            .bind(member.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(written == 1)
    }

    /// The current members who claimed `idea`.
    pub async fn co_authors(&mut self, idea: IdeaId) -> Result<Vec<MemberId>> {
        let sql = "SELECT k.member_id FROM idea_claims k JOIN members m ON m.id = k.member_id \
            WHERE k.idea_id = $1 AND m.erased_at IS NULL ORDER BY k.member_id";
        let ids: Vec<i64> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(idea.get())
            .fetch_all(c)
            .await?);
        Ok(ids.into_iter().map(MemberId).collect())
    }

    /// Queues `event` for an idea's author and everyone who claimed it, once each: what an
    /// author hears, a co-author hears too.
    pub async fn enqueue_for_authors(
        &mut self,
        event: &crate::notify::Event,
        author: Option<MemberId>,
        idea: IdeaId,
        sprint: Option<SprintId>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        if let Some(author) = author {
            self.enqueue(event, Some(author), sprint, now).await?;
        }
        for co_author in self.co_authors(idea).await? {
            if Some(co_author) != author {
                self.enqueue(event, Some(co_author), sprint, now).await?;
            }
        }
        Ok(())
    }
}
