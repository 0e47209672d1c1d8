//! Running sprints: creating them, moving them along the roadmap, adding challenges, and the
//! overview everyone sees.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Counts;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A new sprint as a moderator describes it.
#[derive(Debug, Clone)]
pub struct SprintDraft {
    pub title: Title,
    pub description: Description,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

/// A sprint with its challenges and numbers: what `/sprint` shows.
#[derive(Debug, Clone, Serialize)]
pub struct SprintOverview {
    pub sprint: Sprint,
    pub challenges: Vec<Challenge>,
    pub counts: Counts,
    pub accepting: bool,
}

/// The end of every change to a sprint: audit it, read the sprint back as it now is, and
/// commit.
async fn audited_change(
    mut tx: crate::store::Tx,
    actor: &Actor,
    id: SprintId,
    action: AuditAction,
    details: &str,
    now: DateTime<Utc>,
) -> Result<Sprint> {
    let mut db = tx.db();
    db.audit(
        actor.member(),
        action,
        &format!("sprint:{id}"),
        None,
        details,
        now,
    )
    .await?;
    let sprint = db.sprint(id).await?.or_not_found(id)?;
    tx.commit().await?;
    Ok(sprint)
}

impl Core {
    /// Creates a sprint in the draft stage.
    #[tracing::instrument(skip_all)]
    pub async fn create_sprint(&self, actor: &Actor, draft: SprintDraft) -> Result<Sprint> {
        actor.may(Action::Moderate)?;
        if draft.closes_at <= draft.opens_at {
            return Err(UserError::WindowBackwards.into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let id = db
            .insert_sprint(
                draft.title.as_str(),
                draft.description.as_str(),
                draft.opens_at,
                draft.closes_at,
                actor.member(),
                now,
            )
            .await?;
        audited_change(
            tx,
            actor,
            id,
            AuditAction::SprintCreate,
            draft.title.as_str(),
            now,
        )
        .await
    }

    /// Moves a sprint to another stage, telling subscribers when it opens, closes or moves on.
    #[tracing::instrument(skip_all, fields(sprint = %id, stage = %stage))]
    pub async fn set_sprint_stage(
        &self,
        actor: &Actor,
        id: SprintId,
        stage: SprintStage,
    ) -> Result<Sprint> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let sprint = db.sprint(id).await?.or_not_found(id)?;
        if sprint.stage == stage {
            return Err(UserError::StageUnchanged.into());
        }
        db.set_sprint_stage(id, stage).await?;
        let title = sprint.title.clone();
        let event = match stage {
            SprintStage::Open => Some(super::schedule::opened(&mut db, id, title).await?),
            SprintStage::Closed => Some(super::schedule::closed(&mut db, id, title).await?),
            SprintStage::Draft => None,
            other => Some(Event::SprintStageChanged {
                sprint: id,
                title,
                stage: other,
            }),
        };
        if let Some(event) = event {
            db.enqueue(&event, None, Some(id), now).await?;
        }
        let details = format!("{} -> {}", sprint.stage, stage);
        audited_change(tx, actor, id, AuditAction::SprintStage, &details, now).await
    }

    /// Changes when a sprint opens and closes.
    pub async fn set_sprint_window(
        &self,
        actor: &Actor,
        id: SprintId,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
    ) -> Result<Sprint> {
        actor.may(Action::Moderate)?;
        if closes_at <= opens_at {
            return Err(UserError::WindowBackwards.into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.sprint(id).await?.or_not_found(id)?;
        db.set_sprint_window(id, opens_at, closes_at).await?;
        let details = format!("{} .. {}", opens_at.to_rfc3339(), closes_at.to_rfc3339());
        audited_change(tx, actor, id, AuditAction::SprintWindow, &details, now).await
    }

    /// Gives a sprint its own response target in working days, or with `None` the
    /// service's again (`response_target_days`). Comments already waiting are measured
    /// against the new target from now on: nudges, "still with the team" and `/stats`.
    pub async fn set_response_target(
        &self,
        actor: &Actor,
        id: SprintId,
        days: Option<u32>,
    ) -> Result<Sprint> {
        actor.may(Action::Moderate)?;
        let max = crate::domain::working_days::MAX_TARGET_DAYS;
        if days.is_some_and(|d| d == 0 || d > max) {
            return Err(UserError::TargetOutOfRange {
                max: i64::from(max),
            }
            .into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.sprint(id).await?.or_not_found(id)?;
        db.set_response_target(id, days).await?;
        let details = match days {
            Some(days) => format!("{days} working days"),
            None => "the service's".to_owned(),
        };
        audited_change(tx, actor, id, AuditAction::SprintTarget, &details, now).await
    }

    /// Adds a challenge to a sprint.
    pub async fn add_challenge(
        &self,
        actor: &Actor,
        sprint: SprintId,
        title: Title,
        description: Description,
    ) -> Result<Challenge> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.sprint(sprint).await?.or_not_found(sprint)?;
        let id = db
            .insert_challenge(sprint, title.as_str(), description.as_str(), now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::ChallengeCreate,
            &format!("challenge:{id}"),
            None,
            title.as_str(),
            now,
        )
        .await?;
        let challenge = db.challenge(id).await?.or_not_found(id)?;
        tx.commit().await?;
        Ok(challenge)
    }

    /// Every sprint, newest first. Drafts are shown only to the sprint team.
    pub async fn sprints(&self, viewer: Option<&Actor>) -> Result<Vec<Sprint>> {
        let staff = viewer.is_some_and(Actor::is_staff);
        let mut conn = self.store.read().await?;
        let sprints = conn.db().sprints().await?;
        Ok(sprints
            .into_iter()
            .filter(|s| staff || s.stage != SprintStage::Draft)
            .collect())
    }

    /// The sprint people most likely mean when they name none: the newest open one, else the
    /// newest that is not a draft.
    pub async fn current_sprint(&self) -> Result<Sprint> {
        let mut conn = self.store.read().await?;
        let sprints = conn.db().sprints().await?;
        let now = self.now();
        sprints
            .iter()
            .find(|s| s.accepts_contributions(now))
            .or_else(|| sprints.iter().find(|s| s.stage == SprintStage::Open))
            .or_else(|| sprints.iter().find(|s| s.stage != SprintStage::Draft))
            .cloned()
            .ok_or_else(|| UserError::NoOpenSprint.into())
    }

    /// A sprint with its challenges and numbers. Drafts are visible only to the sprint team.
    pub async fn sprint_overview(
        &self,
        viewer: Option<&Actor>,
        id: Option<SprintId>,
    ) -> Result<SprintOverview> {
        let sprint = match id {
            Some(id) => {
                let mut conn = self.store.read().await?;
                let sprint = conn.db().sprint(id).await?.or_not_found(id)?;
                let staff = viewer.is_some_and(Actor::is_staff);
                if sprint.stage == SprintStage::Draft && !staff {
                    return Err(UserError::SprintNotFound { id }.into());
                }
                sprint
            }
            None => self.current_sprint().await?,
        };
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let challenges = db.challenges(sprint.id).await?;
        let counts = db.counts(sprint.id, None).await?;
        let accepting = sprint.accepts_contributions(self.now());
        Ok(SprintOverview {
            sprint,
            challenges,
            counts,
            accepting,
        })
    }

    /// A challenge by id, if its sprint is not a hidden draft.
    pub async fn challenge(&self, id: ChallengeId) -> Result<Challenge> {
        let mut conn = self.store.read().await?;
        conn.db()
            .challenge(id)
            .await?
            .ok_or_else(|| UserError::ChallengeNotFound { id }.into())
    }
}
