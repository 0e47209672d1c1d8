//! Ideas mirrored as forum posts (a Discord forum channel tied to a sprint with `/announce`):
//! which post mirrors which idea, messages written in a post becoming comments on its idea,
//! and comments made anywhere else finding their way into the post once each.

use super::Core;
use super::comments::{CommentPosted, add_comment};
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
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let Some(idea) = db.forum_post_idea(platform, thread).await? else {
            return Ok(None);
        };
        let posted = add_comment(&mut db, actor, idea, None, &body, now).await?;
        db.record_forum_message(platform, thread, message, posted.comment.id)
            .await?;
        tx.commit().await?;
        Ok(Some(posted))
    }

    /// The comment to mirror into `thread`: `None` if it is already there or no longer
    /// visible (hidden, or held since).
    pub async fn comment_to_mirror(
        &self,
        platform: Platform,
        thread: &str,
        comment: CommentId,
    ) -> Result<Option<Comment>> {
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        if db.comment_in_thread(platform, thread, comment).await? {
            return Ok(None);
        }
        Ok(db
            .comment(comment)
            .await?
            .filter(|c| c.visibility == Visibility::Visible))
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
            .record_forum_message(platform, thread, message, comment)
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
