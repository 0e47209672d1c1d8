//! What a notification says: each event as a message in the reader's language. Platforms add
//! their own buttons (open the idea, and so on).

use super::Event;
use crate::domain::words::{self, pii_kinds};
use crate::domain::*;

impl Event {
    /// The notification text for the person it is addressed to.
    pub fn to_msg(&self) -> Msg {
        match self {
            Event::IdeaApproved { idea, title } => idea_msg("notify-idea-approved", *idea, title),
            Event::IdeaHeld {
                idea,
                title,
                reasons,
            } => idea_msg("notify-idea-held", *idea, title).arg("reasons", pii_kinds(reasons)),
            Event::IdeaHidden {
                idea,
                title,
                reason,
            } => idea_msg("notify-idea-hidden", *idea, title).arg("reason", reason.as_str()),
            Event::IdeaMerged {
                idea,
                title,
                into,
                into_title,
            } => idea_msg("notify-idea-merged", *idea, title)
                .arg("into", into.get())
                .arg("into_title", into_title.as_str()),
            Event::IdeaThemed { idea, title, theme } => {
                idea_msg("notify-idea-themed", *idea, title).arg("theme", theme.as_str())
            }
            Event::IdeaStageChanged { idea, title, stage } => {
                idea_msg("notify-idea-stage", *idea, title).arg("stage", stage.to_msg())
            }
            Event::CommentHidden {
                idea,
                comment,
                reason,
            } => Msg::new("notify-comment-hidden")
                .arg("idea", idea.get())
                .arg("comment", comment.get())
                .arg("reason", reason.as_str()),
            Event::ResponseToComment { idea, title, .. } => {
                idea_msg("notify-response-to-comment", *idea, title)
            }
            Event::ResponseToIdea { idea, title, .. } => {
                idea_msg("notify-response-to-idea", *idea, title)
            }
            Event::ReplyToComment { idea, title, .. } => {
                idea_msg("notify-reply-to-comment", *idea, title)
            }
            Event::StillWithTeam { idea, title, .. } => {
                idea_msg("notify-still-with-team", *idea, title)
            }
            // Several lines (`Event::nudge_lines`); alone, the heading stands for it.
            Event::ResponsesNearingTarget { days, count, .. } => {
                Msg::new("notify-responses-nearing")
                    .arg("count", i64::from(*count))
                    .arg("days", i64::from(*days))
            }
            Event::ResponsesOverdue { days, count, .. } => Msg::new("notify-responses-overdue")
                .arg("count", i64::from(*count))
                .arg("days", i64::from(*days)),
            Event::IdeaOutcome {
                idea,
                title,
                outcome,
                note,
            } => idea_msg("notify-idea-outcome", *idea, title)
                .arg("outcome", outcome.to_msg())
                .arg("note", note.as_str()),
            Event::BigIdeaOutcome {
                big_idea,
                title,
                outcome,
                note,
            } => Msg::new("notify-big-idea-outcome")
                .arg("id", big_idea.get())
                .arg("title", title.as_str())
                .arg("outcome", outcome.to_msg())
                .arg("note", note.as_str()),
            Event::BigIdeaStageChanged {
                big_idea,
                title,
                stage,
            } => Msg::new("notify-big-idea-stage")
                .arg("id", big_idea.get())
                .arg("title", title.as_str())
                .arg("stage", stage.to_msg()),
            Event::SprintOpened {
                sprint,
                title,
                challenges,
            } => sprint_msg("notify-sprint-opened", *sprint, title)
                .arg("challenges", challenges.join(", ")),
            Event::SprintClosed {
                sprint,
                title,
                counts,
            } => {
                let counts = counts.unwrap_or_default();
                sprint_msg("notify-sprint-closed", *sprint, title)
                    .arg("people", counts.people)
                    .arg("ideas", counts.ideas)
                    .arg("interactions", counts.interactions())
            }
            Event::SprintStageChanged {
                sprint,
                title,
                stage,
            } => sprint_msg("notify-sprint-stage", *sprint, title).arg("stage", stage.to_msg()),
            Event::SprintClosingSoon {
                sprint,
                title,
                closes_at,
                backed_with_news,
            } => sprint_msg("notify-sprint-closing-soon", *sprint, title)
                .arg("closes", words::date(*closes_at))
                .arg("news", *backed_with_news),
            Event::TeamUpdate(update) => update.to_msg(),
            // A digest is several lines (`Event::to_lines`); alone, its heading stands for it.
            Event::Digest(digest) => digest.lines().swap_remove(0),
            Event::IdeaPublished { idea, title, .. } => {
                idea_msg("notify-idea-published", *idea, title)
            }
            Event::CommentPublished { idea, comment } => Msg::new("notify-comment-published")
                .arg("id", idea.get())
                .arg("comment", comment.get()),
            // Only channel followers act on these; nobody is sent them as a message.
            Event::IdeaRevised { idea } => Msg::new("notify-idea-revised").arg("id", idea.get()),
            Event::CommentRevised { idea, comment } => Msg::new("notify-comment-revised")
                .arg("id", idea.get())
                .arg("comment", comment.get()),
        }
    }
}

impl Event {
    /// A nudge to the sprint team as lines: the heading, a line per comment listed (time
    /// left before the target, or how long it has waited), how many more, and what to do.
    pub(crate) fn nudge_lines(&self) -> Vec<Msg> {
        let (Event::ResponsesNearingTarget {
            count, items, at, ..
        }
        | Event::ResponsesOverdue {
            count, items, at, ..
        }) = self
        else {
            return vec![self.to_msg()];
        };
        let nearing = matches!(self, Event::ResponsesNearingTarget { .. });
        let mut lines = vec![self.to_msg()];
        for item in items {
            let line = if nearing {
                Msg::new("notify-nearing-line").arg("left", words::wait(item.due - *at))
            } else {
                Msg::new("notify-overdue-line").arg("waited", words::wait(*at - item.asked))
            };
            lines.push(
                line.arg("id", item.idea.get())
                    .arg("title", item.title.as_str())
                    .arg("comment", item.comment.get()),
            );
        }
        let more = (*count as usize).saturating_sub(items.len());
        if more > 0 {
            lines.push(Msg::new("notify-waiting-more").arg("count", more));
        }
        lines.push(Msg::new("notify-waiting-hint"));
        lines
    }
}

fn idea_msg(id: &'static str, idea: IdeaId, title: &str) -> Msg {
    Msg::new(id).arg("id", idea.get()).arg("title", title)
}

fn sprint_msg(id: &'static str, sprint: SprintId, title: &str) -> Msg {
    Msg::new(id).arg("id", sprint.get()).arg("title", title)
}
