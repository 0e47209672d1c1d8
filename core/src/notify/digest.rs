//! The digest: what a subscriber reads once a week (or once a day), and when it is due. The
//! content is plain data, composed by the digest run and stored with the delivery; it is put
//! into words only when sent, in the reader's language. Pure: the clock and zone are passed in.

use crate::domain::*;
use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

pub use crate::domain::digest::{Deadline, Digest, DigestItem, SECTION_LIMIT, SharedNews};

impl Digest {
    /// The shared news plus one member's own.
    pub fn compose(
        frequency: DigestFrequency,
        shared: &SharedNews,
        followed: Vec<DigestItem<IdeaId>>,
        responses: Vec<DigestItem<IdeaId>>,
        outcomes: Vec<DigestItem<IdeaId>>,
    ) -> Digest {
        Digest {
            frequency: Some(frequency),
            updates: shared.updates.clone(),
            challenges: shared.challenges.clone(),
            top_ideas: shared.top_ideas.clone(),
            followed,
            responses,
            outcomes,
            deadlines: shared.deadlines.clone(),
        }
    }

    /// Nothing to say: such a digest is not sent.
    pub fn is_empty(&self) -> bool {
        self.updates.is_empty()
            && self.challenges.is_empty()
            && self.top_ideas.is_empty()
            && self.followed.is_empty()
            && self.responses.is_empty()
            && self.outcomes.is_empty()
            && self.deadlines.is_empty()
    }

    /// The ideas a reader may act on from the digest, each once, in the order shown.
    pub fn ideas(&self) -> Vec<IdeaId> {
        let mut ids: Vec<IdeaId> = Vec::new();
        for item in self
            .top_ideas
            .iter()
            .chain(&self.followed)
            .chain(&self.responses)
            .chain(&self.outcomes)
        {
            if !ids.contains(&item.id) {
                ids.push(item.id);
            }
        }
        ids
    }

    /// The digest as lines of text: a heading, each non-empty section, and a footer saying
    /// why it came and how to stop it.
    pub fn lines(&self) -> Vec<Msg> {
        let frequency = self.frequency.unwrap_or(DigestFrequency::Weekly);
        let mut lines = vec![Msg::new("digest-heading").arg("frequency", frequency.as_str())];
        let mut section = |heading: &'static str, items: Vec<Msg>| {
            if !items.is_empty() {
                lines.push(Msg::new(heading));
                lines.extend(items);
            }
        };
        section(
            "digest-updates",
            self.updates.iter().map(TeamUpdate::to_msg).collect(),
        );
        section(
            "digest-challenges",
            self.challenges
                .iter()
                .map(|c| Msg::new("digest-challenge").arg("title", c.title.as_str()))
                .collect(),
        );
        section(
            "digest-top-ideas",
            self.top_ideas
                .iter()
                .map(|i| item("digest-top-idea", i))
                .collect(),
        );
        section(
            "digest-followed",
            self.followed
                .iter()
                .map(|i| item("digest-followed-idea", i))
                .collect(),
        );
        section(
            "digest-responses",
            self.responses
                .iter()
                .map(|i| item("digest-response", i))
                .collect(),
        );
        section(
            "digest-outcomes",
            self.outcomes
                .iter()
                .map(|i| {
                    let outcome = i.outcome.unwrap_or(Outcome::UnderConsideration);
                    item("digest-outcome", i).arg("outcome", outcome.to_msg())
                })
                .collect(),
        );
        section(
            "digest-deadlines",
            self.deadlines
                .iter()
                .map(|d| {
                    Msg::new("digest-deadline")
                        .arg("title", d.title.as_str())
                        .arg("closes", words::date(d.closes_at))
                })
                .collect(),
        );
        lines.push(Msg::new("digest-footer").arg("frequency", frequency.as_str()));
        lines
    }
}

fn item(id: &'static str, i: &DigestItem<IdeaId>) -> Msg {
    Msg::new(id)
        .arg("id", i.id.get())
        .arg("title", i.title.as_str())
        .arg("count", i.count)
}

/// When digests go out, in each member's local time: weekly on `weekday` at `hour`, daily at
/// `hour`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestSchedule {
    pub weekday: Weekday,
    pub hour: u32,
}

impl Default for DigestSchedule {
    /// Monday, 09:00: the start of most people's working week, outside quiet hours.
    fn default() -> Self {
        DigestSchedule {
            weekday: Weekday::Mon,
            hour: 9,
        }
    }
}

impl DigestSchedule {
    /// The first digest time strictly after `now` for a member on `frequency` in `zone`;
    /// `None` for members who asked for none. Counting from `now` (not from the missed time)
    /// is what makes a run after downtime send one digest, not one per missed week.
    pub fn next_after(
        &self,
        now: DateTime<Utc>,
        zone: Tz,
        frequency: DigestFrequency,
    ) -> Option<DateTime<Utc>> {
        let step_days = match frequency {
            DigestFrequency::Off => return None,
            DigestFrequency::Daily => 1,
            DigestFrequency::Weekly => 7,
        };
        let at = NaiveTime::from_hms_opt(self.hour.min(23), 0, 0)?;
        let today = now.with_timezone(&zone).date_naive();
        // Today or the coming days, first match wins; 8 days covers a week plus today.
        (0..=8).find_map(|ahead| {
            let day = today + Duration::days(ahead);
            if step_days == 7 && day.weekday() != self.weekday {
                return None;
            }
            let local = day.and_time(at);
            // A time lost to a clock change (spring forward) is taken an hour later.
            let when = zone
                .from_local_datetime(&local)
                .earliest()
                .or_else(|| {
                    zone.from_local_datetime(&(local + Duration::hours(1)))
                        .earliest()
                })?
                .with_timezone(&Utc);
            (when > now).then_some(when)
        })
    }
}

