//! The languages crowdsprint speaks. en-GB is complete and the fallback for everything; the
//! others are the languages of Wales and the most spoken among England's patients and staff.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A supported language. Unknown language tags fall back to British English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "cy")]
    Cy,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "pa")]
    Pa,
    #[serde(rename = "ur")]
    Ur,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "ar")]
    Ar,
}

impl Locale {
    /// Every language, in the order pickers offer them: English and Welsh first (the Welsh
    /// Language Standards ask that Welsh is not treated less favourably), then by how many
    /// people in England speak each as their main language (Census 2021).
    pub const ALL: &'static [Locale] = &[
        Locale::EnGb,
        Locale::Cy,
        Locale::Pl,
        Locale::Ro,
        Locale::Pa,
        Locale::Ur,
        Locale::Pt,
        Locale::Ar,
    ];

    /// Every tag, in the order of `ALL` (for option lists that need `'static` words).
    pub const TAGS: &'static [&'static str] = &["en-GB", "cy", "pl", "ro", "pa", "ur", "pt", "ar"];

    /// The BCP 47 tag, as stored and as used for the `locales/` folder.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Cy => "cy",
            Locale::Pl => "pl",
            Locale::Ro => "ro",
            Locale::Pa => "pa",
            Locale::Ur => "ur",
            Locale::Pt => "pt",
            Locale::Ar => "ar",
        }
    }

    /// The language's own name, for pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::EnGb => "English",
            Locale::Cy => "Cymraeg",
            Locale::Pl => "Polski",
            Locale::Ro => "Română",
            Locale::Pa => "ਪੰਜਾਬੀ",
            Locale::Ur => "اردو",
            Locale::Pt => "Português",
            Locale::Ar => "العربية",
        }
    }

    /// Whether the language is written right to left: its texts isolate every embedded
    /// name, number and command, and web pages set `dir="rtl"`.
    pub fn is_right_to_left(self) -> bool {
        matches!(self, Locale::Ur | Locale::Ar)
    }

    /// Exactly one of our tags, as stored.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Best match for a platform's language hint (`cy`, `cy-GB`, `en-US`, `pt-BR`, `Welsh`,
    /// `polski`...): the primary subtag, or a language's English or own name.
    pub fn negotiate(hint: &str) -> Option<Locale> {
        let hint = hint.trim().to_lowercase();
        let primary = hint.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "en" | "english" => Some(Locale::EnGb),
            "cy" | "welsh" | "cymraeg" => Some(Locale::Cy),
            "pl" | "polish" | "polski" => Some(Locale::Pl),
            "ro" | "romanian" | "română" | "romana" => Some(Locale::Ro),
            "pa" | "panjabi" | "punjabi" | "ਪੰਜਾਬੀ" => Some(Locale::Pa),
            "ur" | "urdu" | "اردو" => Some(Locale::Ur),
            "pt" | "portuguese" | "português" | "portugues" => Some(Locale::Pt),
            "ar" | "arabic" | "العربية" => Some(Locale::Ar),
            _ => None,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_hints_negotiate_to_supported_languages() {
        assert_eq!(Locale::negotiate("cy-GB"), Some(Locale::Cy));
        assert_eq!(Locale::negotiate("en-US"), Some(Locale::EnGb));
        assert_eq!(Locale::negotiate("Welsh"), Some(Locale::Cy));
        assert_eq!(Locale::negotiate("pt-BR"), Some(Locale::Pt));
        assert_eq!(Locale::negotiate("pa-Guru-IN"), Some(Locale::Pa));
        assert_eq!(Locale::negotiate("ar_EG"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("Polski"), Some(Locale::Pl));
        assert_eq!(Locale::negotiate("fr"), None);
        assert_eq!(Locale::from_tag("CY"), Some(Locale::Cy));
    }

    #[test]
    fn tags_follow_all() {
        let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(tags, Locale::TAGS);
    }

    #[test]
    fn every_language_is_found_by_its_tag_and_its_own_name() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(*locale));
            assert!(Locale::TAGS.contains(&locale.tag()));
            assert_eq!(Locale::negotiate(locale.tag()), Some(*locale));
            assert_eq!(
                Locale::negotiate(locale.native_name()),
                Some(*locale),
                "{locale}"
            );
        }
    }
}
