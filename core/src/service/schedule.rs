//! Scheduled work that follows the clock: sprints open when their window begins and close when
//! it ends, with their announcements. Each run does what is due at that moment, once: the
//! stage changes are conditional updates, so replicas running it together, or a run after
//! downtime, move each sprint and announce it exactly once. A draft whose whole window passed
//! while nothing ran stays a draft for a moderator to decide about, rather than opening and
//! closing in the same breath.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;

/// What one run of the schedule changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScheduleRun {
    pub opened: Vec<SprintId>,
    pub closed: Vec<SprintId>,
}

impl Core {
    /// Does whatever is due now.
    pub async fn run_schedule(&self) -> Result<ScheduleRun> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let mut run = ScheduleRun::default();
        for (sprint, title) in db.open_due_sprints(now).await? {
            db.enqueue(
                &Event::SprintOpened { sprint, title },
                None,
                Some(sprint),
                now,
            )
            .await?;
            run.opened.push(sprint);
        }
        for (sprint, title) in db.close_due_sprints(now).await? {
            db.enqueue(
                &Event::SprintClosed { sprint, title },
                None,
                Some(sprint),
                now,
            )
            .await?;
            run.closed.push(sprint);
        }
        tx.commit().await?;
        if run != ScheduleRun::default() {
            tracing::info!(opened = ?run.opened, closed = ?run.closed, "sprints moved on schedule");
        }
        Ok(run)
    }
}
