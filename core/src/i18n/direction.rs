//! Right-to-left text in chats. Telegram and Discord choose each line's direction from its
//! first strong character (Unicode's bidi rule P2), so an Arabic or Urdu line that begins with
//! a `/command`, a Latin name or a link would be laid out left to right, with its punctuation
//! at the wrong end. Placeables are already wrapped in isolates by Fluent (P2 skips what an
//! isolate holds); this makes sure every line of a right-to-left message starts right to left.

/// RIGHT-TO-LEFT MARK: invisible, strong right-to-left, understood by every chat client.
pub const RLM: char = '\u{200F}';

/// The direction a character forces on the line it starts, or `None` for neutral and weak
/// characters (digits, punctuation, spaces, emoji), which take their direction from around them.
pub fn strong_direction(c: char) -> Option<Direction> {
    match c {
        RLM => Some(Direction::RightToLeft),
        '\u{200E}' => Some(Direction::LeftToRight),
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            Some(Direction::RightToLeft)
        }
        c if c.is_alphabetic() => Some(Direction::LeftToRight),
        _ => None,
    }
}

/// A line's reading direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// The direction of a line as a chat client decides it: its first strong character outside
/// any isolate (FSI/LRI/RLI ... PDI).
pub fn line_direction(line: &str) -> Option<Direction> {
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            c if depth == 0 => {
                if let Some(direction) = strong_direction(c) {
                    return Some(direction);
                }
            }
            _ => {}
        }
    }
    None
}

/// Starts with a RIGHT-TO-LEFT MARK each line that a client would not lay out right to left:
/// one that starts left to right, and one whose only strong characters are isolated (a digest
/// line `• #12 Title (3 supporters)` with every part a placeable), which a client lays out in
/// its own default direction. Lines already right to left, and empty ones, are left alone.
pub fn right_to_left_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if !line.trim().is_empty() && line_direction(line) != Some(Direction::RightToLeft) {
            out.push(RLM);
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_takes_its_first_strong_characters_direction() {
        let cases = [
            ("فكرة جديدة", Some(Direction::RightToLeft)),
            ("/idea لمشاركة فكرة", Some(Direction::LeftToRight)),
            ("12، فكرة", Some(Direction::RightToLeft)),
            (
                "\u{2068}Ann\u{2069} أرسلت فكرة",
                Some(Direction::RightToLeft),
            ),
            ("💡 #12", None),
            ("Idea", Some(Direction::LeftToRight)),
        ];
        for (line, expected) in cases {
            assert_eq!(line_direction(line), expected, "{line}");
        }
    }

    #[test]
    fn only_lines_that_would_not_read_right_to_left_gain_a_mark() {
        let text = "فكرة جديدة\n/idea لمشاركة فكرة\n\n💡 #\u{2068}12\u{2069}";
        assert_eq!(
            right_to_left_lines(text),
            format!("فكرة جديدة\n{RLM}/idea لمشاركة فكرة\n\n{RLM}💡 #\u{2068}12\u{2069}")
        );
        for line in right_to_left_lines(text).lines().filter(|l| !l.is_empty()) {
            assert_eq!(line_direction(line), Some(Direction::RightToLeft), "{line}");
        }
    }
}
