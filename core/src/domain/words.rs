//! Vocabulary words as messages. Each closed vocabulary has one Fluent message selecting on its
//! stored word, so a stage, a role or a kind reads right in every language wherever it is
//! inserted into a sentence.

use super::pii::PiiKind;
use super::*;

macro_rules! word_messages {
    ($($ty:ty => $id:literal, $arg:literal;)+) => {$(
        impl $ty {
            /// This word as a message in the reader's language.
            pub fn to_msg(self) -> Msg {
                Msg::new($id).arg($arg, self.as_str())
            }
        }
    )+};
}

word_messages! {
    SprintStage => "sprint-stage-name", "stage";
    DevelopmentStage => "development-stage-name", "stage";
    IdeaKind => "idea-kind-name", "kind";
    Describes => "describes-name", "describes";
    Role => "role-name", "role";
    DigestFrequency => "digest-name", "frequency";
    PiiKind => "pii-kind-name", "kind";
}

/// An author's name, or "a former member" for someone who asked to be forgotten.
pub fn author(name: Option<&str>) -> Arg {
    match name {
        Some(name) => Arg::Str(name.to_owned()),
        None => Msg::new("former-member").into(),
    }
}

/// Who an idea is by, as cards and pages show it: the group it was captured for ("the Ward 4
/// huddle, 2026-12-05"), never the champion who typed it; otherwise its author's name.
pub fn byline(idea: &super::Idea) -> Arg {
    match idea.origin.captured_at() {
        Some(session) => Msg::new("idea-by-group").arg("session", session).into(),
        None => author(idea.author_name.as_deref()),
    }
}

/// The personal details found in a text, as a list of words.
pub fn pii_kinds(kinds: &[PiiKind]) -> Arg {
    Arg::List(kinds.iter().map(|k| k.to_msg()).collect())
}

/// A date as people read it in lists and cards: `2026-12-01`.
pub fn date(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// A wait in the largest unit that keeps it readable: minutes, then hours, then days
/// ("3 hours", "2 days").
pub fn wait(length: chrono::Duration) -> Msg {
    let (unit, count) = if length < chrono::Duration::hours(1) {
        ("minutes", length.num_minutes().max(1))
    } else if length < chrono::Duration::hours(48) {
        ("hours", length.num_hours())
    } else {
        ("days", length.num_days())
    };
    Msg::new("wait-length")
        .arg("unit", unit)
        .arg("count", count)
}

/// One sprint in a list: "Sprint 3: Winter pressures (open) · closes 2026-12-01".
pub fn sprint_line(s: &Sprint) -> Msg {
    Msg::new("sprint-line")
        .arg("id", s.id.get())
        .arg("title", s.title.as_str())
        .arg("stage", s.stage.to_msg())
        .arg("closes", date(s.closes_at))
}

/// A sprint's window: "open for ideas until 2026-12-01" while it takes them, else its dates.
pub fn sprint_window(s: &Sprint, accepting: bool) -> Msg {
    let id = if accepting {
        "sprint-open-until"
    } else {
        "sprint-window"
    };
    Msg::new(id)
        .arg("opens", date(s.opens_at))
        .arg("closes", date(s.closes_at))
}
