//! Dates of birth: a date in one of the usual forms, near a sign of a person.
//!
//! Dates of events ("the clinic moved on 03/04/2026") are everyday text, so a date alone is never
//! held; a birth cue, a title, the word patient or a likely full name nearby makes it personal.

use super::people::Signs;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// English and Welsh month names and their usual short forms.
const MONTH: &str = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr";

/// 12/03/1961, 12.03.61, 12-03-1961, 1961-03-12, 12 March 1961, 12th of Mar. 1961,
/// March 12, 1961 and Mar 12 1961. Dashes are already folded to `-`.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(&format!(
        r"(?i)\b(?:(?P<d>[0-9]{{1,2}})\s?(?P<s1>[/.-])\s?(?P<m>[0-9]{{1,2}})\s?(?P<s2>[/.-])\s?(?P<y>[0-9]{{4}}|[0-9]{{2}})|(?P<iy>(?:19|20)[0-9]{{2}})(?P<is1>[/.-])(?P<im>[0-9]{{1,2}})(?P<is2>[/.-])(?P<id>[0-9]{{1,2}})|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\.?,?\s+(?:[0-9]{{4}}|'?[0-9]{{2}})|(?:{MONTH})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}})\b"
    ))
});

/// Whether folded `text` has a date near a sign of a person.
pub(super) fn has_date_of_birth(text: &str) -> bool {
    let mut signs: Option<(Signs, Signs)> = None;
    DATE.captures_iter(text).any(|c| {
        let Some(whole) = c.get(0) else { return false };
        if !plausible(&c) {
            return false;
        }
        // Only texts with a date pay for finding the signs, and only once.
        let (cues, names) =
            signs.get_or_insert_with(|| (Signs::birth_cues(text), Signs::full_names(text)));
        cues.near(text, whole.start(), whole.end()) || names.near(text, whole.start(), whole.end())
    })
}

/// Whether numeric parts make a real date: one separator used twice, a day and month in range
/// (either way round, as US-style dates arrive too) and a four-digit year in 1900-2099. Spelled
/// months need no check. This keeps "10.30-11.30" and "v1.2.300" from being read as dates.
fn plausible(c: &Captures<'_>) -> bool {
    let number = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let same = |a: &str, b: &str| c.name(a).map(|m| m.as_str()) == c.name(b).map(|m| m.as_str());
    let day_month = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    let year = |y: &str| y.len() == 2 || y.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    if let (Some(d), Some(m), Some(y)) = (number("d"), number("m"), c.name("y")) {
        return same("s1", "s2") && (day_month(d, m) || day_month(m, d)) && year(y.as_str());
    }
    if let (Some(d), Some(m)) = (number("id"), number("im")) {
        return same("is1", "is2") && day_month(d, m);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<&str> {
        DATE.captures_iter(text)
            .filter(plausible)
            .filter_map(|c| c.get(0).map(|m| m.as_str()))
            .collect()
    }

    #[test]
    fn the_usual_forms_are_dates() {
        for date in [
            "12/03/1961",
            "12.03.1961",
            "12-03-61",
            "1961-03-12",
            "12 March 1961",
            "12th March 1961",
            "12th of Mar. 1961",
            "March 12, 1961",
            "Mar 12 1961",
            "12 / 03 / 1961",
            "03/12/1961",
            "12 Mawrth 1961",
        ] {
            assert_eq!(dates(date), [date], "{date}");
        }
        for not_a_date in [
            "10.30-11.30",
            "32/13/1961",
            "12/03/1861",
            "v1.2.3",
            "08:30",
            "12 March",
        ] {
            assert!(dates(not_a_date).is_empty(), "{not_a_date}");
        }
    }
}
