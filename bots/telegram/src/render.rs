//! Core's layouts (`crowdsprint_core::layout`) as Telegram HTML. Each span is rendered by
//! Fluent first and escaped as a whole, and only then wrapped in tags here. So neither what
//! people typed nor a translator's `&` can ever break the markup: no user value reaches the
//! output unescaped.
//!
//! Telegram lays out for `Surface::Buttons`: counts that change with a vote live on the
//! buttons, not in the text, so a vote only redraws the buttons.

use crate::html::escape;
use crowdsprint_core::command::ParseError;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::layout::{self, Doc, Line, Span, Surface, Tone};
use crowdsprint_core::service::{IdeaPage, IdeaView, ListOrder, ReviewItem, ReviewQueue};

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

    /// A laid-out reply as HTML. Telegram keeps a line's leading spaces but shows them
    /// unevenly across clients, so depth is left to the marks (`1. `, `↳ `, `• `).
    pub fn doc(&self, doc: &Doc) -> String {
        doc.iter()
            .map(|line| self.line(line))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn line(&self, line: &Line) -> String {
        let html: String = line
            .spans
            .iter()
            .map(|span| match span {
                Span::Words(msg) => self.msg(msg),
                Span::Typed(text) | Span::Mark(text) => escape(text),
            })
            .collect();
        match line.tone {
            Tone::Normal => html,
            Tone::Strong => format!("<b>{html}</b>"),
            Tone::Quiet => format!("<i>{html}</i>"),
        }
    }

    /// An idea's card: title, details, body, state and comments. Its buttons come from
    /// `Keyboards::idea_card`.
    pub fn idea_card(&self, view: &IdeaView) -> String {
        self.doc(&layout::idea_card(view, Surface::Buttons))
    }

    /// A card as a group sees it: one message at most, with a pointer to the rest. A group
    /// copy is recorded as one message, so hiding or erasing redraws all of it.
    pub fn public_card(&self, idea: IdeaId, html: &str) -> String {
        let more = Line::words(Msg::new("chat-card-more").arg("id", idea.get())).quiet();
        crate::html::fit_message(html, &self.line(&more))
    }

    /// A page of ideas under a heading; the buttons to open each and to page come from
    /// `Keyboards::idea_page`.
    pub fn idea_page(&self, page: &IdeaPage, list: ListOrder) -> String {
        self.doc(&layout::idea_page(page, list, Surface::Buttons))
    }

    /// The answer to the Similar ideas button.
    pub fn similar_list(&self, similar: &[Idea]) -> String {
        self.doc(&layout::similar_list(similar))
    }

    /// How much is waiting, above the first review item.
    pub fn review_heading(&self, q: &ReviewQueue) -> String {
        self.line(&layout::review_heading(q))
    }

    /// One idea or comment waiting for review, in full so a champion can judge it; the
    /// Approve / Hide / Respond buttons come from `Keyboards::review_item`.
    pub fn review_item(&self, item: &ReviewItem) -> String {
        self.doc(&layout::review_item(item))
    }

    /// A mistake the person made, in their words.
    pub fn user_error(&self, error: &UserError) -> String {
        self.msg(&error.to_msg())
    }

    /// A command that could not be read, with its usage when one command was meant.
    pub fn parse_error(&self, error: &ParseError) -> String {
        self.doc(&layout::parse_error(error))
    }

    /// The apology for anything that was not the person's doing, with the log reference.
    pub fn internal_error(&self, reference: &str) -> String {
        self.msg(&Msg::new("error-internal").arg("reference", reference))
    }
}

#[cfg(test)]
mod tests;
