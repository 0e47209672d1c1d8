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

    /// Both headers for `body`, signed now.
    pub fn headers(&self, body: &[u8]) -> Vec<(String, String)> {
        let timestamp = chrono::Utc::now().timestamp().to_string();
        vec![
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
