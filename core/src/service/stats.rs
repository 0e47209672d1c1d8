//! Numbers per sprint and per challenge, for the sprint team.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::store::Counts;
use serde::Serialize;

/// A sprint's numbers and each challenge's.
#[derive(Debug, Clone, Serialize)]
pub struct SprintStats {
    pub sprint: Sprint,
    pub total: Counts,
    pub challenges: Vec<(Challenge, Counts)>,
}

impl Core {
    /// People, ideas, votes, comments and interactions for a sprint and its challenges.
    pub async fn stats(&self, actor: &Actor, sprint: Option<SprintId>) -> Result<SprintStats> {
        actor.may(Action::Review)?;
        let sprint = match sprint {
            Some(id) => {
                let mut conn = self.store.read().await?;
                conn.db().sprint(id).await?.or_not_found(id)?
            }
            None => self.current_sprint().await?,
        };
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let total = db.counts(sprint.id, None).await?;
        let mut challenges = Vec::new();
        for challenge in db.challenges(sprint.id).await? {
            let counts = db.counts(sprint.id, Some(challenge.id)).await?;
            challenges.push((challenge, counts));
        }
        Ok(SprintStats {
            sprint,
            total,
            challenges,
        })
    }
}
