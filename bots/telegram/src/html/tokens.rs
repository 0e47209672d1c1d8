//! Reading Telegram HTML into tokens: tags, and visible characters written as themselves or
//! as entities. Lenient by design: whatever does not read as a tag or an entity is text, so
//! nothing here can fail.

/// One piece of HTML: a tag, or one visible character written as itself or as an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token<'a> {
    Open {
        name: &'a str,
        raw: &'a str,
    },
    Close {
        name: &'a str,
        raw: &'a str,
    },
    Unit {
        raw: &'a str,
        width: usize,
        ch: char,
    },
}

impl Token<'_> {
    pub(super) fn width(&self) -> usize {
        match self {
            Token::Unit { width, .. } => *width,
            Token::Open { .. } | Token::Close { .. } => 0,
        }
    }

    /// A visible character that is not whitespace.
    pub(super) fn is_ink(&self) -> bool {
        matches!(self, Token::Unit { ch, .. } if !ch.is_whitespace())
    }

    pub(super) fn is_space(&self) -> bool {
        matches!(self, Token::Unit { ch, .. } if ch.is_whitespace())
    }

    pub(super) fn char(&self) -> Option<char> {
        match self {
            Token::Unit { ch, .. } => Some(*ch),
            _ => None,
        }
    }
}

pub(super) fn tokenize(html: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(html.len());
    let mut i = 0;
    while i < html.len() {
        let tail = &html[i..];
        // A tag ends at the first `>`; a `<` met first means this `<` starts no tag. Stopping
        // there keeps reading linear however many stray `<` a text holds.
        if tail.starts_with('<')
            && let Some(end) = tail[1..].find(['<', '>']).map(|at| at + 1)
            && tail[end..].starts_with('>')
            && let Some(tag) = tag(&tail[..=end])
        {
            tokens.push(tag);
            i += end + 1;
            continue;
        }
        if tail.starts_with('&')
            && let Some((raw, ch)) = entity(tail)
        {
            tokens.push(Token::Unit {
                raw,
                width: ch.len_utf16(),
                ch,
            });
            i += raw.len();
            continue;
        }
        let Some(ch) = tail.chars().next() else {
            break;
        };
        let raw = &tail[..ch.len_utf8()];
        tokens.push(Token::Unit {
            raw,
            width: ch.len_utf16(),
            ch,
        });
        i += raw.len();
    }
    tokens
}

/// `<name ...>` or `</name>`; anything else that starts with `<` is left as text.
fn tag(raw: &str) -> Option<Token<'_>> {
    let inner = raw.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name = inner.split(char::is_whitespace).next()?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    Some(if closing {
        Token::Close { name, raw }
    } else {
        Token::Open { name, raw }
    })
}

/// `&amp;`, `&#128512;`, `&#x1F600;`: the raw entity and the character it stands for.
fn entity(tail: &str) -> Option<(&str, char)> {
    let end = tail.char_indices().take(12).find(|(_, c)| *c == ';')?.0;
    let raw = &tail[..=end];
    let body = &raw[1..end];
    let ch = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
    } else if let Some(dec) = body.strip_prefix('#') {
        char::from_u32(dec.parse().ok()?)?
    } else if !body.is_empty() && body.chars().all(|c| c.is_ascii_alphabetic()) {
        match body {
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "amp" => '&',
            // Telegram knows only the four above; any other name still counts one character.
            _ => '?',
        }
    } else {
        return None;
    };
    Some((raw, ch))
}
