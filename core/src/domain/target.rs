//! What a review action (approve, hide, restore) applies to: an idea or a comment.

use super::{CommentId, IdeaId, UnknownWord};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a review action applies to: an idea (`12`, `#12`) or a comment (`c34`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Idea(IdeaId),
    Comment(CommentId),
}

impl FromStr for Target {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix(['c', 'C']) {
            return rest.parse().map(Target::Comment).map_err(|_| UnknownWord);
        }
        s.parse().map(Target::Idea).map_err(|_| UnknownWord)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Idea(id) => write!(f, "#{id}"),
            Target::Comment(id) => write!(f, "c{id}"),
        }
    }
}
