//! Outcomes of ideas and Big Ideas, and who hears of one.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use chrono::{DateTime, Utc};

/// Queues an event for the people behind one idea (`$5`): its author, supporters, commenters
/// (published comments) and followers; each once, erased members and anyone who muted the
/// idea never.
const ENQUEUE_FOR_IDEA_PEOPLE: &str = "INSERT INTO outbox \
        (event, recipient_id, sprint_id, idea_id, payload, created_at) \
    SELECT $1, p.member_id, $2, CAST($5 AS BIGINT), $3, $4 FROM ( \
        SELECT author_id AS member_id FROM ideas WHERE id = $5 AND author_id IS NOT NULL \
        UNION SELECT member_id FROM votes WHERE idea_id = $5 \
        UNION SELECT author_id FROM comments \
            WHERE idea_id = $5 AND author_id IS NOT NULL AND visibility = 'visible' \
        UNION SELECT member_id FROM follows WHERE idea_id = $5 \
    ) p JOIN members m ON m.id = p.member_id WHERE m.erased_at IS NULL \
    AND NOT EXISTS (SELECT 1 FROM follows f \
        WHERE f.member_id = p.member_id AND f.idea_id = $5 AND f.muted = TRUE)";

const SET_IDEA_OUTCOME: &str = "INSERT INTO idea_outcomes (idea_id, outcome, note, set_by, set_at) \
    VALUES ($1, $2, $3, $4, $5) \
    ON CONFLICT (idea_id) DO UPDATE SET outcome = $2, note = $3, set_by = $4, set_at = $5";

const SET_BIG_IDEA_OUTCOME: &str = "INSERT INTO big_idea_outcomes \
        (big_idea_id, outcome, note, set_by, set_at) VALUES ($1, $2, $3, $4, $5) \
    ON CONFLICT (big_idea_id) DO UPDATE SET outcome = $2, note = $3, set_by = $4, set_at = $5";

impl Db<'_> {
    pub async fn set_idea_outcome(
        &mut self,
        idea: IdeaId,
        outcome: Outcome,
        note: &str,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.set_outcome(SET_IDEA_OUTCOME, idea.get(), outcome, note, by, now)
            .await
    }

    pub async fn set_big_idea_outcome(
        &mut self,
        big_idea: BigIdeaId,
        outcome: Outcome,
        note: &str,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.set_outcome(SET_BIG_IDEA_OUTCOME, big_idea.get(), outcome, note, by, now)
            .await
    }

    async fn set_outcome(
        &mut self,
        sql: &'static str,
        id: i64,
        outcome: Outcome,
        note: &str,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        with_conn!(self, c => sqlx::query(sql)
            .bind(id)
            .bind(outcome.as_str())
            .bind(note)
            .bind(by.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The outcome of one idea, if one was set.
    pub async fn idea_outcome(
        &mut self,
        idea: IdeaId,
    ) -> Result<Option<(Outcome, String, DateTime<Utc>)>> {
        let sql = "SELECT outcome, note, set_at FROM idea_outcomes WHERE idea_id = $1";
        let row: Option<(String, String, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(idea.get()).fetch_optional(c).await?);
        Ok(row.and_then(|(outcome, note, at)| Some((outcome.parse().ok()?, note, time(at)))))
    }

    /// Every outcome in a sprint, newest first: published ideas' and Big Ideas'.
    pub async fn sprint_outcomes(&mut self, sprint: SprintId) -> Result<Vec<OutcomeRecord>> {
        let sql = "SELECT 'idea' AS kind, i.id, i.title, o.outcome, o.note, o.set_at \
                FROM idea_outcomes o JOIN ideas i ON i.id = o.idea_id \
                WHERE i.sprint_id = $1 AND i.visibility = 'visible' \
            UNION ALL SELECT 'big_idea', b.id, b.title, o.outcome, o.note, o.set_at \
                FROM big_idea_outcomes o JOIN big_ideas b ON b.id = o.big_idea_id \
                WHERE b.sprint_id = $1 \
            ORDER BY 6 DESC, 2 DESC";
        let rows: Vec<(String, i64, String, String, String, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(sprint.get()).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .filter_map(|(kind, id, title, outcome, note, at)| {
                let of = match kind.as_str() {
                    "idea" => OutcomeOf::Idea(IdeaId(id)),
                    _ => OutcomeOf::BigIdea(BigIdeaId(id)),
                };
                Some(OutcomeRecord {
                    of,
                    title,
                    outcome: outcome.parse().ok()?,
                    note,
                    set_at: time(at),
                })
            })
            .collect())
    }

    /// Queues `event` once for each person behind `idea` (see `IDEA_PEOPLE`). Returns how
    /// many will hear.
    pub async fn enqueue_for_idea_people(
        &mut self,
        event: &Event,
        idea: IdeaId,
        sprint: SprintId,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let payload = serde_json::to_string(event)?;
        let written = with_conn!(self, c => sqlx::query(ENQUEUE_FOR_IDEA_PEOPLE)
            .bind(event.name())
            .bind(sprint.get())
            .bind(&payload)
            .bind(millis(now))
            .bind(idea.get())
            .execute(c)
            .await?
            .rows_affected());
        Ok(written)
    }
}
