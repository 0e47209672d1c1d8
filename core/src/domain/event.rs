//! Events someone should hear about. Each is written to the outbox in the same transaction as
//! the change that caused it; delivery reads them later. The payload carries what a message
//! needs (titles as they were at the time), so delivery never has to guess.

use super::pii::PiiKind;
use super::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// To the author: a reviewer approved their idea.
    IdeaApproved { idea: IdeaId, title: String },
    /// To the author: the idea is held for a person to check, and why.
    IdeaHeld {
        idea: IdeaId,
        title: String,
        reasons: Vec<PiiKind>,
    },
    /// To the author: their idea was hidden, and why.
    IdeaHidden {
        idea: IdeaId,
        title: String,
        reason: String,
    },
    /// To the author: their idea was merged; its supporters moved with it.
    IdeaMerged {
        idea: IdeaId,
        title: String,
        into: IdeaId,
        into_title: String,
    },
    /// To the author: their idea joined a theme.
    IdeaThemed {
        idea: IdeaId,
        title: String,
        theme: String,
    },
    /// To the author: their idea moved to a new stage.
    IdeaStageChanged {
        idea: IdeaId,
        title: String,
        stage: DevelopmentStage,
    },
    /// To the author of a comment: it was hidden, and why.
    CommentHidden {
        idea: IdeaId,
        comment: CommentId,
        reason: String,
    },
    /// To the author of a comment: a champion answered it.
    ResponseToComment {
        idea: IdeaId,
        title: String,
        comment: CommentId,
        response: CommentId,
    },
    /// To the author of an idea: a champion answered it.
    ResponseToIdea {
        idea: IdeaId,
        title: String,
        response: CommentId,
    },
    /// To the author of a comment: someone replied.
    ReplyToComment {
        idea: IdeaId,
        title: String,
        comment: CommentId,
        reply: CommentId,
    },
    /// To the writer of a comment that passed the response target unanswered, once: it is
    /// still with the team.
    StillWithTeam {
        idea: IdeaId,
        title: String,
        comment: CommentId,
    },
    /// To a champion, on a working morning: comments with less than a working day left
    /// before the response target (`days`), the first `NUDGE_LISTS` of `count`. `at` is when
    /// it was written, which the message counts the time left from.
    ResponsesNearingTarget {
        days: u32,
        count: u32,
        items: Vec<super::WaitingComment>,
        at: chrono::DateTime<chrono::Utc>,
    },
    /// To a moderator or admin, on Monday mornings: comments already past the target.
    ResponsesOverdue {
        days: u32,
        count: u32,
        items: Vec<super::WaitingComment>,
        at: chrono::DateTime<chrono::Utc>,
    },
    /// To everyone behind an idea (its author, supporters, commenters and followers): what
    /// became of it, with the team's note.
    IdeaOutcome {
        idea: IdeaId,
        title: String,
        outcome: Outcome,
        note: String,
    },
    /// To everyone behind the ideas of a Big Idea, once each: what became of it.
    BigIdeaOutcome {
        big_idea: BigIdeaId,
        title: String,
        outcome: Outcome,
        note: String,
    },
    /// To everyone who wrote, supported or commented on an idea under the Big Idea.
    BigIdeaStageChanged {
        big_idea: BigIdeaId,
        title: String,
        stage: DevelopmentStage,
    },
    /// Broadcast to the sprint's subscribers and channels, with its challenges.
    SprintOpened {
        sprint: SprintId,
        title: String,
        #[serde(default)]
        challenges: Vec<String>,
    },
    /// Broadcast: the sprint closed, with its numbers.
    SprintClosed {
        sprint: SprintId,
        title: String,
        #[serde(default)]
        counts: Option<super::counts::Counts>,
    },
    /// Broadcast: the sprint moved on along the roadmap.
    SprintStageChanged {
        sprint: SprintId,
        title: String,
        stage: SprintStage,
    },
    /// Broadcast: the sprint closes in 48 hours. `backed_with_news` is filled in per member
    /// when the delivery is claimed: how many ideas they supported have new comments.
    SprintClosingSoon {
        sprint: SprintId,
        title: String,
        closes_at: chrono::DateTime<chrono::Utc>,
        #[serde(default)]
        backed_with_news: i64,
    },
    /// Broadcast to every subscriber: the sprint team's update, sent at once.
    TeamUpdate(Box<super::TeamUpdate>),
    /// One subscriber's digest, composed by the digest run.
    Digest(Box<super::digest::Digest>),
    /// Broadcast to the channels tied to the sprint: a new idea is visible.
    IdeaPublished {
        idea: IdeaId,
        sprint: SprintId,
        challenge: ChallengeId,
        title: String,
    },
    /// Broadcast to the places mirroring an idea's conversation (Discord forum posts): a
    /// comment on it is visible.
    CommentPublished { idea: IdeaId, comment: CommentId },
    /// Broadcast to the channels' followers: the idea changed in a way its public copies
    /// must follow (hidden, held, merged away, restored, its author erased). Each copy is
    /// drawn again from core's current state: the card, or a neutral "withdrawn" line.
    IdeaRevised { idea: IdeaId },
    /// Broadcast to the channels' followers: a comment's public copies must follow its
    /// current state (hidden or held: taken down; restored: copied again; its author erased:
    /// drawn again as from a former member).
    CommentRevised { idea: IdeaId, comment: CommentId },
}

