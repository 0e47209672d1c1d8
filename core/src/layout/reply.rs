//! The replies that are only text, laid out. What needs a surface's own parts (a card with
//! buttons, a file, a conversation, a greeting by name) is left to the surface: it matches
//! those first and hands the rest here.

use super::{Doc, Line, Surface, help, idea_card, idea_page, review_queue, sprint_lines};
use super::{audit, challenge_list, sprint_overview, stats};
use crate::domain::words;
use crate::service::Reply;

/// `reply` laid out, or `None` for a reply only the surface can show.
pub fn text_reply(reply: &Reply, surface: Surface) -> Option<Doc> {
    Some(match reply {
        Reply::Text(msg) => vec![Line::words(msg.clone())],
        Reply::Lines { lines, empty, .. } if lines.is_empty() => vec![Line::words(empty.clone())],
        Reply::Lines { lines, .. } => lines.iter().cloned().map(Line::words).collect(),
        Reply::Help { role, topic } => help(*role, topic.as_deref()),
        Reply::Idea(view) => idea_card(view, surface),
        Reply::Ideas { page, order } => idea_page(page, *order, surface),
        Reply::Sprint(overview) => sprint_overview(overview),
        Reply::Sprints(sprints) => sprint_lines(sprints),
        Reply::SprintChanged(sprint) => vec![Line::words(words::sprint_line(sprint))],
        Reply::Challenges(overview) => challenge_list(&overview.challenges),
        Reply::Review(queue) => review_queue(queue, surface),
        Reply::Stats(s) => stats(s),
        Reply::Audit(entries) => audit(entries),
        Reply::LanguageSet(_)
        | Reply::MyData(_)
        | Reply::Welcome
        | Reply::Register
        | Reply::PostIdea(_)
        | Reply::ConfirmForget
        | Reply::WriteUpdate(_)
        | Reply::Announce { .. }
        | Reply::Export { .. } => return None,
    })
}
