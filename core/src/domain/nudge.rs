//! The response promise's word to the sprint team: when champions and moderators are nudged
//! about comments waiting for a response, and which comments each nudge lists. Pure: the
//! clock, the zone and the target are passed in.
//!
//! - **Champions**, each working morning: comments with less than one working day left before
//!   the target. A comment due after tomorrow morning's nudge waits for that one, so every
//!   comment is listed on the last working morning before it falls due, once or twice at
//!   most, and a champion with nothing close to the target hears nothing.
//! - **Moderators and admins**, on Monday mornings: every comment already past the target,
//!   the week's list to chase.
//!
//! "Morning" is 09:00 to 12:00 in the member's time zone (the operator's when theirs is not
//! known): after the usual quiet hours (21:00-08:00) and before the day's clinics fill up. A
//! schedule that finds the morning gone (the service was down) skips the day rather than
//! nudging someone in the evening. Weekends are skipped too: the target counts working days,
//! so nothing moves closer to it on a Saturday.

use super::working_days::response_due;
use super::{CommentId, IdeaId, Role};
use chrono::{DateTime, Datelike, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The most comments one nudge lists; it says how many more there are.
pub const NUDGE_LISTS: usize = 10;

/// Which nudge: who gets it, how often, and which comments it lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NudgeKind {
    /// Champions, daily: comments nearing the target.
    NearingTarget,
    /// Moderators and admins, weekly: comments past the target.
    Overdue,
}

/// When the morning begins and ends, local time.
const MORNING_FROM: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};
const MORNING_UNTIL: NaiveTime = match NaiveTime::from_hms_opt(12, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

impl NudgeKind {
    /// The stored name, which keeps each member's nudges of one kind apart.
    pub fn as_str(self) -> &'static str {
        match self {
            NudgeKind::NearingTarget => "nearing_target",
            NudgeKind::Overdue => "overdue",
        }
    }

    /// Who hears this nudge.
    pub fn roles(self) -> &'static [Role] {
        match self {
            NudgeKind::NearingTarget => &[Role::Champion],
            NudgeKind::Overdue => &[Role::Moderator, Role::Admin],
        }
    }

    /// If `now` is a nudge morning in `zone`, the period it stands for ("2026-06-22" for a
    /// day, "2026-W26" for a week): a member is nudged once per period of each kind.
    pub fn period(self, now: DateTime<Utc>, zone: Tz) -> Option<String> {
        let local = now.with_timezone(&zone);
        let morning = (MORNING_FROM..MORNING_UNTIL).contains(&local.time());
        let day = local.weekday();
        let today = match self {
            NudgeKind::NearingTarget => !matches!(day, Weekday::Sat | Weekday::Sun),
            NudgeKind::Overdue => day == Weekday::Mon,
        };
        if !(morning && today) {
            return None;
        }
        Some(match self {
            NudgeKind::NearingTarget => local.date_naive().to_string(),
            NudgeKind::Overdue => {
                let week = local.iso_week();
                format!("{}-W{:02}", week.year(), week.week())
            }
        })
    }

    /// Whether a comment written at `asked`, still unanswered at `now`, belongs in this nudge
    /// with a target of `days` working days (counted in the operator's `zone`).
    pub fn lists(self, asked: DateTime<Utc>, days: u32, zone: Tz, now: DateTime<Utc>) -> bool {
        let due = response_due(asked, days, zone);
        match self {
            NudgeKind::NearingTarget => {
                due > now && response_due(asked, days.saturating_sub(1), zone) <= now
            }
            NudgeKind::Overdue => due <= now,
        }
    }
}

/// One comment in a nudge: where it is and how it stands against the target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingComment {
    pub idea: IdeaId,
    pub title: String,
    pub comment: CommentId,
    pub asked: DateTime<Utc>,
    pub due: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn nudges_come_on_working_mornings_and_monday_mornings_only() {
        use NudgeKind::*;
        // (kind, now in UTC; London is UTC+1 in June, the period or none)
        let cases = [
            // Monday 22 June 2026, 09:30 in London.
            (NearingTarget, "2026-06-22T08:30:00Z", Some("2026-06-22")),
            (Overdue, "2026-06-22T08:30:00Z", Some("2026-W26")),
            // 08:59 in London: not yet.
            (NearingTarget, "2026-06-22T07:59:00Z", None),
            // 12:00 in London: the morning is gone.
            (NearingTarget, "2026-06-22T11:00:00Z", None),
            (Overdue, "2026-06-22T11:00:00Z", None),
            // Tuesday: champions, not moderators.
            (NearingTarget, "2026-06-23T10:00:00Z", Some("2026-06-23")),
            (Overdue, "2026-06-23T10:00:00Z", None),
            // Saturday: nobody.
            (NearingTarget, "2026-06-27T09:00:00Z", None),
            // Monday 4 January 2027 is in ISO week 1 of 2027; in winter London is UTC.
            (Overdue, "2027-01-04T09:00:00Z", Some("2027-W01")),
        ];
        for (kind, now, period) in cases {
            assert_eq!(
                kind.period(utc(now), London).as_deref(),
                period,
                "{kind:?} at {now}"
            );
        }
    }

    #[test]
    fn champions_hear_of_a_comment_on_its_last_working_morning_moderators_once_past_it() {
        use NudgeKind::*;
        // Written on Friday 19 June 2026 at 10:00 in London; five working days make it due
        // on Friday 26 June at 10:00.
        let asked = utc("2026-06-19T09:00:00Z");
        // (kind, now, listed)
        let cases = [
            // Thursday morning: more than a working day left.
            (NearingTarget, "2026-06-25T08:30:00Z", false),
            // Friday 09:30: half an hour left.
            (NearingTarget, "2026-06-26T08:30:00Z", true),
            (Overdue, "2026-06-26T08:30:00Z", false),
            // Friday 10:00: due now, so past it, not near it.
            (NearingTarget, "2026-06-26T09:00:00Z", false),
            (Overdue, "2026-06-26T09:00:00Z", true),
        ];
        for (kind, now, listed) in cases {
            assert_eq!(
                kind.lists(asked, 5, London, utc(now)),
                listed,
                "{kind:?} at {now}"
            );
        }
        // A target of one working day: the whole of it is "near".
        assert!(NearingTarget.lists(asked, 1, London, utc("2026-06-19T09:30:00Z")));
    }
}
