//! The review queue: champions approve, hide (with a reason) and restore ideas and comments.

use super::Core;
use super::revisions::{revise_comment, revise_idea};
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Db;
use serde::Serialize;

/// One thing waiting for review.
#[derive(Debug, Clone, Serialize)]
pub enum ReviewItem {
    Idea(Idea),
    Comment {
        comment: Comment,
        idea_title: String,
    },
}

impl ReviewItem {
    /// What Approve / Hide / Respond act on for this item.
    pub fn target(&self) -> Target {
        match self {
            ReviewItem::Idea(idea) => Target::Idea(idea.id),
            ReviewItem::Comment { comment, .. } => Target::Comment(comment.id),
        }
    }
}

/// The head of the queue and how much is waiting.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewQueue {
    pub items: Vec<ReviewItem>,
    pub ideas_waiting: i64,
    pub comments_waiting: i64,
}

impl Core {
    /// Up to `limit` unreviewed ideas and comments: held ones first, then oldest first.
    pub async fn review_queue(&self, actor: &Actor, limit: i64) -> Result<ReviewQueue> {
        actor.may(Action::Review)?;
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let mut items: Vec<ReviewItem> = db
            .unreviewed_ideas(limit)
            .await?
            .into_iter()
            .map(ReviewItem::Idea)
            .collect();
        let room = limit - items.len() as i64;
        if room > 0 {
            for comment in db.unreviewed_comments(room).await? {
                let idea_title = db
                    .idea(comment.idea_id)
                    .await?
                    .map(|i| i.title)
                    .unwrap_or_default();
                items.push(ReviewItem::Comment {
                    comment,
                    idea_title,
                });
            }
        }
        Ok(ReviewQueue {
            items,
            ideas_waiting: db.count_unreviewed_ideas().await?,
            comments_waiting: db.count_unreviewed_comments().await?,
        })
    }

    /// Approves an idea or comment: held ones become visible, and the author hears.
    #[tracing::instrument(skip_all, fields(target = %target))]
    pub async fn approve(&self, actor: &Actor, target: Target) -> Result<()> {
        actor.may(Action::Review)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        match target {
            Target::Idea(id) => {
                let idea = reviewable_idea(&mut db, id).await?;
                if idea.review == ReviewState::Approved && idea.visibility == Visibility::Visible {
                    return Err(UserError::AlreadyVisible.into());
                }
                let was_pending = idea.visibility == Visibility::Pending;
                db.set_idea_visibility(id, &Visibility::Visible, ReviewState::Approved, now)
                    .await?;
                let event = Event::IdeaApproved {
                    idea: id,
                    title: idea.title.clone(),
                };
                db.enqueue_for_authors(&event, idea.author_id, id, Some(idea.sprint_id), now)
                    .await?;
                if was_pending {
                    let event = Event::IdeaPublished {
                        idea: id,
                        sprint: idea.sprint_id,
                        challenge: idea.challenge_id,
                        title: idea.title,
                    };
                    db.enqueue(&event, None, Some(idea.sprint_id), now).await?;
                }
            }
            Target::Comment(id) => {
                let comment = db.comment(id).await?.or_not_found(id)?;
                if matches!(comment.visibility, Visibility::Hidden { .. }) {
                    return Err(UserError::AlreadyHidden.into());
                }
                db.set_comment_visibility(id, &Visibility::Visible, ReviewState::Approved)
                    .await?;
                db.recount_idea(comment.idea_id).await?;
                if comment.visibility == Visibility::Pending
                    && let Some(idea) = db.idea(comment.idea_id).await?
                {
                    super::comments::publish_comment(&mut db, &idea, id, now).await?;
                }
            }
        }
        db.audit(
            actor.member(),
            AuditAction::ReviewApprove,
            &target.to_string(),
            None,
            "",
            now,
        )
        .await?;
        tx.commit().await
    }

