//! What a digest holds, as plain data: the entries of each section and the deadlines. The
//! digest run composes it (`notify::digest`) and the store keeps it with the delivery; it is
//! put into words only when sent.

use super::*;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How many entries a section shows at most: a digest is read on a phone.
pub const SECTION_LIMIT: usize = 3;

/// One subscriber's digest.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    pub frequency: Option<DigestFrequency>,
    /// The team's updates held for the digest ("From the team"), which lead it. Older stored
    /// digests have none.
    #[serde(default)]
    pub updates: Vec<TeamUpdate>,
    /// Challenges that are new in open sprints.
    pub challenges: Vec<DigestItem<ChallengeId>>,
    /// The most supported new ideas in open sprints (`count`: supporters).
    pub top_ideas: Vec<DigestItem<IdeaId>>,
    /// Ideas the member follows with new comments (`count`: how many).
    pub followed: Vec<DigestItem<IdeaId>>,
    /// The member's ideas and comments the team responded to.
    pub responses: Vec<DigestItem<IdeaId>>,
    /// Ideas they wrote, backed, discussed or follow whose outcome the team set ("What
    /// became of ideas you backed"), each with its `outcome`. Older stored digests have none.
    #[serde(default)]
    pub outcomes: Vec<DigestItem<IdeaId>>,
    /// Open sprints closing soon (`count` unused), with when.
    pub deadlines: Vec<Deadline>,
}

/// An entry in a digest section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DigestItem<Id> {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub count: i64,
    /// What became of the idea, on the entries of the outcomes section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// An open sprint and when it closes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deadline {
    pub sprint: SprintId,
    pub title: String,
    pub closes_at: DateTime<Utc>,
}

/// What every subscriber's digest shares in one run (computed once, not per member).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SharedNews {
    pub updates: Vec<TeamUpdate>,
    pub challenges: Vec<DigestItem<ChallengeId>>,
    pub top_ideas: Vec<DigestItem<IdeaId>>,
    pub deadlines: Vec<Deadline>,
}
