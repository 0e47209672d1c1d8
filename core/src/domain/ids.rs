//! Typed identifiers: an `IdeaId` can never be passed where a `SprintId` is expected.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl $name {
            /// The raw number, as stored and as shown to people (`#42`).
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            /// Accepts `42` and `#42`, the way people write idea numbers.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let digits = s.trim().trim_start_matches('#');
                let n: i64 = digits.parse()?;
                if n <= 0 {
                    // A zero or negative number never names anything; reuse the parse error kind.
                    return "x".parse::<i64>().map($name);
                }
                Ok($name(n))
            }
        }
    };
}

id_type!(
    /// A registered person.
    MemberId
);
id_type!(
    /// A crowdsourcing sprint.
    SprintId
);
id_type!(
    /// A challenge within a sprint.
    ChallengeId
);
id_type!(
    /// An idea, experience or piece of good practice.
    IdeaId
);
id_type!(
    /// A comment on an idea (or a reply to one).
    CommentId
);
id_type!(
    /// A theme grouping ideas of a sprint.
    ThemeId
);
id_type!(
    /// A Big Idea developed from themes.
    BigIdeaId
);
id_type!(
    /// A team update: the sprint team's own news to the people taking part.
    UpdateId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_with_or_without_hash_and_reject_nonsense() {
        assert_eq!("42".parse::<IdeaId>(), Ok(IdeaId(42)));
        assert_eq!("#7".parse::<IdeaId>(), Ok(IdeaId(7)));
        assert!("0".parse::<IdeaId>().is_err());
        assert!("-3".parse::<IdeaId>().is_err());
        assert!("abc".parse::<IdeaId>().is_err());
        assert!("99999999999999999999999".parse::<IdeaId>().is_err());
    }
}
