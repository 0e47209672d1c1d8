//! The languages crowdsprint speaks. en-GB is complete and the fallback for everything.

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
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::EnGb, Locale::Cy];

    /// The BCP 47 tag, as stored and as used for the `locales/` folder.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Cy => "cy",
        }
    }

    /// The language's own name, for pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::EnGb => "English",
            Locale::Cy => "Cymraeg",
        }
    }

    /// Exactly one of our tags, as stored.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Best match for a platform's language hint (`cy`, `cy-GB`, `en`, `en-US`, `Welsh`...).
    pub fn negotiate(hint: &str) -> Option<Locale> {
        let hint = hint.trim().to_lowercase();
        let primary = hint.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "cy" | "welsh" | "cymraeg" => Some(Locale::Cy),
            "en" | "english" => Some(Locale::EnGb),
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
        assert_eq!(Locale::negotiate("fr"), None);
        assert_eq!(Locale::from_tag("CY"), Some(Locale::Cy));
    }
}
