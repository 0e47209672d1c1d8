//! Table tests for escaping, measuring and splitting Telegram HTML.

use super::*;

#[test]
fn a_direction_override_in_user_text_cannot_reverse_the_rest_of_the_message() {
    // U+202E (right-to-left override) left open would flip everything after the name.
    let name = "Ann\u{202E}gnihtemos";
    let escaped = escape(name);
    assert!(escaped.starts_with("Ann\u{202E}gnihtemos"), "{escaped:?}");
    assert!(escaped.ends_with('\u{202C}'), "closed again: {escaped:?}");
    assert_eq!(escape("plain & simple"), "plain &amp; simple");
}

#[test]
fn escaping_covers_exactly_what_the_parser_treats_specially() {
    let table: &[(&str, &str, &str)] = &[
        // (typed, between tags, inside an attribute)
        ("plain words", "plain words", "plain words"),
        (
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        ),
        ("&amp; already", "&amp;amp; already", "&amp;amp; already"),
        ("A & B > C", "A &amp; B &gt; C", "A &amp; B &gt; C"),
        (
            r#"say "hi" 'there'"#,
            r#"say "hi" 'there'"#,
            "say &quot;hi&quot; 'there'",
        ),
        (
            "🏥 تحسين الخروج ❤️",
            "🏥 تحسين الخروج ❤️",
            "🏥 تحسين الخروج ❤️",
        ),
        ("", "", ""),
    ];
    for (typed, text, attribute) in table {
        assert_eq!(escape(typed), *text, "{typed}");
        assert_eq!(escape_attr(typed), *attribute, "{typed}");
        // What was escaped reads back as exactly what was typed.
        assert_eq!(visible_len(&escape(typed)), utf16(typed), "{typed}");
    }
}

