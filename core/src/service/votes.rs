//! Supporting ideas: one vote per member per idea, only while the sprint is open, within the
//! member's vote limit.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::store::Db;

impl Core {
    /// Supports an idea and follows it. Returns the new number of supporters.
    #[tracing::instrument(skip_all, fields(idea = %id))]
    pub async fn support(&self, actor: &Actor, id: IdeaId) -> Result<i64> {
        actor.may(Action::Contribute)?;
        self.within_limit(LimitKind::Vote, actor)?;
        self.add_vote(actor, id).await
    }

    async fn add_vote(&self, actor: &Actor, id: IdeaId) -> Result<i64> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        votable_idea(&mut db, id, now).await?;
        let Some(count) = db.insert_vote(id, actor.member(), now).await? else {
            return Err(UserError::AlreadySupported { id }.into());
        };
        db.follow(actor.member(), id, false, now).await?;
        tx.commit().await?;
        Ok(count)
    }

    /// Withdraws support. Returns the new number of supporters.
    #[tracing::instrument(skip_all, fields(idea = %id))]
    pub async fn withdraw_support(&self, actor: &Actor, id: IdeaId) -> Result<i64> {
        actor.may(Action::Contribute)?;
        self.within_limit(LimitKind::Vote, actor)?;
        self.remove_vote(actor, id).await
    }

    async fn remove_vote(&self, actor: &Actor, id: IdeaId) -> Result<i64> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        votable_idea(&mut db, id, now).await?;
        let Some(count) = db.delete_vote(id, actor.member()).await? else {
            return Err(UserError::NotSupported { id }.into());
        };
        tx.commit().await?;
        Ok(count)
    }

    /// Supports the idea if the actor does not yet, withdraws otherwise (a Support button).
    /// Returns whether the actor now supports it and the new count.
    pub async fn toggle_support(&self, actor: &Actor, id: IdeaId) -> Result<(bool, i64)> {
        actor.may(Action::Contribute)?;
        // One press, one vote counted against the limit, whichever way it goes.
        self.within_limit(LimitKind::Vote, actor)?;
        match self.add_vote(actor, id).await {
            Ok(count) => Ok((true, count)),
            Err(crate::Error::User(UserError::AlreadySupported { .. })) => {
                Ok((false, self.remove_vote(actor, id).await?))
            }
            Err(other) => Err(other),
        }
    }
}

/// Checks the idea can be voted on now: visible, not merged, in a sprint that is open.
async fn votable_idea(
    db: &mut Db<'_>,
    id: IdeaId,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let (visibility, sprint) = db.vote_target(id).await?.or_not_found(id)?;
    match visibility {
        Visibility::Visible => {}
        Visibility::Merged { into } => return Err(UserError::IdeaMerged { id, into }.into()),
        Visibility::Pending | Visibility::Hidden { .. } => {
            return Err(UserError::IdeaNotFound { id }.into());
        }
    }
    if !sprint.accepts_contributions(now) {
        return Err(UserError::SprintNotOpen { id: sprint.id }.into());
    }
    Ok(())
}
