//! Comments, one level of replies, and champions' responses.

use super::Core;
use super::ideas::visible_idea;
use crate::domain::pii;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Db;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A posted comment and whether it is held for review.
#[derive(Debug, Clone, Serialize)]
pub struct CommentPosted {
    pub comment: Comment,
    pub held_for: Vec<pii::PiiKind>,
}

impl Core {
    /// Comments on an idea, or replies to a top-level comment on it. Comments holding personal
    /// details are held for review like ideas. Comments stay open after the sprint closes so
    /// conversations can reach their answer.
    #[tracing::instrument(skip_all, fields(idea = %idea_id))]
    pub async fn comment(
        &self,
        actor: &Actor,
        idea_id: IdeaId,
        parent: Option<CommentId>,
        body: CommentBody,
    ) -> Result<CommentPosted> {
        actor.may(Action::Contribute)?;
        self.within_limit(LimitKind::Comment, actor)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let posted = add_comment(&mut tx.db(), actor, idea_id, parent, &body, now).await?;
        tx.commit().await?;
        Ok(posted)
    }

    /// Replies to a comment, finding its idea from the comment number.
    pub async fn reply(
        &self,
        actor: &Actor,
        parent: CommentId,
        body: CommentBody,
    ) -> Result<CommentPosted> {
        let idea = {
            let mut conn = self.store.read().await?;
            conn.db()
                .comment(parent)
                .await?
                .or_not_found(parent)?
                .idea_id
        };
        self.comment(actor, idea, Some(parent), body).await
    }

    /// A champion's or moderator's answer, marked as the response. To an idea it is a
    /// top-level comment; to a comment it is a reply in that comment's thread. Responding
    /// counts as reviewing what was answered.
    #[tracing::instrument(skip_all)]
    pub async fn respond(
        &self,
        actor: &Actor,
        target: super::Target,
        body: CommentBody,
    ) -> Result<Comment> {
        actor.may(Action::Review)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let (idea, parent, answered) = match target {
            super::Target::Idea(id) => (visible_idea(&mut db, Some(actor), id).await?, None, None),
            super::Target::Comment(cid) => {
                let c = db.comment(cid).await?.or_not_found(cid)?;
                if matches!(c.visibility, Visibility::Hidden { .. }) {
                    return Err(UserError::AlreadyHidden.into());
                }
                let idea = visible_idea(&mut db, Some(actor), c.idea_id).await?;
                // Replies go one level deep: answering a reply joins its parent's thread.
                let thread = c.parent_id.unwrap_or(c.id);
                (idea, Some(thread), Some(c))
            }
        };
        // The team's words are scanned too: a response naming a patient's number waits for
        // another look like anyone's, and nobody is told of it until then.
        let found = pii::scan(body.as_str());
        crate::metrics::pii_held(&found);
        let held = !found.is_empty();
        let (visibility, review) = if held {
            (Visibility::Pending, ReviewState::Unreviewed)
        } else {
            (Visibility::Visible, ReviewState::Approved)
        };
        let id = db
            .insert_comment(
                idea.id,
                parent,
                actor.member(),
                body.as_str(),
                &visibility,
                review,
                true,
                now,
            )
            .await?;
        if !held {
            publish_comment(&mut db, &idea, id, now).await?;
        }
        match &answered {
            _ if held => {}
            Some(c) => {
                if c.review == ReviewState::Unreviewed && c.visibility == Visibility::Visible {
                    db.set_comment_visibility(c.id, &Visibility::Visible, ReviewState::Approved)
                        .await?;
                }
                if let Some(author) = c.author_id.filter(|a| *a != actor.member()) {
                    let event = Event::ResponseToComment {
                        idea: idea.id,
                        title: idea.title.clone(),
                        comment: c.id,
                        response: id,
                    };
                    db.enqueue(&event, Some(author), Some(idea.sprint_id), now)
                        .await?;
                }
            }
            None => {
                if idea.review == ReviewState::Unreviewed && idea.visibility == Visibility::Visible
                {
                    db.set_idea_review(idea.id, ReviewState::Approved).await?;
                }
                // Its author and anyone who claimed it (captured on a group's behalf).
                let event = Event::ResponseToIdea {
                    idea: idea.id,
                    title: idea.title.clone(),
                    response: id,
                };
                let author = idea.author_id.filter(|a| *a != actor.member());
                db.enqueue_for_authors(&event, author, idea.id, Some(idea.sprint_id), now)
                    .await?;
            }
        }
        let target_text = match target {
            super::Target::Idea(i) => format!("idea:{i}"),
            super::Target::Comment(c) => format!("comment:{c}"),
        };
        db.audit(
            actor.member(),
            AuditAction::CommentRespond,
            &target_text,
            None,
            &format!("comment:{id}"),
            now,
        )
        .await?;
        let comment = db.comment(id).await?.or_not_found(id)?;
        tx.commit().await?;
        Ok(comment)
    }

