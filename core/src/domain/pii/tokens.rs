//! Numbers as people write them: runs of digits joined by spaces, dots, slashes, dashes or
//! brackets ("943 476 5919", "+44 (0) 7700 900123", "943/476/5919").
//!
//! The NHS-number and phone detectors try their shapes starting at every group of such a number,
//! so a longer or failing number next to a real one ("ref 12 9434765919", "9434765918
//! 9434765919") cannot hide it.

/// One unbroken run of ASCII digits in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Group<'a> {
    pub digits: &'a str,
    /// What joins this group to the one before it ("" for a number's first group).
    pub joiner: &'a str,
}

/// Groups of digits written as one number.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Number<'a> {
    pub groups: Vec<Group<'a>>,
    /// Written with a leading `+`, as international numbers are.
    pub plus: bool,
}

/// The longest joiner between two groups of one number: `" - "` or `") ("`. Anything longer is
/// prose between two numbers.
const MAX_JOINER: usize = 3;

fn is_joiner(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'.' | b'/' | b'-' | b'(' | b')')
}

/// Every number in folded text, in order. One pass: linear in the length of the text.
pub(super) fn numbers(text: &str) -> Vec<Number<'_>> {
    let bytes = text.as_bytes();
    let mut out: Vec<Number<'_>> = Vec::new();
    let mut previous_end = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        // ASCII bytes never occur inside a multi-byte character, so these are char boundaries.
        let digits = &text[start..i];
        let joiner = previous_end
            .map(|end| &text[end..start])
            .filter(|gap: &&str| gap.len() <= MAX_JOINER && gap.bytes().all(is_joiner));
        match (joiner, out.last_mut()) {
            (Some(joiner), Some(number)) => number.groups.push(Group { digits, joiner }),
            _ => out.push(Number {
                groups: vec![Group { digits, joiner: "" }],
                plus: text[..start].trim_end_matches([' ', '(']).ends_with('+'),
            }),
        }
        previous_end = Some(i);
    }
    out
}

/// Whether groups look like one number written on purpose rather than numbers that happen to
/// sit side by side: every group has three or more digits ("943 476 5919", "020 7946 0958"), or
/// one joiner is used throughout ("9 4 3 4 7 6 5 9 1 9", "94-34-76-59-19"). Dates and times side
/// by side ("01/04/2025-31/03/2026") mix short groups and joiners, and so are not read as one.
pub(super) fn written_as_one(groups: &[Group<'_>]) -> bool {
    groups.iter().all(|g| g.digits.len() >= 3)
        || groups
            .get(1..)
            .is_none_or(|rest| rest.windows(2).all(|w| w[0].joiner == w[1].joiner))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(bool, Vec<(&str, &str)>)> {
        numbers(text)
            .into_iter()
            .map(|n| {
                (
                    n.plus,
                    n.groups.iter().map(|g| (g.joiner, g.digits)).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn groups_join_into_numbers() {
        assert_eq!(
            shapes("call +44 (0) 7700 900123 or ref 12-9434765919, 2,000"),
            vec![
                (
                    true,
                    vec![("", "44"), (" (", "0"), (") ", "7700"), (" ", "900123")]
                ),
                (false, vec![("", "12"), ("-", "9434765919")]),
                (false, vec![("", "2")]),
                (false, vec![("", "000")]),
            ]
        );
        assert_eq!(
            shapes("a 1  -  2"),
            vec![(false, vec![("", "1")]), (false, vec![("", "2")])]
        );
        assert_eq!(shapes(""), vec![]);
    }
}
