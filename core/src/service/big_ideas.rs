//! Big Ideas: developed from themes, moved along prototyping, testing and scale and spread,
//! and everyone whose voice went into them hears when they move.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;

impl Core {
    /// Creates a Big Idea from themes of one sprint.
    pub async fn create_big_idea(
        &self,
        actor: &Actor,
        sprint: SprintId,
        title: Title,
        description: Description,
        themes: &[ThemeId],
    ) -> Result<BigIdea> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.sprint(sprint).await?.or_not_found(sprint)?;
        for id in themes {
            let theme = db.theme(*id).await?.or_not_found(*id)?;
            if theme.sprint_id != sprint {
                return Err(UserError::ThemeInOtherSprint.into());
            }
        }
        let id = db
            .insert_big_idea(sprint, title.as_str(), description.as_str(), themes, now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::BigIdeaCreate,
            &format!("bigidea:{id}"),
            None,
            title.as_str(),
            now,
        )
        .await?;
        let big = db.big_idea(id).await?.or_not_found(id)?;
        tx.commit().await?;
        Ok(big)
    }

    /// Moves a Big Idea (and the ideas under it) to a stage, and queues a notification for
    /// every member who wrote, supported or commented on those ideas. Returns how many people
    /// will hear.
    #[tracing::instrument(skip_all, fields(big_idea = %id, stage = %stage))]
    pub async fn set_big_idea_stage(
        &self,
        actor: &Actor,
        id: BigIdeaId,
        stage: DevelopmentStage,
    ) -> Result<u64> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let big = db.big_idea(id).await?.or_not_found(id)?;
        if big.stage == stage {
            return Err(UserError::StageUnchanged.into());
        }
        db.set_big_idea_stage(id, stage).await?;
        let event = Event::BigIdeaStageChanged {
            big_idea: id,
            title: big.title.clone(),
            stage,
        };
        let told = db
            .enqueue_for_big_idea_backers(&event, id, big.sprint_id, now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::BigIdeaStage,
            &format!("bigidea:{id}"),
            None,
            stage.as_str(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(told)
    }

    /// A sprint's Big Ideas.
    pub async fn big_ideas(&self, sprint: SprintId) -> Result<Vec<BigIdea>> {
        let mut conn = self.store.read().await?;
        conn.db().big_ideas(sprint).await
    }
}