#[test]
fn visible_length_counts_what_telegram_shows_in_utf16_units() {
    let table: &[(&str, usize)] = &[
        ("abc", 3),
        ("<b>abc</b>", 3),
        (r#"<a href="https://example.org/?a=1&amp;b=2">link</a>"#, 4),
        ("a&amp;b&lt;c&gt;", 6),
        ("🏥", 2),
        ("&#128512;", 2),
        ("&#x1F600;", 2),
        ("é", 1),
        ("a < b", 5), // a bare `<` that starts no tag is text
        ("&nope", 5), // an `&` that starts no entity is text
    ];
    for (html, len) in table {
        assert_eq!(visible_len(html), *len, "{html}");
    }
}

#[test]
fn short_texts_are_sent_unchanged_and_blank_ones_not_at_all() {
    assert_eq!(
        split_message("<b>Hello</b> &amp; 🏥"),
        ["<b>Hello</b> &amp; 🏥"]
    );
    assert!(split_message("").is_empty());
    assert!(split_message(" \n\n <b> </b>").is_empty());
}

#[test]
fn long_texts_break_at_paragraphs_then_lines_then_words_then_anywhere() {
    let table: &[(&str, usize, &[&str])] = &[
        // A paragraph break wins over a later line break.
        ("aaaa\n\nbbbb\ncccc dd", 14, &["aaaa", "bbbb\ncccc dd"]),
        ("aaaa bbbb\ncccc dddd", 12, &["aaaa bbbb", "cccc dddd"]),
        ("aaa bbb ccc ddd", 8, &["aaa bbb", "ccc ddd"]),
        ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
        // Runs of whitespace at a break disappear entirely.
        ("aaa   \n\n\n   bbb", 5, &["aaa", "bbb"]),
        // Right-to-left text breaks at its spaces like any other.
        (
            "مرحبا بالعالم مرحبا بكم",
            14,
            &["مرحبا بالعالم", "مرحبا بكم"],
        ),
        // An emoji is two units and is never cut in half.
        ("🏥🏥🏥", 4, &["🏥🏥", "🏥"]),
        // A joined emoji (woman + ZWJ + staff of Aesculapius + VS16) stays whole.
        (
            "👩\u{200D}⚕\u{FE0F}👩\u{200D}⚕\u{FE0F}",
            7,
            &["👩\u{200D}⚕\u{FE0F}", "👩\u{200D}⚕\u{FE0F}"],
        ),
        // So does a letter with a combining accent.
        ("abce\u{301}fg", 4, &["abc", "e\u{301}fg"]),
        // Entities are one character each and are never cut.
        ("&amp;&amp;&amp;&amp;", 3, &["&amp;&amp;&amp;", "&amp;"]),
    ];
    for (html, limit, expected) in table {
        assert_eq!(split_html(html, *limit), *expected, "{html:?} at {limit}");
    }
}

#[test]
fn tags_open_across_a_break_are_closed_and_opened_again() {
    let link = r#"<a href="https://example.org/?a=1&amp;b=2">"#;
    let table: &[(String, usize, Vec<String>)] = &[
        (
            "<b>aaa bbb ccc</b>".into(),
            8,
            vec!["<b>aaa bbb</b>".into(), "<b>ccc</b>".into()],
        ),
        (
            format!("{link}<i>one two three</i></a>"),
            8,
            vec![
                format!("{link}<i>one two</i></a>"),
                format!("{link}<i>three</i></a>"),
            ],
        ),
        // A tag that closes right after a break is not opened again for nothing.
        (
            "<b>aaa</b>\n\nbbb".into(),
            4,
            vec!["<b>aaa</b>".into(), "bbb".into()],
        ),
        (
            "<b>aaaa\n\n</b>bbb".into(),
            5,
            vec!["<b>aaaa</b>".into(), "bbb".into()],
        ),
        (
            "<pre>line one\nline two</pre>".into(),
            9,
            vec!["<pre>line one</pre>".into(), "<pre>line two</pre>".into()],
        ),
    ];
    for (html, limit, expected) in table {
        assert_eq!(&split_html(html, *limit), expected, "{html:?} at {limit}");
    }
}

#[test]
fn a_public_copy_fits_one_message_with_a_pointer_to_the_rest() {
    let short = "<b>Idea 12</b>\nShort enough";
    assert_eq!(fit_message(short, "<i>more</i>"), short);
    let long = format!("<b>Idea 12</b>\n<i>{}</i>", "word ".repeat(2_000));
    let fitted = fit_message(&long, "<i>… /show 12 for the rest</i>");
    assert!(
        visible_len(&fitted) <= MAX_MESSAGE_LEN,
        "{}",
        visible_len(&fitted)
    );
    assert_eq!(split_message(&fitted).len(), 1);
    assert!(fitted.starts_with("<b>Idea 12</b>") && fitted.ends_with("for the rest</i>"));
    assert!(well_formed(&fitted) && balanced(&fitted), "{fitted}");
}

#[test]
fn escaped_user_text_stays_escaped_in_every_part() {
    let typed = "<script>alert('x')</script> & <b>not bold</b> ".repeat(200);
    let html = format!("<b>Idea</b>\n\n{}", escape(&typed));
    let parts = split_message(&html);
    assert!(parts.len() > 1);
    for part in &parts {
        assert!(!part.contains("<script>"), "{part}");
        assert!(well_formed(part), "{part}");
    }
    let shown: String = parts.iter().map(|p| visible_text(p)).collect();
    assert_eq!(squeeze(&shown), squeeze(&format!("Idea{typed}")));
}

#[test]
fn every_part_fits_is_well_formed_and_nothing_is_lost() {
    let word = "a".repeat(5000);
    let samples = [
        format!("<b>{word}</b>"),
        "🏥 تحسين <i>الخروج</i> &amp; care\n".repeat(400),
        "<b>Heading</b>\n\n".to_owned() + &"Line <i>with</i> words.\n".repeat(300),
        "<blockquote><b>deep <i>nest <u>ing</u></i></b></blockquote> ".repeat(300),
        "👩\u{200D}⚕\u{FE0F}".repeat(2000),
        "&lt;&gt;&amp;&quot;".repeat(3000),
    ];
    for html in &samples {
        for limit in [MAX_MESSAGE_LEN, MAX_CAPTION_LEN, 100, 7, 3] {
            let parts = split_html(html, limit);
            assert!(!parts.is_empty());
            for part in &parts {
                assert!(
                    visible_len(part) <= limit,
                    "{} > {limit}",
                    visible_len(part)
                );
                assert!(well_formed(part), "{part}");
                assert!(!part.trim().is_empty());
            }
            let shown: String = parts.iter().map(|p| visible_text(p)).collect();
            assert_eq!(squeeze(&shown), squeeze(&visible_text(html)), "at {limit}");
        }
    }
}

#[test]
fn nothing_panics_on_broken_markup() {
    for html in [
        "<",
        ">",
        "&",
        "&#;",
        "&#xZZ;",
        "&#99999999;",
        "</b>",
        "<b>",
        "<<b>>",
        "<b <i>",
        "a</i>b",
        "<b><i>x</b></i>",
        "&amp",
        "<a href=\"x\">",
    ] {
        // Enough to need splitting at the small limits; unbalanced tags re-opened in every
        // part make this quadratic, which only broken markup can cause.
        let long = html.repeat(150);
        let _ = split_html(&long, MAX_MESSAGE_LEN);
        // Once split, even broken markup comes out with its tags balanced.
        for limit in [0, 1, 5] {
            for part in split_html(&long, limit) {
                assert!(balanced(&part), "{html:?} at {limit}: {part}");
            }
        }
    }
}

/// Tags balanced, and no `&`, `<` or `>` outside a tag or an entity.
fn well_formed(html: &str) -> bool {
    let bare = |t: &Token<'_>| {
        matches!(
            t,
            Token::Unit {
                raw: "&" | "<" | ">",
                ..
            }
        )
    };
    balanced(html) && !tokenize(html).iter().any(bare)
}

/// Every tag closes, innermost first.
fn balanced(html: &str) -> bool {
    let mut stack = Vec::new();
    for token in tokenize(html) {
        match token {
            Token::Open { name, .. } => stack.push(name),
            Token::Close { name, .. } if stack.pop() != Some(name) => return false,
            _ => {}
        }
    }
    stack.is_empty()
}

fn visible_text(html: &str) -> String {
    tokenize(html).iter().filter_map(Token::char).collect()
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn utf16(text: &str) -> usize {
    text.encode_utf16().count()
}
