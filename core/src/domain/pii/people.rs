//! Signs that a passage is about one particular person: a title (Mr, Dr), the word patient, a
//! birth cue, an address cue, or a likely full name.
//!
//! A date or a postcode on its own is everyday text ("the clinic moved on 03/04/2026", "our
//! clinic in LS1 4AP"); next to one of these signs it can identify someone.

use super::common_words::{describes_a_thing, is_not_a_name};
use regex::Regex;
use std::sync::LazyLock;

/// How far, in characters, a sign may sit from a date or postcode and still be about it.
pub(super) const REACH: usize = 60;

/// Titles written as people write them. "Ms" and "Miss" only capitalised: "miss" is also a verb
/// and "ms" milliseconds.
const TITLES: &str = r"(?i:mr|mrs|mx|dr)\b|\b(?-i:Ms|Miss)";

/// Words that mark a date as a birth date or tie it to a patient.
static BIRTH_CUES: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(&format!(
        r"(?i)\b(?:d\.?\s?o\.?\s?b|date\s+of\s+birth|birth\s?date|born|birthday|b'?day|aged?|patient|dyddiad\s+geni|ganwyd|pen-?blwydd|{TITLES})\b"
    ))
});

/// Words that tie a postcode to a person: titles, patient, birth cues and where someone lives.
/// "address" only as a noun ("home address", "address:"): "to address the backlog" is not one.
static ADDRESS_CUES: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(&format!(
        r"(?i)\b(?:patient|d\.?\s?o\.?\s?b|born|aged|lives?\s+(?:at|in|on)|living\s+(?:at|in|on)|resides?\s+(?:at|in)|(?:home|his|her|their|my|your|patient'?s)\s+address|address\s+is|{TITLES})\b|\baddress\s?:"
    ))
});

/// One capitalised word, including "McDonald", "O'Brien" and "Smith-Jones".
static CAPITALISED: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(r"\b\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*\b")
});

/// Where signs of a person are in a text: byte ranges, sorted by where they start and end.
#[derive(Debug, Default)]
pub(super) struct Signs(Vec<(usize, usize)>);

impl Signs {
    pub(super) fn birth_cues(text: &str) -> Signs {
        Signs::cues(&BIRTH_CUES, text)
    }

    pub(super) fn address_cues(text: &str) -> Signs {
        Signs::cues(&ADDRESS_CUES, text)
    }

    /// Every cue, except "patient" used of a thing ("patient flow", "patient-led").
    fn cues(pattern: &Regex, text: &str) -> Signs {
        Signs(
            pattern
                .find_iter(text)
                .filter(|m| {
                    !(m.as_str().eq_ignore_ascii_case("patient")
                        && describes_a_thing(&text[m.end()..]))
                })
                .map(|m| (m.start(), m.end()))
                .collect(),
        )
    }

    /// Two capitalised words side by side, neither of them a common word: "Mary Jones", but
    /// not "On Monday", "Ward Manager" or "Theatre Scheduling Improvements". Every pair is tried, so "On Mary Jones" finds the name.
    pub(super) fn full_names(text: &str) -> Signs {
        let words: Vec<(usize, usize)> = CAPITALISED
            .find_iter(text)
            .filter(|m| !is_not_a_name(m.as_str()))
            .map(|m| (m.start(), m.end()))
            .collect();
        Signs(
            words
                .windows(2)
                .filter(|w| {
                    let between = &text[w[0].1..w[1].0];
                    (1..=2).contains(&between.len()) && between.bytes().all(|b| b == b' ')
                })
                .map(|w| (w[0].0, w[1].1))
                .collect(),
        )
    }

    /// Whether any sign is within [`REACH`] characters of `start..end`.
    pub(super) fn near(&self, text: &str, start: usize, end: usize) -> bool {
        // Starts and ends both rise through the list, so the nearest sign after the range is the
        // first starting at or after its end, and the nearest before is the one just before that.
        let after = self.0.partition_point(|&(s, _)| s < end);
        let close = |from: usize, to: usize| {
            text.get(from..to)
                .is_some_and(|gap| gap.chars().nth(REACH).is_none())
        };
        let before = after.checked_sub(1).and_then(|i| self.0.get(i));
        self.0.get(after).is_some_and(|&(s, _)| close(end, s))
            || before.is_some_and(|&(_, e)| e > start || close(e, start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        Signs::full_names(text)
            .0
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn full_names_skip_common_words() {
        assert_eq!(
            names("On Mary Jones and O'Brien Smith-Jones"),
            ["Mary Jones", "O'Brien Smith-Jones"]
        );
        assert_eq!(
            names("On Monday The Ward Manager met Angus McDonald"),
            ["Angus McDonald"]
        );
        assert!(names("Mary\nJones, NHS England, Discharge Lounge").is_empty());
    }

    #[test]
    fn signs_count_within_reach_either_side() {
        let text = format!("Mr X {} 12/03/1961 {} Dr Y", "a".repeat(40), "b".repeat(80));
        let date = text.find("12/03").unwrap_or_default();
        let signs = Signs::birth_cues(&text);
        assert!(signs.near(&text, date, date + 10));
        let text = format!("Mr X {} 12/03/1961 {} Dr Y", "a".repeat(80), "b".repeat(80));
        let date = text.find("12/03").unwrap_or_default();
        assert!(!Signs::birth_cues(&text).near(&text, date, date + 10));
        assert!(!Signs::default().near(&text, 0, 1));
    }
}
