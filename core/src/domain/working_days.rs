//! The response promise's clock: a comment is answered "within target" when the team's first
//! response comes before the same local time on the Nth working day after it was written.
//! Working days are Monday to Friday in the operator's time zone; bank holidays are not known
//! here (a trust's calendar differs by nation), so a target across one is a day tighter.

use chrono::{DateTime, Datelike, Duration, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

/// The longest response target, service-wide or a sprint's own: twelve working weeks. A
/// promise longer than that is no promise to the person waiting.
pub const MAX_TARGET_DAYS: u32 = 60;

/// When a comment written at `asked` should have its first response, `days` working days on,
/// at the same local time (calendar days, so a clock change does not move it by an hour).
pub fn response_due(asked: DateTime<Utc>, days: u32, zone: Tz) -> DateTime<Utc> {
    let local = asked.with_timezone(&zone).naive_local();
    let mut date = local.date();
    let mut left = days;
    while left > 0 {
        date = date.succ_opt().unwrap_or(date);
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    let due = date.and_time(local.time());
    // A local time skipped by the clocks going forward is taken an hour later.
    zone.from_local_datetime(&due)
        .earliest()
        .or_else(|| {
            zone.from_local_datetime(&(due + Duration::hours(1)))
                .earliest()
        })
        .map_or(asked, |at| at.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn weekends_do_not_count() {
        // (written, working days, due)
        let cases = [
            // Monday: the Monday after.
            ("2026-06-15T09:00:00Z", 5, "2026-06-22T09:00:00Z"),
            // Friday: the Friday after.
            ("2026-06-19T16:00:00Z", 5, "2026-06-26T16:00:00Z"),
            // Saturday: counted from Monday, due on Friday.
            ("2026-06-20T10:00:00Z", 5, "2026-06-26T10:00:00Z"),
            // One working day from Friday is Monday.
            ("2026-06-19T09:00:00Z", 1, "2026-06-22T09:00:00Z"),
            ("2026-06-19T09:00:00Z", 0, "2026-06-19T09:00:00Z"),
        ];
        for (asked, days, due) in cases {
            assert_eq!(
                response_due(utc(asked), days, London),
                utc(due),
                "{asked} + {days}"
            );
        }
    }

    #[test]
    fn the_local_time_holds_across_a_clock_change() {
        // Written on Friday 23 October 2026 at 10:00 in London (BST); due the next Friday at
        // 10:00 London time, which is GMT by then.
        let due = response_due(utc("2026-10-23T09:00:00Z"), 5, London);
        assert_eq!(due, utc("2026-10-30T10:00:00Z"));
    }
}
