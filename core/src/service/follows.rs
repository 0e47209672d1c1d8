//! Following ideas explicitly, and the digest subscription.

use super::Core;
use super::ideas::visible_idea;
use crate::domain::*;
use crate::error::Result;

impl Core {
    /// Follows an idea; true if this changed anything.
    pub async fn follow(&self, actor: &Actor, id: IdeaId) -> Result<bool> {
        actor.may(Action::Contribute)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        visible_idea(&mut db, Some(actor), id).await?;
        let changed = db.follow(actor.member(), id, true, now).await?;
        tx.commit().await?;
        Ok(changed)
    }

    /// Stops following an idea; true if the actor followed it.
    pub async fn unfollow(&self, actor: &Actor, id: IdeaId) -> Result<bool> {
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        visible_idea(&mut db, Some(actor), id).await?;
        let changed = db.unfollow(actor.member(), id).await?;
        tx.commit().await?;
        Ok(changed)
    }
}
