//! Chats tied to a sprint for announcements.

use super::conn::{Db, with_conn};
use super::rows::{locale, millis};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

#[derive(Debug, sqlx::FromRow)]
struct ChannelRow {
    id: i64,
    platform: String,
    chat_id: String,
    thread_id: String,
    sprint_id: i64,
    challenge_id: Option<i64>,
    locale: String,
}

impl ChannelRow {
    fn into_channel(self) -> Option<Channel> {
        Some(Channel {
            id: self.id,
            place: Place {
                platform: self.platform.parse().ok()?,
                chat: self.chat_id,
                thread: Some(self.thread_id).filter(|t| !t.is_empty()),
            },
            sprint: SprintId(self.sprint_id),
            challenge: self.challenge_id.map(ChallengeId),
            locale: locale(&self.locale),
        })
    }
}

const SELECT_CHANNELS: &str =
    "SELECT id, platform, chat_id, thread_id, sprint_id, challenge_id, locale FROM channels";

impl Db<'_> {
    /// Ties `place` to a sprint (and maybe one challenge), replacing what it was tied to.
    pub async fn tie_channel(
        &mut self,
        place: &Place,
        sprint: SprintId,
        challenge: Option<ChallengeId>,
        locale: Locale,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO channels \
            (platform, chat_id, thread_id, sprint_id, challenge_id, locale, created_by, created_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
            ON CONFLICT (platform, chat_id, thread_id) DO UPDATE SET \
            sprint_id = excluded.sprint_id, challenge_id = excluded.challenge_id, \
            locale = excluded.locale, created_by = excluded.created_by, created_at = excluded.created_at";
        with_conn!(self, c => sqlx::query(sql)
            .bind(place.platform.as_str())
            .bind(&place.chat)
            .bind(place.thread.as_deref().unwrap_or_default())
            .bind(sprint.get())
            .bind(challenge.map(ChallengeId::get))
            .bind(locale.tag())
            .bind(by.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Unties `place`; true if it was tied.
    pub async fn untie_channel(&mut self, place: &Place) -> Result<bool> {
        let sql = "DELETE FROM channels WHERE platform = $1 AND chat_id = $2 AND thread_id = $3";
        let gone = with_conn!(self, c => sqlx::query(sql)
            .bind(place.platform.as_str())
            .bind(&place.chat)
            .bind(place.thread.as_deref().unwrap_or_default())
            .execute(c)
            .await?
            .rows_affected());
        Ok(gone > 0)
    }

    /// The places on `platform` that want news of `sprint`: tied to the whole sprint, or to
    /// `challenge` when one is given.
    pub async fn channels_for(
        &mut self,
        platform: Platform,
        sprint: SprintId,
        challenge: Option<ChallengeId>,
    ) -> Result<Vec<Channel>> {
        let sql = format!(
            "{SELECT_CHANNELS} WHERE platform = $1 AND sprint_id = $2 \
             AND (challenge_id IS NULL OR challenge_id = $3) ORDER BY id"
        );
        let rows: Vec<ChannelRow> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(platform.as_str())
            .bind(sprint.get())
            .bind(challenge.map(ChallengeId::get))
            .fetch_all(c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(ChannelRow::into_channel)
            .collect())
    }
}
