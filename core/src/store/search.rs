//! Full-text search for similar ideas: SQLite FTS5 or PostgreSQL tsvector, the one place where
//! the two dialects genuinely differ.

use super::conn::Db;
use super::rows::{IdeaRow, select_ideas};
use crate::domain::*;
use crate::error::Result;

impl Db<'_> {
    /// Up to `limit` visible ideas of a sprint sharing any of `terms`, best match first.
    /// `terms` must come from `similarity::search_terms` (letters and digits only).
    pub async fn search_visible_ideas(
        &mut self,
        sprint: SprintId,
        terms: &[String],
        exclude: Option<IdeaId>,
        limit: i64,
    ) -> Result<Vec<Idea>> {
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let exclude = exclude.map(IdeaId::get).unwrap_or(0);
        let rows: Vec<IdeaRow> = match self {
            Db::Sqlite(c) => {
                let query = terms
                    .iter()
                    .map(|t| format!("\"{t}\""))
                    .collect::<Vec<_>>()
                    .join(" OR ");
                // The full-text match must drive the join (CROSS JOIN fixes SQLite's join
                // order): left to choose, SQLite walks the sprint's ideas by index and runs the
                // whole MATCH and bm25 again for each of them, which grows with the square of
                // the number of ideas. Equal ranks go newest first, whatever the plan.
                let sql = select_ideas!(
                    from "ideas_fts CROSS JOIN ideas i ON i.id = ideas_fts.rowid",
                    "WHERE ideas_fts MATCH $1 AND i.sprint_id = $2 AND i.visibility = 'visible' \
                     AND i.id <> $3 ORDER BY bm25(ideas_fts), i.id DESC LIMIT $4"
                );
                sqlx::query_as(sql)
                    .bind(query)
                    .bind(sprint.get())
                    .bind(exclude)
                    .bind(limit)
                    .fetch_all(&mut **c)
                    .await?
            }
            Db::Postgres(c) => {
                let query = terms.join(" | ");
                // The query is parsed once, in FROM: written inline, the plan PostgreSQL
                // settles on for this prepared statement re-parsed `$1` for every idea it
                // looked at, twice (match and rank).
                let sql = select_ideas!(
                    from "ideas i CROSS JOIN to_tsquery('english', $1) AS q",
                    "WHERE i.search @@ q AND i.sprint_id = $2 \
                     AND i.visibility = 'visible' AND i.id <> $3 \
                     ORDER BY ts_rank(i.search, q) DESC LIMIT $4"
                );
                sqlx::query_as(sql)
                    .bind(query)
                    .bind(sprint.get())
                    .bind(exclude)
                    .bind(limit)
                    .fetch_all(&mut **c)
                    .await?
            }
        };
        rows.into_iter().map(Idea::try_from).collect()
    }
}
