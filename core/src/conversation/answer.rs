//! What a person answers: typed text, or one of the choices the last prompt offered.

use crate::domain::{ChallengeId, Describes, IdeaId, IdeaKind, Locale, UpdateWhen};
use serde::{Deserialize, Serialize};

/// One answer to a prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    Choice(Choice),
}

impl Answer {
    pub fn text(text: impl Into<String>) -> Answer {
        Answer::Text(text.into())
    }
}

/// Everything a prompt can offer. Buttons on Telegram, numbered lines in the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    /// Registration: the name the platform gave us.
    UseName,
    Describes(Describes),
    /// Registration: answer in this language from now on (offered with the first question,
    /// taken at any step).
    Language(Locale),
    /// Leave an optional answer empty.
    Skip,
    /// Agreed to the privacy note (`true`) or declined it.
    Consent(bool),
    Challenge(ChallengeId),
    /// Keep the title suggested from a plain message.
    KeepTitle,
    Kind(IdeaKind),
    /// Post even though similar ideas exist.
    PostAnyway,
    /// Back this similar idea instead of posting.
    SupportInstead(IdeaId),
    /// Yes, erase me. Its own choice, never consent's, so an old "Yes, I agree" cannot
    /// confirm an erasure.
    ConfirmForget,
    /// A team update: send it now, or hold it for the next digest.
    When(UpdateWhen),
    /// Leave the conversation; nothing is changed.
    Cancel,
}

/// A choice as short text for a button's data (`h:12`, `gd:staff`, `x`), the same on every
/// platform, so a button sent before an upgrade still means what it meant.
impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Choice::Challenge(id) => write!(f, "h:{id}"),
            Choice::KeepTitle => write!(f, "t"),
            Choice::Kind(kind) => write!(f, "k:{}", kind.as_str()),
            Choice::PostAnyway => write!(f, "a"),
            Choice::SupportInstead(id) => write!(f, "i:{id}"),
            Choice::Describes(d) => write!(f, "gd:{}", d.as_str()),
            Choice::Language(l) => write!(f, "gl:{}", l.tag()),
            Choice::Consent(yes) => write!(f, "gc:{}", if *yes { "y" } else { "n" }),
            Choice::Skip => write!(f, "gs"),
            Choice::UseName => write!(f, "gn"),
            Choice::ConfirmForget => write!(f, "e"),
            Choice::When(when) => write!(f, "w:{}", when.as_str()),
            Choice::Cancel => write!(f, "x"),
        }
    }
}

impl Choice {
    /// The code before the colon of every choice's button data, for an adapter that must
    /// tell a choice's data from its own before handing it to `FromStr`.
    pub const CODES: &'static [&'static str] = &[
        "h", "t", "k", "a", "i", "gd", "gl", "gc", "gs", "gn", "e", "w", "x",
    ];
}

impl std::str::FromStr for Choice {
    type Err = crate::domain::UnknownWord;

    /// Exactly what `Display` writes; anything else is refused.
    fn from_str(s: &str) -> Result<Choice, Self::Err> {
        use crate::domain::UnknownWord;
        let (code, arg) = s.split_once(':').unwrap_or((s, ""));
        let choice = match (code, arg) {
            ("t", "") => Choice::KeepTitle,
            ("a", "") => Choice::PostAnyway,
            ("gs", "") => Choice::Skip,
            ("gn", "") => Choice::UseName,
            ("e", "") => Choice::ConfirmForget,
            ("x", "") => Choice::Cancel,
            ("gc", "y") => Choice::Consent(true),
            ("gc", "n") => Choice::Consent(false),
            // Any number reads back: whether it names a real challenge or idea is core's
            // check when the choice is taken, as for every other button.
            ("h", id) => Choice::Challenge(ChallengeId(id.parse().map_err(|_| UnknownWord)?)),
            ("i", id) => Choice::SupportInstead(IdeaId(id.parse().map_err(|_| UnknownWord)?)),
            ("k", kind) => Choice::Kind(kind.parse().map_err(|_| UnknownWord)?),
            ("w", when) => Choice::When(when.parse().map_err(|_| UnknownWord)?),
            ("gd", d) => Choice::Describes(d.parse().map_err(|_| UnknownWord)?),
            ("gl", tag) => Choice::Language(
                *Locale::ALL
                    .iter()
                    .find(|l| l.tag() == tag)
                    .ok_or(UnknownWord)?,
            ),
            _ => return Err(UnknownWord),
        };
        // Only as written: no sign or leading zeros, no other spelling of a word.
        if choice.to_string() != s {
            return Err(UnknownWord);
        }
        Ok(choice)
    }
}

