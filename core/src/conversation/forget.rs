//! Confirming `/forgetme`: only an explicit yes erases; anything else keeps the account.

use super::answer::typed_choice;
use super::{Answer, Choice, Gathered, Prompt, Turn};
use crate::domain::Msg;

pub(super) fn prompt() -> Prompt {
    Prompt::new(Msg::new("conversation-confirm-forget"))
        .offer(Choice::ConfirmForget, Msg::new("conversation-forget-yes"))
        .with_cancel()
}

pub(super) fn answer(answer: Answer) -> Turn {
    let choice = match answer {
        Answer::Choice(choice) => Some(choice),
        // An empty line is no: "Yes, erase me" is never a default.
        Answer::Text(text) => typed_choice(&text, &prompt().choices(), true),
    };
    match choice {
        Some(Choice::ConfirmForget) => Turn::Done(Gathered::Forget),
        _ => Turn::Done(Gathered::Cancelled),
    }
}
