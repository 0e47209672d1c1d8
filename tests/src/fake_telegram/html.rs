//! Telegram's HTML parse mode, after tdlib's parser: the supported tags and character
//! references, the visible text, and Telegram's error wording ("Unsupported start tag \"x\" at
//! byte offset N").
//!
//! Stricter than Telegram in one way, on purpose: an `&` that starts no supported reference
//! (`&lt;` `&gt;` `&amp;` `&quot;` `&#NN;` `&#xHH;`) is refused, where Telegram would show it
//! as typed; so an unescaped `&` in user text is caught in tests.

use super::format::Builder;

const TAGS: &[&str] = &[
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
];

/// Parses HTML-formatted text; an error is the detail after "can't parse entities: ".
pub(crate) fn parse(input: &str) -> Result<Builder, String> {
    let bytes = input.as_bytes();
    let mut out = Builder::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'&' => {
                let (c, len) = reference(&input[i..]).ok_or_else(|| bad_reference(i))?;
                out.push(c);
                i += len;
            }
            b'<' if bytes.get(i + 1) == Some(&b'/') => i = end_tag(input, i, &mut stack, &mut out)?,
            b'<' => i = start_tag(input, i, &mut stack, &out)?,
            _ => {
                let c = input[i..].chars().next().unwrap_or('\u{fffd}');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    match stack.last() {
        Some(open) => Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.tag
        )),
        None => Ok(out),
    }
}

