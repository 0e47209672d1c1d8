//! Invisible characters that a one-line name or title must not keep.
//!
//! Names, titles and reasons are shown inside other text: lists, cards, "Alice commented on
//! ...". A bidi override in a name (U+202E) would reverse what follows it in the line; a
//! zero-width space makes "Admin" and "Ad\u{200B}min" two different names that look the same,
//! or a title that looks empty. Bodies keep what was typed and are made safe where they are
//! shown instead (see `display::balance_bidi`).

/// Bidi controls: embeddings, overrides and isolates with their closers, and the direction marks.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Characters with no width: zero-width space, non-joiner and joiner, word joiner, zero-width
/// no-break space (byte order mark) and soft hyphen.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// `text` without bidi controls and zero-width characters, except a zero-width joiner between
/// two emoji.
///
/// The joiner is what makes 👩‍⚕️ (woman, joiner, staff of Aesculapius) one health-worker emoji,
/// and NHS staff put such emoji in their names. Between two emoji it only ever builds a
/// combined emoji; anywhere else it is invisible and only disguises text, so it goes.
pub(crate) fn strip_invisible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let keep = if c == '\u{200D}' {
            out.chars().next_back().is_some_and(ends_emoji)
                && chars.peek().copied().is_some_and(is_pictographic)
        } else {
            !is_bidi_control(c) && !is_zero_width(c)
        };
        if keep {
            out.push(c);
        }
    }
    out
}

/// Whether `c` can end an emoji that a joiner continues: a pictograph, the emoji variation
/// selector (👩‍⚕️ is ⚕ U+FE0F) or a skin tone (inside the pictograph block).
fn ends_emoji(c: char) -> bool {
    c == '\u{FE0F}' || is_pictographic(c)
}

/// The blocks that hold emoji pictographs. Broader than Unicode's Extended_Pictographic list
/// (arrows and technical symbols are in), which only means a joiner between two such symbols
/// stays; no text is hidden by that.
fn is_pictographic(c: char) -> bool {
    matches!(
        c,
        '\u{00A9}'
            | '\u{00AE}'
            | '\u{203C}'
            | '\u{2049}'
            | '\u{2122}'
            | '\u{2139}'
            | '\u{2190}'..='\u{21FF}'
            | '\u{2300}'..='\u{23FF}'
            | '\u{2600}'..='\u{27BF}'
            | '\u{2B00}'..='\u{2BFF}'
            | '\u{3030}'
            | '\u{303D}'
            | '\u{3297}'
            | '\u{3299}'
            | '\u{1F000}'..='\u{1FAFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisibles_go_and_emoji_joiners_stay() {
        let cases = [
            ("abc\u{200B}def", "abcdef"),
            ("\u{202E}Alice\u{202C}", "Alice"),
            ("Ad\u{200D}min", "Admin"),
            (
                "\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}",
                "",
            ),
            ("\u{FEFF}\u{2060}\u{AD}\u{200C}", ""),
            // Health worker, with and without a skin tone; a rainbow flag.
            ("Sam 👩\u{200D}⚕\u{FE0F}", "Sam 👩\u{200D}⚕\u{FE0F}"),
            ("👩🏽\u{200D}⚕\u{FE0F}", "👩🏽\u{200D}⚕\u{FE0F}"),
            ("🏳\u{FE0F}\u{200D}🌈", "🏳\u{FE0F}\u{200D}🌈"),
            // A joiner at either end, or next to a letter, is only a disguise.
            ("\u{200D}🌈", "🌈"),
            ("🌈\u{200D}", "🌈"),
            ("🌈\u{200D}a", "🌈a"),
            ("🌈\u{200D}\u{200D}🌈", "🌈\u{200D}🌈"),
            ("تحسين 🏥", "تحسين 🏥"),
        ];
        for (text, stripped) in cases {
            assert_eq!(strip_invisible(text), stripped, "{text:?}");
        }
    }
}