    /// Visible comments from members that no response has answered yet, oldest first.
    pub async fn awaiting_response(&self, actor: &Actor, limit: i64) -> Result<Vec<Comment>> {
        actor.may(Action::Review)?;
        let mut conn = self.store.read().await?;
        conn.db().comments_awaiting_response(limit).await
    }
}

/// A comment (or reply) by `actor` within the caller's transaction; see `Core::comment`.
pub(super) async fn add_comment(
    db: &mut Db<'_>,
    actor: &Actor,
    idea_id: IdeaId,
    parent: Option<CommentId>,
    body: &CommentBody,
    now: DateTime<Utc>,
) -> Result<CommentPosted> {
    actor.may(Action::Contribute)?;
    let held_for = pii::scan(body.as_str());
    crate::metrics::pii_held(&held_for);
    let visibility = if held_for.is_empty() {
        Visibility::Visible
    } else {
        Visibility::Pending
    };
    let idea = visible_idea(db, Some(actor), idea_id).await?;
    if let Visibility::Merged { into } = idea.visibility {
        return Err(UserError::IdeaMerged { id: idea_id, into }.into());
    }
    let parent_comment = match parent {
        Some(pid) => {
            let p = db.comment(pid).await?.or_not_found(pid)?;
            if p.idea_id != idea_id || p.visibility != Visibility::Visible {
                return Err(UserError::CommentNotFound { id: pid }.into());
            }
            if p.parent_id.is_some() {
                return Err(UserError::ReplyTooDeep.into());
            }
            Some(p)
        }
        None => None,
    };
    let id = db
        .insert_comment(
            idea_id,
            parent,
            actor.member(),
            body.as_str(),
            &visibility,
            ReviewState::Unreviewed,
            false,
            now,
        )
        .await?;
    db.follow(actor.member(), idea_id, false, now).await?;
    if visibility == Visibility::Visible {
        publish_comment(db, &idea, id, now).await?;
    }
    if let Some(p) = &parent_comment
        && visibility == Visibility::Visible
        && let Some(author) = p.author_id
        && author != actor.member()
    {
        let event = Event::ReplyToComment {
            idea: idea_id,
            title: idea.title.clone(),
            comment: p.id,
            reply: id,
        };
        db.enqueue(&event, Some(author), Some(idea.sprint_id), now)
            .await?;
    }
    let comment = db.comment(id).await?.or_not_found(id)?;
    Ok(CommentPosted { comment, held_for })
}

/// Tells the outbox's followers (forum mirrors) that a comment on `idea` is now visible.
pub(super) async fn publish_comment(
    db: &mut Db<'_>,
    idea: &Idea,
    comment: CommentId,
    now: DateTime<Utc>,
) -> Result<()> {
    let event = Event::CommentPublished {
        idea: idea.id,
        comment,
    };
    db.enqueue(&event, None, Some(idea.sprint_id), now).await
}