/// An open tag: where its entity starts and what it will be.
#[derive(Debug)]
struct Open {
    tag: String,
    start: usize,
    kind: Option<&'static str>,
    extra: Option<(&'static str, String)>,
}

fn is_space(byte: u8) -> bool {
    matches!(
        byte,
        b' ' | b'\t' | b'\r' | b'\n' | b'\x0b' | b'\x0c' | b'\0'
    )
}

fn bad_reference(at: usize) -> String {
    format!(
        "Unsupported HTML entity at byte offset {at} (the fake Telegram refuses a bare \"&\": \
         escape it as \"&amp;\")"
    )
}

fn start_tag(
    input: &str,
    begin: usize,
    stack: &mut Vec<Open>,
    out: &Builder,
) -> Result<usize, String> {
    let bytes = input.as_bytes();
    let n = bytes.len();
    let unclosed = || format!("Unclosed start tag at byte offset {begin}");
    let mut i = begin + 1;
    while i < n && !is_space(bytes[i]) && bytes[i] != b'>' {
        i += 1;
    }
    if i >= n {
        return Err(unclosed());
    }
    let tag = input[begin + 1..i].to_ascii_lowercase();
    if !TAGS.contains(&tag.as_str()) {
        return Err(format!(
            "Unsupported start tag \"{tag}\" at byte offset {begin}"
        ));
    }
    let mut attributes: Vec<(String, String)> = Vec::new();
    loop {
        while i < n && is_space(bytes[i]) {
            i += 1;
        }
        if i >= n {
            return Err(unclosed());
        }
        if bytes[i] == b'>' {
            break;
        }
        let name_start = i;
        while i < n && !is_space(bytes[i]) && bytes[i] != b'=' && bytes[i] != b'>' {
            i += 1;
        }
        let name = input[name_start..i].to_ascii_lowercase();
        if name.is_empty() {
            return Err(format!(
                "Empty attribute name in the tag \"{tag}\" at byte offset {name_start}"
            ));
        }
        while i < n && is_space(bytes[i]) {
            i += 1;
        }
        if i >= n {
            return Err(unclosed());
        }
        if bytes[i] != b'=' {
            if tag == "blockquote" && name == "expandable" {
                attributes.push((name, String::new()));
                continue;
            }
            return Err(format!(
                "Expected equal sign in declaration of an attribute of the tag \"{tag}\" at byte \
                 offset {begin}"
            ));
        }
        i += 1;
        while i < n && is_space(bytes[i]) {
            i += 1;
        }
        if i >= n {
            return Err(unclosed());
        }
        let mut value = String::new();
        if bytes[i] == b'"' || bytes[i] == b'\'' {
            let quote = bytes[i];
            i += 1;
            loop {
                if i >= n {
                    return Err(unclosed());
                }
                if bytes[i] == quote {
                    i += 1;
                    break;
                }
                if bytes[i] == b'&' {
                    let (c, len) = reference(&input[i..]).ok_or_else(|| bad_reference(i))?;
                    value.push(c);
                    i += len;
                } else {
                    let c = input[i..].chars().next().unwrap_or('\u{fffd}');
                    value.push(c);
                    i += c.len_utf8();
                }
            }
        } else {
            let value_start = i;
            while i < n && !is_space(bytes[i]) && bytes[i] != b'>' {
                i += 1;
            }
            value.push_str(&input[value_start..i]);
        }
        attributes.push((name, value));
    }
    let attribute = |key: &str| {
        attributes
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.clone())
    };
    let start = out.offset();
    let (kind, extra) = match tag.as_str() {
        "b" | "strong" => (Some("bold"), None),
        "i" | "em" => (Some("italic"), None),
        "u" | "ins" => (Some("underline"), None),
        "s" | "strike" | "del" => (Some("strikethrough"), None),
        "tg-spoiler" => (Some("spoiler"), None),
        "span" if attribute("class").as_deref() == Some("tg-spoiler") => (Some("spoiler"), None),
        "span" => {
            return Err(format!(
                "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
            ));
        }
        "a" => match attribute("href") {
            Some(url) if !url.is_empty() => (Some("text_link"), Some(("url", url))),
            _ => (None, None),
        },
        "tg-emoji" => match attribute("emoji-id") {
            Some(id) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => {
                (Some("custom_emoji"), Some(("custom_emoji_id", id)))
            }
            _ => {
                return Err(format!(
                    "Custom emoji entity must contain a valid custom emoji identifier at byte \
                     offset {begin}"
                ));
            }
        },
        "code" => {
            let language = attribute("class")
                .and_then(|class| class.strip_prefix("language-").map(str::to_owned));
            match stack.last_mut() {
                // <pre><code class="language-x"> is one pre entity with a language.
                Some(pre) if pre.tag == "pre" && pre.start == start => {
                    if let Some(language) = language {
                        pre.extra = Some(("language", language));
                    }
                    (None, None)
                }
                _ => (Some("code"), None),
            }
        }
        "pre" => (Some("pre"), None),
        "blockquote" if attribute("expandable").is_some() => (Some("expandable_blockquote"), None),
        _ => (Some("blockquote"), None),
    };
    stack.push(Open {
        tag,
        start,
        kind,
        extra,
    });
    Ok(i + 1)
}

fn end_tag(
    input: &str,
    begin: usize,
    stack: &mut Vec<Open>,
    out: &mut Builder,
) -> Result<usize, String> {
    let bytes = input.as_bytes();
    let n = bytes.len();
    let Some(open) = stack.pop() else {
        return Err(format!("Unexpected end tag at byte offset {begin}"));
    };
    let mut i = begin + 2;
    while i < n && !is_space(bytes[i]) && bytes[i] != b'>' {
        i += 1;
    }
    let name = input[begin + 2..i].to_ascii_lowercase();
    while i < n && is_space(bytes[i]) {
        i += 1;
    }
    if i >= n || bytes[i] != b'>' {
        return Err(format!("Unclosed end tag at byte offset {begin}"));
    }
    if !name.is_empty() && name != open.tag {
        return Err(format!(
            "Unmatched end tag at byte offset {begin}, expected \"</{}>\", found \"</{name}>\"",
            open.tag
        ));
    }
    if let Some(kind) = open.kind {
        out.entity(kind, open.start, open.extra);
    }
    Ok(i + 1)
}

