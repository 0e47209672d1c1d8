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

    /// Records that `message` in `thread` is `comment` (`written_here`: a person wrote it
    /// there, rather than our copy); false if that message was known.
    pub async fn record_forum_message(
        &mut self,
        platform: Platform,
        thread: &str,
        message: &str,
        comment: CommentId,
        written_here: bool,
    ) -> Result<bool> {
        let sql = "INSERT INTO forum_messages \
            (platform, message_id, thread_id, comment_id, written_here) \
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";
        let added = with_conn!(self, c => sqlx::query(sql)
            .bind(platform.as_str())
            .bind(message)
            .bind(thread)
            .bind(comment.get())
            .bind(written_here)
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

    /// The messages in posts on `platform` that are copies of `comment` (or where it was
    /// written), as (thread, message).
    pub async fn forum_messages_of(
        &mut self,
        platform: Platform,
        comment: CommentId,
    ) -> Result<Vec<(String, String)>> {
        let sql = "SELECT thread_id, message_id FROM forum_messages \
            WHERE platform = $1 AND comment_id = $2 ORDER BY thread_id, message_id";
        Ok(with_conn!(self, c => sqlx::query_as(sql)
            .bind(platform.as_str())
            .bind(comment.get())
            .fetch_all(c)
            .await?))
    }

    /// The comment messages recorded in `thread`, as (message, comment).
    pub async fn forum_messages_in(
        &mut self,
        platform: Platform,
        thread: &str,
    ) -> Result<Vec<(String, CommentId)>> {
        let sql = "SELECT message_id, comment_id FROM forum_messages \
            WHERE platform = $1 AND thread_id = $2 ORDER BY message_id";
        let rows: Vec<(String, i64)> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(platform.as_str())
            .bind(thread)
            .fetch_all(c)
            .await?);
        Ok(rows.into_iter().map(|(m, c)| (m, CommentId(c))).collect())
    }

    /// The comment a person wrote as `message` in one of our posts, if it is one.
    pub async fn comment_written_as(
        &mut self,
        platform: Platform,
        message: &str,
    ) -> Result<Option<CommentId>> {
        let sql = "SELECT comment_id FROM forum_messages \
            WHERE platform = $1 AND message_id = $2 AND written_here";
        let id: Option<i64> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(platform.as_str())
            .bind(message)
            .fetch_optional(c)
            .await?);
        Ok(id.map(CommentId))
    }

    /// Forgets one message of a post (taken down).
    pub async fn forget_forum_message(&mut self, platform: Platform, message: &str) -> Result<()> {
        let sql = "DELETE FROM forum_messages WHERE platform = $1 AND message_id = $2";
        with_conn!(self, c => sqlx::query(sql)
            .bind(platform.as_str())
            .bind(message)
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }
}
