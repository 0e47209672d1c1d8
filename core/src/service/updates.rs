//! Team updates (see `domain::update`): a moderator posts one for a sprint, to go to every
//! subscriber at once (at the pace the platforms allow, like the sprint's other news) or to
//! lead their next digest; anyone can list a sprint's updates.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;

/// How many updates `/updates` lists.
pub const UPDATES_LISTED: i64 = 10;

impl Core {
    /// Posts a team update to `sprint` (the current one when `None`); moderators and admins.
    /// Sent now, it reaches every subscriber once, in Welsh for Welsh readers when the
    /// moderator gave Welsh words; held, it leads the next digest of each subscriber.
    #[tracing::instrument(skip_all, fields(when = %draft.when))]
    pub async fn post_update(
        &self,
        actor: &Actor,
        sprint: Option<SprintId>,
        draft: UpdateDraft,
    ) -> Result<TeamUpdate> {
        actor.may(Action::Moderate)?;
        let sprint = self.sprint_overview(Some(actor), sprint).await?.sprint;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let id = db
            .insert_update(sprint.id, &draft, actor.member(), now)
            .await?;
        // Just written in the same transaction: missing means the database lost it.
        let update = db.update(id).await?.ok_or_else(|| {
            crate::Error::Corrupt(format!("update {id} vanished as it was written"))
        })?;
        if draft.when == UpdateWhen::Now {
            let event = Event::TeamUpdate(Box::new(update.clone()));
            db.enqueue(&event, None, Some(sprint.id), now).await?;
        }
        db.audit(
            actor.member(),
            AuditAction::UpdatePost,
            &format!("sprint:{}", sprint.id),
            None,
            &format!("update {id} ({})", draft.when),
            now,
        )
        .await?;
        tx.commit().await?;
        tracing::info!(update = %id, sprint = %sprint.id, "team update posted");
        Ok(update)
    }

    /// Checks that `actor` may post an update and returns the start of writing one for the
    /// current sprint, for an adapter about to ask for it part by part.
    pub async fn begin_update(
        &self,
        actor: &Actor,
        when: Option<UpdateWhen>,
    ) -> Result<crate::conversation::Updating> {
        actor.may(Action::Moderate)?;
        let sprint = self.sprint_overview(Some(actor), None).await?.sprint;
        Ok(crate::conversation::Updating::start(
            sprint.id,
            &sprint.title,
            when,
        ))
    }

    /// A sprint's updates (the current one when `None`), newest first: anyone may read them.
    pub async fn updates(
        &self,
        viewer: Option<&Actor>,
        sprint: Option<SprintId>,
    ) -> Result<(Sprint, Vec<TeamUpdate>)> {
        let sprint = self.sprint_overview(viewer, sprint).await?.sprint;
        let mut conn = self.store.read().await?;
        let updates = conn.db().sprint_updates(sprint.id, UPDATES_LISTED).await?;
        Ok((sprint, updates))
    }
}
