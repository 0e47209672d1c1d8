//! Ideas mirrored as forum posts, and which messages in those posts are which comments.

use super::conn::{Db, with_conn};
use super::rows::millis;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    /// Records that `thread` in `forum` mirrors `idea`. A second post for the same idea and
    /// forum (two replicas racing) is not recorded; false then.
    pub async fn record_forum_post(
        &mut self,
        platform: Platform,
        forum: &str,
        thread: &str,
        idea: IdeaId,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let sql = "INSERT INTO forum_posts (platform, forum_id, thread_id, idea_id, created_at) \
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";
        let added = with_conn!(self, c => sqlx::query(sql)
            .bind(platform.as_str())
            .bind(forum)
            .bind(thread)
            .bind(idea.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(added > 0)
    }

    /// The post in `forum` mirroring `idea`, if there is one.
    pub async fn forum_post(
        &mut self,
        platform: Platform,
        forum: &str,
        idea: IdeaId,
    ) -> Result<Option<String>> {
        let sql = "SELECT thread_id FROM forum_posts \
            WHERE platform = $1 AND forum_id = $2 AND idea_id = $3";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(platform.as_str())
            .bind(forum)
            .bind(idea.get())
            .fetch_optional(c)
            .await?))
    }

    /// The idea a forum post (thread) mirrors, if it mirrors one.
    pub async fn forum_post_idea(
        &mut self,
        platform: Platform,
        thread: &str,
    ) -> Result<Option<IdeaId>> {
        let sql = "SELECT idea_id FROM forum_posts WHERE platform = $1 AND thread_id = $2";
        let id: Option<i64> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(platform.as_str())
            .bind(thread)
            .fetch_optional(c)
            .await?);
        Ok(id.map(IdeaId))
    }

    /// Every post mirroring `idea` on `platform`, oldest first.
    pub async fn forum_posts_of(
        &mut self,
        platform: Platform,
        idea: IdeaId,
    ) -> Result<Vec<String>> {
        let sql = "SELECT thread_id FROM forum_posts WHERE platform = $1 AND idea_id = $2 \
            ORDER BY created_at, thread_id";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(platform.as_str())
            .bind(idea.get())
            .fetch_all(c)
            .await?))
    }

    /// Records that `message` in `thread` is `comment`; false if that message was known.
    pub async fn record_forum_message(
        &mut self,
        platform: Platform,
        thread: &str,
        message: &str,
        comment: CommentId,
    ) -> Result<bool> {
        let sql = "INSERT INTO forum_messages (platform, message_id, thread_id, comment_id) \
            VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
        let added = with_conn!(self, c => sqlx::query(sql)
            .bind(platform.as_str())
            .bind(message)
            .bind(thread)
            .bind(comment.get())
            .execute(c)
            .await?
            .rows_affected());
        Ok(added > 0)
    }

    /// Whether `comment` already stands in `thread` (written there, or mirrored before).
    pub async fn comment_in_thread(
        &mut self,
        platform: Platform,
        thread: &str,
        comment: CommentId,
    ) -> Result<bool> {
        let sql = "SELECT COUNT(*) FROM forum_messages \
            WHERE platform = $1 AND thread_id = $2 AND comment_id = $3";
        let n: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(platform.as_str())
            .bind(thread)
            .bind(comment.get())
            .fetch_one(c)
            .await?);
        Ok(n > 0)
    }

    /// Forgets the post `thread` (deleted on the platform) and its messages; true if it was
    /// one of ours.
    pub async fn delete_forum_post(&mut self, platform: Platform, thread: &str) -> Result<bool> {
        let messages = "DELETE FROM forum_messages WHERE platform = $1 AND thread_id = $2";
        with_conn!(self, c => sqlx::query(messages)
            .bind(platform.as_str())
            .bind(thread)
            .execute(c)
            .await?
            .rows_affected());
        let post = "DELETE FROM forum_posts WHERE platform = $1 AND thread_id = $2";
        let gone = with_conn!(self, c => sqlx::query(post)
            .bind(platform.as_str())
            .bind(thread)
            .execute(c)
            .await?
            .rows_affected());
        Ok(gone > 0)
    }
}
