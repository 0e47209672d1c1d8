//! What every surface shows, laid out once: an idea line, a card, a page of ideas, a sprint,
//! the review queue, stats, help, an audit line. Each layout is a `Doc`, a list of `Line`s
//! made of `Span`s (our words as a `Msg`, what a person typed, a mark of layout) with a
//! `Tone` (strong for headings, quiet for details). The layouts decide *what* is shown and in
//! which order; a surface only decides how a tone and an indent look in its markup and how
//! to escape what people typed:
//!
//! - plain text and Discord markdown: `text::Renderer` here, with a `Markup`;
//! - Telegram HTML: `bots/telegram/src/render.rs`.
//!
//! Where surfaces really differ (buttons against typed commands), the layout takes a
//! `Surface` and says so in one place.

mod help;
mod idea;
mod pieces;
mod reply;
mod review;
mod sprint;
mod text;

#[cfg(test)]
mod tests;

pub use help::{help, parse_error};
pub use idea::{idea_card, idea_line, idea_page, similar_list, visibility_note};
pub use pieces::{Doc, Line, Span, Tone};
pub use reply::text_reply;
pub use review::{review_heading, review_item, review_queue};
pub use sprint::{audit, audit_line, challenge_list, sprint_lines, sprint_overview, stats};
pub use text::{Markup, Renderer};

/// How a person acts on what they read, which changes a few lines: a chat with buttons
/// (Telegram, Discord) counts supporters on the Support button and needs no typed hints; a
/// surface where people type (the console) shows the counts and the commands to type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    Buttons,
    Typed,
}
