//! Theming: grouping a sprint's ideas into themes.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;

impl Core {
    /// Creates a theme in a sprint.
    pub async fn create_theme(
        &self,
        actor: &Actor,
        sprint: SprintId,
        name: Title,
        description: Description,
    ) -> Result<Theme> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.sprint(sprint).await?.or_not_found(sprint)?;
        let id = db
            .insert_theme(sprint, name.as_str(), description.as_str(), now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::ThemeCreate,
            &format!("theme:{id}"),
            None,
            name.as_str(),
            now,
        )
        .await?;
        let theme = db.theme(id).await?.or_not_found(id)?;
        tx.commit().await?;
        Ok(theme)
    }

    /// Puts an idea into a theme of its sprint; the author hears, and a newly themed idea moves
    /// to the "themed" stage.
    pub async fn add_to_theme(&self, actor: &Actor, theme: ThemeId, idea: IdeaId) -> Result<Theme> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let t = db.theme(theme).await?.or_not_found(theme)?;
        let i = db.idea(idea).await?.or_not_found(idea)?;
        if let Visibility::Merged { into } = i.visibility {
            return Err(UserError::IdeaMerged { id: idea, into }.into());
        }
        if i.sprint_id != t.sprint_id {
            return Err(UserError::ThemeInOtherSprint.into());
        }
        if !db.add_idea_to_theme(idea, theme).await? {
            return Err(UserError::AlreadyInTheme.into());
        }
        if i.stage == DevelopmentStage::Submitted {
            db.set_idea_stage(idea, DevelopmentStage::Themed).await?;
        }
        let event = Event::IdeaThemed {
            idea,
            title: i.title,
            theme: t.name.clone(),
        };
        db.enqueue_for_authors(&event, i.author_id, idea, Some(i.sprint_id), now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::ThemeAdd,
            &format!("idea:{idea}"),
            None,
            &format!("theme:{theme}"),
            now,
        )
        .await?;
        let t = db.theme(theme).await?.or_not_found(theme)?;
        tx.commit().await?;
        Ok(t)
    }

    /// A sprint's themes with how many ideas each holds.
    pub async fn themes(&self, sprint: SprintId) -> Result<Vec<Theme>> {
        let mut conn = self.store.read().await?;
        conn.db().themes(sprint).await
    }
}
