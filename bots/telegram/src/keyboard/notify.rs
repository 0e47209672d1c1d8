//! Buttons under notifications: "Open idea" under a personal one; under a digest, support,
//! follow and open for the ideas it names, and a one-tap unsubscribe. When the board is
//! public, "Open on the web" too: the idea's page, or for a digest the board's front page. The digest's support and
//! follow buttons answer with a notice and leave the digest as it was.

use super::{Button, InlineKeyboard, Keyboards};
use crate::callback::CallbackAction;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Digest, Event};

impl Keyboards<'_> {
    /// The buttons for one notification.
    pub fn notification(&self, event: &Event) -> InlineKeyboard {
        match event {
            Event::Digest(digest) => self.digest(digest),
            other => match other.idea() {
                Some(idea) => InlineKeyboard::default()
                    .row(vec![Button::callback(
                        self.msg(&Msg::new("notify-button-open").arg("id", idea.get())),
                        CallbackAction::Show(idea),
                    )])
                    .row(
                        self.web_row(
                            self.web
                                .zip(other.public_idea())
                                .map(|(web, id)| web.idea(id)),
                        ),
                    ),
                None => InlineKeyboard::default(),
            },
        }
    }

    /// "Open on the web" in a row of its own, when the board is public and there is a page
    /// to open: an idea's, or for a digest the board's front page.
    fn web_row(&self, page: Option<String>) -> Vec<Button> {
        match (self.web, page) {
            (Some(_), Some(url)) => vec![Button::url(self.text("chat-button-web"), url)],
            _ => Vec::new(),
        }
    }

    fn digest(&self, digest: &Digest) -> InlineKeyboard {
        let mut keyboard = InlineKeyboard::default();
        for idea in digest.ideas() {
            let button = |id: &'static str, action: CallbackAction| {
                Button::callback(self.msg(&Msg::new(id).arg("id", idea.get())), action)
            };
            let mut row = Vec::new();
            // Only the top ideas are new enough to ask for support; every idea can be opened.
            if digest.top_ideas.iter().any(|i| i.id == idea) {
                row.push(button(
                    "digest-button-support",
                    CallbackAction::DigestSupport(idea),
                ));
                row.push(button(
                    "digest-button-follow",
                    CallbackAction::DigestFollow(idea),
                ));
            }
            row.push(button("digest-button-open", CallbackAction::Show(idea)));
            keyboard = keyboard.row(row);
        }
        keyboard
            .row(self.web_row(self.web.map(PublicUrl::home)))
            .row(vec![Button::callback(
                self.text("digest-button-unsubscribe"),
                CallbackAction::Unsubscribe,
            )])
    }
}
