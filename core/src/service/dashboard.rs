//! What the staff dashboard shows for one sprint: the review and awaiting-response queues,
//! the sprint's numbers, and the series its charts draw. Champions and above only.

use super::{Core, ReviewQueue, SprintStats};
use crate::domain::*;
use crate::error::Result;
use crate::store::DayActivity;
use chrono::{DateTime, NaiveDate, Utc};

/// How many items of each queue the dashboard lists; the counts say how many wait in all.
pub const DASHBOARD_QUEUE: i64 = 50;

/// A comment waiting for the team's response, with the idea it is on.
#[derive(Debug, Clone)]
pub struct AwaitingItem {
    pub comment: Comment,
    pub idea_title: String,
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    /// Every sprint, drafts too, for choosing another.
    pub sprints: Vec<Sprint>,
    pub stats: SprintStats,
    pub review: ReviewQueue,
    pub awaiting: Vec<AwaitingItem>,
    /// Ideas, comments and votes on each day of the sprint so far, quiet days too.
    pub activity: Vec<DayActivity>,
    /// Who took part, by what describes them.
    pub described: Vec<(Describes, i64)>,
    /// When this was read: the queues' ages count from it.
    pub now: DateTime<Utc>,
}

impl Core {
    /// The dashboard of `sprint` (the current one when `None`) for a champion or above.
    pub async fn dashboard(&self, actor: &Actor, sprint: Option<SprintId>) -> Result<Dashboard> {
        actor.may(Action::Review)?;
        let now = self.now();
        let stats = self.stats(actor, sprint).await?;
        let review = self.review_queue(actor, DASHBOARD_QUEUE).await?;
        let sprint = stats.sprint.id;
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let mut awaiting = Vec::new();
        for comment in db.comments_awaiting_response(DASHBOARD_QUEUE).await? {
            let idea_title = db
                .idea(comment.idea_id)
                .await?
                .map(|i| i.title)
                .unwrap_or_default();
            awaiting.push(AwaitingItem {
                comment,
                idea_title,
            });
        }
        let window = &stats.sprint;
        let until = now.min(window.closes_at).date_naive();
        let busy = db.activity_by_day(sprint).await?;
        Ok(Dashboard {
            sprints: db.sprints().await?,
            activity: every_day(busy, window.opens_at.date_naive(), until),
            described: db.participants_described(sprint).await?,
            stats,
            review,
            awaiting,
            now,
        })
    }
}

/// The longest run of days the participation chart shows: its last 120 days.
const MOST_DAYS: i64 = 120;

/// `busy` (days with any activity, in order) with the quiet days between `from` and `until`
/// filled in as zeros, so the chart's time axis is even; activity outside the window (ideas
/// imported from before it opened) extends it.
fn every_day(busy: Vec<DayActivity>, from: NaiveDate, until: NaiveDate) -> Vec<DayActivity> {
    let first = busy.first().map_or(from, |d| d.day.min(from));
    let last = busy.last().map_or(until, |d| d.day.max(until));
    let first = first.max(last - chrono::Duration::days(MOST_DAYS - 1));
    let mut busy = busy.into_iter().peekable();
    first
        .iter_days()
        .take_while(|day| *day <= last)
        .map(|day| {
            while busy.peek().is_some_and(|d| d.day < day) {
                busy.next();
            }
            match busy.peek() {
                Some(d) if d.day == day => *d,
                _ => DayActivity {
                    day,
                    ideas: 0,
                    comments: 0,
                    votes: 0,
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, d).unwrap_or_default()
    }

    fn busy(d: u32, ideas: i64) -> DayActivity {
        DayActivity {
            day: day(d),
            ideas,
            comments: 0,
            votes: 0,
        }
    }

    #[test]
    fn quiet_days_are_filled_in_between_the_window_and_any_activity() {
        // (busy days, window from, until, first day shown, ideas on each day shown)
        type Case = (Vec<DayActivity>, u32, u32, u32, Vec<i64>);
        let cases: Vec<Case> = vec![
            (vec![], 1, 3, 1, vec![0, 0, 0]),
            (vec![busy(2, 5)], 1, 3, 1, vec![0, 5, 0]),
            (vec![busy(1, 1), busy(4, 2)], 2, 3, 1, vec![1, 0, 0, 2]),
            (vec![busy(3, 7)], 3, 3, 3, vec![7]),
        ];
        for (given, from, until, first, ideas) in cases {
            let filled = every_day(given, day(from), day(until));
            assert_eq!(filled.first().map(|d| d.day), Some(day(first)));
            assert_eq!(filled.iter().map(|d| d.ideas).collect::<Vec<_>>(), ideas);
        }
        let long = every_day(vec![], day(1), day(1) + chrono::Duration::days(400));
        assert_eq!(long.len() as i64, MOST_DAYS, "only the last 120 days");
    }
}
