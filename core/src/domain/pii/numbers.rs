//! NHS numbers and UK phone numbers among the numbers of a text.
//!
//! Both are tried from every group of every number, and a candidate must end where a group ends:
//! a window cut from the middle of a longer run of digits is a different number.

use super::tokens::{Group, Number, numbers, written_as_one};

/// Which kinds of number a text holds.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Found {
    pub nhs_number: bool,
    pub phone_number: bool,
}

/// Looks for NHS numbers and UK phone numbers in folded text.
pub(super) fn find(text: &str) -> Found {
    let mut found = Found::default();
    for number in numbers(text) {
        let phones = phones(&number);
        found.phone_number |= !phones.is_empty();
        found.nhs_number |= has_nhs_number(&number, &phones);
        if found.phone_number && found.nhs_number {
            break;
        }
    }
    found
}

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

/// Groups `first..=last` of one number.
type Span = (usize, usize);

/// Ten digits over whole groups, written as one number, passing the check, and not the national
/// part of a phone number just found ("+44 20 7946 0958" also has ten digits after the 44).
fn has_nhs_number(number: &Number<'_>, phones: &[Span]) -> bool {
    let groups = &number.groups;
    (0..groups.len()).any(|first| {
        let mut count = 0;
        for (last, group) in groups.iter().enumerate().skip(first) {
            count += group.digits.len();
            if count > 10 {
                return false;
            }
            if count == 10 {
                let candidate = &groups[first..=last];
                return written_as_one(candidate)
                    && !phones.iter().any(|&(a, b)| a <= first && last <= b)
                    && is_valid_nhs_number(&concat(candidate));
            }
        }
        false
    })
}

/// The longest UK number: 0044, a trunk 0 and ten digits.
const LONGEST_PHONE: usize = 16;

/// Every UK phone number in `number`, as the groups it covers.
///
/// A UK number is `0` and 9 or 10 more digits, or `+44`/`0044`, an optional trunk `(0)` and 9 or
/// 10 digits. The first digit after the `0` (or after `44`) is never another `0`.
fn phones(number: &Number<'_>) -> Vec<Span> {
    let groups = &number.groups;
    let mut spans = Vec::new();
    for first in 0..groups.len() {
        // Digits from this group on, and how many there are at the end of each group.
        let mut digits = String::new();
        let mut ends = Vec::new();
        for group in &groups[first..] {
            if digits.len() + group.digits.len() > LONGEST_PHONE {
                break;
            }
            digits.push_str(group.digits);
            ends.push(digits.len());
        }
        let international = if first == 0 && number.plus && digits.starts_with("44") {
            Some(2)
        } else if digits.starts_with("0044") {
            Some(4)
        } else {
            None
        };
        let (start, counts) = match international {
            // The trunk 0 may be written after the country code: "+44 (0) 20 7946 0958".
            Some(prefix) => (
                prefix + usize::from(digits[prefix..].starts_with('0')),
                9..=10,
            ),
            None if digits.starts_with('0') => (0, 10..=11),
            None => continue,
        };
        // The first digit after the 0 or the 44 is never 0: "00" starts a call abroad.
        let significant = start + usize::from(international.is_none());
        if !digits
            .as_bytes()
            .get(significant)
            .is_some_and(|b| (b'1'..=b'9').contains(b))
        {
            continue;
        }
        for (offset, &end) in ends.iter().enumerate() {
            let last = first + offset;
            // The +44 or 0044 is cue enough: any grouping is taken after it.
            let plain = international.is_some() || written_as_one(&groups[first..=last]);
            if end > start && counts.contains(&(end - start)) && plain {
                spans.push((first, last));
            }
        }
    }
    spans
}

fn concat(groups: &[Group<'_>]) -> String {
    groups.iter().map(|g| g.digits).collect()
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
        assert!(!is_valid_nhs_number("1234567890"));
    }

    #[test]
    fn numbers_are_found_at_any_group() {
        let nhs = |text: &str| find(text).nhs_number;
        let phone = |text: &str| find(text).phone_number;
        assert!(nhs("ref 12 9434765919"));
        assert!(nhs("9434765918 9434765919"));
        assert!(nhs("9434765918-943-476-5919"));
        assert!(!nhs("99434765919"));
        assert!(!nhs("94347659190"));
        assert!(phone("ref 12 07700 900123"));
        assert!(phone("+44 (0) 7700 900123"));
        assert!(phone("0044 7700 900123"));
        assert!(!phone("01/04/2025-31/03/2026"));
        assert!(!phone("+44 00 7700 900123"));
        assert!(!phone("00 7700 900123"));
    }

    #[test]
    fn a_phone_number_is_not_also_an_nhs_number() {
        // 7700 900000 passes the check as ten digits; after +44 it is a mobile number.
        assert!(is_valid_nhs_number("7700900000"));
        for text in ["+44 7700 900000", "0044 7700 900000", "+44(0)7700-900-000"] {
            assert_eq!(
                find(text),
                Found {
                    nhs_number: false,
                    phone_number: true
                },
                "{text}"
            );
        }
    }
}
