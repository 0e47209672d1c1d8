//! Checking that a request to the interactions endpoint really comes from Discord, now: its
//! Ed25519 signature over timestamp and body against the application's public key, and a
//! timestamp close to our clock. Serenity's verifier checks only the signature, so a recorded
//! request could be replayed for ever; the freshness window closes that, and `Replays` refuses
//! a second copy of an interaction inside the window.

use serenity::interactions_endpoint::Verifier;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

/// How far a request's timestamp may be from our clock, either way.
pub const MAX_AGE_SECONDS: i64 = 300;

/// Why a request was turned away (answered 401).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Rejected {
    #[error("the signature headers are missing")]
    Unsigned,
    #[error("the signature does not match")]
    BadSignature,
    #[error("the timestamp is not recent")]
    Stale,
    #[error("the interaction was already received")]
    Replayed,
}

/// The application's public key, ready to check requests.
#[derive(Clone)]
pub struct RequestVerifier {
    verifier: Verifier,
}

impl std::fmt::Debug for RequestVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestVerifier").finish_non_exhaustive()
    }
}

/// `DISCORD_PUBLIC_KEY` is not 64 hexadecimal digits of a valid Ed25519 key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("DISCORD_PUBLIC_KEY must be the 64 hexadecimal digits shown on the application's page")]
pub struct BadPublicKey;

impl RequestVerifier {
    pub fn new(public_key_hex: &str) -> Result<RequestVerifier, BadPublicKey> {
        let bytes = hex32(public_key_hex.trim()).ok_or(BadPublicKey)?;
        let verifier = Verifier::try_new(bytes).map_err(|_| BadPublicKey)?;
        Ok(RequestVerifier { verifier })
    }

    /// Accepts the request only if it is signed and its timestamp is within
    /// `MAX_AGE_SECONDS` of `now` (Unix seconds); gives that timestamp, for `Replays`.
    pub fn check(
        &self,
        signature: Option<&str>,
        timestamp: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<i64, Rejected> {
        let (Some(signature), Some(timestamp)) = (signature, timestamp) else {
            return Err(Rejected::Unsigned);
        };
        self.verifier
            .verify(signature, timestamp, body)
            .map_err(|()| Rejected::BadSignature)?;
        // Checked after the signature, so only Discord's own timestamps are ever parsed.
        let sent: i64 = timestamp.parse().map_err(|_| Rejected::Stale)?;
        // Saturating: a signed but absurd timestamp must not overflow the subtraction.
        if now.saturating_sub(sent).saturating_abs() > MAX_AGE_SECONDS {
            return Err(Rejected::Stale);
        }
        Ok(sent)
    }
}

/// The interactions received recently, so that a captured request sent again while its
/// timestamp is still fresh is refused. Only requests that passed `RequestVerifier::check` are
/// recorded, each until its timestamp goes stale (after which `check` refuses it anyway).
///
/// It is kept in memory, per replica: with several replicas behind a load balancer, a replay
/// that reaches another replica within `MAX_AGE_SECONDS` is still answered. That is accepted:
/// Discord itself never sends an interaction twice, so a replay needs a request captured in
/// those five minutes (behind TLS), and an interaction's token takes only one initial response,
/// so a replay cannot answer the member a second time through it. Closing the gap would put a
/// shared store on every request's path.
#[derive(Debug)]
pub struct Replays {
    seen: Mutex<Seen>,
    capacity: usize,
}

#[derive(Debug, Default)]
struct Seen {
    /// Each interaction id with the second after which its request is stale.
    until: HashMap<u64, i64>,
    /// The same pairs, soonest stale first, so forgetting never walks the whole set.
    by_time: BTreeSet<(i64, u64)>,
}

impl Replays {
    /// Enough for about 300 interactions a second on one replica: more than one serves.
    pub const CAPACITY: usize = 100_000;

    /// Remembers at most `capacity` interactions; when full, the soonest stale is forgotten
    /// first (filling it needs that many genuine, signed interactions, not an attacker's).
    pub fn new(capacity: usize) -> Replays {
        Replays {
            seen: Mutex::new(Seen::default()),
            capacity: capacity.max(1),
        }
    }

    /// Records interaction `id`, sent at `sent` (its checked timestamp), or refuses it if it
    /// was already received and has not gone stale.
    pub fn first_sight(&self, id: u64, sent: i64, now: i64) -> Result<(), Rejected> {
        // No code panics while holding the lock, so a poisoned one still holds a valid set.
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.forget_stale(now);
        if seen.until.contains_key(&id) {
            return Err(Rejected::Replayed);
        }
        if seen.until.len() >= self.capacity {
            seen.forget_soonest();
        }
        let until = sent.saturating_add(MAX_AGE_SECONDS);
        seen.until.insert(id, until);
        seen.by_time.insert((until, id));
        Ok(())
    }

