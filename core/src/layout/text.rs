//! A `Doc` as text: plain for the terminal, or with light markup (Discord's markdown), given
//! how the markup escapes what people typed and marks a strong or quiet line.

use super::{Doc, Line, Span, Tone};
use crate::domain::{Locale, Msg};
use crate::i18n::Catalog;

/// How a surface writes text: its escaping and its marks for tones. Everything a person typed
/// goes through `escape`, so it can never turn into markup.
#[derive(Debug, Clone, Copy)]
pub struct Markup {
    pub escape: fn(&str) -> String,
    /// Put around a strong line (`**` in markdown); empty for none.
    pub strong: &'static str,
    /// Put around a quiet line (`*` in markdown); empty for none.
    pub quiet: &'static str,
    /// One level of depth.
    pub indent: &'static str,
}

impl Markup {
    /// The terminal: no escaping, no marks, two spaces a level.
    pub const PLAIN: Markup = Markup {
        escape: str::to_owned,
        strong: "",
        quiet: "",
        indent: "  ",
    };
}

/// Writes docs and messages in one language.
#[derive(Debug, Clone, Copy)]
pub struct Renderer<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    pub markup: Markup,
}

impl<'a> Renderer<'a> {
    /// Plain text, for the terminal.
    pub fn new(catalog: &'a Catalog, locale: Locale) -> Renderer<'a> {
        Renderer {
            catalog,
            locale,
            markup: Markup::PLAIN,
        }
    }

    /// One message, with the values people typed escaped.
    pub fn msg(&self, msg: &Msg) -> String {
        self.catalog
            .render(self.locale, &msg.map_text(&self.markup.escape))
    }

    /// A message without arguments.
    pub fn text(&self, id: &'static str) -> String {
        self.msg(&Msg::new(id))
    }

    /// A whole doc, one line of text per line (more where a message spans lines, each
    /// indented alike).
    pub fn doc(&self, doc: &Doc) -> String {
        doc.iter()
            .map(|line| self.line(line))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn line(&self, line: &Line) -> String {
        if line.is_blank() {
            return String::new();
        }
        let text: String = line
            .spans
            .iter()
            .map(|span| match span {
                Span::Words(msg) => self.msg(msg),
                Span::Typed(typed) => (self.markup.escape)(typed),
                Span::Mark(mark) => mark.clone(),
            })
            .collect();
        let mark = match line.tone {
            Tone::Normal => "",
            Tone::Strong => self.markup.strong,
            Tone::Quiet => self.markup.quiet,
        };
        let indent = self.markup.indent.repeat(usize::from(line.depth));
        text.lines()
            .map(|l| match l.is_empty() {
                true => String::new(),
                false => format!("{indent}{mark}{l}{mark}"),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}
