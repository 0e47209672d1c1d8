//! Buttons under notifications: "Open idea" under a personal one; under a digest, support,
//! follow and open for the ideas it names, and a one-tap unsubscribe. The digest's support and
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
                Some(idea) => InlineKeyboard::default().row(vec![Button::callback(
                    self.msg(&Msg::new("notify-button-open").arg("id", idea.get())),
                    CallbackAction::Show(idea),
                )]),
                None => InlineKeyboard::default(),
            },
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
        keyboard.row(vec![Button::callback(
            self.text("digest-button-unsubscribe"),
            CallbackAction::Unsubscribe,
        )])
    }
}
