//! Ideas captured on a group's behalf: a champion running a huddle, a ward round or a chat
//! session posts the group's ideas during a capture session, and each gets a claim code that a
//! participant sends to the bot (`/claim CODE`) to become its co-author and hear back.

use super::UserError;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A capture session lapses this long after it began: a huddle or a ward round is over by
/// then, and a champion who forgot `/capture off` must not find tomorrow's own ideas
/// credited to yesterday's group.
pub const CAPTURE_HOURS: i64 = 12;

/// Claim codes are written on a whiteboard or read out, so they are short and avoid letters
/// and digits that look alike (no 0/O, 1/I/L). Six of 31 characters make about 890 million
/// codes; guessing is also limited like link codes (a few tries a quarter of an hour).
pub const CLAIM_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CLAIM_CODE_LEN: usize = 6;

/// A claim code as typed: any case, spaces and dashes ignored (`k7q-2xm`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct ClaimCode(String);

impl ClaimCode {
    pub fn parse(typed: &str) -> Result<ClaimCode, UserError> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        let valid =
            code.len() == CLAIM_CODE_LEN && code.bytes().all(|b| CLAIM_ALPHABET.contains(&b));
        if valid {
            Ok(ClaimCode(code))
        } else {
            Err(UserError::ClaimCodeInvalid)
        }
    }

    /// A code from `CLAIM_CODE_LEN` indices into `CLAIM_ALPHABET` (the caller draws them).
    pub fn from_indices(indices: impl IntoIterator<Item = usize>) -> ClaimCode {
        let code = indices
            .into_iter()
            .take(CLAIM_CODE_LEN)
            .map(|i| CLAIM_ALPHABET[i % CLAIM_ALPHABET.len()] as char)
            .collect();
        ClaimCode(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ClaimCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a captured idea's origin names its session: "Ward 4 huddle, 2026-12-05" (the day in
/// the operator's time zone), so two huddles of the same name stay apart in the export.
pub fn session_label(name: &str, started: DateTime<Utc>, zone: Tz) -> String {
    format!("{name}, {}", started.with_timezone(&zone).date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_codes_are_read_forgivingly_and_refused_clearly() {
        // (typed, accepted as)
        let cases = [
            ("K7Q2XM", Some("K7Q2XM")),
            ("k7q-2xm", Some("K7Q2XM")),
            (" k7q 2xm ", Some("K7Q2XM")),
            // Look-alikes are not in the alphabet: a typo, not another code.
            ("K7Q2X0", None),
            ("K7Q2XI", None),
            ("K7Q2X", None),
            ("K7Q2XMM", None),
            ("K7Q2XМ", None), // a Cyrillic М
            ("", None),
        ];
        for (typed, accepted) in cases {
            assert_eq!(
                ClaimCode::parse(typed).ok().map(|c| c.0),
                accepted.map(str::to_owned),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn a_session_is_named_with_its_local_day() {
        let late: DateTime<Utc> = "2026-06-15T23:30:00Z".parse().unwrap_or_default();
        assert_eq!(
            session_label("Ward 4 huddle", late, chrono_tz::Europe::London),
            "Ward 4 huddle, 2026-06-16"
        );
    }
}
