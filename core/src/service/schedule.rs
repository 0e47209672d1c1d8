//! Scheduled work that follows the clock: sprints open when their window begins and close when
//! it ends, with their announcements, and subscribers are reminded 48 hours before the end;
//! the response promise's kind word to people waiting, and its nudges to the team.
//! Each run does what is due at that moment, once: the changes are conditional updates, so
//! replicas running it together, or a run after downtime, move each sprint and announce it
//! exactly once. A draft whose whole window passed while nothing ran stays a draft for a
//! moderator to decide about, rather than opening and closing in the same breath.

use super::Core;
use crate::domain::working_days::response_due;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Db;

/// What one run of the schedule changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScheduleRun {
    pub opened: Vec<SprintId>,
    pub closed: Vec<SprintId>,
    /// Sprints whose "closes in 48 hours" reminder went out.
    pub reminded: Vec<SprintId>,
    /// Comments past the response target whose writers were told they are still with the
    /// team.
    pub still_with_team: Vec<CommentId>,
    /// Members of the sprint team nudged about comments nearing or past the target.
    pub nudged: Vec<(NudgeKind, MemberId)>,
}

/// Comments looked at in one run for the response promise; the rest wait for the next run.
const PROMISE_BATCH: i64 = 200;

impl Core {
    /// Does whatever is due now: sprints open and close, reminders go out. Digests have their
    /// own run (`run_digests`), which pages through members in many short transactions.
    pub async fn run_schedule(&self) -> Result<ScheduleRun> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let mut run = ScheduleRun::default();
        for s in db.open_due_sprints(now).await? {
            let event = opened(&mut db, s.id, s.title).await?;
            db.enqueue(&event, None, Some(s.id), now).await?;
            run.opened.push(s.id);
        }
        for s in db.close_due_sprints(now).await? {
            let event = closed(&mut db, s.id, s.title).await?;
            db.enqueue(&event, None, Some(s.id), now).await?;
            run.closed.push(s.id);
        }
        for s in db.remind_closing_sprints(now).await? {
            let event = Event::SprintClosingSoon {
                sprint: s.id,
                title: s.title,
                closes_at: s.closes_at,
                backed_with_news: 0,
            };
            db.enqueue(&event, None, Some(s.id), now).await?;
            run.reminded.push(s.id);
        }
        tx.commit().await?;
        run.still_with_team = self.tell_still_with_team().await?;
        run.nudged = self.nudge_staff().await?;
        if run != ScheduleRun::default() {
            tracing::info!(opened = ?run.opened, closed = ?run.closed, reminded = ?run.reminded,
                still_with_team = run.still_with_team.len(), nudged = run.nudged.len(),
                "schedule ran");
        }
        Ok(run)
    }

    /// The response promise's kind word: each member's comment that has passed its sprint's
    /// target (working days) without the team's first response, its writer is told once that
    /// it is still with the team. Sent as a personal notification, so it waits for the
    /// morning in quiet hours.
    async fn tell_still_with_team(&self) -> Result<Vec<CommentId>> {
        let now = self.now();
        let (default_days, zone) = (self.settings.response_target_days, self.settings.timezone);
        // Which comments are due, read without the writer's lock: most runs (every 30
        // seconds) find none, and then no transaction is opened.
        let mut due = Vec::new();
        {
            let mut conn = self.store.read().await?;
            let mut db = conn.db();
            let mut targets = std::collections::HashMap::new();
            for comment in db.waiting_untold(now, default_days, PROMISE_BATCH).await? {
                let (Some(author), Some(idea)) =
                    (comment.author_id, db.idea(comment.idea_id).await?)
                else {
                    continue;
                };
                let days = match targets.get(&idea.sprint_id) {
                    Some(days) => *days,
                    None => {
                        let sprint = db.sprint(idea.sprint_id).await?;
                        let days = sprint.map_or(default_days, |s| self.response_target(&s));
                        *targets.entry(idea.sprint_id).or_insert(days)
                    }
                };
                if response_due(comment.created_at, days, zone) <= now {
                    due.push((comment.id, author, idea));
                }
            }
        }
        if due.is_empty() {
            return Ok(Vec::new());
        }
        // Marking is a conditional update, so a comment another replica (or a response in
        // between) took care of is not told twice.
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let mut told = Vec::new();
        for (comment, author, idea) in due {
            if !db.mark_still_with_team(comment, now).await? {
                continue;
            }
            let event = Event::StillWithTeam {
                idea: idea.id,
                title: idea.title,
                comment,
            };
            db.enqueue(&event, Some(author), Some(idea.sprint_id), now)
                .await?;
            told.push(comment);
        }
        tx.commit().await?;
        Ok(told)
    }
}

/// "Sprint N is open", with its challenges.
pub(super) async fn opened(db: &mut Db<'_>, sprint: SprintId, title: String) -> Result<Event> {
    let challenges = db.challenges(sprint).await?;
    Ok(Event::SprintOpened {
        sprint,
        title,
        challenges: challenges.into_iter().map(|c| c.title).collect(),
    })
}

/// "Sprint N has closed", with how many took part.
pub(super) async fn closed(db: &mut Db<'_>, sprint: SprintId, title: String) -> Result<Event> {
    Ok(Event::SprintClosed {
        sprint,
        title,
        counts: Some(db.counts(sprint, None).await?),
    })
}
