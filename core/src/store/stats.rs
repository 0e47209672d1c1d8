//! Counts per sprint and challenge: people, ideas, votes, comments and interactions.

use super::conn::{Db, with_conn};
use crate::domain::*;
use crate::error::Result;

pub use crate::domain::counts::Counts;

/// Counts for one sprint (`$1`) and, when `$2` is not zero, one challenge only. Hidden and
/// merged ideas are left out; votes moved by a merge count once, on their new idea.
const COUNTS_SQL: &str = "WITH scope AS ( \
        SELECT id, author_id FROM ideas WHERE sprint_id = $1 \
        AND ($2 = 0 OR challenge_id = $2) AND visibility IN ('visible', 'pending') \
    ), \
    v AS (SELECT v.member_id FROM votes v JOIN scope s ON s.id = v.idea_id), \
    c AS (SELECT c.author_id FROM comments c JOIN scope s ON s.id = c.idea_id WHERE c.visibility = 'visible') \
    SELECT \
        (SELECT COUNT(*) FROM ( \
            SELECT author_id AS who FROM scope WHERE author_id IS NOT NULL \
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
