//! The response promise's nudges: who on the sprint team may be nudged, the comments still
//! waiting for the team's first response, and which member was nudged in which period.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

/// A member of the sprint team with the time zone their mornings are in (`None`: the
/// operator's).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffMember {
    pub id: i64,
    pub timezone: Option<String>,
}

/// A member's comment waiting for the team's first response.
#[derive(Debug, Clone, sqlx::FromRow)]
struct WaitingRow {
    comment_id: i64,
    idea_id: i64,
    title: String,
    created_at: i64,
    target_days: i64,
}

impl Db<'_> {
    /// Current, unbanned members with `role`.
    pub async fn staff_with_role(&mut self, role: Role) -> Result<Vec<StaffMember>> {
        let sql = "SELECT id, timezone FROM members \
            WHERE role = $1 AND erased_at IS NULL AND banned = FALSE ORDER BY id";
        Ok(with_conn!(self, c => sqlx::query_as(sql)
            .bind(role.as_str())
            .fetch_all(c)
            .await?))
    }

    /// Whether `member` was already nudged of `kind` in `period`.
    pub async fn was_nudged(
        &mut self,
        member: MemberId,
        kind: NudgeKind,
        period: &str,
    ) -> Result<bool> {
        let sql = "SELECT COUNT(*) FROM staff_nudges \
            WHERE member_id = $1 AND kind = $2 AND period = $3";
        let found: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(member.get())
            .bind(kind.as_str())
            .bind(period)
            .fetch_one(c)
            .await?);
        Ok(found > 0)
    }

    /// Records the nudge; `false` when another run already did (replicas run the schedule
    /// together).
    pub async fn mark_nudged(
        &mut self,
        member: MemberId,
        kind: NudgeKind,
        period: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let sql = "INSERT INTO staff_nudges (member_id, kind, period, created_at) \
            VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
        let written = with_conn!(self, c => sqlx::query(sql)
            .bind(member.get())
            .bind(kind.as_str())
            .bind(period)
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(written == 1)
    }

    /// Forgets nudges recorded before `before`: their periods are long gone.
    pub async fn prune_nudges(&mut self, before: DateTime<Utc>) -> Result<()> {
        let sql = "DELETE FROM staff_nudges WHERE created_at < $1";
        with_conn!(self, c => sqlx::query(sql).bind(millis(before)).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Members' comments on published ideas still waiting for the team's first response,
    /// written between `from` and `until`, oldest first, at most `limit`: the same comments
    /// as `/awaiting`, with their ideas' titles, and each with its sprint's response target
    /// (`default_days` where the sprint keeps the service's).
    pub async fn waiting_between(
        &mut self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        default_days: u32,
        limit: i64,
    ) -> Result<Vec<(WaitingComment, u32)>> {
        let sql = "SELECT c.id AS comment_id, i.id AS idea_id, i.title, c.created_at, \
            COALESCE(s.response_target_days, $4) AS target_days \
            FROM comments c JOIN ideas i ON i.id = c.idea_id AND i.visibility = 'visible' \
            JOIN sprints s ON s.id = i.sprint_id \
            LEFT JOIN members m ON m.id = c.author_id \
            WHERE c.visibility = 'visible' AND c.is_response = FALSE AND c.parent_id IS NULL \
            AND (m.role IS NULL OR m.role = 'member') \
            AND c.created_at >= $1 AND c.created_at <= $2 \
            AND NOT EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.is_response = TRUE) \
            ORDER BY c.created_at, c.id LIMIT $3";
        let rows: Vec<WaitingRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(millis(from))
            .bind(millis(until))
            .bind(limit)
            .bind(i64::from(default_days))
            .fetch_all(c)
            .await?);
        Ok(rows
            .into_iter()
            .map(|r| {
                let waiting = WaitingComment {
                    idea: IdeaId(r.idea_id),
                    title: r.title,
                    comment: CommentId(r.comment_id),
                    asked: time(r.created_at),
                    // Filled in by the caller, who knows the time zone.
                    due: time(r.created_at),
                };
                (
                    waiting,
                    u32::try_from(r.target_days).unwrap_or(default_days),
                )
            })
            .collect())
    }
}
