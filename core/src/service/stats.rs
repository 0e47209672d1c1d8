//! Numbers per sprint and per challenge, for the sprint team: people, ideas, support and
//! comments, and how the response promise is kept (the median wait for the team's first
//! response, and how many were answered within the target of working days).

use super::Core;
use crate::domain::working_days::response_due;
use crate::domain::*;
use crate::error::Result;
use crate::store::{Counts, FirstResponse};
use chrono::Duration;
use chrono_tz::Tz;
use serde::Serialize;

/// A sprint's numbers and each challenge's.
#[derive(Debug, Clone, Serialize)]
pub struct SprintStats {
    pub sprint: Sprint,
    pub total: Counts,
    pub challenges: Vec<(Challenge, Counts)>,
    /// The response promise over the whole sprint, and per challenge (in `challenges`' order).
    pub responses: ResponseTimes,
    pub challenge_responses: Vec<ResponseTimes>,
    /// Ideas captured on a group's behalf (counted in `total`, apart from their champions'
    /// own), and in how many sessions.
    pub captured: (i64, i64),
    /// The team's updates to the sprint: sent at once, and held for digests.
    pub updates: (i64, i64),
    /// Every comment answered, for charts.
    #[serde(skip)]
    pub first_responses: Vec<FirstResponse>,
}

/// How the response promise was kept for some comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ResponseTimes {
    /// Comments the team has answered.
    pub answered: i64,
    /// Of those, how many within the target.
    pub within_target: i64,
    /// The target, in working days.
    pub target_days: u32,
    /// The median wait for the first response.
    #[serde(skip)]
    pub median: Option<Duration>,
}

impl ResponseTimes {
    /// Measures `responses` against a target of `days` working days in `zone`.
    pub fn of<'a>(
        responses: impl IntoIterator<Item = &'a FirstResponse>,
        days: u32,
        zone: Tz,
    ) -> ResponseTimes {
        let mut waits = Vec::new();
        let mut within_target = 0;
        for response in responses {
            waits.push(response.wait());
            if response.answered <= response_due(response.asked, days, zone) {
                within_target += 1;
            }
        }
        waits.sort();
        let n = waits.len();
        let median = match n {
            0 => None,
            _ if n % 2 == 1 => Some(waits[n / 2]),
            _ => Some((waits[n / 2 - 1] + waits[n / 2]) / 2),
        };
        ResponseTimes {
            answered: n as i64,
            within_target,
            target_days: days,
            median,
        }
    }

    /// "First responses: a median of 2 days; 4 of 5 within 5 working days", or that none has
    /// been answered yet.
    pub fn to_msg(self) -> Msg {
        match self.median {
            None => Msg::new("stats-no-responses"),
            Some(median) => Msg::new("stats-responses")
                .arg("median", words::wait(median))
                .arg("within", self.within_target)
                .arg("answered", self.answered)
                .arg("days", i64::from(self.target_days)),
        }
    }
}

impl Core {
    /// The sprint's response target in working days: its own, or the service's.
    pub fn response_target(&self, sprint: &Sprint) -> u32 {
        sprint
            .response_target_days
            .unwrap_or(self.settings.response_target_days)
    }

    /// People, ideas, votes, comments and interactions for a sprint and its challenges, and
    /// how the response promise was kept.
    pub async fn stats(&self, actor: &Actor, sprint: Option<SprintId>) -> Result<SprintStats> {
        actor.may(Action::Review)?;
        let sprint = match sprint {
            Some(id) => {
                let mut conn = self.store.read().await?;
                conn.db().sprint(id).await?.or_not_found(id)?
            }
            None => self.current_sprint().await?,
        };
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let total = db.counts(sprint.id, None).await?;
        let mut challenges = Vec::new();
        for challenge in db.challenges(sprint.id).await? {
            let counts = db.counts(sprint.id, Some(challenge.id)).await?;
            challenges.push((challenge, counts));
        }
        let first_responses = db.first_responses(sprint.id).await?;
        let captured = db.captured_counts(sprint.id).await?;
        let updates = db.update_counts(sprint.id).await?;
        let (days, zone) = (self.response_target(&sprint), self.settings.timezone);
        let challenge_responses = challenges
            .iter()
            .map(|(challenge, _)| {
                let here = first_responses
                    .iter()
                    .filter(|r| r.challenge == challenge.id);
                ResponseTimes::of(here, days, zone)
            })
            .collect();
        Ok(SprintStats {
            sprint,
            total,
            challenges,
            responses: ResponseTimes::of(&first_responses, days, zone),
            challenge_responses,
            captured,
            updates,
            first_responses,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use chrono_tz::Europe::London;

    fn answered(asked: &str, hours: i64) -> FirstResponse {
        let asked: DateTime<Utc> = asked.parse().unwrap_or_default();
        FirstResponse {
            challenge: ChallengeId(1),
            asked,
            answered: asked + Duration::hours(hours),
        }
    }

    #[test]
    fn the_promise_counts_working_days_and_the_median_is_the_middle_wait() {
        // Friday 09:00: five working days is the next Friday 09:00 (168 hours on).
        let cases = [
            (vec![], 0, None),
            (vec![answered("2026-06-19T09:00:00Z", 5)], 1, Some(5)),
            (vec![answered("2026-06-19T09:00:00Z", 168)], 1, Some(168)),
            (vec![answered("2026-06-19T09:00:00Z", 169)], 0, Some(169)),
            (
                vec![
                    answered("2026-06-15T09:00:00Z", 30),
                    answered("2026-06-15T09:00:00Z", 2),
                    answered("2026-06-15T09:00:00Z", 200),
                ],
                2,
                Some(30),
            ),
            (
                vec![
                    answered("2026-06-15T09:00:00Z", 1),
                    answered("2026-06-15T09:00:00Z", 9),
                ],
                2,
                Some(5),
            ),
        ];
        for (responses, within, median) in cases {
            let times = ResponseTimes::of(&responses, 5, London);
            assert_eq!(times.answered, responses.len() as i64);
            assert_eq!(times.within_target, within, "{responses:?}");
            assert_eq!(times.median, median.map(Duration::hours), "{responses:?}");
        }
    }
}
