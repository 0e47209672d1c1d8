//! Spotting patient-identifiable details in text before it is published.
//!
//! Ideas can carry an NHS number, a phone number or a name with a date of birth by mistake.
//! These checks err on the side of holding an idea for a human to look at: a false alarm costs a
//! champion a minute, a miss can expose a patient.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A kind of personal detail found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    NhsNumber,
    PhoneNumber,
    Email,
    DateOfBirth,
}

impl PiiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::NhsNumber => "nhs_number",
            PiiKind::PhoneNumber => "phone_number",
            PiiKind::Email => "email",
            PiiKind::DateOfBirth => "date_of_birth",
        }
    }

    pub fn parse(word: &str) -> Option<PiiKind> {
        [
            PiiKind::NhsNumber,
            PiiKind::PhoneNumber,
            PiiKind::Email,
            PiiKind::DateOfBirth,
        ]
        .into_iter()
        .find(|k| k.as_str() == word)
    }
}

// The patterns are literals checked by the tests below; a failure to compile is a programming
// error caught on the first test run, never at a user's request.
#[allow(clippy::expect_used)]
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in pattern compiles")
}

/// Ten digits, optionally grouped 3-3-4 with spaces or dashes.
static NHS_CANDIDATE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:^|[^\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?:[^\d]|$)"));
/// UK phone numbers: +44 or 0, then 9-10 more digits with optional spaces, dashes, brackets.
static UK_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:^|[^\d+])(?:\+44\s?\(?0?\)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?:[^\d]|$)")
});
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"));
/// A date such as 03/04/1961, 3-4-61, 3.4.1961 or 3 April 1961.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+(?:19|20)\d{2})\b",
    )
});
/// Words that, near a date, mark it as someone's birth date or tie it to a named person.
static DOB_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:d\.?o\.?b|date of birth|born|birthday|aged?|mr|mrs|ms|miss|dr|patient)\b")
});
/// Two capitalised words in a row: a likely full name ("John Smith").
static FULL_NAME: LazyLock<Regex> = LazyLock::new(|| compile(r"\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b"));

/// True when ten digits pass the NHS number modulus-11 check.
pub fn is_valid_nhs_number(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(digit, weight)| digit * weight)
        .sum();
    let check = 11 - (sum % 11);
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == d[9]
}

/// Every kind of personal detail found in `text`, sorted and without repeats.
pub fn scan(text: &str) -> Vec<PiiKind> {
    let mut found = Vec::new();
    let has_nhs = NHS_CANDIDATE.captures_iter(text).any(|c| {
        let digits: String = (1..=3)
            .filter_map(|i| c.get(i))
            .map(|m| m.as_str())
            .collect();
        is_valid_nhs_number(&digits)
    });
    if has_nhs {
        found.push(PiiKind::NhsNumber);
    }
    if UK_PHONE.is_match(text) {
        found.push(PiiKind::PhoneNumber);
    }
    if EMAIL.is_match(text) {
        found.push(PiiKind::Email);
    }
    if DATE
        .find_iter(text)
        .any(|m| date_near_person(text, m.start(), m.end()))
    {
        found.push(PiiKind::DateOfBirth);
    }
    found.sort();
    found.dedup();
    found
}

/// A date counts when a birth cue or a full name sits within 60 bytes either side of it.
fn date_near_person(text: &str, start: usize, end: usize) -> bool {
    let from = floor_char_boundary(text, start.saturating_sub(60));
    let to = ceil_char_boundary(text, (end + 60).min(text.len()));
    let window = &text[from..to];
    DOB_CUE.is_match(window) || FULL_NAME.is_match(window)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nhs_numbers_need_a_valid_check_digit() {
        // 943 476 5919 is the NHS's published example of a valid number.
        assert!(is_valid_nhs_number("9434765919"));
        assert!(!is_valid_nhs_number("9434765918"));
        assert!(!is_valid_nhs_number("123456789"));
    }

    #[test]
    fn what_is_held_and_what_is_not() {
        let table: &[(&str, &[PiiKind])] = &[
            ("Patient 943 476 5919 waited 6 hours", &[PiiKind::NhsNumber]),
            ("ref 9434765919.", &[PiiKind::NhsNumber]),
            ("ref 9434765918 is not a real one", &[]),
            ("Call me on 07700 900123 about it", &[PiiKind::PhoneNumber]),
            ("ring +44 20 7946 0958", &[PiiKind::PhoneNumber]),
            ("email jo.bloggs@example.nhs.uk", &[PiiKind::Email]),
            (
                "Mary Jones, born 03/04/1961, was sent home",
                &[PiiKind::DateOfBirth],
            ),
            ("DOB 3 April 1961", &[PiiKind::DateOfBirth]),
            ("Clinic moved on 03/04/2026 to a new site", &[]),
            ("Discharge by noon saves 2,000 bed days a year", &[]),
            ("Use a 10 minute huddle at 08:30 every day", &[]),
            ("مريض 943 476 5919 🏥", &[PiiKind::NhsNumber]),
        ];
        for (text, expected) in table {
            assert_eq!(scan(text), expected.to_vec(), "{text}");
        }
    }

    #[test]
    fn scanning_never_panics_on_odd_text() {
        for text in [
            "",
            "é".repeat(500).as_str(),
            "12/12/12 ÄÖÜ Über Straße 12/12/12",
        ] {
            let _ = scan(text);
        }
    }
}
