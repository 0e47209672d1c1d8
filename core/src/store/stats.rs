//! Counts per sprint and challenge: people, ideas, votes, comments and interactions.

use super::conn::{Db, with_conn};
use crate::domain::*;
use crate::error::Result;

pub use crate::domain::counts::Counts;

/// Ideas captured on a group's behalf count as ideas, but not as their champion's taking part
/// (the people who took part claim them, `/claim`).
///
/// Counts for one sprint (`$1`) and, when `$2` is not zero, one challenge only. Hidden and
/// merged ideas are left out; votes moved by a merge count once, on their new idea.
const COUNTS_SQL: &str = "WITH scope AS ( \
        SELECT id, author_id, origin FROM ideas WHERE sprint_id = $1 \
        AND ($2 = 0 OR challenge_id = $2) AND visibility IN ('visible', 'pending') \
    ), \
    v AS (SELECT v.member_id FROM votes v JOIN scope s ON s.id = v.idea_id), \
    c AS (SELECT c.author_id FROM comments c JOIN scope s ON s.id = c.idea_id WHERE c.visibility = 'visible') \
    SELECT \
        (SELECT COUNT(*) FROM ( \
            SELECT author_id AS who FROM scope \
                WHERE author_id IS NOT NULL AND origin NOT LIKE 'captured:%' \
            UNION SELECT member_id FROM v \
            UNION SELECT author_id FROM c WHERE author_id IS NOT NULL) people) AS people, \
        (SELECT COUNT(*) FROM scope) AS ideas, \
        (SELECT COUNT(*) FROM v) AS votes, \
        (SELECT COUNT(*) FROM c) AS comments";

impl Db<'_> {
    pub async fn counts(
        &mut self,
        sprint: SprintId,
        challenge: Option<ChallengeId>,
    ) -> Result<Counts> {
        let (people, ideas, votes, comments): (i64, i64, i64, i64) = with_conn!(self, c => sqlx::query_as(COUNTS_SQL)
            .bind(sprint.get())
            .bind(challenge.map(ChallengeId::get).unwrap_or(0))
            .fetch_one(c)
            .await?);
        Ok(Counts {
            people,
            ideas,
            votes,
            comments,
        })
    }
}

/// One day of a sprint's activity (days in UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DayActivity {
    pub day: chrono::NaiveDate,
    pub ideas: i64,
    pub comments: i64,
    pub votes: i64,
}

const MILLIS_PER_DAY: i64 = 86_400_000;

/// Ideas, published comments and votes of a sprint (`$1`), counted per UTC day (the integer
/// division is the same on both backends).
const ACTIVITY_SQL: &str = "SELECT day, SUM(ideas), SUM(comments), SUM(votes) FROM ( \
        SELECT created_at / 86400000 AS day, 1 AS ideas, 0 AS comments, 0 AS votes FROM ideas \
            WHERE sprint_id = $1 AND visibility IN ('visible', 'pending') \
        UNION ALL SELECT c.created_at / 86400000, 0, 1, 0 FROM comments c \
            JOIN ideas i ON i.id = c.idea_id \
            WHERE i.sprint_id = $1 AND c.visibility = 'visible' \
        UNION ALL SELECT v.created_at / 86400000, 0, 0, 1 FROM votes v \
            JOIN ideas i ON i.id = v.idea_id \
            WHERE i.sprint_id = $1 AND i.visibility IN ('visible', 'pending') \
    ) activity GROUP BY day ORDER BY day";

/// How many of the people who took part in a sprint (posted, supported or commented) describe
/// themselves each way.
const DESCRIBED_SQL: &str = "WITH scope AS ( \
        SELECT id, author_id, origin FROM ideas \
        WHERE sprint_id = $1 AND visibility IN ('visible', 'pending') \
    ), people AS ( \
        SELECT author_id AS who FROM scope \
            WHERE author_id IS NOT NULL AND origin NOT LIKE 'captured:%' \
        UNION SELECT v.member_id FROM votes v JOIN scope s ON s.id = v.idea_id \
        UNION SELECT c.author_id FROM comments c JOIN scope s ON s.id = c.idea_id \
            WHERE c.visibility = 'visible' AND c.author_id IS NOT NULL \
    ) SELECT m.describes, COUNT(*) FROM people p JOIN members m ON m.id = p.who \
    GROUP BY m.describes";

/// For each comment of a sprint the team has answered: its challenge, when it was written and
/// when the first published response came.
const FIRST_RESPONSES_SQL: &str = "SELECT i.challenge_id, c.created_at, MIN(r.created_at) \
    FROM comments c \
    JOIN ideas i ON i.id = c.idea_id \
    JOIN comments r ON r.parent_id = c.id AND r.is_response = TRUE AND r.visibility = 'visible' \
    WHERE i.sprint_id = $1 AND c.parent_id IS NULL AND c.is_response = FALSE \
    GROUP BY c.id, c.created_at, i.challenge_id";

