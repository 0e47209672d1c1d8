//! What each keyboard shows and what each button does, in both languages.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::callback::{CallbackCodec, MAX_CALLBACK_DATA, RegistrationChoice};
use crate::test_support::{CATALOG, challenge, held_idea, idea, page, view};

fn en() -> Keyboards<'static> {
    Keyboards {
        catalog: &CATALOG,
        locale: Locale::EnGb,
    }
}

fn cy() -> Keyboards<'static> {
    Keyboards {
        catalog: &CATALOG,
        locale: Locale::Cy,
    }
}

fn actions(keyboard: &InlineKeyboard) -> Vec<CallbackAction> {
    keyboard.actions().copied().collect()
}

#[test]
fn the_idea_card_shows_the_count_and_what_the_member_already_did() {
    let id = IdeaId(12);
    let mut card = CardState::of(&view());
    let keyboard = en().idea_card(card);
    assert_eq!(
        keyboard.labels(),
        [
            vec!["✓ Supported · 5", "💬 Comment"],
            vec!["🔔 Follow", "🔎 Similar ideas"]
        ]
    );
    assert_eq!(
        actions(&keyboard),
        [
            CallbackAction::Support(id),
            CallbackAction::Comment(id),
            CallbackAction::Follow(id),
            CallbackAction::Similar(id)
        ]
    );
    card.supported = false;
    card.following = true;
    card.supporters = 4;
    assert_eq!(
        cy().idea_card(card).labels(),
        [
            vec!["👍 Cefnogi · 4", "💬 Sylw"],
            vec!["✓ Yn dilyn", "🔎 Syniadau tebyg"]
        ]
    );
}

#[test]
fn an_unpublished_idea_offers_no_support_or_comment() {
    let mut v = view();
    v.idea = held_idea();
    let keyboard = en().idea_card(CardState::of(&v));
    assert_eq!(keyboard.labels(), [vec!["🔔 Follow", "🔎 Similar ideas"]]);
}

