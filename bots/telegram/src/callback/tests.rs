//! Property-style tables: every action round-trips and fits, and nothing else gets through.
#![allow(clippy::unwrap_used)]

use super::*;
use crowdsprint_core::domain::{ChallengeId, CommentId, Describes, IdeaKind, UpdateWhen};

const SECRET: &[u8] = b"a per-deployment secret of 32+ bytes";

fn codec() -> CallbackCodec {
    CallbackCodec::new(SECRET)
}

/// Every kind of action, each with small, ordinary and extreme numbers.
fn every_action() -> Vec<CallbackAction> {
    use CallbackAction as A;
    use Choice as C;
    let numbers = [1, 42, 4_096, i64::MAX, 0, -1, i64::MIN];
    let mut all = vec![
        A::Choose(C::KeepTitle),
        A::Choose(C::PostAnyway),
        A::Choose(C::Cancel),
        A::Choose(C::Skip),
        A::Choose(C::UseName),
        A::Unsubscribe,
        A::Choose(C::ConfirmForget),
        A::Choose(C::When(UpdateWhen::Now)),
        A::Choose(C::When(UpdateWhen::NextDigest)),
    ];
    for n in numbers {
        let idea = IdeaId(n);
        all.extend([
            A::Show(idea),
            A::Support(idea),
            A::Comment(idea),
            A::Follow(idea),
            A::Similar(idea),
            A::Choose(C::Challenge(ChallengeId(n))),
            A::Choose(C::SupportInstead(idea)),
            A::DigestSupport(idea),
            A::DigestFollow(idea),
        ]);
        for target in [Target::Idea(idea), Target::Comment(CommentId(n))] {
            all.extend([A::Approve(target), A::Hide(target), A::Respond(target)]);
        }
        for list in [ListOrder::Top, ListOrder::New, ListOrder::Mine] {
            all.push(A::Page {
                list,
                page: n.max(0),
            });
        }
    }
    all.extend(IdeaKind::ALL.iter().map(|k| A::Choose(C::Kind(*k))));
    all.extend(Describes::ALL.iter().map(|d| A::Choose(C::Describes(*d))));
    for locale in Locale::ALL {
        all.extend([A::Choose(C::Language(*locale)), A::Language(*locale)]);
    }
    all.extend([A::Choose(C::Consent(true)), A::Choose(C::Consent(false))]);
    all
}

#[test]
fn every_action_round_trips_within_64_bytes() {
    let codec = codec();
    let mut longest = 0;
    for action in every_action() {
        let data = codec.encode(&action);
        assert!(
            data.len() <= MAX_CALLBACK_DATA,
            "{data} is {} bytes",
            data.len()
        );
        longest = longest.max(data.len());
        assert_eq!(codec.decode(&data), Ok(action), "{data}");
    }
    // The headroom the format leaves, so a new argument is added with care.
    assert!(longest <= 40, "longest callback data is {longest} bytes");
}

#[test]
fn encodings_are_stable_and_readable() {
    let codec = codec();
    let data = codec.encode(&CallbackAction::Support(IdeaId(42)));
    assert!(data.starts_with("1s:42."), "{data}");
    assert_eq!(data, codec.encode(&CallbackAction::Support(IdeaId(42))));
    let page = codec.encode(&CallbackAction::Page {
        list: ListOrder::Mine,
        page: 3,
    });
    assert!(page.starts_with("1p:mine:3."), "{page}");
}

#[test]
fn changing_any_byte_is_rejected() {
    let codec = codec();
    for action in every_action() {
        let data = codec.encode(&action);
        for at in 0..data.len() {
            // Every single-bit flip, and every character the format itself uses.
            let original = data.as_bytes()[at];
            let flips = (0..8).map(|bit| original ^ (1 << bit));
            let swaps = b"0123456789:.-_aixyAZ".iter().copied();
            for byte in flips.chain(swaps).filter(|b| *b != original) {
                let mut bytes = data.clone().into_bytes();
                bytes[at] = byte;
                let altered = String::from_utf8_lossy(&bytes);
                assert!(
                    codec.decode(&altered).is_err(),
                    "{data} with byte {at} set to {byte} was accepted"
                );
            }
        }
    }
}

