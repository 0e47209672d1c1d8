//! Making text a member wrote safe to place inside a larger message.
//!
//! Bodies and comments are stored as typed, bidi controls included: Arabic, Hebrew or Urdu
//! writers may need them. But a control left open runs on past the end of the text, so a U+202E
//! (right-to-left override) in a comment would reverse the rest of the bot's message around it:
//! the buttons' hints, the author's name, the next comment. The message catalogue does not add
//! isolation marks (chat clients show them as stray characters), so text is balanced here.

/// Opens an embedding or override: LRE, RLE, LRO, RLO.
const EMBEDDINGS: [char; 4] = ['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}'];
/// Pops the last embedding or override.
const PDF: char = '\u{202C}';
/// Opens an isolate: LRI, RLI, FSI.
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
/// Closes the last isolate, and any embedding opened inside it.
const PDI: char = '\u{2069}';

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Embedding,
    Isolate,
}

/// `text` with every bidi embedding, override and isolate it opens closed again, so nothing it
/// does to direction reaches the text after it.
///
/// Closers are added at the end of each paragraph (a line break ends every embedding in the
/// Unicode bidi algorithm anyway; closing them explicitly also protects clients that do not
/// follow it) and at the end. A closer with nothing open to close (a PDF at the top level, a PDI
/// with no isolate) is dropped, as it could otherwise close something the surrounding message
/// opened. Everything else is kept as typed.
pub fn balance_bidi(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut open: Vec<Open> = Vec::new();
    for c in text.chars() {
        if EMBEDDINGS.contains(&c) {
            open.push(Open::Embedding);
        } else if ISOLATES.contains(&c) {
            open.push(Open::Isolate);
        } else if c == PDF {
            // A PDF inside an isolate cannot reach an embedding opened outside it.
            if open.last() != Some(&Open::Embedding) {
                continue;
            }
            open.pop();
        } else if c == PDI {
            let Some(isolate) = open.iter().rposition(|o| *o == Open::Isolate) else {
                continue;
            };
            // The PDI ends the embeddings opened inside the isolate; say so explicitly.
            close(&mut out, &mut open, isolate + 1);
            open.pop();
        } else if is_paragraph_separator(c) {
            close(&mut out, &mut open, 0);
        }
        out.push(c);
    }
    close(&mut out, &mut open, 0);
    out
}

/// Closes everything opened above depth `keep`, innermost first.
fn close(out: &mut String, open: &mut Vec<Open>, keep: usize) {
    while open.len() > keep {
        match open.pop() {
            Some(Open::Embedding) => out.push(PDF),
            Some(Open::Isolate) => out.push(PDI),
            None => break,
        }
    }
}

/// Characters the Unicode bidi algorithm treats as ending a paragraph (class B).
fn is_paragraph_separator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_controls_are_closed_and_stray_closers_dropped() {
        const LRE: char = '\u{202A}';
        const RLE: char = '\u{202B}';
        const LRO: char = '\u{202D}';
        const RLO: char = '\u{202E}';
        const LRI: char = '\u{2066}';
        const RLI: char = '\u{2067}';
        const FSI: char = '\u{2068}';
        let cases: &[(String, String)] = &[
            ("plain text".into(), "plain text".into()),
            (String::new(), String::new()),
            ("مرحبا بالعالم 🏥".into(), "مرحبا بالعالم 🏥".into()),
            (format!("abc{RLO}def"), format!("abc{RLO}def{PDF}")),
            (
                format!("{LRE}{RLE}{LRO}x"),
                format!("{LRE}{RLE}{LRO}x{PDF}{PDF}{PDF}"),
            ),
            (format!("{RLI}x"), format!("{RLI}x{PDI}")),
            (format!("{LRI}{FSI}x"), format!("{LRI}{FSI}x{PDI}{PDI}")),
            (format!("{RLO}a{PDF}b"), format!("{RLO}a{PDF}b")),
            (format!("{FSI}a{PDI}b"), format!("{FSI}a{PDI}b")),
            (format!("a{PDF}b{PDI}c"), "abc".into()),
            (format!("{RLO}a{PDF}{PDF}b"), format!("{RLO}a{PDF}b")),
            // An isolate with an embedding still open inside: the PDI closes both.
            (
                format!("{RLI}{RLO}a{PDI}b"),
                format!("{RLI}{RLO}a{PDF}{PDI}b"),
            ),
            // A PDF inside an isolate cannot close the embedding outside it.
            (
                format!("{RLO}{FSI}a{PDF}b"),
                format!("{RLO}{FSI}ab{PDI}{PDF}"),
            ),
            // Each line is balanced on its own; a closer on the next line has nothing to close.
            (format!("{RLO}a\n{PDF}b"), format!("{RLO}a{PDF}\nb")),
            (
                format!("{RLI}a\r\nb{RLE}"),
                format!("{RLI}a{PDI}\r\nb{RLE}{PDF}"),
            ),
        ];
        for (text, balanced) in cases {
            assert_eq!(&balance_bidi(text), balanced, "{text:?}");
        }
    }

    #[test]
    fn balancing_is_stable() {
        let text = "\u{202E}a\u{2067}b\u{202C}\n\u{2069}c\u{202B}";
        let once = balance_bidi(text);
        assert_eq!(balance_bidi(&once), once);
    }
}