/// A comment the team answered: where, when it was written, and when the first response came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstResponse {
    pub challenge: ChallengeId,
    pub asked: chrono::DateTime<chrono::Utc>,
    pub answered: chrono::DateTime<chrono::Utc>,
}

impl FirstResponse {
    pub fn wait(&self) -> chrono::Duration {
        (self.answered - self.asked).max(chrono::Duration::zero())
    }
}

impl Db<'_> {
    pub async fn activity_by_day(&mut self, sprint: SprintId) -> Result<Vec<DayActivity>> {
        let rows: Vec<(i64, i64, i64, i64)> = with_conn!(self, c => sqlx::query_as(ACTIVITY_SQL)
            .bind(sprint.get())
            .fetch_all(c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(|(day, ideas, comments, votes)| {
                let day = chrono::DateTime::from_timestamp_millis(day * MILLIS_PER_DAY)?;
                Some(DayActivity {
                    day: day.date_naive(),
                    ideas,
                    comments,
                    votes,
                })
            })
            .collect())
    }

    /// People who took part, by what describes them (in `Describes::ALL` order, none left out).
    /// Ideas of a sprint captured on a group's behalf, and in how many sessions.
    pub async fn captured_counts(&mut self, sprint: SprintId) -> Result<(i64, i64)> {
        let sql = "SELECT COUNT(*), COUNT(DISTINCT origin) FROM ideas \
            WHERE sprint_id = $1 AND origin LIKE 'captured:%' \
            AND visibility IN ('visible', 'pending')";
        Ok(with_conn!(self, c => sqlx::query_as(sql).bind(sprint.get()).fetch_one(c).await?))
    }

    pub async fn participants_described(
        &mut self,
        sprint: SprintId,
    ) -> Result<Vec<(Describes, i64)>> {
        let rows: Vec<(String, i64)> = with_conn!(self, c => sqlx::query_as(DESCRIBED_SQL)
            .bind(sprint.get())
            .fetch_all(c)
            .await?);
        Ok(Describes::ALL
            .iter()
            .map(|&d| {
                let count = rows
                    .iter()
                    .filter(|(word, _)| word.parse::<Describes>().ok() == Some(d))
                    .map(|(_, n)| n)
                    .sum();
                (d, count)
            })
            .collect())
    }

    /// Every comment of a sprint the team has answered, with its first response.
    pub async fn first_responses(&mut self, sprint: SprintId) -> Result<Vec<FirstResponse>> {
        let rows: Vec<(i64, i64, i64)> = with_conn!(self, c => sqlx::query_as(FIRST_RESPONSES_SQL)
            .bind(sprint.get())
            .fetch_all(c)
            .await?);
        Ok(rows
            .into_iter()
            .map(|(challenge, asked, answered)| FirstResponse {
                challenge: ChallengeId(challenge),
                asked: super::rows::time(asked),
                answered: super::rows::time(answered),
            })
            .collect())
    }
}

/// Every comment of a sprint that asks the team for a response (a member's top-level
/// comment), with when the team's first visible response came, if it has: the response
/// promise comment by comment, for the export. Staff's own comments wait for nobody.
const RESPONSE_ROWS_SQL: &str = "SELECT c.id, c.idea_id, ch.title, c.created_at, MIN(r.created_at), \
        CASE WHEN c.visibility = 'visible' AND i.visibility = 'visible' THEN 1 ELSE 0 END \
    FROM comments c \
    JOIN ideas i ON i.id = c.idea_id \
    JOIN challenges ch ON ch.id = i.challenge_id \
    LEFT JOIN members m ON m.id = c.author_id \
    LEFT JOIN comments r ON r.parent_id = c.id AND r.is_response = TRUE AND r.visibility = 'visible' \
    WHERE i.sprint_id = $1 AND c.parent_id IS NULL AND c.is_response = FALSE \
    AND (m.role IS NULL OR m.role = 'member') \
    GROUP BY c.id, c.idea_id, ch.title, c.created_at, c.visibility, i.visibility \
    ORDER BY c.id";

/// One comment awaiting (or given) the team's response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRow {
    pub comment: CommentId,
    pub idea: IdeaId,
    pub challenge: String,
    pub asked: chrono::DateTime<chrono::Utc>,
    pub answered: Option<chrono::DateTime<chrono::Utc>>,
    /// The comment and its idea are visible to everyone.
    pub public: bool,
}

impl Db<'_> {
    pub async fn response_rows(&mut self, sprint: SprintId) -> Result<Vec<ResponseRow>> {
        type Row = (i64, i64, String, i64, Option<i64>, i32);
        let rows: Vec<Row> = with_conn!(self, c => sqlx::query_as(RESPONSE_ROWS_SQL)
            .bind(sprint.get())
            .fetch_all(c)
            .await?);
        Ok(rows
            .into_iter()
            .map(
                |(comment, idea, challenge, asked, answered, public)| ResponseRow {
                    comment: CommentId(comment),
                    idea: IdeaId(idea),
                    challenge,
                    asked: super::rows::time(asked),
                    answered: answered.map(super::rows::time),
                    public: public == 1,
                },
            )
            .collect())
    }
}