#[test]
fn cutting_or_extending_data_is_rejected() {
    let codec = codec();
    let data = codec.encode(&CallbackAction::Approve(Target::Comment(CommentId(7))));
    for cut in 1..data.len() {
        assert!(codec.decode(&data[..cut]).is_err(), "{}", &data[..cut]);
        assert!(codec.decode(&data[cut..]).is_err(), "{}", &data[cut..]);
    }
    assert!(codec.decode(&format!("{data}x")).is_err());
    assert!(codec.decode(&format!("x{data}")).is_err());
}

#[test]
fn another_deployments_buttons_are_forged_here() {
    let ours = codec();
    for secret in [&b""[..], b"another secret", &[7u8; 200][..]] {
        let theirs = CallbackCodec::new(secret);
        for action in every_action() {
            assert_eq!(
                ours.decode(&theirs.encode(&action)),
                Err(CallbackError::Forged)
            );
        }
    }
}

#[test]
fn foreign_and_broken_data_get_a_typed_error() {
    let codec = codec();
    let long = "1s:1".repeat(20);
    let table: &[(&str, CallbackError)] = &[
        ("", CallbackError::Empty),
        (&long, CallbackError::TooLong { len: 80 }),
        ("like_42", CallbackError::Malformed),
        ("1s:42", CallbackError::Malformed),
        ("1s:42.", CallbackError::Malformed),
        ("1s:42.short", CallbackError::Malformed),
        ("1s:42.!!!!!!!!", CallbackError::Malformed),
        ("1s:42.AAAAAAAA", CallbackError::Forged),
        ("{\"action\":\"vote\"}.AAAAAAAA", CallbackError::Forged),
    ];
    for (data, expected) in table {
        assert_eq!(codec.decode(data).as_ref(), Err(expected), "{data:?}");
    }
}

#[test]
fn signed_but_meaningless_payloads_are_refused_by_kind() {
    let codec = codec();
    let unknown = |code: &str| CallbackError::UnknownAction { code: code.into() };
    let table: &[(&str, CallbackError)] = &[
        ("", CallbackError::Malformed),
        ("2s:42", CallbackError::Stale { version: '2' }),
        ("0x", CallbackError::Stale { version: '0' }),
        ("1zz:1", unknown("zz")),
        ("1", unknown("")),
        ("1s:abc", CallbackError::BadArgument),
        ("1s:042", CallbackError::BadArgument),
        ("1s:+42", CallbackError::BadArgument),
        ("1s:-0", CallbackError::BadArgument),
        ("1s:99999999999999999999", CallbackError::BadArgument),
        ("1s", CallbackError::BadArgument),
        ("1s:1:2", CallbackError::BadArgument),
        ("1x:1", CallbackError::BadArgument),
        ("1p:sideways:1", CallbackError::BadArgument),
        ("1p:top:-1", CallbackError::BadArgument),
        ("1ra:x1", CallbackError::BadArgument),
        ("1ra:#1", CallbackError::BadArgument),
        ("1gc:maybe", CallbackError::BadArgument),
        ("1gd:Staff", CallbackError::BadArgument),
        ("1l:fr", CallbackError::BadArgument),
        ("1k:good practice", CallbackError::BadArgument),
    ];
    for (payload, expected) in table {
        let data = codec.sign(payload);
        assert_eq!(codec.decode(&data).as_ref(), Err(expected), "{data:?}");
    }
}

#[test]
fn errors_name_a_message_and_the_secret_stays_out_of_debug_output() {
    assert_eq!(
        CallbackError::Stale { version: '0' }.message_id(),
        "chat-callback-stale"
    );
    assert_eq!(CallbackError::Forged.to_msg().id, "chat-callback-invalid");
    let shown = format!("{:?}", codec());
    assert_eq!(shown, "CallbackCodec { .. }");
}
