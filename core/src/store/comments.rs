//! Comments, replies and responses.

use super::conn::{Db, with_conn};
use super::rows::{CommentRow, millis, select_comments};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    #[allow(clippy::too_many_arguments)]
    pub async fn insert_comment(
        &mut self,
        idea: IdeaId,
        parent: Option<CommentId>,
        author: MemberId,
        body: &str,
        visibility: &Visibility,
        review: ReviewState,
        is_response: bool,
        now: DateTime<Utc>,
    ) -> Result<CommentId> {
        let sql = "INSERT INTO comments (idea_id, parent_id, author_id, body, visibility, review_state, \
            is_response, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(idea.get())
            .bind(parent.map(CommentId::get))
            .bind(author.get())
            .bind(body)
            .bind(visibility.word())
            .bind(review.as_str())
            .bind(is_response)
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        if *visibility == Visibility::Visible {
            let count = "UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1";
            with_conn!(self, c => sqlx::query(count).bind(idea.get()).execute(c).await?.rows_affected());
        }
        Ok(CommentId(id))
    }

    pub async fn comment(&mut self, id: CommentId) -> Result<Option<Comment>> {
        let sql = select_comments!("WHERE c.id = $1");
        let row: Option<CommentRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        row.map(Comment::try_from).transpose()
    }

    /// Every comment on an idea, oldest first (callers filter by what the viewer may see).
    pub async fn comments_on(&mut self, idea: IdeaId) -> Result<Vec<Comment>> {
        let sql = select_comments!("WHERE c.idea_id = $1 ORDER BY c.created_at, c.id");
        let rows: Vec<CommentRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(idea.get()).fetch_all(c).await?);
        rows.into_iter().map(Comment::try_from).collect()
    }

    pub async fn comments_by_author(&mut self, author: MemberId) -> Result<Vec<Comment>> {
        let sql = select_comments!("WHERE c.author_id = $1 ORDER BY c.created_at, c.id");
        let rows: Vec<CommentRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(author.get()).fetch_all(c).await?);
        rows.into_iter().map(Comment::try_from).collect()
    }

    pub async fn unreviewed_comments(&mut self, limit: i64) -> Result<Vec<Comment>> {
        let sql = select_comments!(
            "WHERE c.review_state = 'unreviewed' AND c.visibility IN ('pending', 'visible') \
             ORDER BY CASE WHEN c.visibility = 'pending' THEN 0 ELSE 1 END, c.created_at, c.id LIMIT $1"
        );
        let rows: Vec<CommentRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(limit).fetch_all(c).await?);
        rows.into_iter().map(Comment::try_from).collect()
    }

    pub async fn count_unreviewed_comments(&mut self) -> Result<i64> {
        let sql = "SELECT COUNT(*) FROM comments WHERE review_state = 'unreviewed' \
            AND visibility IN ('pending', 'visible')";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql).fetch_one(c).await?))
    }

    /// Visible comments by people outside the sprint team that no response answers yet,
    /// oldest first: the "awaiting response" list.
    pub async fn comments_awaiting_response(&mut self, limit: i64) -> Result<Vec<Comment>> {
        let sql = select_comments!(
            "WHERE c.visibility = 'visible' AND c.is_response = FALSE AND c.parent_id IS NULL \
             AND (m.role IS NULL OR m.role = 'member') \
             AND NOT EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.is_response = TRUE) \
             ORDER BY c.created_at, c.id LIMIT $1"
        );
        let rows: Vec<CommentRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(limit).fetch_all(c).await?);
        rows.into_iter().map(Comment::try_from).collect()
    }

    /// Members' comments on published ideas still waiting for the team's first response,
    /// whose writers have not yet been told they are still with the team, and that are at
    /// least their sprint's target in calendar days old at `now` (`default_days` for sprints
    /// that keep the service's): working days are never fewer, so no comment that is due is
    /// missed. Oldest first.
    pub async fn waiting_untold(
        &mut self,
        now: DateTime<Utc>,
        default_days: u32,
        limit: i64,
    ) -> Result<Vec<Comment>> {
        let sql = select_comments!(
            "JOIN ideas i ON i.id = c.idea_id AND i.visibility = 'visible' \
             JOIN sprints s ON s.id = i.sprint_id \
             WHERE c.visibility = 'visible' AND c.is_response = FALSE AND c.parent_id IS NULL \
             AND (m.role IS NULL OR m.role = 'member') AND m.erased_at IS NULL \
             AND c.still_with_team_at IS NULL \
             AND c.created_at <= $1 - COALESCE(s.response_target_days, $3) * 86400000 \
             AND NOT EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.is_response = TRUE) \
             ORDER BY c.created_at, c.id LIMIT $2"
        );
        let rows: Vec<CommentRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(millis(now))
            .bind(limit)
            .bind(i64::from(default_days))
            .fetch_all(c)
            .await?);
        rows.into_iter().map(Comment::try_from).collect()
    }

    /// Records that the comment's writer was told it is still with the team; `false` when
    /// another run already did (replicas may run the schedule together) or the team has
    /// answered it since.
    pub async fn mark_still_with_team(
        &mut self,
        id: CommentId,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        // Not once the team has answered: the search for due comments was a moment ago.
        let sql = "UPDATE comments SET still_with_team_at = $2 \
                   WHERE id = $1 AND still_with_team_at IS NULL \
                   AND NOT EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = $1 AND r.is_response = TRUE)";
        let changed = with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(changed == 1)
    }

    pub async fn set_comment_visibility(
        &mut self,
        id: CommentId,
        visibility: &Visibility,
        review: ReviewState,
    ) -> Result<()> {
        let reason = match visibility {
            Visibility::Hidden { reason } => Some(reason.as_str()),
            _ => None,
        };
        let sql = "UPDATE comments SET visibility = $2, hidden_reason = $3, review_state = $4 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(visibility.word())
            .bind(reason)
            .bind(review.as_str())
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Replaces a comment's text (its writer edited it where they wrote it).
    pub async fn set_comment_body(&mut self, id: CommentId, body: &str) -> Result<()> {
        let sql = "UPDATE comments SET body = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(id.get()).bind(body).execute(c).await?.rows_affected());
        Ok(())
    }
}
