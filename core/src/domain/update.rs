//! Team updates: the sprint team's own news to the people taking part ("what we heard", a
//! summit that came out of the crowdsourcing, an invitation to a new challenge). Written in
//! English, and in Welsh too when the moderator gives it; sent at once to every subscriber or
//! held to lead their next digest; kept and listed (`/updates`).

use super::{Msg, SprintId, Title, UpdateBody, UpdateId, UpdateWhen, UserError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A link a moderator adds to an update: `http(s)://` and only the characters an address is
/// made of. It goes into chat messages unescaped (`Arg::Link`, so it stays a link a chat app
/// opens), so nothing in it may be read as markup: no spaces, quotes, `<`, `>`, backslashes,
/// backticks, brackets or parentheses (Discord would read `[text](address)` as a disguised
/// link), nor `*` or `!`. `&` is allowed (queries need it); each surface's escaping of `&`
/// applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateLink(String);

impl UpdateLink {
    pub const MAX_LEN: usize = 500;

    pub fn parse(given: &str) -> Result<UpdateLink, UserError> {
        let link = given.trim();
        let rest = link
            .strip_prefix("https://")
            .or_else(|| link.strip_prefix("http://"))
            .ok_or(UserError::UpdateLinkInvalid)?;
        let address_chars = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#@$&+,;=%".contains(c);
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.is_empty() || link.len() > Self::MAX_LEN || !rest.chars().all(address_chars) {
            return Err(UserError::UpdateLinkInvalid);
        }
        Ok(UpdateLink(link.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An update as the moderator wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDraft {
    pub title: Title,
    pub body: UpdateBody,
    pub link: Option<UpdateLink>,
    /// The Welsh title and text, when given: Welsh readers get them, everyone else English.
    pub welsh: Option<(Title, UpdateBody)>,
    pub when: UpdateWhen,
}

/// An update as kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamUpdate {
    pub id: UpdateId,
    pub sprint_id: SprintId,
    pub title: String,
    pub body: String,
    pub link: Option<String>,
    pub welsh_title: Option<String>,
    pub welsh_body: Option<String>,
    pub when: UpdateWhen,
    pub created_at: DateTime<Utc>,
}

impl TeamUpdate {
    /// The update as one message, in Welsh words for a Welsh reader when the team gave
    /// some, in English otherwise.
    pub fn to_msg(&self) -> Msg {
        let welsh = self.welsh_title.as_deref().zip(self.welsh_body.as_deref());
        update_msg(&self.title, &self.body, self.link.as_deref(), welsh)
    }

    /// One line of `/updates`.
    pub fn line(&self) -> Msg {
        Msg::new("updates-line")
            .arg("id", self.id.get())
            .arg("title", given(&self.title, self.welsh_title.as_deref()))
            .arg("date", super::words::date(self.created_at))
            .arg("when", self.when.as_str())
    }
}

/// An update as its readers get it (and as its writer sees it before sending): the Welsh
/// title and text go to Welsh readers when both were given, the English to everyone else.
pub fn update_msg(title: &str, body: &str, link: Option<&str>, welsh: Option<(&str, &str)>) -> Msg {
    let (welsh_title, welsh_body) = welsh.unzip();
    let msg = Msg::new("team-update")
        .arg("title", given(title, welsh_title))
        .arg("body", given(body, welsh_body));
    match link {
        Some(link) => msg
            .arg("has_link", "yes")
            .arg("link", super::Arg::Link(link.to_owned())),
        None => msg.arg("has_link", "no").arg("link", ""),
    }
}

/// English words with their Welsh, when there are some.
fn given(english: &str, welsh: Option<&str>) -> super::Arg {
    super::Arg::Given {
        translations: welsh
            .map(|welsh| vec![(super::Locale::Cy, welsh.to_owned())])
            .unwrap_or_default(),
        default: english.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_addresses_and_nothing_else() {
        // (given, accepted)
        let cases = [
            ("https://example.nhs.uk/summit", true),
            ("https://example.nhs.uk/register?event=12&day=3", true),
            ("http://intranet.trust.local/news#march", true),
            ("  https://example.nhs.uk  ", true),
            ("example.nhs.uk", false),
            ("javascript:alert(1)", false),
            ("https://", false),
            ("https://example.nhs.uk/a b", false),
            ("https://example.nhs.uk/<b>", false),
            ("https://example.nhs.uk/\"x\"", false),
            ("https://example.nhs.uk/`x`", false),
            ("https://exämple.nhs.uk", false),
            (
                "https://example.nhs.uk/[more](https://elsewhere.example)",
                false,
            ),
            ("https://example.nhs.uk/*bold*", false),
        ];
        for (given, accepted) in cases {
            assert_eq!(UpdateLink::parse(given).is_ok(), accepted, "{given:?}");
        }
    }
}
