//! Telegram's MarkdownV2 and legacy Markdown parse modes, close to tdlib's parsers: the visible
//! text, the entities, and the 400 for a reserved character left unescaped or an entity left open.

use super::format::Builder;

const RESERVED: &str = "_*[]()~`>#+-=|{}.!";

#[derive(Debug)]
struct Open {
    kind: &'static str,
    name: &'static str,
    start: usize,
    byte: usize,
}

/// Parses MarkdownV2; an error is the detail after "can't parse entities: ".
pub(crate) fn parse_v2(input: &str) -> Result<Builder, String> {
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    let mut out = Builder::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (byte, c) = chars[k];
        let next = at(k + 1);
        if c == '\\' {
            match next {
                Some(escaped) if u32::from(escaped) > 0 && u32::from(escaped) < 127 => {
                    out.push(escaped);
                    k += 2;
                }
                _ => {
                    out.push('\\');
                    k += 1;
                }
            }
            continue;
        }
        let in_code =
            matches!(stack.last(), Some(open) if open.kind == "code" || open.kind == "pre");
        if (in_code && c != '`') || (!in_code && !RESERVED.contains(c)) {
            out.push(c);
            k += 1;
            continue;
        }
        // A reserved character: does it close the innermost entity?
        if let Some(open) = stack.last() {
            let closes = match open.kind {
                "bold" => c == '*',
                "italic" => c == '_' && next != Some('_'),
                "underline" => c == '_' && next == Some('_'),
                "strikethrough" => c == '~',
                "spoiler" => c == '|' && next == Some('|'),
                "code" => c == '`',
                "pre" => c == '`' && next == Some('`') && at(k + 2) == Some('`'),
                "text_link" => c == ']',
                _ => false,
            };
            if closes {
                let open = stack.pop().expect("the innermost entity was just seen");
                k += match open.kind {
                    "underline" | "spoiler" => 2,
                    "pre" => 3,
                    _ => 1,
                };
                if open.kind == "text_link" {
                    if at(k) == Some('(') {
                        let mut url = String::new();
                        k += 1;
                        loop {
                            match at(k) {
                                None => {
                                    return Err(format!(
                                        "Can't find end of a URL at byte offset {}",
                                        open.byte
                                    ));
                                }
                                Some(')') => break,
                                Some('\\') if at(k + 1).is_some() => {
                                    url.extend(at(k + 1));
                                    k += 2;
                                }
                                Some(other) => {
                                    url.push(other);
                                    k += 1;
                                }
                            }
                        }
                        k += 1;
                        out.entity("text_link", open.start, Some(("url", url)));
                    }
                } else {
                    out.entity(open.kind, open.start, None);
                }
                continue;
            }
        }
        let line_start = k == 0 || at(k - 1) == Some('\n');
        let (kind, name, width) = match c {
            '*' => ("bold", "Bold", 1),
            '_' if next == Some('_') => ("underline", "Underline", 2),
            '_' => ("italic", "Italic", 1),
            '~' => ("strikethrough", "Strikethrough", 1),
            '|' if next == Some('|') => ("spoiler", "Spoiler", 2),
            '[' => ("text_link", "TextUrl", 1),
            '`' if next == Some('`') && at(k + 2) == Some('`') => ("pre", "Pre", 3),
            '`' => ("code", "Code", 1),
            '>' if line_start => {
                // A blockquote line: the marker is not shown.
                k += 1;
                continue;
            }
            _ => {
                return Err(format!(
                    "Character '{c}' is reserved and must be escaped with the preceding '\\'"
                ));
            }
        };
        if stack.iter().any(|open| open.kind == kind) {
            return Err(format!(
                "Can't find end of {name} entity at byte offset {}",
                byte
            ));
        }
        k += width;
        if kind == "pre" {
            // The rest of the opening line names the language.
            let line_end = (k..chars.len()).find(|&j| chars[j].1 == '\n');
            if let Some(end) = line_end {
                let language: String = chars[k..end].iter().map(|(_, c)| c).collect();
                if !language.contains(char::is_whitespace) {
                    k = end + 1;
                }
            }
        }
        stack.push(Open {
            kind,
            name,
            start: out.offset(),
            byte,
        });
    }
    match stack.last() {
        Some(open) => Err(format!(
            "Can't find end of {} entity at byte offset {}",
            open.name, open.byte
        )),
        None => Ok(out),
    }
}

