//! Scheduled work that follows the clock: sprints open when their window begins and close when
//! it ends, with their announcements, and subscribers are reminded 48 hours before the end.
//! Each run does what is due at that moment, once: the changes are conditional updates, so
//! replicas running it together, or a run after downtime, move each sprint and announce it
//! exactly once. A draft whose whole window passed while nothing ran stays a draft for a
//! moderator to decide about, rather than opening and closing in the same breath.

use super::Core;
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
}

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
        if run != ScheduleRun::default() {
            tracing::info!(opened = ?run.opened, closed = ?run.closed, reminded = ?run.reminded, "schedule ran");
        }
        Ok(run)
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
