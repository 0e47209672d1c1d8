//! What a conversation says next: a question, notes before it, and the choices it offers.

use super::Choice;
use crate::domain::{Locale, Msg};

/// How the adapter lets people answer, so one message can word itself for each: "tap Skip"
/// on Telegram, "press Enter to skip" in the console. Fluent selects on `$style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerStyle {
    /// Choices are buttons.
    Buttons,
    /// Choices are a numbered list to type from.
    Typed,
}

impl AnswerStyle {
    fn word(self) -> &'static str {
        match self {
            AnswerStyle::Buttons => "buttons",
            AnswerStyle::Typed => "typed",
        }
    }
}

/// One choice offered, with the words that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub choice: Choice,
    pub label: Msg,
}

/// The next thing a conversation says.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    /// Why the last answer was not taken, said first; `None` when it was (or none was given).
    pub why: Option<Msg>,
    /// Said before the question: an introduction, what the question is about.
    pub notes: Vec<Msg>,
    pub question: Msg,
    /// In the order shown; `Cancel`, when offered, is last.
    pub offers: Vec<Offer>,
    /// The language to ask in when it is not yet the member's (during registration).
    pub locale: Option<Locale>,
}

impl Prompt {
    pub(super) fn new(question: Msg) -> Prompt {
        Prompt {
            why: None,
            notes: Vec::new(),
            question,
            offers: Vec::new(),
            locale: None,
        }
    }

    pub(super) fn note(mut self, note: Msg) -> Prompt {
        self.notes.insert(0, note);
        self
    }

    /// The same question again, because the last answer was not taken.
    pub(super) fn because(mut self, why: Msg) -> Prompt {
        self.why = Some(why);
        self
    }

    pub(super) fn offer(mut self, choice: Choice, label: Msg) -> Prompt {
        self.offers.push(Offer { choice, label });
        self
    }

    /// Offers each choice with its words, in order.
    pub(super) fn offer_each(self, offers: impl IntoIterator<Item = (Choice, Msg)>) -> Prompt {
        offers
            .into_iter()
            .fold(self, |prompt, (choice, label)| prompt.offer(choice, label))
    }

    pub(super) fn with_cancel(self) -> Prompt {
        self.offer(Choice::Cancel, Msg::new("conversation-cancel"))
    }

    pub(super) fn in_locale(mut self, locale: Locale) -> Prompt {
        self.locale = Some(locale);
        self
    }

    /// The choices offered, in order.
    pub fn choices(&self) -> Vec<Choice> {
        self.offers.iter().map(|o| o.choice).collect()
    }

    /// Why (if an answer was refused), the notes and the question, worded for `style`.
    pub fn lines(&self, style: AnswerStyle) -> Vec<Msg> {
        self.why
            .iter()
            .chain(&self.notes)
            .chain(std::iter::once(&self.question))
            .map(|m| m.clone().arg("style", style.word()))
            .collect()
    }
}