#[test]
fn the_pager_offers_only_pages_that_exist() {
    let table: &[(i64, i64, &[&str], &[i64])] = &[
        (0, 1, &[], &[]),
        (0, 0, &[], &[]),
        (0, 7, &["1/7", "▶"], &[0, 1]),
        (1, 7, &["◀", "2/7", "▶"], &[0, 1, 2]),
        (6, 7, &["◀", "7/7"], &[5, 6]),
    ];
    for (page, pages, labels, targets) in table {
        let row = en().pager(ListOrder::New, *page, *pages);
        let shown: Vec<&str> = row.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(shown, *labels, "page {page} of {pages}");
        let goes: Vec<i64> = row
            .iter()
            .map(|b| match b.press {
                Press::Callback(CallbackAction::Page {
                    list: ListOrder::New,
                    page,
                }) => page,
                ref other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(goes, *targets);
    }
}

#[test]
fn a_list_page_has_a_button_per_idea_then_the_pager() {
    let keyboard = en().idea_page(&page(), ListOrder::Top);
    assert_eq!(
        keyboard.labels(),
        [
            vec!["#12 Less <waiting> & more 🏥 care"],
            vec!["#13 Call Mrs Jones"],
            vec!["◀", "2/3", "▶"]
        ]
    );
    assert_eq!(actions(&keyboard)[0], CallbackAction::Show(IdeaId(12)));
}

#[test]
fn long_titles_are_shortened_on_buttons() {
    let mut long = idea();
    long.title =
        "Volunteer drivers pick up and deliver discharge medicines 🚗 so people get home".into();
    let keyboard = en().similar_offer(&[long]);
    assert_eq!(
        keyboard.labels(),
        [
            vec!["👍 #12 Volunteer drivers pick up and deliver…"],
            vec!["Post mine anyway"],
            vec!["✖ Cancel"]
        ]
    );
    assert_eq!(
        actions(&keyboard),
        [
            CallbackAction::SupportInstead(IdeaId(12)),
            CallbackAction::PostAnyway,
            CallbackAction::Cancel
        ]
    );
    let table: &[(&str, usize, &str)] = &[
        ("short", 10, "short"),
        ("exactly ten", 11, "exactly ten"),
        ("one two three", 8, "one two…"),
        ("🏥🏥🏥🏥", 3, "🏥🏥…"),
        ("تحسين الخروج من المستشفى", 10, "تحسين…"),
    ];
    for (text, max, expected) in table {
        assert_eq!(clip(text, *max), *expected);
    }
}

#[test]
fn the_idea_dialogue_keyboards() {
    let picker = en().challenge_picker(&[challenge()]);
    assert_eq!(picker.labels(), [vec!["People & teams"], vec!["✖ Cancel"]]);
    assert_eq!(
        actions(&picker)[0],
        CallbackAction::PickChallenge(ChallengeId(2))
    );
    assert_eq!(
        en().title_confirm().labels(),
        [vec!["✓ Keep this title", "✖ Cancel"]]
    );
    let kinds = en().kind_picker();
    assert_eq!(
        kinds.labels(),
        [
            vec!["Idea", "Experience", "Good practice"],
            vec!["✖ Cancel"]
        ]
    );
    assert_eq!(
        actions(&kinds)[2],
        CallbackAction::PickKind(IdeaKind::GoodPractice)
    );
}

#[test]
fn the_review_item_keyboard() {
    let target = Target::Comment(CommentId(34));
    let keyboard = en().review_item(target);
    assert_eq!(
        keyboard.labels(),
        [vec!["✓ Approve", "🙈 Hide", "💬 Respond"]]
    );
    assert_eq!(
        actions(&keyboard),
        [
            CallbackAction::Approve(target),
            CallbackAction::Hide(target),
            CallbackAction::Respond(target)
        ]
    );
}

#[test]
fn the_registration_and_language_keyboards() {
    let describes = en().describes_picker();
    assert_eq!(
        describes.labels(),
        [
            vec!["Staff", "Patient or service user"],
            vec!["Carer or family member", "Lived-experience partner"],
            vec!["Partner organisation", "Other"],
            vec!["✖ Cancel"]
        ]
    );
    assert_eq!(
        actions(&describes)[1],
        CallbackAction::Register(RegistrationChoice::Describes(Describes::Patient))
    );
    assert_eq!(cy().skip().labels(), [vec!["Hepgor", "✖ Canslo"]]);
    assert_eq!(
        cy().consent().labels(),
        [vec!["✓ Ydw, rwy'n cytuno", "Na, dim diolch"]]
    );
    assert_eq!(
        actions(&en().consent()),
        [
            CallbackAction::Register(RegistrationChoice::Consent(true)),
            CallbackAction::Register(RegistrationChoice::Consent(false))
        ]
    );
    assert_eq!(
        en().registration_language().labels(),
        [vec!["English", "Cymraeg"]]
    );
    let languages = cy().language_picker(Locale::Cy);
    assert_eq!(languages.labels(), [vec!["English", "✓ Cymraeg"]]);
    assert_eq!(actions(&languages)[1], CallbackAction::Language(Locale::Cy));
    assert_eq!(en().cancel().labels(), [vec!["✖ Cancel"]]);
}

#[test]
fn every_button_of_every_keyboard_encodes_within_telegram_limits() {
    let codec = CallbackCodec::new(b"test secret");
    for k in [en(), cy()] {
        let keyboards = [
            k.idea_card(CardState::of(&view())),
            k.idea_page(&page(), ListOrder::Mine),
            k.review_item(Target::Idea(IdeaId(i64::MAX))),
            k.challenge_picker(&[challenge()]),
            k.similar_offer(&[idea(), held_idea()]),
            k.describes_picker(),
            k.kind_picker(),
            k.title_confirm(),
            k.skip(),
            k.consent(),
            k.registration_language(),
            k.language_picker(Locale::EnGb),
        ];
        for keyboard in &keyboards {
            assert!(!keyboard.is_empty());
            for row in &keyboard.rows {
                assert!(!row.is_empty() && row.len() <= 8, "{row:?}");
                for button in row {
                    assert!(!button.label.trim().is_empty());
                    assert!(button.label.chars().count() <= 64, "{}", button.label);
                }
            }
            for action in keyboard.actions() {
                let data = codec.encode(action);
                assert!(data.len() <= MAX_CALLBACK_DATA);
                assert_eq!(codec.decode(&data).as_ref(), Ok(action));
            }
        }
    }
}

#[test]
fn url_buttons_are_kept_apart_from_callbacks() {
    let keyboard = InlineKeyboard {
        rows: vec![vec![Button::url(
            "Open",
            "https://t.me/crowdsprint_bot?start=idea_12",
        )]],
    };
    assert_eq!(keyboard.actions().count(), 0);
    assert!(!keyboard.is_empty());
    assert!(InlineKeyboard::default().is_empty());
}
