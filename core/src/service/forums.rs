//! Ideas mirrored as forum posts (a Discord forum channel tied to a sprint with `/announce`):
//! which post mirrors which idea, messages written in a post becoming comments on its idea,
//! and comments made anywhere else finding their way into the post once each.

use super::Core;
use super::comments::{CommentPosted, add_comment};
use super::revisions::revise_comment;
use crate::domain::*;
use crate::error::Result;

impl Core {
    /// The post in `forum` mirroring `idea`, if one was made.
    pub async fn forum_post(
        &self,
        platform: Platform,
        forum: &str,
        idea: IdeaId,
    ) -> Result<Option<String>> {
        let mut conn = self.store.read().await?;
        conn.db().forum_post(platform, forum, idea).await
    }

    /// Records `thread` as the post mirroring `idea` in `forum`. False when another replica
    /// recorded one first: the caller's post is then a spare to remove.
    pub async fn record_forum_post(
        &self,
        platform: Platform,
        forum: &str,
        thread: &str,
        idea: IdeaId,
    ) -> Result<bool> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let added = tx
            .db()
            .record_forum_post(platform, forum, thread, idea, now)
            .await?;
        tx.commit().await?;
        Ok(added)
    }

    /// The idea `thread` mirrors, if it is one of our forum posts.
    pub async fn forum_post_idea(
        &self,
        platform: Platform,
        thread: &str,
    ) -> Result<Option<IdeaId>> {
        let mut conn = self.store.read().await?;
        conn.db().forum_post_idea(platform, thread).await
    }

    /// Every post mirroring `idea` on `platform`.
    pub async fn forum_posts_of(&self, platform: Platform, idea: IdeaId) -> Result<Vec<String>> {
        let mut conn = self.store.read().await?;
        conn.db().forum_posts_of(platform, idea).await
    }

    /// A message `actor` wrote in `thread`: a comment on the idea the thread mirrors, or
    /// `None` when it mirrors none. The message is recorded with the comment, in one
    /// transaction, so the comment is never mirrored back into the thread it came from.
    pub async fn comment_from_forum(
        &self,
        actor: &Actor,
        platform: Platform,
        thread: &str,
        message: &str,
        body: CommentBody,
    ) -> Result<Option<CommentPosted>> {
        actor.may(Action::Contribute)?;
        self.within_limit(LimitKind::Comment, actor)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let Some(idea) = db.forum_post_idea(platform, thread).await? else {
            return Ok(None);
        };
        let posted = add_comment(&mut db, actor, idea, None, &body, now).await?;
        db.record_forum_message(platform, thread, message, posted.comment.id, true)
            .await?;
        tx.commit().await?;
        Ok(Some(posted))
    }

    /// The comment to mirror into `thread`: `None` if it is already there or is not public
    /// (hidden or held since, or its idea is).
    pub async fn comment_to_mirror(
        &self,
        platform: Platform,
        thread: &str,
        comment: CommentId,
    ) -> Result<Option<Comment>> {
        {
            let mut conn = self.store.read().await?;
            if conn
                .db()
                .comment_in_thread(platform, thread, comment)
                .await?
            {
                return Ok(None);
            }
        }
        // A response on a hidden idea is never copied out, whoever wrote it.
        self.public_comment(comment).await
    }

    /// Where `comment` has copies in posts on `platform` (or was written there), as
    /// (thread, message).
    pub async fn forum_copies_of(
        &self,
        platform: Platform,
        comment: CommentId,
    ) -> Result<Vec<(String, String)>> {
        let mut conn = self.store.read().await?;
        conn.db().forum_messages_of(platform, comment).await
    }

    /// The comment messages recorded in `thread`, as (message, comment).
    pub async fn forum_messages_in(
        &self,
        platform: Platform,
        thread: &str,
    ) -> Result<Vec<(String, CommentId)>> {
        let mut conn = self.store.read().await?;
        conn.db().forum_messages_in(platform, thread).await
    }

    /// A message of a post taken down (by us, or deleted on the platform): forgotten, so a
    /// restored comment is copied in again.
    pub async fn forget_forum_message(&self, platform: Platform, message: &str) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db().forget_forum_message(platform, message).await?;
        tx.commit().await
    }

    /// Records that `comment` was mirrored into `thread` as `message`.
    pub async fn record_mirrored_comment(
        &self,
        platform: Platform,
        thread: &str,
        message: &str,
        comment: CommentId,
    ) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db()
            .record_forum_message(platform, thread, message, comment, false)
            .await?;
        tx.commit().await
    }

    /// A post deleted on the platform (by a moderator there): nothing is mirrored into it any
    /// more. The idea and its comments are untouched. True if it was one of ours.
    pub async fn forget_forum_post(&self, platform: Platform, thread: &str) -> Result<bool> {
        let mut tx = self.store.begin().await?;
        let gone = tx.db().delete_forum_post(platform, thread).await?;
        tx.commit().await?;
        if gone {
            tracing::info!(%platform, "a forum post was deleted; its idea is no longer mirrored there");
        }
        Ok(gone)
    }
}