/// Parses legacy Markdown (`*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````,
/// `[text](url)`; no nesting).
pub(crate) fn parse_legacy(input: &str) -> Result<Builder, String> {
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    let mut out = Builder::default();
    let mut k = 0;
    while k < chars.len() {
        let (byte, c) = chars[k];
        let unclosed = || format!("Can't find end of the entity starting at byte offset {byte}");
        match c {
            '\\' if matches!(at(k + 1), Some('_' | '*' | '`' | '[')) => {
                if let Some(escaped) = at(k + 1) {
                    out.push(escaped);
                }
                k += 2;
            }
            '*' | '_' | '`' => {
                let fence = c == '`' && at(k + 1) == Some('`') && at(k + 2) == Some('`');
                let width = if fence { 3 } else { 1 };
                let from = k + width;
                let end = (from..chars.len())
                    .find(|&j| {
                        chars[j].1 == c
                            && (!fence || (at(j + 1) == Some('`') && at(j + 2) == Some('`')))
                    })
                    .ok_or_else(unclosed)?;
                let start = out.offset();
                for (_, inner) in &chars[from..end] {
                    out.push(*inner);
                }
                let kind = match (c, fence) {
                    ('*', _) => "bold",
                    ('_', _) => "italic",
                    (_, true) => "pre",
                    _ => "code",
                };
                out.entity(kind, start, None);
                k = end + width;
            }
            '[' => {
                let close = (k + 1..chars.len())
                    .find(|&j| chars[j].1 == ']')
                    .ok_or_else(unclosed)?;
                let start = out.offset();
                for (_, inner) in &chars[k + 1..close] {
                    out.push(*inner);
                }
                k = close + 1;
                if at(k) == Some('(') {
                    let end = (k + 1..chars.len())
                        .find(|&j| chars[j].1 == ')')
                        .ok_or_else(unclosed)?;
                    let url: String = chars[k + 1..end].iter().map(|(_, c)| c).collect();
                    out.entity("text_link", start, Some(("url", url)));
                    k = end + 1;
                }
            }
            _ => {
                out.push(c);
                k += 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::format;
    use serde_json::json;

    fn v2(text: &str) -> Result<String, String> {
        format::parse(text, Some("MarkdownV2"))
            .map(|parsed| parsed.text)
            .map_err(|error| error.description)
    }

    #[test]
    fn escaped_text_and_entities_parse() {
        assert_eq!(
            v2(r"*bold* _it_ __u__ ~s~ ||sp|| `a.b` [link](https://x.test/a\)b) 1\.5\!").unwrap(),
            "bold it u s sp a.b link 1.5!"
        );
        let parsed = format::parse("x *b* [l](https://a.test)", Some("MarkdownV2")).unwrap();
        assert_eq!(
            parsed.entities,
            vec![
                json!({"type": "bold", "offset": 2, "length": 1}),
                json!({"type": "text_link", "offset": 4, "length": 1, "url": "https://a.test"}),
            ]
        );
    }

    #[test]
    fn pre_blocks_take_a_language_line() {
        assert_eq!(v2("```rust\nfn main() {}\n```").unwrap(), "fn main() {}");
    }

    #[test]
    fn unescaped_reserved_characters_are_refused() {
        let error = v2("Idea no. 5!").unwrap_err();
        assert_eq!(
            error,
            "Bad Request: can't parse entities: Character '.' is reserved and must be escaped \
             with the preceding '\\'"
        );
        assert!(
            v2("*open")
                .unwrap_err()
                .contains("Can't find end of Bold entity at byte offset 0")
        );
    }

    #[test]
    fn legacy_markdown_needs_closed_entities() {
        let parsed = format::parse("*b* _i_ `c` [l](https://a.test) 1.5!", Some("Markdown"));
        assert_eq!(parsed.unwrap().text, "b i c l 1.5!");
        let error = format::parse("snake_case", Some("Markdown")).unwrap_err();
        assert!(
            error
                .description
                .contains("Can't find end of the entity starting at byte offset 5")
        );
    }
}
