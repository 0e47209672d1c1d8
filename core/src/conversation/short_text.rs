//! One piece of text that ends a conversation: a comment on an idea, the team's response, or
//! the reason for hiding something. Text that is not right is asked for again with the reason.

use super::{Answer, Conversation, Gathered, Prompt, Turn};
use crate::domain::{CommentBody, IdeaId, Msg, Reason, Target, UserError};

pub(super) fn comment_prompt(idea: IdeaId) -> Prompt {
    Prompt::new(Msg::new("conversation-ask-comment").arg("id", idea.get())).with_cancel()
}

pub(super) fn respond_prompt(target: Target) -> Prompt {
    Prompt::new(Msg::new("conversation-ask-response").arg("target", target.to_string()))
        .with_cancel()
}

pub(super) fn hide_prompt(target: Target) -> Prompt {
    Prompt::new(Msg::new("conversation-ask-hide-reason").arg("target", target.to_string()))
        .with_cancel()
}

pub(super) fn comment(idea: IdeaId, answer: Answer) -> Turn {
    take_text(
        Conversation::Comment { idea },
        answer,
        |text| CommentBody::parse(text),
        |body| Gathered::Comment(idea, body),
    )
}

pub(super) fn respond(target: Target, answer: Answer) -> Turn {
    take_text(
        Conversation::Respond { target },
        answer,
        |text| CommentBody::parse(text),
        |body| Gathered::Respond(target, body),
    )
}

pub(super) fn hide(target: Target, answer: Answer) -> Turn {
    take_text(
        Conversation::HideReason { target },
        answer,
        |text| Reason::parse(text),
        |reason| Gathered::Hide(target, reason),
    )
}

/// The text parsed into what `done` carries out, or the same question again with why not.
fn take_text<T>(
    waiting: Conversation,
    answer: Answer,
    parse: impl Fn(&str) -> Result<T, UserError>,
    done: impl Fn(T) -> Gathered,
) -> Turn {
    let Answer::Text(text) = answer else {
        // A button from another conversation: ask again.
        let prompt = waiting.prompt();
        return Turn::Ask(waiting, prompt);
    };
    match parse(&text) {
        Ok(value) => Turn::Done(done(value)),
        Err(why) => {
            let prompt = waiting.prompt().because(why.to_msg());
            Turn::Ask(waiting, prompt)
        }
    }
}