impl Core {
    /// A reply a person wrote in one of our posts was deleted there (by them, or by the
    /// platform's moderators): the comment it became is withdrawn everywhere, as hidden with
    /// a plain reason. True if the message was such a comment and still public. Our own
    /// take-downs (a held or hidden comment) find nothing left to do.
    pub async fn comment_deleted_on_platform(
        &self,
        platform: Platform,
        message: &str,
    ) -> Result<bool> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let Some(id) = db.comment_written_as(platform, message).await? else {
            return Ok(false);
        };
        db.forget_forum_message(platform, message).await?;
        let Some(comment) = db.comment(id).await? else {
            tx.commit().await?;
            return Ok(false);
        };
        if comment.visibility != Visibility::Visible {
            tx.commit().await?;
            return Ok(false);
        }
        let hidden = Visibility::Hidden {
            reason: format!("deleted on {platform} where it was written"),
        };
        db.set_comment_visibility(id, &hidden, ReviewState::Hidden)
            .await?;
        db.recount_idea(comment.idea_id).await?;
        revise_comment(&mut db, &comment, now).await?;
        tx.commit().await?;
        tracing::info!(comment = %id, "a comment was deleted where it was written");
        Ok(true)
    }

    /// A person edited the reply they wrote in one of our posts: the comment takes the new
    /// text and is checked again for personal details (held if it now has some, and its
    /// public copies taken down). `None` when the message is not such a comment of theirs.
    pub async fn comment_edited_on_platform(
        &self,
        actor: &Actor,
        platform: Platform,
        message: &str,
        body: CommentBody,
    ) -> Result<Option<CommentPosted>> {
        actor.may(Action::Contribute)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let Some(id) = db.comment_written_as(platform, message).await? else {
            return Ok(None);
        };
        let Some(comment) = db.comment(id).await? else {
            return Ok(None);
        };
        if comment.author_id != Some(actor.member()) {
            return Ok(None);
        }
        let held_for = crate::domain::pii::scan(body.as_str());
        crate::metrics::pii_held(&held_for);
        db.set_comment_body(id, body.as_str()).await?;
        if !held_for.is_empty() && comment.visibility == Visibility::Visible {
            db.set_comment_visibility(id, &Visibility::Pending, ReviewState::Unreviewed)
                .await?;
            db.recount_idea(comment.idea_id).await?;
            // The reply itself comes down too (the adapter deletes it): forgotten first, so
            // that deletion is not taken for the writer withdrawing it.
            db.forget_forum_message(platform, message).await?;
        }
        revise_comment(&mut db, &comment, now).await?;
        let comment = db.comment(id).await?.or_not_found(id)?;
        tx.commit().await?;
        Ok(Some(CommentPosted { comment, held_for }))
    }
}
