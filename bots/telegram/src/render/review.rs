//! The review queue as a champion sees it in Telegram: the heading with what is waiting, then
//! each item in full, so it can be judged without opening anything else.

use super::{HtmlRenderer, bold, date, italic};
use crate::html::escape;
use crowdsprint_core::domain::Msg;
use crowdsprint_core::service::{ReviewItem, ReviewQueue};

impl HtmlRenderer<'_> {
    /// How much is waiting, above the first review item.
    pub fn review_heading(&self, q: &ReviewQueue) -> String {
        bold(
            &self.msg(
                &Msg::new("review-heading")
                    .arg("ideas", q.ideas_waiting)
                    .arg("comments", q.comments_waiting),
            ),
        )
    }

    /// One idea or comment waiting for review, in full so a champion can judge it; the
    /// Approve / Hide / Respond buttons come from `Keyboards::review_item`.
    pub fn review_item(&self, item: &ReviewItem) -> String {
        match item {
            ReviewItem::Idea(idea) => {
                let mut out = vec![
                    self.title_line(idea),
                    italic(
                        &self.msg(
                            &Msg::new("chat-review-idea-meta")
                                .arg("kind", self.kind(idea.kind))
                                .arg("author", self.author(idea.author_name.as_deref()))
                                .arg("date", date(idea.created_at)),
                        ),
                    ),
                ];
                if !idea.body.is_empty() {
                    out.extend([String::new(), escape(&idea.body)]);
                }
                if let Some(note) = self.visibility_note(idea) {
                    out.extend([String::new(), note]);
                }
                out.join("\n")
            }
            ReviewItem::Comment {
                comment,
                idea_title,
            } => self.msg(
                &Msg::new("review-comment")
                    .arg("id", comment.id.get())
                    .arg("idea", comment.idea_id.get())
                    .arg("title", idea_title.as_str())
                    .arg("author", self.author(comment.author_name.as_deref()))
                    .arg("body", comment.body.as_str()),
            ),
        }
    }
}
