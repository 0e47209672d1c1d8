//! Ideas: the line in a list, a page of them, the full card, the similar ideas.

use super::{Doc, Line, Surface};
use crate::domain::words;
use crate::domain::*;
use crate::service::{IdeaPage, IdeaView, ListOrder};

/// One line for an idea in a list: `#12 Title — 5 supporters, 2 comments`, marked
/// `[held]` / `[hidden]` / `[merged]` when it is not published.
pub fn idea_line(idea: &Idea) -> Line {
    let mut line = Line::words(
        Msg::new("idea-line")
            .arg("id", idea.id.get())
            .arg("title", idea.title.as_str())
            .arg("supporters", idea.supporters)
            .arg("comments", idea.comments),
    );
    if idea.visibility != Visibility::Visible {
        line = line
            .then_mark(" [")
            .then_words(Msg::new("visibility-name").arg("visibility", idea.visibility.word()))
            .then_mark("]");
    }
    line
}

/// `#12 Title`, strong: the first line of a card or a review item.
pub(super) fn title_line(idea: &Idea) -> Line {
    Line::words(
        Msg::new("idea-title")
            .arg("id", idea.id.get())
            .arg("title", idea.title.as_str()),
    )
    .strong()
}

/// Why an idea is not published, for those who may see it anyway (its author, the team).
pub fn visibility_note(idea: &Idea) -> Option<Msg> {
    Some(match &idea.visibility {
        Visibility::Visible => return None,
        Visibility::Pending => {
            Msg::new("idea-held").arg("reasons", words::pii_kinds(&idea.held_for))
        }
        Visibility::Hidden { reason } => Msg::new("idea-hidden").arg("reason", reason.as_str()),
        Visibility::Merged { into } => Msg::new("idea-merged").arg("into", into.get()),
    })
}

/// A page of ideas. With buttons, a heading says which list and page it is (the pager is on
/// the buttons); typed, the lines end with how to ask for the next page.
pub fn idea_page(page: &IdeaPage, order: ListOrder, surface: Surface) -> Doc {
    if page.ideas.is_empty() {
        return vec![Line::words(Msg::new("no-ideas"))];
    }
    let lines = page.ideas.iter().map(idea_line);
    match surface {
        Surface::Buttons => {
            let heading = Msg::new("chat-list-heading")
                .arg("list", order.as_str())
                .arg("page", page.page.saturating_add(1))
                .arg("pages", page.pages());
            std::iter::once(Line::words(heading).strong())
                .chain(lines)
                .collect()
        }
        Surface::Typed => {
            let footer = Msg::new("list-page")
                .arg("page", page.page.saturating_add(1))
                .arg("pages", page.pages())
                .arg("list", order.as_str())
                .arg("next", page.page.saturating_add(2));
            lines.chain(std::iter::once(Line::words(footer))).collect()
        }
    }
}

/// The full card of one idea: title, details, body, why it is not published, its stage and
/// themes, and its comments with the team's responses. With buttons, the counts and what the
/// reader has done live on the buttons; typed, they are a line, and the card ends with the
/// commands to act on it.
pub fn idea_card(view: &IdeaView, surface: Surface) -> Doc {
    let idea = &view.idea;
    let mut doc = vec![
        title_line(idea),
        Line::words(
            Msg::new("idea-meta")
                .arg("kind", idea.kind.to_msg())
                .arg("challenge", view.challenge.title.as_str())
                .arg("author", words::byline(idea))
                .arg("date", words::date(idea.created_at)),
        )
        .quiet(),
    ];
    if !idea.body.is_empty() {
        doc.extend([Line::blank(), Line::typed(&idea.body), Line::blank()]);
    }
    doc.extend(visibility_note(idea).map(Line::words));
    doc.push(Line::words(match surface {
        Surface::Buttons => Msg::new("idea-stage").arg("stage", idea.stage.to_msg()),
        Surface::Typed => Msg::new("idea-status")
            .arg("supporters", idea.supporters)
            .arg("stage", idea.stage.to_msg())
            .arg("supported", if view.supported { "yes" } else { "no" })
            .arg("following", if view.following { "yes" } else { "no" }),
    }));
    if !view.themes.is_empty() {
        doc.push(Line::words(
            Msg::new("idea-themes").arg("themes", view.themes.join(", ")),
        ));
    }
    if view.comments.is_empty() {
        match surface {
            // Inviting the first comment only where one can be added.
            Surface::Buttons if idea.visibility == Visibility::Visible => {
                doc.push(Line::words(Msg::new("chat-no-comments")));
            }
            Surface::Buttons => {}
            Surface::Typed => {
                doc.push(Line::words(
                    Msg::new("no-comments").arg("id", idea.id.get()),
                ));
            }
        }
    } else {
        doc.push(Line::words(Msg::new("comments-heading")).strong());
        for comment in view.comments.iter().filter(|c| c.parent_id.is_none()) {
            doc.push(comment_line(comment).at(1));
            for reply in view
                .comments
                .iter()
                .filter(|r| r.parent_id == Some(comment.id))
            {
                doc.push(Line::mark("↳ ").at(2).then_spans(comment_line(reply)));
            }
        }
    }
    if surface == Surface::Typed {
        doc.push(Line::words(
            Msg::new("idea-actions").arg("id", idea.id.get()),
        ));
    }
    doc
}

/// `c4 Ann: I agree`, or the team's response, marked as such.
fn comment_line(comment: &Comment) -> Line {
    let id = if comment.is_response {
        "response-line"
    } else {
        "comment-line"
    };
    Line::words(
        Msg::new(id)
            .arg("id", comment.id.get())
            .arg("author", words::author(comment.author_name.as_deref()))
            .arg("body", comment.body.as_str()),
    )
}

/// Ideas like one being looked at, under a heading.
pub fn similar_list(similar: &[Idea]) -> Doc {
    std::iter::once(Line::words(
        Msg::new("similar-heading").arg("count", similar.len()),
    ))
    .chain(similar.iter().map(idea_line))
    .collect()
}
