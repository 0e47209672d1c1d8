//! UK postcodes next to a person.
//!
//! A postcode narrows an address to a few houses, so with a name or a title beside it someone can
//! be found. A postcode alone ("our clinic in LS1 4AP") names a place, not a person, and is fine.

use super::people::Signs;
use regex::Regex;
use std::sync::LazyLock;

/// The outward code (area letters, district) and inward code (sector digit, two unit letters),
/// in any case, with or without the space. The letters follow Royal Mail's rules: no Q, V or X
/// first, no I, J or Z second, and no C, I, K, M, O or V in the unit, which keeps words such as
/// "A1 2nd" from passing for postcodes more often than needed.
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    super::compile(r"(?i)\b[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2}\b")
});

/// Whether folded `text` has a postcode near a likely full name or a sign of a person.
pub(super) fn has_postcode_near_person(text: &str) -> bool {
    let mut signs: Option<(Signs, Signs)> = None;
    POSTCODE.find_iter(text).any(|m| {
        let (cues, names) =
            signs.get_or_insert_with(|| (Signs::address_cues(text), Signs::full_names(text)));
        cues.near(text, m.start(), m.end()) || names.near(text, m.start(), m.end())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_in_any_case() {
        for code in [
            "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "ls1 4ap", "EC1A1BB",
            "CF10 1EP",
        ] {
            assert!(POSTCODE.is_match(code), "{code}");
        }
        for not_one in [
            "SW1A",
            "Q1 1AA",
            "M1 1AC",
            "2019 1AA",
            "B33",
            "ward 12 bed 4",
        ] {
            assert!(!POSTCODE.is_match(not_one), "{not_one}");
        }
    }
}
