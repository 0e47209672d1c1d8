//! The wire form of a `CallbackAction`: `<version><code>[:<argument>]*.<tag>`, for example
//! `1s:42.Xk3_a9Qe` (support idea 42). Short codes keep the worst case (two arguments at
//! `i64::MIN`) near 40 bytes, well inside Telegram's 64.

use super::{CallbackAction, CallbackError, MAX_CALLBACK_DATA};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use crowdsprint_core::conversation::Choice;
use crowdsprint_core::domain::{IdeaId, Locale};
use crowdsprint_core::service::{ListOrder, Target};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use std::fmt;

/// Encodes and checks callback data under one deployment's secret. Cheap to clone.
#[derive(Clone)]
pub struct CallbackCodec {
    /// Keyed once; each tag starts from a clone.
    mac: Hmac<Sha256>,
}

impl fmt::Debug for CallbackCodec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key state must never reach a log.
        f.write_str("CallbackCodec { .. }")
    }
}

impl CallbackCodec {
    /// A codec keyed by `secret`: at least 32 random bytes, the same across restarts (or the
    /// buttons on old messages stop working) and different for every deployment.
    pub fn new(secret: &[u8]) -> CallbackCodec {
        // HMAC zero-pads a key to the hash's 64-byte block, and hashes a longer key first.
        // Doing that here gives the very same MAC through the constructor that cannot fail.
        let mut key = [0u8; 64];
        if secret.len() <= key.len() {
            key[..secret.len()].copy_from_slice(secret);
        } else {
            key[..32].copy_from_slice(&Sha256::digest(secret));
        }
        CallbackCodec {
            mac: <Hmac<Sha256> as KeyInit>::new(&key.into()),
        }
    }

    /// The `callback_data` for a button. Always within `MAX_CALLBACK_DATA` bytes.
    pub fn encode(&self, action: &CallbackAction) -> String {
        self.sign(&payload(action))
    }

    /// Reads back data from a button press: checks size and tag before anything else.
    pub fn decode(&self, data: &str) -> Result<CallbackAction, CallbackError> {
        if data.is_empty() {
            return Err(CallbackError::Empty);
        }
        if data.len() > MAX_CALLBACK_DATA {
            return Err(CallbackError::TooLong { len: data.len() });
        }
        let (payload, tag) = data.rsplit_once('.').ok_or(CallbackError::Malformed)?;
        let mut bytes = [0u8; TAG_BYTES];
        let decoded = URL_SAFE_NO_PAD.decode_slice(tag, &mut bytes);
        if tag.len() != TAG_CHARS || !matches!(decoded, Ok(TAG_BYTES)) {
            return Err(CallbackError::Malformed);
        }
        self.keyed(payload)
            .verify_truncated_left(&bytes)
            .map_err(|_| CallbackError::Forged)?;
        parse(payload)
    }

    /// `payload` with its tag appended. Tests use it to sign payloads `encode` never makes.
    pub(super) fn sign(&self, payload: &str) -> String {
        let full = self.keyed(payload).finalize().into_bytes();
        let tag = URL_SAFE_NO_PAD.encode(&full[..TAG_BYTES]);
        format!("{payload}.{tag}")
    }

    fn keyed(&self, payload: &str) -> Hmac<Sha256> {
        let mut mac = self.mac.clone();
        Mac::update(&mut mac, DOMAIN);
        Mac::update(&mut mac, payload.as_bytes());
        mac
    }
}

/// Bumped when the meaning of a code changes, so old buttons are recognised as stale.
const VERSION: char = '1';
/// 48 bits: guessing takes a person pressing buttons for far longer than a sprint lasts.
const TAG_BYTES: usize = 6;
const TAG_CHARS: usize = 8;
/// Keeps these tags apart from any other MAC ever made with the same secret.
const DOMAIN: &[u8] = b"crowdsprint/telegram/callback\0";
/// The codes of conversation choices, which core reads (`Choice`'s `FromStr`): core's own
/// list, so a new choice is a button that works without a change here.
const CHOICE_CODES: &[&str] = Choice::CODES;
/// Every code `parse` knows, so a known code with wrong arguments is told apart from a foreign one.
const CODES: &[&str] = &[
    "o", "s", "c", "f", "m", "p", "h", "t", "k", "a", "i", "ra", "rh", "rr", "gd", "gl", "gc",
    "gs", "gn", "l", "e", "w", "x", "ds", "df", "u",
];

