//! Reading a sprint's ideas for the theming team's working file, a page at a time so that
//! exporting a large sprint never holds it all in memory.

use super::conn::{Db, with_conn};
use super::rows::{IdeaRow, select_ideas};
use crate::domain::*;
use crate::error::Result;

/// One idea with everything the working file shows about it.
#[derive(Debug, Clone)]
pub struct ExportRow {
    pub idea: Idea,
    pub challenge: String,
    pub themes: Vec<String>,
    pub comments: Vec<Comment>,
    /// What became of it, with the team's note, once set.
    pub outcome: Option<(Outcome, String)>,
}

impl Db<'_> {
    /// Ideas of a sprint with ids above `after` (every state but merged), in id order.
    pub async fn export_page(
        &mut self,
        sprint: SprintId,
        after: IdeaId,
        limit: i64,
    ) -> Result<Vec<ExportRow>> {
        let sql = select_ideas!(
            "WHERE i.sprint_id = $1 AND i.id > $2 AND i.visibility <> 'merged' ORDER BY i.id LIMIT $3"
        );
        let rows: Vec<IdeaRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(sprint.get())
            .bind(after.get())
            .bind(limit)
            .fetch_all(c)
            .await?);
        let mut page = Vec::with_capacity(rows.len());
        for row in rows {
            let idea = Idea::try_from(row)?;
            let challenge = self
                .challenge(idea.challenge_id)
                .await?
                .map(|c| c.title)
                .unwrap_or_default();
            let themes = self.theme_names_of(idea.id).await?;
            let comments = self.comments_on(idea.id).await?;
            let outcome = self
                .idea_outcome(idea.id)
                .await?
                .map(|(outcome, note, _)| (outcome, note));
            page.push(ExportRow {
                idea,
                challenge,
                themes,
                comments,
                outcome,
            });
        }
        Ok(page)
    }
}
