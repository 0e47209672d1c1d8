//! Quiet hours: notifications that are not urgent wait until the morning in the member's time
//! zone (or the operator's, when the member's is not known). Pure: the clock and the zone are
//! passed in.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// A daily window in local time, e.g. 21:00-08:00 (it may wrap past midnight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for QuietHours {
    /// 21:00 to 08:00.
    fn default() -> Self {
        QuietHours {
            start: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
        }
    }
}

impl std::str::FromStr for QuietHours {
    type Err = String;

    /// `21:00-08:00`.
    fn from_str(s: &str) -> Result<Self, String> {
        let (start, end) = s
            .split_once('-')
            .ok_or_else(|| format!("{s:?} is not of the form HH:MM-HH:MM"))?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| format!("{t:?} is not HH:MM"))
        };
        Ok(QuietHours {
            start: time(start)?,
            end: time(end)?,
        })
    }
}

impl QuietHours {
    /// When the quiet period that `now` falls in ends, in UTC; `None` outside quiet hours.
    pub fn until(&self, now: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
        if self.start == self.end {
            return None;
        }
        let local = now.with_timezone(&zone);
        let time = local.time();
        let wraps = self.start > self.end;
        let inside = if wraps {
            time >= self.start || time < self.end
        } else {
            time >= self.start && time < self.end
        };
        if !inside {
            return None;
        }
        // The end is today if it is still ahead, else tomorrow.
        let mut day = local.date_naive();
        if time >= self.end {
            day += Duration::days(1);
        }
        let end = day.and_time(self.end);
        // On the night the clocks change, take the earliest reading of that wall time, or an
        // hour later if it does not exist.
        zone.from_local_datetime(&end)
            .earliest()
            .or_else(|| {
                zone.from_local_datetime(&(end + Duration::hours(1)))
                    .earliest()
            })
            .map(|t| t.with_timezone(&Utc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn evenings_and_nights_wait_for_the_morning_in_the_members_zone() {
        let quiet = QuietHours::default();
        let london = chrono_tz::Europe::London;
        // Winter: London is UTC.
        assert_eq!(quiet.until(utc("2026-01-10T20:59:00Z"), london), None);
        assert_eq!(
            quiet.until(utc("2026-01-10T22:30:00Z"), london),
            Some(utc("2026-01-11T08:00:00Z"))
        );
        assert_eq!(
            quiet.until(utc("2026-01-11T06:00:00Z"), london),
            Some(utc("2026-01-11T08:00:00Z"))
        );
        // Summer: 21:30 UTC is 22:30 BST; the morning is 07:00 UTC.
        assert_eq!(
            quiet.until(utc("2026-07-01T21:30:00Z"), london),
            Some(utc("2026-07-02T07:00:00Z"))
        );
        assert_eq!(quiet.until(utc("2026-07-01T07:00:00Z"), london), None);
    }

    #[test]
    fn windows_parse_and_an_empty_one_is_never_quiet() {
        let q: QuietHours = "22:30-06:45".parse().unwrap_or_default();
        assert_eq!(
            q.start,
            NaiveTime::from_hms_opt(22, 30, 0).unwrap_or_default()
        );
        assert!("late".parse::<QuietHours>().is_err());
        let never: QuietHours = "00:00-00:00".parse().unwrap_or_default();
        assert_eq!(
            never.until(utc("2026-01-10T23:00:00Z"), chrono_tz::UTC),
            None
        );
    }
}
