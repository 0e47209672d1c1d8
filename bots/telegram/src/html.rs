//! Telegram's HTML parse mode: escaping what people typed, measuring text the way Telegram
//! does, and splitting long messages into parts that are each valid HTML on their own.
//!
//! Everything the bot sends is HTML built by `render`, where every user-supplied value has gone
//! through `escape`. A single stray `<` is a 400 "can't parse entities" and the reply is lost,
//! so escaping is not optional anywhere.

mod tokens;

use crowdsprint_core::domain::display::balance_bidi;
use tokens::{Token, tokenize};

/// The most a message's text may hold after entity parsing.
pub const MAX_MESSAGE_LEN: usize = 4096;
/// The most a photo or document caption may hold after entity parsing.
pub const MAX_CAPTION_LEN: usize = 1024;

/// Escapes text for use between tags: `&`, `<` and `>` are the only characters Telegram's
/// HTML parser treats specially there. Direction overrides someone left open are closed, so
/// their text cannot reverse the rest of the message.
pub fn escape(text: &str) -> String {
    escape_with(&balance_bidi(text), false)
}

/// Escapes text for use inside a double-quoted attribute value (`<a href="...">`): also `"`.
pub fn escape_attr(text: &str) -> String {
    escape_with(text, true)
}

/// How long `html` is once Telegram has parsed it: tags count nothing, an entity counts as the
/// character it stands for. Counted in UTF-16 code units, as Telegram counts entity offsets:
/// an emoji counts two. That is never less than a count of characters, so a text within this
/// measure is within Telegram's limit whichever way the server counts.
pub fn visible_len(html: &str) -> usize {
    tokenize(html).iter().map(Token::width).sum()
}

/// Splits rendered HTML into messages Telegram accepts (`MAX_MESSAGE_LEN`).
pub fn split_message(html: &str) -> Vec<String> {
    split_html(html, MAX_MESSAGE_LEN)
}

/// Fits rendered HTML into one message: text that fits is returned unchanged; longer text is
/// cut where `split_html` would first break it and `more` (HTML, such as "… /show 12 for the
/// rest") is added on a line of its own. For public copies in groups, which are recorded as one
/// message each so that hiding or erasing can redraw them all.
pub fn fit_message(html: &str, more: &str) -> String {
    if visible_len(html) <= MAX_MESSAGE_LEN {
        return html.to_owned();
    }
    let room = MAX_MESSAGE_LEN.saturating_sub(visible_len(more) + 1);
    let first = split_html(html, room)
        .into_iter()
        .next()
        .unwrap_or_default();
    format!("{first}\n{more}")
}

/// Splits rendered HTML into parts of at most `limit` (as `visible_len` measures), breaking at
/// the last paragraph break that fits, else the last line break, else the last space, else
/// between two characters (never inside a tag, an entity or a joined emoji). Tags still open
/// at a break are closed at the end of the part and opened again at the start of the next, so
/// every part is valid on its own. Whitespace at a break is dropped; a text with nothing
/// visible gives no parts, since Telegram refuses empty messages. Text that fits is returned
/// unchanged. Assumes well-formed input (as `render` makes); anything else never panics.
pub fn split_html(html: &str, limit: usize) -> Vec<String> {
    let tokens = tokenize(html);
    if !tokens.iter().any(Token::is_ink) {
        return Vec::new();
    }
    if tokens.iter().map(Token::width).sum::<usize>() <= limit {
        return vec![html.to_owned()];
    }
    let mut parts = Vec::new();
    let mut open: Vec<Token<'_>> = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let end = find_cut(&tokens, start, limit);
        let (part, still_open) = render_part(&open, &tokens[start..end]);
        if let Some(part) = part {
            parts.push(part);
        }
        open = still_open;
        start = end;
    }
    parts
}

