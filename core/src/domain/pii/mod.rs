//! Spotting patient-identifiable details in text before it is published.
//!
//! Ideas can carry an NHS number, a phone number, an email address, or a name with a date of
//! birth or a postcode by mistake.
//! These checks err on the side of holding an idea for a human to look at: a false alarm costs a
//! champion a minute, a miss can expose a patient.
//!
//! The text is folded first (see `normalise`): other scripts' digits, fullwidth forms, odd spaces
//! and dashes, and invisible characters all become the plain forms the detectors look for, so
//! "٩٤٣ ٤٧٦ ٥٩١٩" or "943\u{200B}476\u{200B}5919" is read as 943 476 5919. Each detector is then a
//! pass over the folded text, linear in its length (the regex crate never backtracks).

mod common_words;
mod dates;
mod email;
mod normalise;
mod numbers;
mod people;
mod postcode;
#[cfg(test)]
mod tests;
mod tokens;

pub use numbers::is_valid_nhs_number;
use regex::Regex;
use serde::{Deserialize, Serialize};

/// A kind of personal detail found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    NhsNumber,
    PhoneNumber,
    Email,
    DateOfBirth,
    /// A UK postcode next to a name or another sign of a person.
    Postcode,
}

impl PiiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::NhsNumber => "nhs_number",
            PiiKind::PhoneNumber => "phone_number",
            PiiKind::Email => "email",
            PiiKind::DateOfBirth => "date_of_birth",
            PiiKind::Postcode => "postcode",
        }
    }

    pub fn parse(word: &str) -> Option<PiiKind> {
        [
            PiiKind::NhsNumber,
            PiiKind::PhoneNumber,
            PiiKind::Email,
            PiiKind::DateOfBirth,
            PiiKind::Postcode,
        ]
        .into_iter()
        .find(|k| k.as_str() == word)
    }
}

// The patterns are literals checked by the tests; a failure to compile is a programming error
// caught on the first test run, never at a user's request.
#[allow(clippy::expect_used)]
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in pattern compiles")
}

/// Every kind of personal detail found in `text`, sorted and without repeats.
pub fn scan(text: &str) -> Vec<PiiKind> {
    let text = normalise::normalise(text);
    let numbers = numbers::find(&text);
    let found = [
        (PiiKind::NhsNumber, numbers.nhs_number),
        (PiiKind::PhoneNumber, numbers.phone_number),
        (PiiKind::Email, email::has_email(&text)),
        (PiiKind::DateOfBirth, dates::has_date_of_birth(&text)),
        (PiiKind::Postcode, postcode::has_postcode_near_person(&text)),
    ];
    // Listed in the order of `PiiKind`, so the result is already sorted and has no repeats.
    found
        .into_iter()
        .filter_map(|(kind, present)| present.then_some(kind))
        .collect()
}
