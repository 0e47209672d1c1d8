//! Signing requests to a bot's interactions endpoint as Discord does: Ed25519 over the
//! timestamp followed by the body, sent hex-encoded in `X-Signature-Ed25519` beside
//! `X-Signature-Timestamp`.

use ed25519_dalek::{Signer, SigningKey};

/// The application's signing key (Discord keeps the private half; tests hold both).
#[derive(Debug, Clone)]
pub struct InteractionSigner {
    key: SigningKey,
}

impl InteractionSigner {
    /// A fixed test key, so a failure can be replayed.
    pub fn test_key() -> InteractionSigner {
        InteractionSigner {
            key: SigningKey::from_bytes(&[42u8; 32]),
        }
    }

    /// The public key as the Developer Portal shows it (`DISCORD_PUBLIC_KEY`).
    pub fn public_key_hex(&self) -> String {
        hex(self.key.verifying_key().as_bytes())
    }

    /// The hex signature of `timestamp` + `body`.
    pub fn sign(&self, timestamp: &str, body: &[u8]) -> String {
        let message = [timestamp.as_bytes(), body].concat();
        hex(&self.key.sign(&message).to_bytes())
    }

    /// Both headers for `body`, signed now (Unix seconds): `X-Signature-Ed25519` first, then
    /// `X-Signature-Timestamp`.
    pub fn headers(&self, body: &[u8]) -> [(String, String); 2] {
        let timestamp = chrono::Utc::now().timestamp().to_string();
        [
            (
                "X-Signature-Ed25519".to_owned(),
                self.sign(&timestamp, body),
            ),
            ("X-Signature-Timestamp".to_owned(), timestamp),
        ]
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signature, Verifier};

    #[test]
    fn signatures_verify_with_the_published_key() {
        let signer = InteractionSigner::test_key();
        let public = signer.public_key_hex();
        assert_eq!(public.len(), 64);
        let signature = signer.sign("1750000000", b"{}");
        assert_eq!(signature.len(), 128);
        let bytes: Vec<u8> = (0..64)
            .map(|i| u8::from_str_radix(&signature[2 * i..2 * i + 2], 16).expect("hex"))
            .collect();
        let signature = Signature::from_slice(&bytes).expect("64 bytes");
        let key = signer.key.verifying_key();
        assert!(key.verify(b"1750000000{}", &signature).is_ok());
        assert!(key.verify(b"1750000001{}", &signature).is_err());
    }
}
