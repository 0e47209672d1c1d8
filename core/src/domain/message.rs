//! `Msg`: a Fluent message id with its arguments. Core speaks only in these, never in English;
//! adapters turn them into text in the reader's language with `i18n::Catalog`.

use serde::Serialize;

/// One argument value for a Fluent message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Num(i64),
    Str(String),
    /// Another message rendered in the same language first: a vocabulary word, "a former
    /// member", ...
    Msg(Box<Msg>),
    /// Several messages rendered and joined with ", " (the personal details found, say).
    List(Vec<Msg>),
    /// An address core made (a sign-in link): the operator's `PublicUrl`, which refuses every
    /// character a surface's markup would read (`<`, `>`, `&`, `"`, spaces), and a path of
    /// our own. Nobody typed it, so it is never escaped: escaped, markdown would break it
    /// (`https\://`), and chat apps would no longer see an address to open.
    Link(String),
    /// Words a person gave in some languages as well as the default (a team update's Welsh
    /// title): the reader gets their language's when there are some. Typed by a person, so
    /// escaped like `Str`.
    Given {
        translations: Vec<(super::Locale, String)>,
        default: String,
    },
}

impl Arg {
    /// What a `Given` argument says to a reader of `locale`: their language's words when
    /// there are some, else the default.
    pub fn given_for<'a>(
        translations: &'a [(super::Locale, String)],
        default: &'a str,
        locale: super::Locale,
    ) -> &'a str {
        translations
            .iter()
            .find(|(l, _)| *l == locale)
            .map_or(default, |(_, words)| words.as_str())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Self {
        Arg::Msg(Box::new(msg))
    }
}
impl From<Vec<Msg>> for Arg {
    fn from(list: Vec<Msg>) -> Self {
        Arg::List(list)
    }
}

/// A message to render: `Msg::new("idea-posted").arg("id", 42)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl Msg {
    /// The same message with every text argument, at any depth, passed through `f`: how an
    /// adapter escapes what people typed for its markup before rendering.
    #[must_use]
    pub fn map_text(&self, f: &impl Fn(&str) -> String) -> Msg {
        let args = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Num(n) => Arg::Num(*n),
                    Arg::Str(s) => Arg::Str(f(s)),
                    Arg::Msg(m) => Arg::Msg(Box::new(m.map_text(f))),
                    Arg::List(list) => Arg::List(list.iter().map(|m| m.map_text(f)).collect()),
                    // An address holds no markup, but a query's `&` is still an entity to
                    // HTML: it is written as the surface writes one (`&amp;` on Telegram).
                    Arg::Link(address) => Arg::Link(address.replace('&', &f("&"))),
                    Arg::Given {
                        translations,
                        default,
                    } => Arg::Given {
                        translations: translations.iter().map(|(l, t)| (*l, f(t))).collect(),
                        default: f(default),
                    },
                };
                (*name, value)
            })
            .collect();
        Msg { id: self.id, args }
    }
}
