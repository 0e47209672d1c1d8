//! Themes and Big Ideas, and the people behind the ideas under a Big Idea.

use super::conn::{Db, with_conn};
use super::rows::{millis, word};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

impl Db<'_> {
    pub async fn insert_theme(
        &mut self,
        sprint: SprintId,
        name: &str,
        description: &str,
        now: DateTime<Utc>,
    ) -> Result<ThemeId> {
        let sql = "INSERT INTO themes (sprint_id, name, description, created_at) \
            VALUES ($1, $2, $3, $4) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(sprint.get())
            .bind(name)
            .bind(description)
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        Ok(ThemeId(id))
    }

    pub async fn theme(&mut self, id: ThemeId) -> Result<Option<Theme>> {
        let sql = "SELECT t.id, t.sprint_id, t.name, t.description, \
            (SELECT COUNT(*) FROM idea_themes it WHERE it.theme_id = t.id) AS ideas \
            FROM themes t WHERE t.id = $1";
        let row: Option<(i64, i64, String, String, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        Ok(row.map(theme_from))
    }

    pub async fn themes(&mut self, sprint: SprintId) -> Result<Vec<Theme>> {
        let sql = "SELECT t.id, t.sprint_id, t.name, t.description, \
            (SELECT COUNT(*) FROM idea_themes it WHERE it.theme_id = t.id) AS ideas \
            FROM themes t WHERE t.sprint_id = $1 ORDER BY t.id";
        let rows: Vec<(i64, i64, String, String, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(sprint.get()).fetch_all(c).await?);
        Ok(rows.into_iter().map(theme_from).collect())
    }

    /// Puts an idea in a theme; false when it already was.
    pub async fn add_idea_to_theme(&mut self, idea: IdeaId, theme: ThemeId) -> Result<bool> {
        let sql =
            "INSERT INTO idea_themes (idea_id, theme_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
        let added = with_conn!(self, c => sqlx::query(sql)
            .bind(idea.get())
            .bind(theme.get())
            .execute(c)
            .await?
            .rows_affected());
        Ok(added > 0)
    }

    pub async fn theme_names_of(&mut self, idea: IdeaId) -> Result<Vec<String>> {
        let sql = "SELECT t.name FROM themes t JOIN idea_themes it ON it.theme_id = t.id \
            WHERE it.idea_id = $1 ORDER BY t.id";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql).bind(idea.get()).fetch_all(c).await?))
    }

    pub async fn insert_big_idea(
        &mut self,
        sprint: SprintId,
        title: &str,
        description: &str,
        themes: &[ThemeId],
        now: DateTime<Utc>,
    ) -> Result<BigIdeaId> {
        let sql = "INSERT INTO big_ideas (sprint_id, title, description, stage, created_at) \
            VALUES ($1, $2, $3, 'submitted', $4) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(sprint.get())
            .bind(title)
            .bind(description)
            .bind(millis(now))
            .fetch_one(c)
            .await?);
        let link = "INSERT INTO big_idea_themes (big_idea_id, theme_id) VALUES ($1, $2) \
            ON CONFLICT DO NOTHING";
        for theme in themes {
            with_conn!(self, c => sqlx::query(link).bind(id).bind(theme.get()).execute(c).await?.rows_affected());
        }
        Ok(BigIdeaId(id))
    }

    pub async fn big_idea(&mut self, id: BigIdeaId) -> Result<Option<BigIdea>> {
        let sql = "SELECT id, sprint_id, title, description, stage FROM big_ideas WHERE id = $1";
        let row: Option<(i64, i64, String, String, String)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        let Some((id, sprint, title, description, stage)) = row else {
            return Ok(None);
        };
        let themes_sql =
            "SELECT theme_id FROM big_idea_themes WHERE big_idea_id = $1 ORDER BY theme_id";
        let themes: Vec<i64> =
            with_conn!(self, c => sqlx::query_scalar(themes_sql).bind(id).fetch_all(c).await?);
        Ok(Some(BigIdea {
            id: BigIdeaId(id),
            sprint_id: SprintId(sprint),
            title,
            description,
            stage: word("stage", &stage)?,
            themes: themes.into_iter().map(ThemeId).collect(),
        }))
    }

    pub async fn big_ideas(&mut self, sprint: SprintId) -> Result<Vec<BigIdea>> {
        let sql = "SELECT id FROM big_ideas WHERE sprint_id = $1 ORDER BY id";
        let ids: Vec<i64> =
            with_conn!(self, c => sqlx::query_scalar(sql).bind(sprint.get()).fetch_all(c).await?);
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(big) = self.big_idea(BigIdeaId(id)).await? {
                out.push(big);
            }
        }
        Ok(out)
    }

    /// Moves a Big Idea and every idea under it to `stage`.
    pub async fn set_big_idea_stage(
        &mut self,
        id: BigIdeaId,
        stage: DevelopmentStage,
    ) -> Result<()> {
        let big = "UPDATE big_ideas SET stage = $2 WHERE id = $1";
        let ideas = "UPDATE ideas SET stage = $2 WHERE id IN (SELECT it.idea_id FROM idea_themes it \
            JOIN big_idea_themes bt ON bt.theme_id = it.theme_id WHERE bt.big_idea_id = $1)";
        for sql in [big, ideas] {
            with_conn!(self, c => sqlx::query(sql).bind(id.get()).bind(stage.as_str()).execute(c).await?.rows_affected());
        }
        Ok(())
    }
}

fn theme_from((id, sprint, name, description, ideas): (i64, i64, String, String, i64)) -> Theme {
    Theme {
        id: ThemeId(id),
        sprint_id: SprintId(sprint),
        name,
        description,
        ideas,
    }
}