/// Decodes the character reference at the start of `text` (which starts with `&`): the
/// character and how many bytes it took, or `None` if Telegram does not support it.
fn reference(text: &str) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let (c, end) = if bytes.get(1) == Some(&b'#') {
        let (radix, start) = if matches!(bytes.get(2), Some(b'x' | b'X')) {
            (16, 3)
        } else {
            (10, 2)
        };
        let mut end = start;
        while end < bytes.len() && char::from(bytes[end]).is_digit(radix) {
            end += 1;
        }
        if end == start || end - start > 8 {
            return None;
        }
        let code = u32::from_str_radix(&text[start..end], radix).ok()?;
        (char::from_u32(code).filter(|c| *c != '\0')?, end)
    } else {
        let mut end = 1;
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let c = match &text[1..end] {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            _ => return None,
        };
        (c, end)
    };
    let len = if bytes.get(end) == Some(&b';') {
        end + 1
    } else {
        end
    };
    Some((c, len))
}

#[cfg(test)]
mod tests {
    use super::super::format;
    use serde_json::json;

    fn visible(html: &str) -> Result<String, String> {
        format::parse(html, Some("HTML"))
            .map(|parsed| parsed.text)
            .map_err(|error| error.description)
    }

    fn refused(html: &str) -> String {
        visible(html).expect_err(html)
    }

    #[test]
    fn supported_tags_and_references_give_the_visible_text() {
        let html = "<b>Bold</b> <strong>s</strong> <i>i</i><em>e</em> <u>u</u><ins>n</ins> \
                    <s>s</s><strike>k</strike><del>d</del> <a href=\"https://x.test/?a=1&amp;b=2\">link</a> \
                    <code>a &lt; b</code> <pre>p</pre> <tg-spoiler>t</tg-spoiler> \
                    <span class=\"tg-spoiler\">sp</span> <blockquote>q</blockquote> \
                    <blockquote expandable>x</blockquote> &quot;&amp;&gt;&#39;&#x1F600;";
        assert_eq!(
            visible(html).unwrap(),
            "Bold s ie un skd link a < b p t sp q x \"&>'😀"
        );
    }

    #[test]
    fn entities_are_reported_in_utf16_units() {
        let parsed = format::parse("😀 <b>x</b> <a href='https://a.test'>y</a>", Some("html"));
        assert_eq!(
            parsed.unwrap().entities,
            vec![
                json!({"type": "bold", "offset": 3, "length": 1}),
                json!({"type": "text_link", "offset": 5, "length": 1, "url": "https://a.test"}),
            ]
        );
    }

    #[test]
    fn pre_with_a_code_language_is_one_entity() {
        let parsed = format::parse(
            "<pre><code class=\"language-rust\">fn</code></pre>",
            Some("HTML"),
        );
        assert_eq!(
            parsed.unwrap().entities,
            vec![json!({"type": "pre", "offset": 0, "length": 2, "language": "rust"})]
        );
    }

    #[test]
    fn telegram_refuses_what_it_cannot_parse() {
        let prefix = "Bad Request: can't parse entities: ";
        assert_eq!(
            refused("1 < 2"),
            format!("{prefix}Unsupported start tag \"\" at byte offset 2")
        );
        assert_eq!(
            refused("see <idea>"),
            format!("{prefix}Unsupported start tag \"idea\" at byte offset 4")
        );
        assert_eq!(
            refused("<b>x</i>"),
            format!(
                "{prefix}Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\""
            )
        );
        assert_eq!(
            refused("<b>x"),
            format!("{prefix}Can't find end tag corresponding to start tag \"b\"")
        );
        assert_eq!(
            refused("x</b>"),
            format!("{prefix}Unexpected end tag at byte offset 1")
        );
        assert_eq!(
            refused("<b"),
            format!("{prefix}Unclosed start tag at byte offset 0")
        );
        assert!(refused("R&D").contains("Unsupported HTML entity at byte offset 1"));
        assert!(refused("&nbsp;").contains("Unsupported HTML entity"));
        assert!(refused("<span>x</span>").contains("must have class \"tg-spoiler\""));
        assert!(refused("<a href=\"x>y</a>").contains("Unclosed start tag"));
    }

    #[test]
    fn a_bare_greater_than_is_text() {
        assert_eq!(visible("2 > 1").unwrap(), "2 > 1");
    }
}
