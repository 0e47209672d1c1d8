//! `PublicUrl`: where the web board is reached from outside (`CROWDSPRINT_PUBLIC_URL`), and the
//! address of each page on it, so a card, a digest or a notification can say "open on the web".

use super::{ChallengeId, IdeaId, SprintId};
use std::fmt;

/// An `https://` (or, for a trial on one machine, `http://`) address with a host, without a
/// query, a fragment or a trailing slash: `https://ideas.example.nhs.uk` or
/// `https://example.nhs.uk/crowdsprint`.
///
/// At most `MAX_LEN` characters: Discord refuses a link button whose address is over 512
/// (its message components reference), and an idea's address adds `/ideas/` and its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// The longest base address taken, leaving room for any page's path within 512.
    pub const MAX_LEN: usize = 256;

    pub fn parse(given: &str) -> Result<PublicUrl, String> {
        let base = given.trim().trim_end_matches('/');
        if base.chars().count() > Self::MAX_LEN {
            return Err(format!(
                "the address is longer than {} characters",
                Self::MAX_LEN
            ));
        }
        let rest = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
            .ok_or_else(|| format!("{given:?} must start with https://"))?;
        let host = rest.split('/').next().unwrap_or_default();
        // Sign-in links go into chat messages unescaped (`Arg::Link`): nothing in them may
        // be read as markup.
        if host.is_empty() || rest.contains(['?', '#', ' ', '"', '<', '>', '&', '\\', '`']) {
            return Err(format!(
                "{given:?} must be an address such as https://ideas.example.nhs.uk, \
                 without a query or spaces"
            ));
        }
        Ok(PublicUrl(base.to_owned()))
    }

    /// The scheme and host (with any port) alone, as a browser names them in `Origin`:
    /// `https://example.nhs.uk` for `https://example.nhs.uk/crowdsprint`.
    pub fn origin(&self) -> &str {
        let after_scheme = self.0.find("://").map_or(0, |i| i + 3);
        match self.0[after_scheme..].find('/') {
            Some(slash) => &self.0[..after_scheme + slash],
            None => &self.0,
        }
    }

    /// The board's front page: the sprints.
    pub fn home(&self) -> String {
        format!("{}/", self.0)
    }

    pub fn idea(&self, id: IdeaId) -> String {
        format!("{}/ideas/{id}", self.0)
    }

    pub fn challenge(&self, id: ChallengeId) -> String {
        format!("{}/challenges/{id}", self.0)
    }

    pub fn sprint(&self, id: SprintId) -> String {
        format!("{}/sprints/{id}", self.0)
    }

    /// The staff dashboard's single-use sign-in link for `token`.
    pub fn sign_in(&self, token: &str) -> String {
        format!("{}/staff/sign-in/{token}", self.0)
    }
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_address_is_checked_and_makes_page_addresses() {
        // (given, the base kept, or None when refused)
        let cases = [
            (
                "https://ideas.example.nhs.uk",
                Some("https://ideas.example.nhs.uk"),
            ),
            (
                "https://example.nhs.uk/crowdsprint/ ",
                Some("https://example.nhs.uk/crowdsprint"),
            ),
            ("http://127.0.0.1:8080", Some("http://127.0.0.1:8080")),
            ("ideas.example.nhs.uk", None),
            ("https://", None),
            ("https:///ideas", None),
            ("https://x.uk/?a=1", None),
            ("https://x.uk/\"><script>", None),
            ("https://x.uk/a&amp;b", None),
            ("https://x.uk/a`b", None),
            ("ftp://x.uk", None),
        ];
        for (given, origin) in [
            (
                "https://ideas.example.nhs.uk",
                "https://ideas.example.nhs.uk",
            ),
            (
                "https://example.nhs.uk/crowdsprint",
                "https://example.nhs.uk",
            ),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ] {
            assert_eq!(
                PublicUrl::parse(given).map(|u| u.origin().to_owned()),
                Ok(origin.to_owned())
            );
        }
        let long = format!("https://x.uk/{}", "a".repeat(PublicUrl::MAX_LEN));
        for (given, kept) in cases {
            let parsed = PublicUrl::parse(given).ok();
            assert_eq!(
                parsed.as_ref().map(ToString::to_string).as_deref(),
                kept,
                "{given}"
            );
        }
        assert!(
            PublicUrl::parse(&long).is_err(),
            "too long for a link button"
        );
        let longest = format!("https://x.uk/{}", "a".repeat(PublicUrl::MAX_LEN - 13));
        assert!(
            PublicUrl::parse(&longest).is_ok(),
            "{} characters",
            longest.len()
        );
        let base = PublicUrl::parse("https://x.uk/board/").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(base.idea(IdeaId(34)), "https://x.uk/board/ideas/34");
        assert_eq!(
            base.challenge(ChallengeId(5)),
            "https://x.uk/board/challenges/5"
        );
        assert_eq!(base.sprint(SprintId(2)), "https://x.uk/board/sprints/2");
    }
}