    /// How many interactions are remembered.
    #[cfg(test)]
    fn remembered(&self) -> usize {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .until
            .len()
    }
}

impl Seen {
    /// Forgets what `RequestVerifier::check` would now refuse as stale anyway.
    fn forget_stale(&mut self, now: i64) {
        while let Some(&(until, _)) = self.by_time.first() {
            if until >= now {
                break;
            }
            self.forget_soonest();
        }
    }

    fn forget_soonest(&mut self) {
        if let Some((_, id)) = self.by_time.pop_first() {
            self.until.remove(&id);
        }
    }
}

fn hex32(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn verifier() -> RequestVerifier {
        RequestVerifier::new(&hex(key().verifying_key().as_bytes())).expect("valid key")
    }

    fn sign(timestamp: &str, body: &[u8]) -> String {
        let message = [timestamp.as_bytes(), body].concat();
        hex(&key().sign(&message).to_bytes())
    }

    #[test]
    fn a_fresh_signed_request_is_accepted() {
        let body = br#"{"type":1}"#;
        let sig = sign("1000", body);
        assert_eq!(
            verifier().check(Some(&sig), Some("1000"), body, 1010),
            Ok(1000)
        );
    }

    #[test]
    fn a_changed_body_or_timestamp_is_refused() {
        let body = br#"{"type":1}"#;
        let sig = sign("1000", body);
        let v = verifier();
        assert_eq!(
            v.check(Some(&sig), Some("1000"), br#"{"type":2}"#, 1000),
            Err(Rejected::BadSignature)
        );
        assert_eq!(
            v.check(Some(&sig), Some("1001"), body, 1000),
            Err(Rejected::BadSignature)
        );
        assert_eq!(
            v.check(Some("zz"), Some("1000"), body, 1000),
            Err(Rejected::BadSignature)
        );
    }

    #[test]
    fn a_replayed_request_is_refused_once_stale() {
        let body = br#"{"type":1}"#;
        let sig = sign("1000", body);
        let v = verifier();
        assert_eq!(
            v.check(Some(&sig), Some("1000"), body, 1000 + MAX_AGE_SECONDS),
            Ok(1000)
        );
        assert_eq!(
            v.check(Some(&sig), Some("1000"), body, 1001 + MAX_AGE_SECONDS),
            Err(Rejected::Stale)
        );
    }

    #[test]
    fn missing_headers_are_refused() {
        assert_eq!(
            verifier().check(None, Some("1"), b"", 1),
            Err(Rejected::Unsigned)
        );
        assert_eq!(
            verifier().check(Some("ab"), None, b"", 1),
            Err(Rejected::Unsigned)
        );
    }

    #[test]
    fn an_absurd_signed_timestamp_is_stale_not_a_panic() {
        let body = br#"{"type":1}"#;
        let v = verifier();
        for timestamp in [i64::MIN.to_string(), i64::MAX.to_string()] {
            let sig = sign(&timestamp, body);
            assert_eq!(
                v.check(Some(&sig), Some(&timestamp), body, 1000),
                Err(Rejected::Stale)
            );
        }
    }

    #[test]
    fn an_interaction_is_received_once_while_fresh() {
        let replays = Replays::new(Replays::CAPACITY);
        assert_eq!(replays.first_sight(1, 1000, 1000), Ok(()));
        assert_eq!(replays.first_sight(2, 1000, 1001), Ok(()));
        assert_eq!(
            replays.first_sight(1, 1000, 1000 + MAX_AGE_SECONDS),
            Err(Rejected::Replayed)
        );
        // Once stale, `check` refuses it, so it is forgotten here.
        assert_eq!(replays.first_sight(3, 2000, 1001 + MAX_AGE_SECONDS), Ok(()));
        assert_eq!(replays.remembered(), 1);
    }

    #[test]
    fn a_full_set_forgets_the_soonest_stale_first() {
        let replays = Replays::new(2);
        assert_eq!(replays.first_sight(1, 1010, 1000), Ok(()));
        assert_eq!(replays.first_sight(2, 1000, 1000), Ok(()));
        assert_eq!(replays.first_sight(3, 1005, 1000), Ok(()));
        assert_eq!(replays.remembered(), 2);
        assert_eq!(replays.first_sight(1, 1010, 1000), Err(Rejected::Replayed));
        assert_eq!(replays.first_sight(3, 1005, 1000), Err(Rejected::Replayed));
    }

    #[test]
    fn bad_keys_are_named() {
        assert!(RequestVerifier::new("abc").is_err());
        assert!(RequestVerifier::new(&"g".repeat(64)).is_err());
    }
}
