//! Email addresses, including the ways people write them to dodge filters: spaces around the @
//! ("jo.bloggs @ nhs.net"), and words for the symbols ("jo dot bloggs at nhs dot net",
//! "jo.bloggs (at) nhs.net").

use regex::Regex;
use std::sync::LazyLock;

/// Endings common enough in UK health service addresses to accept in the spaced and spelled-out
/// forms, where an unknown ending would catch ordinary sentences ("thanks @ward.team").
const ENDINGS: &str = "uk|com|net|org|gov|nhs|scot|wales|cymru|ac|co|io|me|info|email";

/// `@` written as a word in brackets: (at), [at], {at}, <at>.
const BRACKETED_AT: &str = r"[(\[{<]\s?at\s?[)\]}>]";
/// `.` written as a word, bare or in brackets: " dot ", "(dot)".
const WORD_DOT: &str = r"(?:\s+dot\s+|\s?[(\[{<]\s?dot\s?[)\]}>]\s?)";

static PLAIN: LazyLock<Regex> =
    LazyLock::new(|| super::compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}"));

/// Spaces around `@` or the dots, or `@` or dots in brackets, with a known ending.
static SPACED: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(&format!(
        r"(?i)[\w.%+-]+\s*(?:@|{BRACKETED_AT})\s*[\w-]+(?:\s?\.\s?[\w-]+|{WORD_DOT}[\w-]+)*(?:\s?\.\s?|{WORD_DOT})(?:{ENDINGS})\b"
    ))
});

/// A bare " at " is an ordinary word ("look at nhs.uk"), so it only counts when at least the
/// last dot is spelled out too: "jo.bloggs at nhs dot net". The word after "at" is captured to
/// turn away "at the dot com".
static SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(&format!(
        r"(?i)[\w.%+-]+\s+at\s+(?P<first>[\w-]+)(?:(?:\.|{WORD_DOT})[\w-]+)*(?:{WORD_DOT})(?:{ENDINGS})\b"
    ))
});

/// Whether folded `text` has an email address.
pub(super) fn has_email(text: &str) -> bool {
    PLAIN.is_match(text)
        || SPACED.is_match(text)
        || SPELLED.captures_iter(text).any(|c| {
            c.name("first").is_some_and(|first| {
                !["the", "a", "an", "our", "my", "your", "this", "that"]
                    .contains(&first.as_str().to_lowercase().as_str())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_however_written() {
        for text in [
            "jo.bloggs@example.nhs.uk",
            "jo.bloggs @ nhs.net",
            "jo.bloggs@ nhs . net",
            "jo.bloggs (at) nhs.net",
            "jo.bloggs [at] nhs [dot] net",
            "jo dot bloggs at nhs dot net",
            "JO.BLOGGS AT NHS DOT NET",
            "jo.bloggs at example.nhs dot uk",
        ] {
            assert!(has_email(text), "{text}");
        }
        for text in [
            "thanks @ward.team",
            "look at nhs.uk for guidance",
            "meet at the dot com",
            "@jo can you check",
            "a @ b",
        ] {
            assert!(!has_email(text), "{text}");
        }
    }
}
