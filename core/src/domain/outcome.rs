//! What an outcome is set on (an idea or a Big Idea), and an outcome as it stands.

use super::{BigIdeaId, IdeaId, Outcome, UnknownWord};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What `/outcome` names: an idea (`12`, `#12`) or a Big Idea (`b3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutcomeOf {
    Idea(IdeaId),
    BigIdea(BigIdeaId),
}

impl FromStr for OutcomeOf {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix(['b', 'B']) {
            return rest
                .parse()
                .map(OutcomeOf::BigIdea)
                .map_err(|_| UnknownWord);
        }
        s.trim_start_matches('#')
            .parse()
            .map(OutcomeOf::Idea)
            .map_err(|_| UnknownWord)
    }
}

impl fmt::Display for OutcomeOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutcomeOf::Idea(id) => write!(f, "#{id}"),
            OutcomeOf::BigIdea(id) => write!(f, "b{id}"),
        }
    }
}

/// The outcome of an idea or a Big Idea, with its public note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeRecord {
    pub of: OutcomeOf,
    pub title: String,
    pub outcome: Outcome,
    /// Empty when none was given.
    pub note: String,
    pub set_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideas_and_big_ideas_are_named_as_typed() {
        let cases = [
            ("12", Some(OutcomeOf::Idea(IdeaId(12)))),
            ("#12", Some(OutcomeOf::Idea(IdeaId(12)))),
            ("b3", Some(OutcomeOf::BigIdea(BigIdeaId(3)))),
            ("B3", Some(OutcomeOf::BigIdea(BigIdeaId(3)))),
            ("c3", None),
            ("b", None),
            ("", None),
            ("twelve", None),
        ];
        for (typed, of) in cases {
            assert_eq!(typed.parse::<OutcomeOf>().ok(), of, "{typed:?}");
            if let Some(of) = of {
                assert_eq!(of.to_string().parse::<OutcomeOf>().ok(), Some(of));
            }
        }
    }
}
