//! Validated text values: titles, bodies, names and reasons. Invalid text cannot be constructed.
//!
//! Bodies (ideas, comments, descriptions) are stored as typed, but for surrounding whitespace
//! and Windows line endings (`\n`): a person's words come back byte for byte, and direction
//! controls in them are balanced where they are shown (`display`). One-line fields (names,
//! titles, reasons, organisations, regions) are also NFC-normalised, so "é" typed as e +
//! combining accent and "é" typed as one character are the same name and the same length, and
//! lose bidi controls and zero-width characters, which could reverse the message they are shown
//! in or disguise one name as another (see `invisible`).
//!
//! Lengths count Unicode scalar values after all that, so emoji and right-to-left scripts are
//! measured the way a person would count them.

use super::invisible::strip_invisible;
use super::user_error::UserError;
use serde::{Deserialize, Serialize};
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// Which piece of text a length or character rule applies to, so the error can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextField {
    Title,
    Body,
    Comment,
    Name,
    Reason,
    Description,
    Organisation,
    Region,
}

impl TextField {
    /// The Fluent variant key naming this field in messages.
    pub fn key(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::Body => "body",
            TextField::Comment => "comment",
            TextField::Name => "name",
            TextField::Reason => "reason",
            TextField::Description => "description",
            TextField::Organisation => "organisation",
            TextField::Region => "region",
        }
    }
}

