//! "You said, we did": the sprint team records what became of an idea or a Big Idea, and
//! everyone behind it hears, once each, in their language, with the team's note.

use super::Core;
use super::ideas::visible_idea;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;

impl Core {
    /// Sets the outcome of an idea or a Big Idea (moderators and admins) and tells everyone
    /// behind it: for an idea, its author, supporters, commenters and followers; for a Big
    /// Idea, everyone behind any of its ideas, once even if they backed several. Not taking
    /// something forward needs a note saying why. Returns how many people will hear.
    #[tracing::instrument(skip_all, fields(of = %of, outcome = %outcome))]
    pub async fn set_outcome(
        &self,
        actor: &Actor,
        of: OutcomeOf,
        outcome: Outcome,
        note: OutcomeNote,
    ) -> Result<u64> {
        actor.may(Action::Moderate)?;
        if outcome.needs_note() && note.as_str().is_empty() {
            return Err(UserError::OutcomeNeedsNote.into());
        }
        let now = self.now();
        let note = note.into_inner();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let told = match of {
            OutcomeOf::Idea(id) => {
                // Only what everyone can read: an outcome is public, and so is its idea.
                let idea = visible_idea(&mut db, None, id).await?;
                db.set_idea_outcome(id, outcome, &note, actor.member(), now)
                    .await?;
                let event = Event::IdeaOutcome {
                    idea: id,
                    title: idea.title,
                    outcome,
                    note: note.clone(),
                };
                db.enqueue_for_idea_people(&event, id, idea.sprint_id, now)
                    .await?
            }
            OutcomeOf::BigIdea(id) => {
                let big = db.big_idea(id).await?.or_not_found(id)?;
                db.set_big_idea_outcome(id, outcome, &note, actor.member(), now)
                    .await?;
                let event = Event::BigIdeaOutcome {
                    big_idea: id,
                    title: big.title,
                    outcome,
                    note: note.clone(),
                };
                db.enqueue_for_big_idea_backers(&event, id, big.sprint_id, now)
                    .await?
            }
        };
        db.audit(
            actor.member(),
            AuditAction::OutcomeSet,
            &of.to_string(),
            None,
            outcome.as_str(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(told)
    }

    /// The outcomes of a sprint (the current one when `None`), newest first: anyone may read
    /// them, so only published ideas' are listed.
    pub async fn outcomes(
        &self,
        viewer: Option<&Actor>,
        sprint: Option<SprintId>,
    ) -> Result<(Sprint, Vec<OutcomeRecord>)> {
        let sprint = self.sprint_overview(viewer, sprint).await?.sprint;
        let mut conn = self.store.read().await?;
        let outcomes = conn.db().sprint_outcomes(sprint.id).await?;
        Ok((sprint, outcomes))
    }

    /// The outcome of one idea, if the team has set one.
    pub async fn idea_outcome(&self, idea: IdeaId) -> Result<Option<(Outcome, String)>> {
        let mut conn = self.store.read().await?;
        let found = conn.db().idea_outcome(idea).await?;
        Ok(found.map(|(outcome, note, _)| (outcome, note)))
    }
}
