//! Checking that a request to the interactions endpoint really comes from Discord, now: its
//! Ed25519 signature over timestamp and body against the application's public key, and a
//! timestamp close to our clock. Serenity's verifier checks only the signature, so a recorded
//! request could be replayed for ever; the freshness window closes that.

use serenity::interactions_endpoint::Verifier;

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
    /// `MAX_AGE_SECONDS` of `now` (Unix seconds).
    pub fn check(
        &self,
        signature: Option<&str>,
        timestamp: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<(), Rejected> {
        let (Some(signature), Some(timestamp)) = (signature, timestamp) else {
            return Err(Rejected::Unsigned);
        };
        self.verifier
            .verify(signature, timestamp, body)
            .map_err(|()| Rejected::BadSignature)?;
        // Checked after the signature, so only Discord's own timestamps are ever parsed.
        let sent: i64 = timestamp.parse().map_err(|_| Rejected::Stale)?;
        if (now - sent).abs() > MAX_AGE_SECONDS {
            return Err(Rejected::Stale);
        }
        Ok(())
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
            Ok(())
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
            Ok(())
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
    fn bad_keys_are_named() {
        assert!(RequestVerifier::new("abc").is_err());
        assert!(RequestVerifier::new(&"g".repeat(64)).is_err());
    }
}
