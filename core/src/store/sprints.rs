//! Sprints and their challenges.

use super::conn::{Db, with_conn};
use super::rows::{ChallengeRow, SprintRow, millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

macro_rules! select_sprints {
    ($rest:literal) => {
        concat!(
            "SELECT id, title, description, opens_at, closes_at, stage, response_target_days FROM sprints ",
            $rest
        )
    };
}

macro_rules! select_challenges {
    ($rest:literal) => {
        concat!(
            "SELECT id, sprint_id, title, description FROM challenges ",
            $rest
        )
    };
}

impl Db<'_> {
    pub async fn insert_sprint(
        &mut self,
        title: &str,
        description: &str,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
        created_by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<SprintId> {
        let sql = "INSERT INTO sprints (title, description, opens_at, closes_at, stage, created_by, created_at) \
            VALUES ($1, $2, $3, $4, 'draft', $5, $6) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(title)
            .bind(description)
            .bind(millis(opens_at))
            .bind(millis(closes_at))
            .bind(created_by.get())
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        Ok(SprintId(id))
    }

    pub async fn sprint(&mut self, id: SprintId) -> Result<Option<Sprint>> {
        let sql = select_sprints!("WHERE id = $1");
        let row: Option<SprintRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        row.map(Sprint::try_from).transpose()
    }

    /// Every sprint, newest first.
    pub async fn sprints(&mut self) -> Result<Vec<Sprint>> {
        let sql = select_sprints!("ORDER BY opens_at DESC, id DESC");
        let rows: Vec<SprintRow> = with_conn!(self, c => sqlx::query_as(sql).fetch_all(c).await?);
        rows.into_iter().map(Sprint::try_from).collect()
    }

    pub async fn set_sprint_stage(&mut self, id: SprintId, stage: SprintStage) -> Result<()> {
        let sql = "UPDATE sprints SET stage = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(id.get()).bind(stage.as_str()).execute(c).await?.rows_affected());
        Ok(())
    }

    pub async fn set_sprint_window(
        &mut self,
        id: SprintId,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "UPDATE sprints SET opens_at = $2, closes_at = $3 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(millis(opens_at))
            .bind(millis(closes_at))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Sets (or with `None` clears) a sprint's own response target.
    pub async fn set_response_target(&mut self, id: SprintId, days: Option<u32>) -> Result<()> {
        let sql = "UPDATE sprints SET response_target_days = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(days.map(i64::from))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The shortest and longest response target over every sprint, `default` standing for
    /// the sprints that keep the service's (and for both when there is no sprint).
    pub async fn response_target_range(&mut self, default: u32) -> Result<(u32, u32)> {
        let sql = "SELECT MIN(COALESCE(response_target_days, $1)),             MAX(COALESCE(response_target_days, $1)) FROM sprints";
        let (shortest, longest): (Option<i64>, Option<i64>) = with_conn!(self, c => sqlx::query_as(sql)
            .bind(i64::from(default))
            .fetch_one(c)
            .await?);
        let days = |d: Option<i64>| d.and_then(|d| u32::try_from(d).ok()).unwrap_or(default);
        // Stored targets are checked when set; a hand-edited 0 must not stop the schedule.
        Ok((days(shortest).max(1), days(longest).max(1)))
    }

    pub async fn insert_challenge(
        &mut self,
        sprint: SprintId,
        title: &str,
        description: &str,
        now: DateTime<Utc>,
    ) -> Result<ChallengeId> {
        let sql = "INSERT INTO challenges (sprint_id, title, description, created_at) \
            VALUES ($1, $2, $3, $4) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(sprint.get())
            .bind(title)
            .bind(description)
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        Ok(ChallengeId(id))
    }

    pub async fn challenge(&mut self, id: ChallengeId) -> Result<Option<Challenge>> {
        let sql = select_challenges!("WHERE id = $1");
        let row: Option<ChallengeRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        Ok(row.map(Challenge::from))
    }

    /// A sprint's challenges in the order they were added.
    pub async fn challenges(&mut self, sprint: SprintId) -> Result<Vec<Challenge>> {
        let sql = select_challenges!("WHERE sprint_id = $1 ORDER BY id");
        let rows: Vec<ChallengeRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(sprint.get()).fetch_all(c).await?);
        Ok(rows.into_iter().map(Challenge::from).collect())
    }
}

impl Db<'_> {
    /// Opens draft sprints whose window has begun (and not yet ended). Returns them.
    pub async fn open_due_sprints(&mut self, now: DateTime<Utc>) -> Result<Vec<DueSprint>> {
        self.sprints_moved("UPDATE sprints SET stage = 'open' \
            WHERE stage = 'draft' AND opens_at <= $1 AND closes_at > $1 RETURNING id, title, closes_at", now)
            .await
    }

    /// Closes open sprints whose window has ended. Returns them.
    pub async fn close_due_sprints(&mut self, now: DateTime<Utc>) -> Result<Vec<DueSprint>> {
        self.sprints_moved(
            "UPDATE sprints SET stage = 'closed' \
            WHERE stage = 'open' AND closes_at <= $1 RETURNING id, title, closes_at",
            now,
        )
        .await
    }

    /// Marks open sprints that close within 48 hours as reminded, once each. Returns them.
    pub async fn remind_closing_sprints(&mut self, now: DateTime<Utc>) -> Result<Vec<DueSprint>> {
        self.sprints_moved(
            "UPDATE sprints SET reminded_at = $1 \
            WHERE stage = 'open' AND reminded_at IS NULL AND closes_at > $1 \
            AND closes_at <= $1 + 172800000 RETURNING id, title, closes_at",
            now,
        )
        .await
    }

    /// Runs a conditional update of sprints (binding `$1 = now`) and returns the rows it changed:
    /// the condition is what makes each move happen once, whoever runs it.
    async fn sprints_moved(
        &mut self,
        sql: &'static str,
        now: DateTime<Utc>,
    ) -> Result<Vec<DueSprint>> {
        let rows: Vec<(i64, String, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(millis(now)).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .map(|(id, title, closes_at)| DueSprint {
                id: SprintId(id),
                title,
                closes_at: time(closes_at),
            })
            .collect())
    }
}

/// A sprint the schedule just moved on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueSprint {
    pub id: SprintId,
    pub title: String,
    pub closes_at: DateTime<Utc>,
}
