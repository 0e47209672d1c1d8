//! A sprint's or a challenge's numbers: people, ideas, votes, comments and interactions.

use serde::{Deserialize, Serialize};

/// Numbers for a sprint or a challenge. An interaction is any idea, vote or comment; people
/// are distinct members who made at least one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub people: i64,
    pub ideas: i64,
    pub votes: i64,
    pub comments: i64,
}

impl Counts {
    pub fn interactions(&self) -> i64 {
        self.ideas + self.votes + self.comments
    }

    /// The one-line summary every adapter shows ("5 people · 12 ideas · ...").
    pub fn to_msg(&self) -> super::Msg {
        super::Msg::new("idea-counts")
            .arg("people", self.people)
            .arg("ideas", self.ideas)
            .arg("votes", self.votes)
            .arg("comments", self.comments)
            .arg("interactions", self.interactions())
    }
}
