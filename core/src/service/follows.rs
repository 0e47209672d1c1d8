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

/// The longest pause, in days.
pub const MAX_PAUSE_DAYS: i64 = 90;

impl Core {
    /// Holds the actor's notifications for `days` (1-90), or resumes them with `None`.
    /// Returns when the pause ends.
    pub async fn pause_notifications(
        &self,
        actor: &Actor,
        days: Option<i64>,
    ) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        let until = match days {
            None => None,
            Some(days) if (1..=MAX_PAUSE_DAYS).contains(&days) => {
                Some(self.now() + chrono::Duration::days(days))
            }
            Some(_) => {
                return Err(UserError::PauseTooLong {
                    max: MAX_PAUSE_DAYS,
                }
                .into());
            }
        };
        let mut tx = self.store.begin().await?;
        tx.db().set_paused_until(actor.member(), until).await?;
        tx.commit().await?;
        Ok(until)
    }

    /// Stops (or with `muted = false` restarts) notifications about one idea.
    pub async fn mute_idea(&self, actor: &Actor, id: IdeaId, muted: bool) -> Result<bool> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        visible_idea(&mut db, Some(actor), id).await?;
        let changed = db.set_muted(actor.member(), id, muted, now).await?;
        tx.commit().await?;
        Ok(changed)
    }
}
