//! Folds the many ways of writing the same characters into one before the detectors look.
//!
//! "943 476 5919" can arrive as fullwidth or Arabic-Indic digits, with no-break or thin spaces,
//! with en dashes, or with zero-width characters slipped between the digits. Each detector would
//! otherwise need to know every variant; after folding it sees ASCII digits, plain spaces, `-`
//! for every dash and nothing invisible. The folded copy is only ever scanned, never stored.

use unicode_normalization::UnicodeNormalization;

/// The folded copy of `text` the detectors scan.
pub(super) fn normalise(text: &str) -> String {
    // Invisible characters go first, so NFKC sees the digits they separated as neighbours.
    text.chars()
        .filter(|c| !is_invisible(*c))
        .nfkc()
        .filter(|c| !is_invisible(*c))
        .map(fold)
        .collect()
}

/// Characters that show nothing (or only change direction or shape), which someone could put
/// between digits or letters to break a pattern without changing what a reader sees.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'                      // soft hyphen
        | '\u{034F}'                    // combining grapheme joiner
        | '\u{061C}'                    // Arabic letter mark
        | '\u{180E}'                    // Mongolian vowel separator
        | '\u{200B}'..='\u{200F}'       // zero-width space, joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}'       // bidi embeddings and overrides
        | '\u{2060}'..='\u{206F}'       // word joiner, invisible operators, bidi isolates
        | '\u{20E3}'                    // combining keycap: 9️⃣ reads as 9
        | '\u{FE00}'..='\u{FE0F}'       // variation selectors
        | '\u{FEFF}'                    // zero-width no-break space
        | '\u{FFF9}'..='\u{FFFB}'       // interlinear annotation marks
        | '\u{E0000}'..='\u{E007F}'     // tags
        | '\u{E0100}'..='\u{E01EF}' // variation selectors supplement
    )
}

/// One character as the detectors want it: any decimal digit as ASCII, every dash as `-`, every
/// line break as `\n` and every other space as ` `.
fn fold(c: char) -> char {
    match c {
        '0'..='9' | ' ' | '\n' => c,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => '\n',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        c if c.is_whitespace() => ' ',
        c => ascii_digit(c).unwrap_or(c),
    }
}

/// The first code point of each block of ten decimal digits (Unicode 16, general category Nd)
/// that NFKC leaves alone. NFKC already turns fullwidth, mathematical and segmented digits into
/// ASCII; these are the scripts' own digits, which it keeps.
const DIGIT_ZEROS: [u32; 68] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1E140, 0x1E2F0,
    0x1E4F0, 0x1E5F1, 0x1E950,
];

/// The ASCII digit a script's own decimal digit stands for.
fn ascii_digit(c: char) -> Option<char> {
    let code = u32::from(c);
    // The table is sorted: the block holding `c`, if any, starts at the last zero at or below it.
    let block = DIGIT_ZEROS.partition_point(|&zero| zero <= code);
    let zero = *DIGIT_ZEROS.get(block.checked_sub(1)?)?;
    let value = code - zero;
    (value < 10).then(|| char::from_digit(value, 10)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_spaces_dashes_and_invisibles_fold() {
        let cases = [
            ("٩٤٣ ٤٧٦ ٥٩١٩", "943 476 5919"),
            ("۹۴۳۴۷۶۵۹۱۹", "9434765919"),
            ("९४३४७६५९१९", "9434765919"),
            ("੯੪੩", "943"),
            ("৯৪৩", "943"),
            ("９４３－４７６－５９１９", "943-476-5919"),
            ("943\u{A0}476\u{2009}5919\u{202F}x", "943 476 5919 x"),
            ("943\u{200B}476\u{2060}59\u{AD}19", "9434765919"),
            ("943–476—5919", "943-476-5919"),
            ("\u{202E}9434765919\u{202C}", "9434765919"),
            ("9\u{FE0F}\u{20E3}4\u{FE0F}\u{20E3}", "94"),
            ("a\r\nb", "a\n\nb"),
            ("jo＠nhs.net", "jo@nhs.net"),
        ];
        for (text, folded) in cases {
            assert_eq!(normalise(text), folded, "{text}");
        }
    }

    #[test]
    fn the_digit_table_covers_every_decimal_digit() {
        let decimal = super::super::compile(r"^\d$");
        for zero in DIGIT_ZEROS {
            for value in 0..10 {
                let c = char::from_u32(zero + value).map(String::from);
                assert!(
                    c.as_deref().is_some_and(|c| decimal.is_match(c)),
                    "{zero:X}+{value} is not a decimal digit"
                );
            }
        }
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if decimal.is_match(c.encode_utf8(&mut buf)) {
                let folded = normalise(c.encode_utf8(&mut buf));
                assert!(
                    folded.len() == 1 && folded.as_bytes()[0].is_ascii_digit(),
                    "U+{:04X} folds to {folded:?}",
                    u32::from(c)
                );
            }
        }
    }
}
