//! The conversations that take more than one message, as state machines free of I/O:
//! registering, posting an idea (with the similar-ideas offer), writing a comment, a team
//! response or a reason to hide, writing a team update, and confirming `/forgetme`.
//!
//! Each machine takes an [`Answer`] (typed text, or one of the [`Choice`]s it offered) and
//! returns a [`Turn`]: the next [`Prompt`] with the [`Conversation`] to keep, or what it
//! [`Gathered`] for core to carry out. Nothing is written until the end, and a wrong answer is
//! asked again kindly, with the reason.
//!
//! The state is plain data (serde), so core keeps it in the database per chat identity
//! (`service::conversations`): any replica continues a conversation and a restart loses
//! nothing. Adapters only render: the console numbers the offers, Telegram makes them buttons.
//! A typed answer picks an offer by its number or its word on every surface, so typing still
//! works where buttons are shown.

mod answer;
mod forget;
mod posting;
mod prompt;
mod registering;
mod short_text;
mod updating;

#[cfg(test)]
mod tests;

pub use answer::{Answer, Choice};
pub use posting::{IdeaStep, Posting};
pub use prompt::{AnswerStyle, Offer, Prompt};
pub use registering::{RegStep, Registering};
pub use updating::{UpdateStep, Updating};

use crate::domain::{CommentBody, IdeaId, Reason, SprintId, Target, UpdateDraft};
use crate::service::{IdeaDraft, Registration};
use serde::{Deserialize, Serialize};

/// Where someone's conversation stands: all that is kept between their messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "conversation", rename_all = "snake_case")]
pub enum Conversation {
    Register(Registering),
    Post(Posting),
    Comment { idea: IdeaId },
    Respond { target: Target },
    HideReason { target: Target },
    Update(Updating),
    ConfirmForget,
}

/// What one answer leads to.
#[derive(Debug, Clone, PartialEq)]
pub enum Turn {
    /// Ask this next, keeping the conversation.
    Ask(Conversation, Prompt),
    /// Posting needs the ideas that read alike before it can go on: core looks them up and
    /// calls [`Posting::with_similar`].
    FindSimilar(Posting),
    /// Everything is gathered: the conversation ends and core carries this out.
    Done(Gathered),
}

/// What a finished conversation asks core to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Gathered {
    Register(Registration),
    /// The privacy note was declined: nothing is saved.
    Declined,
    Post(IdeaDraft),
    /// Back a similar idea instead of posting.
    SupportInstead(IdeaId),
    Comment(IdeaId, CommentBody),
    Respond(Target, CommentBody),
    Hide(Target, Reason),
    /// A team update for this sprint.
    Update(SprintId, UpdateDraft),
    Forget,
    Cancelled,
}

impl Conversation {
    /// The question this conversation is waiting on, asked again (after a restart, a
    /// command that interrupted nothing, or a button from an earlier step).
    pub fn prompt(&self) -> Prompt {
        match self {
            Conversation::Register(s) => s.prompt(),
            Conversation::Post(s) => s.prompt(),
            Conversation::Comment { idea } => short_text::comment_prompt(*idea),
            Conversation::Respond { target } => short_text::respond_prompt(*target),
            Conversation::HideReason { target } => short_text::hide_prompt(*target),
            Conversation::Update(s) => s.prompt(),
            Conversation::ConfirmForget => forget::prompt(),
        }
    }

    /// Gives a form's answers in turn, as if typed one by one: how a surface that asks for
    /// everything at once (a Discord form) keeps the same rules. Stops at the first answer not
    /// taken (the prompt's `why` says why), or where posting needs the similar ideas.
    pub fn answer_all(self, answers: impl IntoIterator<Item = Answer>) -> Turn {
        let mut answers = answers.into_iter();
        let mut turn = match answers.next() {
            Some(first) => self.answer(first),
            None => {
                let prompt = self.prompt();
                return Turn::Ask(self, prompt);
            }
        };
        for answer in answers {
            turn = match turn {
                Turn::Ask(next, prompt) if prompt.why.is_none() => next.answer(answer),
                stopped => return stopped,
            };
        }
        turn
    }

    /// Takes one answer. Pure: the same state and answer always give the same turn.
    pub fn answer(self, answer: Answer) -> Turn {
        // Cancel is offered everywhere and means the same everywhere.
        if answer == Answer::Choice(Choice::Cancel) {
            return Turn::Done(Gathered::Cancelled);
        }
        match self {
            Conversation::Register(s) => s.answer(answer),
            Conversation::Post(s) => s.answer(answer),
            Conversation::Comment { idea } => short_text::comment(idea, answer),
            Conversation::Respond { target } => short_text::respond(target, answer),
            Conversation::HideReason { target } => short_text::hide(target, answer),
            Conversation::Update(s) => s.answer(answer),
            Conversation::ConfirmForget => forget::answer(answer),
        }
    }
}
