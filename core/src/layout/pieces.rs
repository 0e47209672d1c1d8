//! The pieces a layout is made of. They hold messages, not text: each surface renders a
//! `Msg` its own way (Telegram escapes the whole rendered text, Discord escapes the
//! arguments), so no layout needs to know a markup.

use crate::domain::Msg;

/// A laid-out reply: one `Line` per line of text.
pub type Doc = Vec<Line>;

/// How a line stands out. A surface without styling shows every tone alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Normal,
    /// A title or heading (bold where the surface has bold).
    Strong,
    /// Details under a title: kind, author, date (italic where the surface has it).
    Quiet,
}

/// A part of a line.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    /// Our words, rendered in the reader's language.
    Words(Msg),
    /// What a person typed (a title, a body, a reason), shown exactly, escaped for the markup.
    Typed(String),
    /// A mark of layout that is the same in every language: `1. `, `↳ `, `: `.
    Mark(String),
}

/// One line: its depth (an indent where the surface indents), its tone and its parts. A
/// line with no parts is a blank line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub depth: u8,
    pub tone: Tone,
    pub spans: Vec<Span>,
}

impl Line {
    pub fn blank() -> Line {
        Line::default()
    }

    pub fn words(msg: Msg) -> Line {
        Line::default().then_words(msg)
    }

    pub fn typed(text: &str) -> Line {
        Line::default().then_typed(text)
    }

    pub fn mark(mark: impl Into<String>) -> Line {
        Line::default().then_mark(mark)
    }

    #[must_use]
    pub fn then_words(mut self, msg: Msg) -> Line {
        self.spans.push(Span::Words(msg));
        self
    }

    #[must_use]
    pub fn then_typed(mut self, text: &str) -> Line {
        self.spans.push(Span::Typed(text.to_owned()));
        self
    }

    #[must_use]
    pub fn then_mark(mut self, mark: impl Into<String>) -> Line {
        self.spans.push(Span::Mark(mark.into()));
        self
    }

    #[must_use]
    pub fn strong(mut self) -> Line {
        self.tone = Tone::Strong;
        self
    }

    #[must_use]
    pub fn quiet(mut self) -> Line {
        self.tone = Tone::Quiet;
        self
    }

    #[must_use]
    pub fn at(mut self, depth: u8) -> Line {
        self.depth = depth;
        self
    }

    pub fn is_blank(&self) -> bool {
        self.spans.is_empty()
    }
}

impl Line {
    /// This line followed by the parts of `other` (its depth and tone are this line's).
    #[must_use]
    pub fn then_spans(mut self, other: Line) -> Line {
        self.spans.extend(other.spans);
        self
    }
}
