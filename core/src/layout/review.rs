//! The review queue as a champion judges it: how much is waiting, then each idea or comment
//! in full, so it can be judged without opening anything else.

use super::idea::{title_line, visibility_note};
use super::{Doc, Line, Surface};
use crate::domain::words;
use crate::domain::*;
use crate::service::{ReviewItem, ReviewQueue};

/// How much is waiting.
pub fn review_heading(q: &ReviewQueue) -> Line {
    Line::words(
        Msg::new("review-heading")
            .arg("ideas", q.ideas_waiting)
            .arg("comments", q.comments_waiting),
    )
    .strong()
}

/// One idea (title, details, body, why it is held) or comment waiting for review.
pub fn review_item(item: &ReviewItem) -> Doc {
    match item {
        ReviewItem::Idea(idea) => {
            let mut doc = vec![
                title_line(idea),
                Line::words(
                    Msg::new("chat-review-idea-meta")
                        .arg("kind", idea.kind.to_msg())
                        .arg("author", words::byline(idea))
                        .arg("date", words::date(idea.created_at)),
                )
                .quiet(),
            ];
            if !idea.body.is_empty() {
                doc.extend([Line::blank(), Line::typed(&idea.body)]);
            }
            if let Some(note) = visibility_note(idea) {
                doc.extend([Line::blank(), Line::words(note)]);
            }
            doc
        }
        ReviewItem::Comment {
            comment,
            idea_title,
        } => vec![Line::words(
            Msg::new("review-comment")
                .arg("id", comment.id.get())
                .arg("idea", comment.idea_id.get())
                .arg("title", idea_title.as_str())
                .arg("author", words::author(comment.author_name.as_deref()))
                .arg("body", comment.body.as_str()),
        )],
    }
}

/// The whole queue as one text. Typed, each item ends with the commands that act on it;
/// with buttons, each item is better sent on its own with its buttons (`review_item`).
pub fn review_queue(q: &ReviewQueue, surface: Surface) -> Doc {
    if q.items.is_empty() {
        return vec![Line::words(Msg::new("error-nothing-to-review"))];
    }
    let mut doc = vec![review_heading(q)];
    for item in &q.items {
        doc.push(Line::blank());
        doc.extend(review_item(item));
        if surface == Surface::Typed {
            // As typed after a command: `12` or `c34`.
            let target = match item.target() {
                Target::Idea(id) => id.to_string(),
                comment => comment.to_string(),
            };
            doc.push(Line::words(Msg::new("review-actions").arg("target", target)).at(1));
        }
    }
    doc
}