fn payload(action: &CallbackAction) -> String {
    use CallbackAction as A;
    let body = match action {
        A::Show(id) => format!("o:{id}"),
        A::Support(id) => format!("s:{id}"),
        A::Comment(id) => format!("c:{id}"),
        A::Follow(id) => format!("f:{id}"),
        A::Similar(id) => format!("m:{id}"),
        A::Page { list, page } => format!("p:{}:{page}", ListOrder::as_str(*list)),
        // Core spells choices the same for every platform (`h:12`, `gd:staff`, `x`).
        A::Choose(choice) => choice.to_string(),
        A::Approve(target) => format!("ra:{}", target_word(*target)),
        A::Hide(target) => format!("rh:{}", target_word(*target)),
        A::Respond(target) => format!("rr:{}", target_word(*target)),
        A::Language(l) => format!("l:{}", l.tag()),
        A::DigestSupport(id) => format!("ds:{id}"),
        A::DigestFollow(id) => format!("df:{id}"),
        A::Unsubscribe => "u".to_owned(),
    };
    format!("{VERSION}{body}")
}

fn parse(payload: &str) -> Result<CallbackAction, CallbackError> {
    use CallbackAction as A;
    let mut chars = payload.chars();
    let version = chars.next().ok_or(CallbackError::Malformed)?;
    if version != VERSION {
        return Err(CallbackError::Stale { version });
    }
    let mut fields = chars.as_str().split(':');
    let code = fields.next().unwrap_or_default();
    let args: Vec<&str> = fields.collect();
    let action = match (code, args.as_slice()) {
        ("o", [id]) => A::Show(IdeaId(int(id)?)),
        ("s", [id]) => A::Support(IdeaId(int(id)?)),
        ("c", [id]) => A::Comment(IdeaId(int(id)?)),
        ("f", [id]) => A::Follow(IdeaId(int(id)?)),
        ("m", [id]) => A::Similar(IdeaId(int(id)?)),
        ("p", [list, page]) => A::Page {
            list: word(
                &[ListOrder::Top, ListOrder::New, ListOrder::Mine],
                list,
                ListOrder::as_str,
            )?,
            page: Some(int(page)?)
                .filter(|p| *p >= 0)
                .ok_or(CallbackError::BadArgument)?,
        },
        (code, _) if CHOICE_CODES.contains(&code) => A::Choose(
            chars
                .as_str()
                .parse::<Choice>()
                .map_err(|_| CallbackError::BadArgument)?,
        ),
        ("ra", [target]) => A::Approve(parse_target(target)?),
        ("rh", [target]) => A::Hide(parse_target(target)?),
        ("rr", [target]) => A::Respond(parse_target(target)?),
        ("l", [l]) => A::Language(word(Locale::ALL, l, Locale::tag)?),
        ("ds", [id]) => A::DigestSupport(IdeaId(int(id)?)),
        ("df", [id]) => A::DigestFollow(IdeaId(int(id)?)),
        ("u", []) => A::Unsubscribe,
        (code, _) if CODES.contains(&code) => return Err(CallbackError::BadArgument),
        (code, _) => {
            return Err(CallbackError::UnknownAction {
                code: code.chars().take(16).collect(),
            });
        }
    };
    Ok(action)
}

/// A number exactly as `encode` writes it: no sign for positives, no leading zeros.
fn int(text: &str) -> Result<i64, CallbackError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| n.to_string() == text)
        .ok_or(CallbackError::BadArgument)
}

/// One of `options`, by its exact word.
fn word<T: Copy>(
    options: &[T],
    text: &str,
    name: fn(T) -> &'static str,
) -> Result<T, CallbackError> {
    options
        .iter()
        .copied()
        .find(|o| name(*o) == text)
        .ok_or(CallbackError::BadArgument)
}

fn target_word(target: Target) -> String {
    match target {
        Target::Idea(id) => format!("i{id}"),
        Target::Comment(id) => format!("c{id}"),
    }
}

fn parse_target(text: &str) -> Result<Target, CallbackError> {
    if let Some(id) = text.strip_prefix('i') {
        return Ok(Target::Idea(IdeaId(int(id)?)));
    }
    if let Some(id) = text.strip_prefix('c') {
        return Ok(Target::Comment(crowdsprint_core::domain::CommentId(int(
            id,
        )?)));
    }
    Err(CallbackError::BadArgument)
}
