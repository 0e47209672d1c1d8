//! Team updates: writing them and reading them back, for `/updates`, the web board and the
//! digest's "From the team".

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

macro_rules! select_updates {
    ($rest:literal) => {
        concat!(
            "SELECT id, sprint_id, title, body, link, welsh_title, welsh_body, sent_when, ",
            "created_at FROM team_updates ",
            $rest
        )
    };
}

#[derive(Debug, sqlx::FromRow)]
struct UpdateRow {
    id: i64,
    sprint_id: i64,
    title: String,
    body: String,
    link: Option<String>,
    welsh_title: Option<String>,
    welsh_body: Option<String>,
    sent_when: String,
    created_at: i64,
}

impl From<UpdateRow> for TeamUpdate {
    fn from(r: UpdateRow) -> TeamUpdate {
        TeamUpdate {
            id: UpdateId(r.id),
            sprint_id: SprintId(r.sprint_id),
            title: r.title,
            body: r.body,
            link: r.link,
            welsh_title: r.welsh_title,
            welsh_body: r.welsh_body,
            when: r.sent_when.parse().unwrap_or(UpdateWhen::Now),
            created_at: time(r.created_at),
        }
    }
}

impl Db<'_> {
    pub async fn insert_update(
        &mut self,
        sprint: SprintId,
        draft: &UpdateDraft,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<UpdateId> {
        let sql = "INSERT INTO team_updates (sprint_id, title, body, link, welsh_title, \
            welsh_body, sent_when, created_by, created_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(sprint.get())
            .bind(draft.title.as_str())
            .bind(draft.body.as_str())
            .bind(draft.link.as_ref().map(UpdateLink::as_str))
            .bind(draft.welsh.as_ref().map(|(t, _)| t.as_str()))
            .bind(draft.welsh.as_ref().map(|(_, b)| b.as_str()))
            .bind(draft.when.as_str())
            .bind(by.get())
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        Ok(UpdateId(id))
    }

    pub async fn update(&mut self, id: UpdateId) -> Result<Option<TeamUpdate>> {
        let sql = select_updates!("WHERE id = $1");
        let row: Option<UpdateRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        Ok(row.map(TeamUpdate::from))
    }

    /// A sprint's updates, newest first.
    pub async fn sprint_updates(
        &mut self,
        sprint: SprintId,
        limit: i64,
    ) -> Result<Vec<TeamUpdate>> {
        let sql =
            select_updates!("WHERE sprint_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2");
        let rows: Vec<UpdateRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(sprint.get())
            .bind(limit)
            .fetch_all(c)
            .await?);
        Ok(rows.into_iter().map(TeamUpdate::from).collect())
    }

    /// How many updates a sprint has had: sent at once, and held for digests.
    pub async fn update_counts(&mut self, sprint: SprintId) -> Result<(i64, i64)> {
        let sql = "SELECT \
            COALESCE(SUM(CASE WHEN sent_when = 'now' THEN 1 ELSE 0 END), 0), \
            COALESCE(SUM(CASE WHEN sent_when = 'digest' THEN 1 ELSE 0 END), 0) \
            FROM team_updates WHERE sprint_id = $1";
        Ok(with_conn!(self, c => sqlx::query_as(sql).bind(sprint.get()).fetch_one(c).await?))
    }

    /// Updates held for the digest, written from `since` until `now`, oldest first: the
    /// "From the team" of digests composed now.
    pub async fn updates_for_digest(
        &mut self,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<TeamUpdate>> {
        let sql = select_updates!(
            "WHERE sent_when = 'digest' AND created_at >= $1 AND created_at <= $2 \
             ORDER BY created_at, id LIMIT $3"
        );
        let rows: Vec<UpdateRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(millis(since))
            .bind(millis(now))
            .bind(limit)
            .fetch_all(c)
            .await?);
        Ok(rows.into_iter().map(TeamUpdate::from).collect())
    }
}
