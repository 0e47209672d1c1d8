//! The response promise's nudges to the sprint team (when, to whom and about what is policy
//! in `domain::nudge`): each schedule run, every champion whose working morning it is hears
//! once that day which comments are nearing the target, and every moderator and admin hears
//! on Monday morning which are past it. Nobody is nudged about nothing. Replicas running the
//! schedule together nudge each member once: the record of it is a conditional insert.

use super::Core;
use crate::domain::working_days::response_due;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Db;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

/// The most waiting comments one nudge looks through. Thousands of unanswered comments is a
/// programme in trouble that the dashboard shows better; the count then says "at least".
const NUDGE_SCAN: i64 = 5_000;

/// How long the record of a nudge is kept: longer than any period it stands for.
pub(super) const NUDGE_RETENTION_DAYS: i64 = 14;

impl Core {
    /// Sends the nudges due now; returns who was nudged, of which kind.
    pub(super) async fn nudge_staff(&self) -> Result<Vec<(NudgeKind, MemberId)>> {
        let mut nudged = Vec::new();
        for kind in [NudgeKind::NearingTarget, NudgeKind::Overdue] {
            let members = self.nudge(kind).await?;
            nudged.extend(members.into_iter().map(|m| (kind, m)));
        }
        Ok(nudged)
    }

    async fn nudge(&self, kind: NudgeKind) -> Result<Vec<MemberId>> {
        let now = self.now();
        let (default_days, zone) = (self.settings.response_target_days, self.settings.timezone);
        // Whose morning it is, among those who have not heard this period: read without the
        // writer's lock, as on most runs (every 30 seconds) nobody is due.
        let mut due = Vec::new();
        {
            let mut conn = self.store.read().await?;
            let mut db = conn.db();
            for role in kind.roles() {
                for staff in db.staff_with_role(*role).await? {
                    let member = MemberId(staff.id);
                    let theirs = staff.timezone.and_then(|z| z.parse().ok()).unwrap_or(zone);
                    if let Some(period) = kind.period(now, theirs)
                        && !db.was_nudged(member, kind, &period).await?
                    {
                        due.push((member, period));
                    }
                }
            }
        }
        if due.is_empty() {
            return Ok(Vec::new());
        }
        // The record of each nudge is a conditional insert, so a replica that got there
        // first in between is not repeated.
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let mut told = Vec::new();
        if let Some(event) = nudge_event(&mut db, kind, default_days, zone, now).await? {
            for (member, period) in due {
                if db.mark_nudged(member, kind, &period, now).await? {
                    db.enqueue(&event, Some(member), None, now).await?;
                    told.push(member);
                }
            }
        }
        tx.commit().await?;
        Ok(told)
    }
}

/// The nudge of `kind` as it stands now, or `None` when it would list nothing. Each comment
/// is measured against its own sprint's target (`default_days` where the sprint keeps the
/// service's).
async fn nudge_event(
    db: &mut Db<'_>,
    kind: NudgeKind,
    default_days: u32,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<Option<Event>> {
    // Only comments that could be listed are read. `d` working days span at least `d`
    // calendar days and at most 2 × d + 4 (two weekend days in every five, and a weekend at
    // either end), so bounds from the shortest and longest target of any sprint hold every
    // comment `kind.lists` keeps.
    let (shortest, longest) = db.response_target_range(default_days).await?;
    let span = |d: u32| Duration::days(i64::from(d));
    let (from, until) = match kind {
        NudgeKind::NearingTarget => (now - span(2 * longest + 4), now - span(shortest - 1)),
        NudgeKind::Overdue => (DateTime::<Utc>::MIN_UTC, now - span(shortest)),
    };
    let mut listed: Vec<(WaitingComment, u32)> = db
        .waiting_between(from, until, default_days, NUDGE_SCAN)
        .await?
        .into_iter()
        .filter(|(w, days)| kind.lists(w.asked, *days, zone, now))
        .collect();
    // The heading names the target of the comment listed first (the most urgent); a
    // programme runs one sprint at a time, so it is almost always everyone's.
    let Some(&(_, days)) = listed.first() else {
        return Ok(None);
    };
    let count = u32::try_from(listed.len()).unwrap_or(u32::MAX);
    listed.truncate(crate::domain::nudge::NUDGE_LISTS);
    let listed: Vec<WaitingComment> = listed
        .into_iter()
        .map(|(mut item, days)| {
            item.due = response_due(item.asked, days, zone);
            item
        })
        .collect();
    Ok(Some(match kind {
        NudgeKind::NearingTarget => Event::ResponsesNearingTarget {
            days,
            count,
            items: listed,
            at: now,
        },
        NudgeKind::Overdue => Event::ResponsesOverdue {
            days,
            count,
            items: listed,
            at: now,
        },
    }))
}