/// Words typed for "yes", in every language we speak, in the order of `Locale::ALL` ("ydw" is
/// the natural Welsh answer to "Ydych chi'n cytuno?", "ie" and "iawn" are also heard; "nao"
/// and "sim" because phones without the keyboard drop the tilde). Anyone may type any of them:
/// a member answers in the language they think in, not always the one they chose.
const YES: &[&str] = &[
    "yes",
    "y",
    "ie",
    "iawn",
    "do",
    "ydw",
    "tak",
    "da",
    "ਹਾਂ",
    "ہاں",
    "جی",
    "sim",
    "نعم",
];
const NO: &[&str] = &[
    "no",
    "n",
    "na",
    "nac ydw",
    "naddo",
    "nie",
    "nu",
    "ਨਹੀਂ",
    "نہیں",
    "não",
    "nao",
    "لا",
];
const SKIP: &[&str] = &[
    "-",
    "skip",
    "hepgor",
    "pomiń",
    "omite",
    "ਛੱਡੋ",
    "چھوڑیں",
    "saltar",
    "تخطي",
];
const POST: &[&str] = &[
    "post",
    "postio",
    "opublikuj",
    "publică",
    "ਪੋਸਟ",
    "پوسٹ",
    "publicar",
    "نشر",
];

impl Choice {
    /// Whether typing `word` (trimmed, any case) means this choice.
    fn is_called(self, word: &str) -> bool {
        let word = word.to_lowercase();
        let word = word.as_str();
        match self {
            Choice::Describes(d) => d.as_str() == word,
            Choice::Language(l) => Locale::negotiate(word) == Some(l),
            Choice::Kind(k) => k.as_str() == word,
            // The command's own words (`/update now|digest`), the same in every language.
            Choice::When(w) => w.as_str() == word,
            Choice::Skip => SKIP.contains(&word),
            Choice::Consent(true) | Choice::ConfirmForget => YES.contains(&word),
            Choice::Consent(false) => NO.contains(&word),
            Choice::PostAnyway => POST.contains(&word),
            Choice::Challenge(id) => id.to_string() == word.trim_start_matches('#'),
            Choice::SupportInstead(id) => id.to_string() == word.trim_start_matches('#'),
            Choice::UseName | Choice::KeepTitle | Choice::Cancel => false,
        }
    }

    /// What an empty answer (Enter in the console) means where this is offered.
    fn is_default(self) -> bool {
        matches!(
            self,
            Choice::UseName | Choice::Skip | Choice::KeepTitle | Choice::Kind(IdeaKind::Idea)
        )
    }
}

/// An answer read against the choices the prompt offered.
pub(super) enum Reading {
    /// One of the choices offered (pressed, or typed by number or word).
    Chosen(Choice),
    /// Text that is an answer of its own (a name, a title).
    Typed(String),
    /// A button from an earlier step or another conversation: ask where we are now.
    Stale,
}

pub(super) fn read(answer: Answer, offered: &[Choice], by_word: bool) -> Reading {
    match answer {
        Answer::Choice(choice) if offered.contains(&choice) => Reading::Chosen(choice),
        Answer::Choice(_) => Reading::Stale,
        Answer::Text(text) => match typed_choice(&text, offered, by_word) {
            Some(choice) => Reading::Chosen(choice),
            None => Reading::Typed(text),
        },
    }
}

/// Reads typed text as one of `offered`: empty picks the default, a number picks by position
/// (from 1, as shown), and where `by_word` a word picks the choice it names. `None` when the
/// text is an answer of its own (a name, a title) or nothing offered matches.
pub(super) fn typed_choice(text: &str, offered: &[Choice], by_word: bool) -> Option<Choice> {
    let text = text.trim();
    if text.is_empty() {
        return offered.iter().copied().find(|c| c.is_default());
    }
    if let Ok(n) = text.parse::<usize>() {
        // Cancel is always last and never numbered: /cancel does that.
        return n
            .checked_sub(1)
            .and_then(|i| offered.get(i))
            .copied()
            .filter(|c| *c != Choice::Cancel);
    }
    if !by_word {
        return SKIP
            .contains(&text)
            .then(|| offered.iter().copied().find(|c| *c == Choice::Skip))
            .flatten();
    }
    offered.iter().copied().find(|c| c.is_called(text))
}
