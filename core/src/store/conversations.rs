//! Conversations under way, one per chat identity, as the JSON core's state machines keep.

use super::conn::{Db, with_conn};
use super::rows::millis;
use crate::domain::Identity;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    /// The state of `who`'s conversation, unless there is none or it expired by `now`.
    pub async fn conversation(
        &mut self,
        who: &Identity,
        now: DateTime<Utc>,
    ) -> Result<Option<String>> {
        let sql = "SELECT state FROM conversations \
            WHERE platform = $1 AND user_id = $2 AND expires_at > $3";
        let state: Option<(String,)> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(who.platform.as_str())
            .bind(&who.user_id)
            .bind(millis(now))
            .fetch_optional(c)
            .await?);
        Ok(state.map(|(s,)| s))
    }

    /// Keeps `state` as `who`'s conversation until `expires_at`, replacing any other.
    pub async fn keep_conversation(
        &mut self,
        who: &Identity,
        state: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO conversations (platform, user_id, state, expires_at) \
            VALUES ($1, $2, $3, $4) ON CONFLICT (platform, user_id) \
            DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at";
        with_conn!(self, c => sqlx::query(sql)
            .bind(who.platform.as_str())
            .bind(&who.user_id)
            .bind(state)
            .bind(millis(expires_at))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Ends `who`'s conversation; false when there was none.
    pub async fn end_conversation(&mut self, who: &Identity) -> Result<bool> {
        let sql = "DELETE FROM conversations WHERE platform = $1 AND user_id = $2";
        let gone = with_conn!(self, c => sqlx::query(sql)
            .bind(who.platform.as_str())
            .bind(&who.user_id)
            .execute(c)
            .await?
            .rows_affected());
        Ok(gone > 0)
    }

    /// Forgets conversations that expired before `now`, with whatever was typed in them.
    pub async fn prune_conversations(&mut self, now: DateTime<Utc>) -> Result<u64> {
        let sql = "DELETE FROM conversations WHERE expires_at <= $1";
        Ok(with_conn!(self, c => sqlx::query(sql)
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected()))
    }
}
