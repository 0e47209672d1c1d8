//! Core outcomes as Telegram HTML. Each piece is rendered by Fluent first and escaped as a
//! whole, and only then wrapped in tags here. So neither what people typed nor a translator's
//! `&` can ever break the markup: no user value reaches the output unescaped.
//!
//! The words are the console's wherever they are the same; the `telegram-*` messages cover
//! what differs because Telegram has buttons where the console has typed commands. Counts that
//! change with a vote live on the buttons, not in the text, so a vote only redraws the buttons.

mod review;

use crate::html::escape;
use crowdsprint_core::command::{ParseError, find_command};
use crowdsprint_core::domain::pii::PiiKind;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::{IdeaPage, IdeaView, ListOrder, SprintOverview};

/// Renders HTML in one language.
#[derive(Debug, Clone, Copy)]
pub struct HtmlRenderer<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
}

impl HtmlRenderer<'_> {
    /// A message as escaped HTML, ready for parse mode HTML.
    pub fn msg(&self, msg: &Msg) -> String {
        escape(&self.plain(msg))
    }

    /// A message as plain text, for places Telegram does not parse: button answers
    /// (`answerCallbackQuery`), button labels.
    pub fn plain(&self, msg: &Msg) -> String {
        self.catalog.render(self.locale, msg)
    }

    /// An idea's card: title, details, body, state and comments. Its buttons come from
    /// `Keyboards::idea_card`.
    /// A card as a group sees it: one message at most, with a pointer to the rest. A group
    /// copy is recorded as one message, so hiding or erasing redraws all of it.
    pub fn public_card(&self, idea: IdeaId, html: &str) -> String {
        let more = italic(&self.msg(&Msg::new("chat-card-more").arg("id", idea.get())));
        crate::html::fit_message(html, &more)
    }

    pub fn idea_card(&self, view: &IdeaView) -> String {
        let idea = &view.idea;
        let mut out = vec![
            self.title_line(idea),
            italic(
                &self.msg(
                    &Msg::new("idea-meta")
                        .arg("kind", self.kind(idea.kind))
                        .arg("challenge", view.challenge.title.as_str())
                        .arg("author", self.author(idea.author_name.as_deref()))
                        .arg("date", date(idea.created_at)),
                ),
            ),
        ];
        if !idea.body.is_empty() {
            out.extend([String::new(), escape(&idea.body), String::new()]);
        }
        if let Some(state) = self.visibility_note(idea) {
            out.push(state);
        }
        out.push(self.msg(
            &Msg::new("telegram-idea-stage").arg("stage", self.development_stage(idea.stage)),
        ));
        if !view.themes.is_empty() {
            out.push(self.msg(&Msg::new("idea-themes").arg("themes", view.themes.join(", "))));
        }
        if view.comments.is_empty() {
            if idea.visibility == Visibility::Visible {
                out.push(self.msg(&Msg::new("telegram-no-comments")));
            }
        } else {
            out.push(bold(&self.msg(&Msg::new("comments-heading"))));
            for comment in view.comments.iter().filter(|c| c.parent_id.is_none()) {
                out.push(self.comment_line(comment));
                for reply in view
                    .comments
                    .iter()
                    .filter(|r| r.parent_id == Some(comment.id))
                {
                    out.push(format!("↳ {}", self.comment_line(reply)));
                }
            }
        }
        out.join("\n")
    }

    /// A page of ideas under a heading; the buttons to open each and to page come from
    /// `Keyboards::idea_page`.
    pub fn idea_page(&self, page: &IdeaPage, list: ListOrder) -> String {
        if page.ideas.is_empty() {
            return self.msg(&Msg::new("no-ideas"));
        }
        let heading = Msg::new("chat-list-heading")
            .arg("list", list.as_str())
            .arg("page", page.page.saturating_add(1))
            .arg("pages", page.pages());
        let mut out = vec![bold(&self.msg(&heading))];
        out.extend(page.ideas.iter().map(|idea| self.idea_line(idea)));
        out.join("\n")
    }

    /// A sprint with its window, numbers and challenges.
    pub fn sprint_overview(&self, o: &SprintOverview) -> String {
        let s = &o.sprint;
        let window = if o.accepting {
            Msg::new("sprint-open-until")
        } else {
            Msg::new("sprint-window")
        };
        let mut out = vec![
            bold(
                &self.msg(
                    &Msg::new("sprint-title")
                        .arg("id", s.id.get())
                        .arg("title", s.title.as_str())
                        .arg("stage", self.sprint_stage(s.stage)),
                ),
            ),
            self.msg(
                &window
                    .arg("opens", date(s.opens_at))
                    .arg("closes", date(s.closes_at)),
            ),
        ];
        if !s.description.is_empty() {
            out.extend([String::new(), escape(&s.description)]);
        }
        out.extend([String::new(), self.msg(&o.counts.to_msg()), String::new()]);
        if o.challenges.is_empty() {
            out.push(self.msg(&Msg::new("no-challenges")));
        } else {
            out.push(bold(&self.msg(&Msg::new("challenges-heading"))));
            for (n, challenge) in o.challenges.iter().enumerate() {
                out.push(format!("{}. {}", n + 1, escape(&challenge.title)));
            }
        }
        out.join("\n")
    }

    /// The challenges of a sprint, numbered.
    pub fn challenge_list(&self, challenges: &[Challenge]) -> String {
        if challenges.is_empty() {
            return self.msg(&Msg::new("no-challenges"));
        }
        let mut out = vec![bold(&self.msg(&Msg::new("challenges-heading")))];
        for (n, c) in challenges.iter().enumerate() {
            out.push(format!("{}. {}", n + 1, escape(&c.title)));
        }
        out.join("\n")
    }

    /// The answer to the Similar ideas button.
    pub fn similar_list(&self, similar: &[Idea]) -> String {
        let mut out =
            vec![self.msg(&Msg::new("telegram-similar-heading").arg("count", similar.len()))];
        out.extend(similar.iter().map(|idea| self.idea_line(idea)));
        out.join("\n")
    }

    /// A mistake the person made, in their words.
    pub fn user_error(&self, error: &UserError) -> String {
        self.msg(&error.to_msg())
    }

    /// A command that could not be read, with its usage when one command was meant.
    pub fn parse_error(&self, error: &ParseError) -> String {
        let mut out = self.msg(&error.to_msg());
        if let Some(info) = error.command().and_then(find_command) {
            let usage = self.plain(&Msg::new(info.help_id));
            out.push('\n');
            out.push_str(&self.msg(&Msg::new("command-usage").arg("usage", usage)));
        }
        out
    }

    /// The apology for anything that was not the person's doing, with the log reference.
    pub fn internal_error(&self, reference: &str) -> String {
        self.msg(&Msg::new("error-internal").arg("reference", reference))
    }

    fn title_line(&self, idea: &Idea) -> String {
        bold(
            &self.msg(
                &Msg::new("idea-title")
                    .arg("id", idea.id.get())
                    .arg("title", idea.title.as_str()),
            ),
        )
    }

    /// `#12 Title — 5 supporters, 2 comments`, marked when not published.
    fn idea_line(&self, idea: &Idea) -> String {
        let mut line = self.msg(
            &Msg::new("idea-line")
                .arg("id", idea.id.get())
                .arg("title", idea.title.as_str())
                .arg("supporters", idea.supporters)
                .arg("comments", idea.comments),
        );
        if idea.visibility != Visibility::Visible {
            let state = Msg::new("visibility-name").arg("visibility", idea.visibility.word());
            line.push_str(&format!(" [{}]", self.msg(&state)));
        }
        line
    }

    fn visibility_note(&self, idea: &Idea) -> Option<String> {
        let msg = match &idea.visibility {
            Visibility::Visible => return None,
            Visibility::Pending => {
                Msg::new("idea-held").arg("reasons", self.pii_kinds(&idea.held_for))
            }
            Visibility::Hidden { reason } => Msg::new("idea-hidden").arg("reason", reason.as_str()),
            Visibility::Merged { into } => Msg::new("idea-merged").arg("into", into.get()),
        };
        Some(self.msg(&msg))
    }

    fn comment_line(&self, comment: &Comment) -> String {
        let line = if comment.is_response {
            Msg::new("response-line")
        } else {
            Msg::new("comment-line")
        };
        self.msg(
            &line
                .arg("id", comment.id.get())
                .arg("author", self.author(comment.author_name.as_deref()))
                .arg("body", comment.body.as_str()),
        )
    }

    fn author(&self, name: Option<&str>) -> String {
        name.map(str::to_owned)
            .unwrap_or_else(|| self.plain(&Msg::new("former-member")))
    }

    fn kind(&self, kind: IdeaKind) -> String {
        self.plain(&kind.to_msg())
    }

    fn sprint_stage(&self, stage: SprintStage) -> String {
        self.plain(&stage.to_msg())
    }

    fn development_stage(&self, stage: DevelopmentStage) -> String {
        self.plain(&stage.to_msg())
    }

    fn pii_kinds(&self, kinds: &[PiiKind]) -> String {
        let names: Vec<String> = kinds.iter().map(|k| self.plain(&k.to_msg())).collect();
        names.join(", ")
    }
}

use crowdsprint_core::domain::words::date;

/// Wraps HTML that is already escaped.
fn bold(html: &str) -> String {
    format!("<b>{html}</b>")
}

fn italic(html: &str) -> String {
    format!("<i>{html}</i>")
}

#[cfg(test)]
mod tests;