impl std::str::FromStr for DigestSchedule {
    type Err = String;

    /// `monday 09:00` (any weekday name or its first three letters; the minutes must be 00).
    fn from_str(s: &str) -> Result<Self, String> {
        let (day, time) = s
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("{s:?} is not of the form \"monday 09:00\""))?;
        let weekday: Weekday = day
            .trim()
            .parse()
            .map_err(|_| format!("{day:?} is not a day of the week"))?;
        let time = NaiveTime::parse_from_str(time.trim(), "%H:%M")
            .map_err(|_| format!("{time:?} is not HH:MM"))?;
        if chrono::Timelike::minute(&time) != 0 {
            return Err(format!("digests go out on the hour, not at {time}"));
        }
        Ok(DigestSchedule {
            weekday,
            hour: chrono::Timelike::hour(&time),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America::New_York, Europe::London};

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("a test time")
    }

    #[test]
    fn weekly_digests_fall_on_the_next_monday_morning_in_the_members_zone() {
        let schedule = DigestSchedule::default();
        // Tuesday 24 November 2026, noon UTC.
        let now = utc("2026-11-24T12:00:00Z");
        let weekly = DigestFrequency::Weekly;
        assert_eq!(
            schedule.next_after(now, London, weekly),
            Some(utc("2026-11-30T09:00:00Z"))
        );
        // 09:00 in New York is 14:00 UTC in winter.
        assert_eq!(
            schedule.next_after(now, New_York, weekly),
            Some(utc("2026-11-30T14:00:00Z"))
        );
        // At 09:00 exactly the next one is a week on, never the same moment again.
        let monday = utc("2026-11-30T09:00:00Z");
        assert_eq!(
            schedule.next_after(monday, London, weekly),
            Some(utc("2026-12-07T09:00:00Z"))
        );
        assert_eq!(schedule.next_after(now, London, DigestFrequency::Off), None);
    }

    #[test]
    fn daily_digests_come_at_the_hour_each_day_across_a_clock_change() {
        let schedule = DigestSchedule {
            weekday: Weekday::Mon,
            hour: 9,
        };
        let daily = DigestFrequency::Daily;
        let evening = utc("2026-11-24T18:00:00Z");
        assert_eq!(
            schedule.next_after(evening, London, daily),
            Some(utc("2026-11-25T09:00:00Z"))
        );
        // The clocks go forward on 28 March 2027: 09:00 local is then 08:00 UTC.
        let before = utc("2027-03-28T06:00:00Z");
        assert_eq!(
            schedule.next_after(before, London, daily),
            Some(utc("2027-03-28T08:00:00Z"))
        );
    }

    #[test]
    fn schedules_read_from_settings() {
        let s: DigestSchedule = "friday 16:00".parse().expect("valid");
        assert_eq!((s.weekday, s.hour), (Weekday::Fri, 16));
        assert!("fri 16:30".parse::<DigestSchedule>().is_err());
        assert!("someday 09:00".parse::<DigestSchedule>().is_err());
        assert!("09:00".parse::<DigestSchedule>().is_err());
    }

    #[test]
    fn an_empty_digest_says_so_and_sections_appear_only_when_they_have_news() {
        let shared = SharedNews::default();
        let empty = Digest::compose(DigestFrequency::Weekly, &shared, vec![], vec![], vec![]);
        assert!(empty.is_empty());

        let followed = vec![DigestItem {
            id: IdeaId(7),
            title: "Night porters".into(),
            count: 2,
            outcome: None,
        }];
        let digest = Digest::compose(DigestFrequency::Daily, &shared, followed, vec![], vec![]);
        assert!(!digest.is_empty());
        let ids: Vec<&str> = digest.lines().iter().map(|m| m.id).collect();
        assert_eq!(
            ids,
            [
                "digest-heading",
                "digest-followed",
                "digest-followed-idea",
                "digest-footer"
            ]
        );
        assert_eq!(digest.ideas(), vec![IdeaId(7)]);

        // What became of an idea they backed: its own section, with the outcome's words.
        let adopted = vec![DigestItem {
            id: IdeaId(9),
            title: "Discharge lounge".into(),
            count: 0,
            outcome: Some(Outcome::Adopted),
        }];
        let digest = Digest::compose(DigestFrequency::Weekly, &shared, vec![], vec![], adopted);
        let lines = digest.lines();
        assert_eq!(lines[1].id, "digest-outcomes");
        assert_eq!(lines[2].id, "digest-outcome");
        assert!(
            lines[2]
                .args
                .contains(&("outcome", Outcome::Adopted.to_msg().into()))
        );
        assert_eq!(digest.ideas(), vec![IdeaId(9)]);
    }
}