fn escape_with(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

/// Where the part starting at `start` ends: everything if it fits, else the best break.
fn find_cut(tokens: &[Token<'_>], start: usize, limit: usize) -> usize {
    let (mut width, mut seen_ink) = (0, false);
    let (mut paragraph, mut line, mut space) = (None, None, None);
    let mut run_start: Option<usize> = None;
    let mut newlines_in_run = 0;
    for (i, token) in tokens.iter().enumerate().skip(start) {
        if !seen_ink && token.is_space() {
            continue; // dropped from the start of the part, so it takes no room
        }
        if token.width() > 0 && width + token.width() > limit {
            return paragraph
                .or(line)
                .or(space)
                .unwrap_or_else(|| hard_cut(tokens, start, i));
        }
        width += token.width();
        // Whitespace runs are the break candidates; a break is taken at a run's first character
        // so the whole run can be dropped. Tags inside a run do not end it.
        match token.char() {
            Some(c) if c.is_whitespace() => {
                let first = *run_start.get_or_insert(i);
                if seen_ink {
                    if c == '\n' {
                        newlines_in_run += 1;
                        line = Some(first);
                        if newlines_in_run >= 2 {
                            paragraph = Some(first);
                        }
                    } else {
                        space = Some(first);
                    }
                }
            }
            Some(_) => {
                seen_ink = true;
                run_start = None;
                newlines_in_run = 0;
            }
            None => {}
        }
    }
    tokens.len()
}

/// A break between two characters at `at` or just before it, moved back so that a joined emoji
/// sequence (ZWJ, variation selectors, skin tones) or a combining accent stays whole.
fn hard_cut(tokens: &[Token<'_>], start: usize, at: usize) -> usize {
    if at <= start {
        // Not even one character fits (a limit below 2): take it anyway, or never finish.
        return start + 1;
    }
    let joined = |i: usize| joins_previous(tokens[i].char()) || is_zwj(tokens[i - 1].char());
    let mut cut = at;
    while cut > start && joined(cut) {
        cut -= 1;
    }
    // One sequence longer than the limit has to be broken somewhere.
    if cut == start { at } else { cut }
}

fn is_zwj(c: Option<char>) -> bool {
    c == Some('\u{200D}')
}

fn joins_previous(c: Option<char>) -> bool {
    matches!(
        c,
        Some(
            '\u{200D}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{0300}'..='\u{036F}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{1F3FB}'..='\u{1F3FF}'
            | '\u{E0020}'..='\u{E007F}',
        )
    )
}

/// One part: the tags open before it re-opened, its tokens without surrounding whitespace,
/// and the tags still open at its end closed. Returns the part (unless nothing visible is left)
/// and the tags still open for the next part.
fn render_part<'a>(open: &[Token<'a>], body: &[Token<'a>]) -> (Option<String>, Vec<Token<'a>>) {
    let first = body.iter().position(Token::is_ink);
    let last = body.iter().rposition(Token::is_ink);
    let mut stack: Vec<Token<'a>> = open.to_vec();
    let mut out: Vec<Token<'a>> = open.to_vec();
    for (i, token) in body.iter().enumerate() {
        let outside = first.is_none_or(|f| i < f) || last.is_none_or(|l| i > l);
        match token {
            Token::Unit { .. } if token.is_space() && outside => {}
            Token::Unit { .. } => out.push(*token),
            Token::Open { .. } => {
                stack.push(*token);
                out.push(*token);
            }
            Token::Close { name, .. } => {
                // Only the innermost open tag may close: a stray or crossed close tag would
                // be refused, so it is dropped and the end of the part closes what is open.
                if !stack.last().is_some_and(|t| same_name(t, name)) {
                    continue;
                }
                stack.pop();
                // `<b></b>` left over from a break carries nothing; leave it out.
                if out.last().is_some_and(|t| same_name(t, name)) {
                    out.pop();
                } else {
                    out.push(*token);
                }
            }
        }
    }
    if first.is_none() {
        return (None, stack);
    }
    let mut text: String = out.iter().map(raw).collect();
    for token in stack.iter().rev() {
        if let Token::Open { name, .. } = token {
            text.push_str(&format!("</{name}>"));
        }
    }
    (Some(text), stack)
}

fn same_name(token: &Token<'_>, wanted: &str) -> bool {
    matches!(token, Token::Open { name, .. } if name.eq_ignore_ascii_case(wanted))
}

fn raw<'a>(token: &Token<'a>) -> &'a str {
    match token {
        Token::Open { raw, .. } | Token::Close { raw, .. } | Token::Unit { raw, .. } => raw,
    }
}

#[cfg(test)]
mod tests;