/// Cleans and checks a text: one-line text (not `multiline`) loses bidi controls and zero-width
/// characters and is NFC-normalised, then any text is trimmed; its length must then be between
/// `min` and `max` characters, with no control characters (new lines and tabs are kept only where
/// `multiline`). One-line text that was nothing but invisible characters is empty.
pub fn clean(
    input: &str,
    field: TextField,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, UserError> {
    // Stripped before trimming, so spaces hidden behind a zero-width character go too.
    let stripped = if multiline {
        input.to_owned()
    } else {
        strip_invisible(input).nfc().collect()
    };
    // Windows line endings arrive from some clients; store one kind. Normalised before the
    // checks, so a CR of a CRLF is not taken for a stray control character.
    let trimmed: String = stripped.trim().replace("\r\n", "\n");
    let allowed = |c: char| multiline && (c == '\n' || c == '\t');
    if trimmed.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(UserError::TextHasControlCharacters { field });
    }
    let len = trimmed.chars().count();
    if len < min {
        return Err(UserError::TextEmpty { field });
    }
    if len > max {
        return Err(UserError::TextTooLong {
            field,
            max,
            actual: len,
        });
    }
    Ok(trimmed)
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $field:expr, $min:expr, $max:expr, $multiline:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The longest accepted text, in characters.
            pub const MAX_CHARS: usize = $max;

            /// Checks and normalises untrusted input.
            pub fn parse(input: impl AsRef<str>) -> Result<Self, UserError> {
                clean(input.as_ref(), $field, $min, $max, $multiline).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = UserError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_type!(
    /// An idea's title: 1-120 characters on one line.
    IdeaTitle, TextField::Title, 1, 120, false
);
impl IdeaTitle {
    /// Splits a plain message into a suggested title (its first line, cut at a word to fit)
    /// and the whole text as the body when there is more than the title. The person confirms
    /// or edits the suggestion before anything is posted.
    pub fn suggest(text: &str) -> (String, Option<String>) {
        let text = text.trim();
        let first = text.lines().next().unwrap_or_default().trim();
        let mut title: String = first.chars().take(IdeaTitle::MAX_CHARS).collect();
        if first.chars().count() > IdeaTitle::MAX_CHARS
            && let Some(cut) = title.rfind(' ')
        {
            title.truncate(cut);
        }
        let body = (text != title).then(|| text.to_owned());
        (title, body)
    }
}

text_type!(
    /// An idea's body: up to 4,000 characters, new lines allowed.
    IdeaBody, TextField::Body, 0, 4000, true
);
text_type!(
    /// A comment or response: 1-4,000 characters.
    CommentBody, TextField::Comment, 1, 4000, true
);
text_type!(
    /// A person's display name: 1-64 characters.
    DisplayName, TextField::Name, 1, 64, false
);
text_type!(
    /// Why a moderator hid, banned or changed something: 1-500 characters.
    Reason, TextField::Reason, 1, 500, false
);
text_type!(
    /// The public note that goes with an outcome ("now on three wards"): up to 500 characters
    /// on one line; required when an idea is not taken forward (`Outcome::needs_note`).
    OutcomeNote, TextField::Reason, 0, 500, false
);
text_type!(
    /// A sprint, challenge, theme or Big Idea title: 1-120 characters.
    Title, TextField::Title, 1, 120, false
);
text_type!(
    /// A longer description for sprints, challenges, themes and Big Ideas.
    Description, TextField::Description, 0, 4000, true
);
text_type!(
    /// A team update's text: 1-2000 characters, paragraphs allowed (it is read in a chat).
    UpdateBody, TextField::Body, 1, 2000, true
);
text_type!(
    /// An optional organisation a member belongs to.
    Organisation, TextField::Organisation, 1, 120, false
);
text_type!(
    /// An optional region a member works or lives in.
    Region, TextField::Region, 1, 80, false
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_kept_intact() {
        let rtl = "  تحسين الخروج من المستشفى 🏥 ";
        assert_eq!(
            IdeaTitle::parse(rtl).map(|t| t.into_inner()),
            Ok(rtl.trim().to_owned())
        );
        let sql = "Robert'); DROP TABLE ideas;--";
        assert_eq!(
            IdeaTitle::parse(sql).map(|t| t.into_inner()),
            Ok(sql.to_owned())
        );
    }

    #[test]
    fn bad_titles_are_refused_with_the_reason() {
        assert_eq!(
            IdeaTitle::parse("   "),
            Err(UserError::TextEmpty {
                field: TextField::Title
            })
        );
        let long = "x".repeat(10_000);
        assert_eq!(
            IdeaTitle::parse(&long),
            Err(UserError::TextTooLong {
                field: TextField::Title,
                max: 120,
                actual: 10_000
            })
        );
        assert_eq!(
            IdeaTitle::parse("bell\u{7}"),
            Err(UserError::TextHasControlCharacters {
                field: TextField::Title
            })
        );
        assert_eq!(
            IdeaTitle::parse("two\nlines"),
            Err(UserError::TextHasControlCharacters {
                field: TextField::Title
            })
        );
    }

    #[test]
    fn one_line_text_loses_invisible_characters() {
        let name = DisplayName::parse("\u{202E}Alice\u{202C}").map(|n| n.into_inner());
        assert_eq!(name, Ok("Alice".to_owned()));
        let title = IdeaTitle::parse("abc\u{200B}def").map(|t| t.into_inner());
        assert_eq!(title, Ok("abcdef".to_owned()));
        assert_eq!(
            Title::parse("\u{200B}\u{FEFF} \u{2066}\u{200F}"),
            Err(UserError::TextEmpty {
                field: TextField::Title
            })
        );
        for text in ["\u{202E}", "\u{200B}\u{200D}"] {
            assert!(Organisation::parse(text).is_err(), "{text:?}");
            assert!(Region::parse(text).is_err(), "{text:?}");
            assert!(Reason::parse(text).is_err(), "{text:?}");
        }
        // A health-worker emoji keeps its joiner.
        let nurse = "Sam 👩\u{200D}⚕\u{FE0F}";
        assert_eq!(
            DisplayName::parse(nurse).map(|n| n.into_inner()),
            Ok(nurse.to_owned())
        );
    }

    #[test]
    fn bodies_keep_what_was_typed() {
        let rtl = "\u{202B}مرحبا\u{202C} and \u{200B}";
        assert_eq!(
            CommentBody::parse(rtl).map(|b| b.into_inner()),
            Ok(rtl.to_owned())
        );
        assert_eq!(
            IdeaBody::parse(rtl).map(|b| b.into_inner()),
            Ok(rtl.to_owned())
        );
        assert_eq!(
            Description::parse(rtl).map(|b| b.into_inner()),
            Ok(rtl.to_owned())
        );
    }

    #[test]
    fn one_line_text_is_nfc_normalised_before_it_is_measured_and_bodies_are_kept() {
        let title = IdeaTitle::parse("Caf\u{65}\u{301}").map(|t| t.into_inner());
        assert_eq!(title, Ok("Caf\u{E9}".to_owned()));
        assert_eq!(
            CommentBody::parse("e\u{301}").map(|b| b.into_inner()),
            Ok("e\u{301}".to_owned()),
            "a body comes back as typed"
        );
        // 120 decomposed letters are 240 scalar values typed, 120 stored.
        assert!(IdeaTitle::parse("e\u{301}".repeat(120)).is_ok());
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        let emoji = "🏥".repeat(120);
        assert!(IdeaTitle::parse(&emoji).is_ok());
        assert!(IdeaTitle::parse(format!("{emoji}🏥")).is_err());
    }

    #[test]
    fn bodies_keep_new_lines_and_normalise_crlf() {
        let body = IdeaBody::parse("first\r\nsecond\tthird").map(|b| b.into_inner());
        assert_eq!(body, Ok("first\nsecond\tthird".to_owned()));
        assert!(IdeaBody::parse("").is_ok());
        assert!(IdeaBody::parse("x".repeat(4001)).is_err());
    }
    #[test]
    fn a_long_plain_message_becomes_a_title_cut_at_a_word_and_a_body() {
        let text = format!("{} end", "word ".repeat(30));
        let (title, body) = IdeaTitle::suggest(&text);
        assert!(title.chars().count() <= IdeaTitle::MAX_CHARS);
        assert!(title.ends_with("word"));
        assert_eq!(body.as_deref(), Some(text.trim()));
        assert_eq!(
            IdeaTitle::suggest("Short idea"),
            ("Short idea".to_owned(), None)
        );
    }
}
