//! What an inline button does: a typed `CallbackAction`, packed into Telegram's `callback_data`
//! (at most 64 bytes) with a keyed tag, and read back with validation.
//!
//! Telegram hands back whatever `callback_data` a press carries, and a modified client can press
//! a bot's button with data of its own choosing. So the data is signed: a truncated HMAC-SHA256
//! under a per-deployment secret. Data this bot did not make, or that was altered, is refused
//! before it is even parsed. Core still checks every permission: the tag only stops people
//! inventing buttons, it grants nothing.

mod codec;

use crowdsprint_core::conversation::Choice;
use crowdsprint_core::domain::{IdeaId, Locale, Msg};
use crowdsprint_core::service::{ListOrder, Target};

pub use codec::CallbackCodec;

/// Telegram's limit on `callback_data`, in bytes.
pub const MAX_CALLBACK_DATA: usize = 64;

/// Everything an inline button can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackAction {
    /// Open an idea's card (from a list or an offer).
    Show(IdeaId),
    /// Support the idea, or withdraw support if already given.
    Support(IdeaId),
    /// Start writing a comment on the idea.
    Comment(IdeaId),
    /// Follow the idea, or stop following it.
    Follow(IdeaId),
    /// Show ideas that read like this one.
    Similar(IdeaId),
    /// Another page of an idea list (zero-based, as core counts pages).
    Page { list: ListOrder, page: i64 },
    /// An answer to the conversation under way (registering, posting an idea, erasing):
    /// one of the choices core's prompt offered. `Choice::ConfirmForget` has its own data,
    /// never consent's, so an old "Yes, I agree" pressed later cannot confirm an erasure.
    Choose(Choice),
    /// Review queue: publish an idea or comment.
    Approve(Target),
    /// Review queue: hide an idea or comment (a reason is asked next).
    Hide(Target),
    /// Review queue: answer an idea or comment (the text is asked next).
    Respond(Target),
    /// `/language`: reply in this language from now on.
    Language(Locale),
    /// From a digest: support the idea (or withdraw), leaving the digest as it is.
    DigestSupport(IdeaId),
    /// From a digest: follow the idea (or stop), leaving the digest as it is.
    DigestFollow(IdeaId),
    /// From a digest: stop the digest and sprint news in one tap.
    Unsubscribe,
}

/// Why a button press cannot be acted on. Never a panic, whatever arrives.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    #[error("callback data is empty")]
    Empty,
    #[error("callback data is {len} bytes, more than Telegram allows")]
    TooLong { len: usize },
    #[error("callback data carries no well-formed tag")]
    Malformed,
    #[error("callback data was not made by this bot, or was altered")]
    Forged,
    #[error("callback data is from an older version of the bot")]
    Stale { version: char },
    #[error("callback data names an unknown action")]
    UnknownAction { code: String },
    #[error("callback data has a bad argument")]
    BadArgument,
}

impl CallbackError {
    /// What the person is told (as the answer to the button press).
    pub fn message_id(&self) -> &'static str {
        match self {
            CallbackError::Stale { .. } => "chat-callback-stale",
            CallbackError::Empty
            | CallbackError::TooLong { .. }
            | CallbackError::Malformed
            | CallbackError::Forged
            | CallbackError::UnknownAction { .. }
            | CallbackError::BadArgument => "chat-callback-invalid",
        }
    }

    pub fn to_msg(&self) -> Msg {
        Msg::new(self.message_id())
    }
}

#[cfg(test)]
mod tests;