    /// Hides an idea or comment with a reason the author is told.
    #[tracing::instrument(skip_all, fields(target = %target))]
    pub async fn hide(&self, actor: &Actor, target: Target, reason: Reason) -> Result<()> {
        actor.may(Action::Review)?;
        let now = self.now();
        let hidden = Visibility::Hidden {
            reason: reason.as_str().to_owned(),
        };
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        match target {
            Target::Idea(id) => {
                let idea = db.idea(id).await?.or_not_found(id)?;
                match idea.visibility {
                    Visibility::Hidden { .. } => return Err(UserError::AlreadyHidden.into()),
                    Visibility::Merged { into } => {
                        return Err(UserError::IdeaMerged { id, into }.into());
                    }
                    Visibility::Pending | Visibility::Visible => {}
                }
                db.set_idea_visibility(id, &hidden, ReviewState::Hidden, now)
                    .await?;
                revise_idea(&mut db, id, idea.sprint_id, now).await?;
                let event = Event::IdeaHidden {
                    idea: id,
                    title: idea.title,
                    reason: reason.as_str().to_owned(),
                };
                db.enqueue_for_authors(&event, idea.author_id, id, Some(idea.sprint_id), now)
                    .await?;
            }
            Target::Comment(id) => {
                let comment = db.comment(id).await?.or_not_found(id)?;
                if matches!(comment.visibility, Visibility::Hidden { .. }) {
                    return Err(UserError::AlreadyHidden.into());
                }
                db.set_comment_visibility(id, &hidden, ReviewState::Hidden)
                    .await?;
                db.recount_idea(comment.idea_id).await?;
                revise_comment(&mut db, &comment, now).await?;
                if let Some(author) = comment.author_id {
                    let event = Event::CommentHidden {
                        idea: comment.idea_id,
                        comment: id,
                        reason: reason.as_str().to_owned(),
                    };
                    db.enqueue(&event, Some(author), None, now).await?;
                }
            }
        }
        db.audit(
            actor.member(),
            AuditAction::ReviewHide,
            &target.to_string(),
            Some(reason.as_str()),
            "",
            now,
        )
        .await?;
        tx.commit().await
    }

    /// Makes a hidden idea or comment visible again.
    #[tracing::instrument(skip_all, fields(target = %target))]
    pub async fn restore(&self, actor: &Actor, target: Target) -> Result<()> {
        actor.may(Action::Review)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        match target {
            Target::Idea(id) => {
                let idea = db.idea(id).await?.or_not_found(id)?;
                match idea.visibility {
                    Visibility::Hidden { .. } => {}
                    Visibility::Merged { into } => {
                        return Err(UserError::IdeaMerged { id, into }.into());
                    }
                    Visibility::Pending | Visibility::Visible => {
                        return Err(UserError::AlreadyVisible.into());
                    }
                }
                db.set_idea_visibility(id, &Visibility::Visible, ReviewState::Approved, now)
                    .await?;
                revise_idea(&mut db, id, idea.sprint_id, now).await?;
            }
            Target::Comment(id) => {
                let comment = db.comment(id).await?.or_not_found(id)?;
                if !matches!(comment.visibility, Visibility::Hidden { .. }) {
                    return Err(UserError::AlreadyVisible.into());
                }
                db.set_comment_visibility(id, &Visibility::Visible, ReviewState::Approved)
                    .await?;
                db.recount_idea(comment.idea_id).await?;
                revise_comment(&mut db, &comment, now).await?;
            }
        }
        db.audit(
            actor.member(),
            AuditAction::ReviewRestore,
            &target.to_string(),
            None,
            "",
            now,
        )
        .await?;
        tx.commit().await
    }
}

/// An idea that can be approved: pending or visible.
async fn reviewable_idea(db: &mut Db<'_>, id: IdeaId) -> Result<Idea> {
    let idea = db.idea(id).await?.or_not_found(id)?;
    match idea.visibility {
        Visibility::Pending | Visibility::Visible => Ok(idea),
        Visibility::Hidden { .. } => Err(UserError::AlreadyHidden.into()),
        Visibility::Merged { into } => Err(UserError::IdeaMerged { id, into }.into()),
    }
}
