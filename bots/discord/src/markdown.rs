//! What people typed, made safe to show in a Discord message: markdown characters escaped so a
//! title with `**` or `__` cannot restyle the card around it, and `@everyone`, `@here` and
//! `<@…>` shown as plain text. (Pings are also switched off on every message with allowed
//! mentions; this keeps the text from even looking like one.)

/// Discord's markdown characters, each shown literally when preceded by a backslash.
const MARKUP: &[char] = &[
    '\\', '*', '_', '~', '`', '|', '>', '#', '-', '[', ']', '(', ')', '<', ':',
];

/// `text` with every markdown character escaped and mass mentions broken with a zero-width
/// space, so it reads as typed; direction overrides left open are closed, so they cannot
/// reverse the rest of the message.
pub fn escape(text: &str) -> String {
    let text = crowdsprint_core::domain::display::balance_bidi(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if MARKUP.contains(&c) {
            out.push('\\');
        }
        out.push(c);
        if c == '@' {
            // "@\u{200B}everyone" reads the same and is not a mention.
            out.push('\u{200B}');
        }
    }
    out
}

/// The text `escape` was given back (for a draft shown to its author and read back when
/// they press "post mine anyway").
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| MARKUP.contains(n)) => {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '\u{200B}' if out.ends_with('@') => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` cut to at most `max` characters (not bytes), ending with "…" when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_in_user_text_is_shown_literally() {
        assert_eq!(escape("**bold** _it_"), r"\*\*bold\*\* \_it\_");
        assert_eq!(escape("`code` > quote"), r"\`code\` \> quote");
        assert_eq!(escape("[link](http://x)"), r"\[link\]\(http\://x\)");
    }

    #[test]
    fn a_direction_override_is_closed_before_the_rest_of_the_message() {
        let escaped = escape("Ann\u{2067}x");
        assert!(escaped.ends_with('\u{2069}'), "{escaped:?}");
    }

    #[test]
    fn mentions_are_broken() {
        assert_eq!(escape("@everyone"), "@\u{200B}everyone");
        assert_eq!(escape("<@123>"), "\\<@\u{200B}123\\>");
        assert!(!escape("hi @here").contains("@here"));
    }

    #[test]
    fn unescape_gives_back_what_was_typed() {
        for typed in [
            "**b** _i_ \\ @everyone <@1>",
            "plain",
            "a\\*b",
            "ŵ: (x) [y]",
        ] {
            assert_eq!(unescape(&escape(typed)), typed);
        }
    }

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(
            escape("Fewer missed appointments"),
            "Fewer missed appointments"
        );
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("ŵŵŵŵ", 4), "ŵŵŵŵ");
        assert_eq!(truncate("ŵŵŵŵŵ", 4), "ŵŵŵ…");
        assert_eq!(truncate("abc", 0), "…");
    }
}