impl Event {
    /// The stored event name (matches the serde tag).
    pub fn name(&self) -> &'static str {
        match self {
            Event::IdeaApproved { .. } => "idea_approved",
            Event::IdeaHeld { .. } => "idea_held",
            Event::IdeaHidden { .. } => "idea_hidden",
            Event::IdeaMerged { .. } => "idea_merged",
            Event::IdeaThemed { .. } => "idea_themed",
            Event::IdeaStageChanged { .. } => "idea_stage_changed",
            Event::CommentHidden { .. } => "comment_hidden",
            Event::ResponseToComment { .. } => "response_to_comment",
            Event::ResponseToIdea { .. } => "response_to_idea",
            Event::ReplyToComment { .. } => "reply_to_comment",
            Event::BigIdeaStageChanged { .. } => "big_idea_stage_changed",
            Event::IdeaOutcome { .. } => "idea_outcome",
            Event::StillWithTeam { .. } => "still_with_team",
            Event::ResponsesNearingTarget { .. } => "responses_nearing_target",
            Event::ResponsesOverdue { .. } => "responses_overdue",
            Event::BigIdeaOutcome { .. } => "big_idea_outcome",
            Event::SprintOpened { .. } => "sprint_opened",
            Event::SprintClosed { .. } => "sprint_closed",
            Event::SprintStageChanged { .. } => "sprint_stage_changed",
            Event::IdeaPublished { .. } => "idea_published",
            Event::CommentPublished { .. } => "comment_published",
            Event::IdeaRevised { .. } => "idea_revised",
            Event::CommentRevised { .. } => "comment_revised",
            Event::SprintClosingSoon { .. } => "sprint_closing_soon",
            Event::TeamUpdate(_) => "team_update",
            Event::Digest(_) => "digest",
        }
    }

    /// Sent even in quiet hours: an author should know at once that their idea is held for
    /// personal details, so they can correct it.
    pub fn is_urgent(&self) -> bool {
        matches!(self, Event::IdeaHeld { .. })
    }

    /// Broadcasts that go to every subscriber, not only to tied channels.
    pub const FOR_SUBSCRIBERS: [&'static str; 5] = [
        "team_update",
        "sprint_opened",
        "sprint_closed",
        "sprint_stage_changed",
        "sprint_closing_soon",
    ];

    /// The event as lines of text: one for most, several for a digest.
    pub fn to_lines(&self) -> Vec<Msg> {
        match self {
            Event::Digest(digest) => digest.lines(),
            Event::ResponsesNearingTarget { .. } | Event::ResponsesOverdue { .. } => {
                self.nudge_lines()
            }
            other => vec![other.to_msg()],
        }
    }

    /// The idea a notification may link to on the web board: the one it is about, unless
    /// the event says it is not public (held, hidden), or the one it was merged into.
    pub fn public_idea(&self) -> Option<IdeaId> {
        match self {
            Event::IdeaHeld { .. } | Event::IdeaHidden { .. } => None,
            Event::IdeaMerged { into, .. } => Some(*into),
            other => other.idea(),
        }
    }

    /// The idea an event is about, if any, for indexing and muting.
    pub fn idea(&self) -> Option<IdeaId> {
        match self {
            Event::IdeaApproved { idea, .. }
            | Event::IdeaHeld { idea, .. }
            | Event::IdeaHidden { idea, .. }
            | Event::IdeaMerged { idea, .. }
            | Event::IdeaThemed { idea, .. }
            | Event::IdeaStageChanged { idea, .. }
            | Event::IdeaOutcome { idea, .. }
            | Event::StillWithTeam { idea, .. }
            | Event::CommentHidden { idea, .. }
            | Event::ResponseToComment { idea, .. }
            | Event::ResponseToIdea { idea, .. }
            | Event::ReplyToComment { idea, .. }
            | Event::IdeaPublished { idea, .. }
            | Event::CommentPublished { idea, .. }
            | Event::IdeaRevised { idea }
            | Event::CommentRevised { idea, .. } => Some(*idea),
            Event::BigIdeaStageChanged { .. }
            | Event::ResponsesNearingTarget { .. }
            | Event::ResponsesOverdue { .. }
            | Event::BigIdeaOutcome { .. }
            | Event::SprintOpened { .. }
            | Event::SprintClosed { .. }
            | Event::SprintStageChanged { .. }
            | Event::SprintClosingSoon { .. }
            | Event::TeamUpdate(_)
            | Event::Digest(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notification_links_only_to_an_idea_it_does_not_say_is_withheld() {
        let title = String::from("Drivers");
        // (event, the idea its web link opens)
        let cases = [
            (
                Event::IdeaApproved {
                    idea: IdeaId(1),
                    title: title.clone(),
                },
                Some(IdeaId(1)),
            ),
            (
                Event::IdeaHeld {
                    idea: IdeaId(1),
                    title: title.clone(),
                    reasons: Vec::new(),
                },
                None,
            ),
            (
                Event::IdeaHidden {
                    idea: IdeaId(1),
                    title: title.clone(),
                    reason: "rude".into(),
                },
                None,
            ),
            (
                Event::IdeaMerged {
                    idea: IdeaId(1),
                    title: title.clone(),
                    into: IdeaId(2),
                    into_title: title.clone(),
                },
                Some(IdeaId(2)),
            ),
            (
                Event::CommentPublished {
                    idea: IdeaId(3),
                    comment: CommentId(4),
                },
                Some(IdeaId(3)),
            ),
            (
                Event::SprintOpened {
                    sprint: SprintId(1),
                    title: title.clone(),
                    challenges: Vec::new(),
                },
                None,
            ),
        ];
        for (event, linked) in cases {
            assert_eq!(event.public_idea(), linked, "{event:?}");
        }
    }
}
