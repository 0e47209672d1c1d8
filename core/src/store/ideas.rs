//! Ideas: writing them, reading them, listing them and changing their state.

use super::conn::{Db, with_conn};
use super::rows::{IdeaRow, held_for_text, millis, select_ideas};
use crate::domain::pii::PiiKind;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

/// Everything needed to insert an idea.
#[derive(Debug, Clone)]
pub struct NewIdeaRow<'a> {
    pub sprint: SprintId,
    pub challenge: ChallengeId,
    pub author: Option<MemberId>,
    pub title: &'a str,
    pub body: &'a str,
    pub kind: IdeaKind,
    pub origin: &'a Origin,
    pub visibility: &'a Visibility,
    pub held_for: &'a [PiiKind],
    pub now: DateTime<Utc>,
}

/// How a list of ideas is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdeaOrder {
    /// Most supported first.
    Top,
    /// Newest first.
    New,
}

/// Which published ideas a list holds: a whole sprint's, or one challenge's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdeaScope {
    Sprint(SprintId),
    Challenge(ChallengeId),
}

impl IdeaScope {
    fn id(self) -> i64 {
        match self {
            IdeaScope::Sprint(id) => id.get(),
            IdeaScope::Challenge(id) => id.get(),
        }
    }
}

impl Db<'_> {
    pub async fn insert_idea(&mut self, idea: &NewIdeaRow<'_>) -> Result<IdeaId> {
        let sql = "INSERT INTO ideas (sprint_id, challenge_id, author_id, title, body, kind, origin, \
            visibility, held_for, created_at, updated_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(idea.sprint.get())
            .bind(idea.challenge.get())
            .bind(idea.author.map(MemberId::get))
            .bind(idea.title)
            .bind(idea.body)
            .bind(idea.kind.as_str())
            .bind(idea.origin.to_stored())
            .bind(idea.visibility.word())
            .bind(held_for_text(idea.held_for))
            .bind(millis(idea.now))
            .fetch_one(c)
            .await?);
        Ok(IdeaId(id))
    }

    pub async fn idea(&mut self, id: IdeaId) -> Result<Option<Idea>> {
        let sql = select_ideas!("WHERE i.id = $1");
        let row: Option<IdeaRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        row.map(Idea::try_from).transpose()
    }

    /// Several ideas by id, in no particular order; missing ids are skipped.
    pub async fn ideas_by_ids(&mut self, ids: &[IdeaId]) -> Result<Vec<Idea>> {
        let mut ideas = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(idea) = self.idea(*id).await? {
                ideas.push(idea);
            }
        }
        Ok(ideas)
    }

    /// Published ideas of a sprint or one of its challenges, a page at a time.
    pub async fn visible_ideas(
        &mut self,
        scope: IdeaScope,
        order: IdeaOrder,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Idea>> {
        use IdeaOrder::{New, Top};
        use IdeaScope::{Challenge, Sprint};
        let sql = match (scope, order) {
            (Sprint(_), Top) => select_ideas!(
                "WHERE i.sprint_id = $1 AND i.visibility = 'visible' \
                 ORDER BY i.supporters DESC, i.id DESC LIMIT $2 OFFSET $3"
            ),
            (Sprint(_), New) => select_ideas!(
                "WHERE i.sprint_id = $1 AND i.visibility = 'visible' \
                 ORDER BY i.created_at DESC, i.id DESC LIMIT $2 OFFSET $3"
            ),
            (Challenge(_), Top) => select_ideas!(
                "WHERE i.challenge_id = $1 AND i.visibility = 'visible' \
                 ORDER BY i.supporters DESC, i.id DESC LIMIT $2 OFFSET $3"
            ),
            (Challenge(_), New) => select_ideas!(
                "WHERE i.challenge_id = $1 AND i.visibility = 'visible' \
                 ORDER BY i.created_at DESC, i.id DESC LIMIT $2 OFFSET $3"
            ),
        };
        let rows: Vec<IdeaRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(scope.id())
            .bind(limit)
            .bind(offset)
            .fetch_all(c)
            .await?);
        rows.into_iter().map(Idea::try_from).collect()
    }

    pub async fn count_visible_ideas(&mut self, scope: IdeaScope) -> Result<i64> {
        let sql = match scope {
            IdeaScope::Sprint(_) => {
                "SELECT COUNT(*) FROM ideas WHERE sprint_id = $1 AND visibility = 'visible'"
            }
            IdeaScope::Challenge(_) => {
                "SELECT COUNT(*) FROM ideas WHERE challenge_id = $1 AND visibility = 'visible'"
            }
        };
        Ok(with_conn!(self, c => sqlx::query_scalar(sql).bind(scope.id()).fetch_one(c).await?))
    }

    /// A member's own ideas in every state, newest first.
    pub async fn ideas_by_author(
        &mut self,
        author: MemberId,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Idea>> {
        let sql = select_ideas!(
            "WHERE i.author_id = $1 ORDER BY i.created_at DESC, i.id DESC LIMIT $2 OFFSET $3"
        );
        let rows: Vec<IdeaRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(author.get())
            .bind(limit)
            .bind(offset)
            .fetch_all(c)
            .await?);
        rows.into_iter().map(Idea::try_from).collect()
    }

    pub async fn count_ideas_by_author(&mut self, author: MemberId) -> Result<i64> {
        let sql = "SELECT COUNT(*) FROM ideas WHERE author_id = $1";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql).bind(author.get()).fetch_one(c).await?))
    }

    /// Ideas nobody has reviewed yet: held ones first, then oldest first.
    pub async fn unreviewed_ideas(&mut self, limit: i64) -> Result<Vec<Idea>> {
        let sql = select_ideas!(
            "WHERE i.review_state = 'unreviewed' AND i.visibility IN ('pending', 'visible') \
             ORDER BY CASE WHEN i.visibility = 'pending' THEN 0 ELSE 1 END, i.created_at, i.id LIMIT $1"
        );
        let rows: Vec<IdeaRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(limit).fetch_all(c).await?);
        rows.into_iter().map(Idea::try_from).collect()
    }

    pub async fn count_unreviewed_ideas(&mut self) -> Result<i64> {
        let sql = "SELECT COUNT(*) FROM ideas WHERE review_state = 'unreviewed' \
            AND visibility IN ('pending', 'visible')";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql).fetch_one(c).await?))
    }

    pub async fn set_idea_visibility(
        &mut self,
        id: IdeaId,
        visibility: &Visibility,
        review: ReviewState,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (reason, merged_into) = match visibility {
            Visibility::Hidden { reason } => (Some(reason.as_str()), None),
            Visibility::Merged { into } => (None, Some(into.get())),
            Visibility::Pending | Visibility::Visible => (None, None),
        };
        let sql = "UPDATE ideas SET visibility = $2, hidden_reason = $3, merged_into = $4, \
            review_state = $5, updated_at = $6 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(visibility.word())
            .bind(reason)
            .bind(merged_into)
            .bind(review.as_str())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn set_idea_review(&mut self, id: IdeaId, review: ReviewState) -> Result<()> {
        let sql = "UPDATE ideas SET review_state = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(id.get()).bind(review.as_str()).execute(c).await?.rows_affected());
        Ok(())
    }

    pub async fn set_idea_stage(&mut self, id: IdeaId, stage: DevelopmentStage) -> Result<()> {
        let sql = "UPDATE ideas SET stage = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(id.get()).bind(stage.as_str()).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Recounts an idea's supporters and visible comments from the rows themselves.
    pub async fn recount_idea(&mut self, id: IdeaId) -> Result<()> {
        let sql = "UPDATE ideas SET \
            supporters = (SELECT COUNT(*) FROM votes v WHERE v.idea_id = ideas.id), \
            comment_count = (SELECT COUNT(*) FROM comments c WHERE c.idea_id = ideas.id AND c.visibility = 'visible') \
            WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(id.get()).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Moves the comments of a duplicate onto the idea it was merged into.
    pub async fn move_comments(&mut self, from: IdeaId, into: IdeaId) -> Result<()> {
        let sql = "UPDATE comments SET idea_id = $2 WHERE idea_id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(from.get()).bind(into.get()).execute(c).await?.rows_affected());
        Ok(())
    }
}
