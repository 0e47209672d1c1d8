//! The layouts of core's outcomes as text (an idea line, a card, a page, a sprint, the review
//! queue, stats, an audit line), every word through Fluent, written once for every surface that
//! shows plain text or light markup: the console as it is, Discord with its markdown escaped.
//! Telegram's HTML has its own layouts for now (issue 15 is to build them all from one set of
//! structured pieces).

use crate::domain::words;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::{IdeaPage, IdeaView, ReviewItem, ReviewQueue, SprintOverview, SprintStats};
use crate::store::{AuditEntry, Counts};

/// Renders messages in one language. `escape` is applied to everything people typed, so a
/// chat bot whose messages have markup (Discord's markdown) can reuse these layouts.
#[derive(Debug, Clone, Copy)]
pub struct Renderer<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    pub escape: fn(&str) -> String,
}

impl<'a> Renderer<'a> {
    /// Plain text, for the terminal.
    pub fn new(catalog: &'a Catalog, locale: Locale) -> Renderer<'a> {
        Renderer {
            catalog,
            locale,
            escape: str::to_owned,
        }
    }

    pub fn msg(&self, msg: &Msg) -> String {
        self.catalog
            .render(self.locale, &msg.map_text(&self.escape))
    }

    /// What a person typed, ready to place in our text.
    fn typed(&self, text: &str) -> String {
        (self.escape)(text)
    }

    pub fn text(&self, id: &'static str) -> String {
        self.catalog.text(self.locale, id)
    }

    pub fn author(&self, name: Option<&str>) -> String {
        name.map(str::to_owned)
            .unwrap_or_else(|| self.text("former-member"))
    }

    pub fn sprint_stage(&self, stage: SprintStage) -> String {
        self.msg(&stage.to_msg())
    }

    pub fn development_stage(&self, stage: DevelopmentStage) -> String {
        self.msg(&stage.to_msg())
    }

    pub fn kind(&self, kind: IdeaKind) -> String {
        self.msg(&kind.to_msg())
    }

    pub fn describes(&self, describes: Describes) -> String {
        self.msg(&describes.to_msg())
    }

    /// One line for an idea in a list: `#12 Title — 5 supporters, 2 comments`.
    pub fn idea_line(&self, idea: &Idea) -> String {
        let mut line = self.msg(
            &Msg::new("idea-line")
                .arg("id", idea.id.get())
                .arg("title", idea.title.as_str())
                .arg("supporters", idea.supporters)
                .arg("comments", idea.comments),
        );
        match &idea.visibility {
            Visibility::Visible => {}
            other => line.push_str(&format!(
                " [{}]",
                self.msg(&Msg::new("visibility-name").arg("visibility", other.word()))
            )),
        }
        line
    }

    /// A page of ideas with paging hints.
    pub fn idea_page(&self, page: &IdeaPage, list: &str) -> String {
        if page.ideas.is_empty() {
            return self.text("no-ideas");
        }
        let mut out: Vec<String> = page.ideas.iter().map(|i| self.idea_line(i)).collect();
        out.push(
            self.msg(
                &Msg::new("list-page")
                    .arg("page", page.page + 1)
                    .arg("pages", page.pages())
                    .arg("list", list)
                    .arg("next", page.page + 2),
            ),
        );
        out.join("\n")
    }

    /// The full card of one idea with its comments.
    pub fn idea_card(&self, view: &IdeaView) -> String {
        let idea = &view.idea;
        let mut out = vec![
            self.msg(
                &Msg::new("idea-title")
                    .arg("id", idea.id.get())
                    .arg("title", idea.title.as_str()),
            ),
            self.msg(
                &Msg::new("idea-meta")
                    .arg("kind", self.kind(idea.kind))
                    .arg("challenge", view.challenge.title.as_str())
                    .arg("author", self.author(idea.author_name.as_deref()))
                    .arg("date", words::date(idea.created_at)),
            ),
        ];
        if !idea.body.is_empty() {
            out.push(String::new());
            out.push(self.typed(&idea.body));
            out.push(String::new());
        }
        match &idea.visibility {
            Visibility::Pending => out.push(
                self.msg(&Msg::new("idea-held").arg("reasons", words::pii_kinds(&idea.held_for))),
            ),
            Visibility::Hidden { reason } => {
                out.push(self.msg(&Msg::new("idea-hidden").arg("reason", reason.as_str())))
            }
            Visibility::Merged { into } => {
                out.push(self.msg(&Msg::new("idea-merged").arg("into", into.get())))
            }
            Visibility::Visible => {}
        }
        out.push(
            self.msg(
                &Msg::new("idea-status")
                    .arg("supporters", idea.supporters)
                    .arg("stage", self.development_stage(idea.stage))
                    .arg("supported", if view.supported { "yes" } else { "no" })
                    .arg("following", if view.following { "yes" } else { "no" }),
            ),
        );
        if !view.themes.is_empty() {
            out.push(self.msg(&Msg::new("idea-themes").arg("themes", view.themes.join(", "))));
        }
        if view.comments.is_empty() {
            out.push(self.msg(&Msg::new("no-comments").arg("id", idea.id.get())));
        } else {
            out.push(self.text("comments-heading"));
            for comment in view.comments.iter().filter(|c| c.parent_id.is_none()) {
                out.push(self.comment_line(comment, false));
                for reply in view
                    .comments
                    .iter()
                    .filter(|r| r.parent_id == Some(comment.id))
                {
                    out.push(self.comment_line(reply, true));
                }
            }
        }
        out.push(self.msg(&Msg::new("idea-actions").arg("id", idea.id.get())));
        out.join("\n")
    }

    fn comment_line(&self, comment: &Comment, reply: bool) -> String {
        let id = if comment.is_response {
            "response-line"
        } else {
            "comment-line"
        };
        let line = self.msg(
            &Msg::new(id)
                .arg("id", comment.id.get())
                .arg("author", self.author(comment.author_name.as_deref()))
                .arg("body", comment.body.as_str()),
        );
        if reply {
            format!("    ↳ {line}")
        } else {
            format!("  {line}")
        }
    }

    pub fn counts(&self, counts: &Counts) -> String {
        self.msg(&counts.to_msg())
    }

    pub fn sprint_overview(&self, o: &SprintOverview) -> String {
        let s = &o.sprint;
        let mut out = vec![
            self.msg(
                &Msg::new("sprint-title")
                    .arg("id", s.id.get())
                    .arg("title", s.title.as_str())
                    .arg("stage", self.sprint_stage(s.stage)),
            ),
            self.msg(
                &Msg::new(if o.accepting {
                    "sprint-open-until"
                } else {
                    "sprint-window"
                })
                .arg("opens", words::date(s.opens_at))
                .arg("closes", words::date(s.closes_at)),
            ),
        ];
        if !s.description.is_empty() {
            out.push(self.typed(&s.description));
        }
        out.push(self.counts(&o.counts));
        out.push(self.challenge_list(&o.challenges));
        out.join("\n")
    }

    pub fn challenge_list(&self, challenges: &[Challenge]) -> String {
        if challenges.is_empty() {
            return self.text("no-challenges");
        }
        let mut out = vec![self.text("challenges-heading")];
        for (n, c) in challenges.iter().enumerate() {
            out.push(format!("  {}. {}", n + 1, self.typed(&c.title)));
        }
        out.join("\n")
    }

    pub fn sprint_line(&self, s: &Sprint) -> String {
        self.msg(&words::sprint_line(s))
    }

    pub fn review_queue(&self, q: &ReviewQueue) -> String {
        if q.items.is_empty() {
            return self.text("error-nothing-to-review");
        }
        let mut out = vec![
            self.msg(
                &Msg::new("review-heading")
                    .arg("ideas", q.ideas_waiting)
                    .arg("comments", q.comments_waiting),
            ),
        ];
        for item in &q.items {
            match item {
                ReviewItem::Idea(idea) => {
                    out.push(self.idea_line(idea));
                    if !idea.held_for.is_empty() {
                        out.push(format!(
                            "    {}",
                            self.msg(
                                &Msg::new("idea-held")
                                    .arg("reasons", words::pii_kinds(&idea.held_for))
                            )
                        ));
                    }
                    out.push(format!(
                        "    {}",
                        self.msg(
                            &Msg::new("review-actions").arg("target", idea.id.get().to_string())
                        )
                    ));
                }
                ReviewItem::Comment {
                    comment,
                    idea_title,
                } => {
                    out.push(
                        self.msg(
                            &Msg::new("review-comment")
                                .arg("id", comment.id.get())
                                .arg("idea", comment.idea_id.get())
                                .arg("title", idea_title.as_str())
                                .arg("author", self.author(comment.author_name.as_deref()))
                                .arg("body", comment.body.as_str()),
                        ),
                    );
                    out.push(format!(
                        "    {}",
                        self.msg(
                            &Msg::new("review-actions").arg("target", format!("c{}", comment.id))
                        )
                    ));
                }
            }
        }
        out.join("\n")
    }

    pub fn stats(&self, stats: &SprintStats) -> String {
        let mut out = vec![self.sprint_line(&stats.sprint), self.counts(&stats.total)];
        for (challenge, counts) in &stats.challenges {
            out.push(format!(
                "  {}: {}",
                self.typed(&challenge.title),
                self.counts(counts)
            ));
        }
        out.join("\n")
    }

    pub fn audit_entry(&self, e: &AuditEntry) -> String {
        e.line(self.msg(&e.to_msg()), |typed| self.typed(typed))
    }
}
