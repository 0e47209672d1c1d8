//! What each keyboard shows and what each button does, in both languages.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::callback::{CallbackCodec, MAX_CALLBACK_DATA};
use crate::test_support::{CATALOG, challenge, held_idea, idea, page, view};
use crowdsprint_core::conversation::{
    Answer, Choice, Conversation, Posting, Prompt, Registering, Turn,
};

fn en() -> Keyboards<'static> {
    Keyboards {
        catalog: &CATALOG,
        locale: Locale::EnGb,
        web: None,
    }
}

fn cy() -> Keyboards<'static> {
    Keyboards {
        catalog: &CATALOG,
        locale: Locale::Cy,
        web: None,
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

/// The prompt after answering `answers` in turn, as core would send it.
fn prompt_after(start: Conversation, answers: &[Answer], similar: &[Idea]) -> Prompt {
    let mut conversation = start;
    let mut prompt = conversation.prompt();
    for answer in answers {
        let turn = match conversation.clone().answer(answer.clone()) {
            Turn::FindSimilar(posting) => {
                posting.with_similar(similar.iter().map(|i| (i.id, i.title.clone())))
            }
            turn => turn,
        };
        let Turn::Ask(next, next_prompt) = turn else {
            panic!("the conversation ended early: {turn:?}")
        };
        (conversation, prompt) = (next, next_prompt);
    }
    prompt
}

fn posting(message: Option<&str>) -> Conversation {
    Conversation::Post(Posting::start(
        Platform::Telegram,
        "Winter",
        &[challenge()],
        message,
    ))
}

fn registering() -> Conversation {
    Conversation::Register(Registering::start("Ann", Locale::EnGb))
}

#[test]
fn long_titles_are_shortened_on_buttons() {
    let mut long = idea();
    long.title =
        "Volunteer drivers pick up and deliver discharge medicines 🚗 so people get home".into();
    let answers = [
        Answer::Choice(Choice::Challenge(ChallengeId(2))),
        Answer::text("Drivers"),
        Answer::Choice(Choice::Skip),
        Answer::Choice(Choice::Kind(IdeaKind::Idea)),
    ];
    let keyboard = en().prompt(&prompt_after(posting(None), &answers, &[long]));
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
            CallbackAction::Choose(Choice::SupportInstead(IdeaId(12))),
            CallbackAction::Choose(Choice::PostAnyway),
            CallbackAction::Choose(Choice::Cancel)
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
fn the_idea_conversation_keyboards() {
    let picker = en().prompt(&posting(Some("Quiet room")).prompt());
    assert_eq!(picker.labels(), [vec!["People & teams"], vec!["✖ Cancel"]]);
    assert_eq!(
        actions(&picker)[0],
        CallbackAction::Choose(Choice::Challenge(ChallengeId(2)))
    );
    let pick = [Answer::Choice(Choice::Challenge(ChallengeId(2)))];
    assert_eq!(
        en().prompt(&prompt_after(posting(Some("Quiet room")), &pick, &[]))
            .labels(),
        [vec!["✓ Keep this title", "✖ Cancel"]]
    );
    let keep = [pick[0].clone(), Answer::Choice(Choice::KeepTitle)];
    let kinds = en().prompt(&prompt_after(posting(Some("Quiet room")), &keep, &[]));
    assert_eq!(
        kinds.labels(),
        [
            vec!["Idea", "Experience", "Good practice"],
            vec!["✖ Cancel"]
        ]
    );
    assert_eq!(
        actions(&kinds)[2],
        CallbackAction::Choose(Choice::Kind(IdeaKind::GoodPractice))
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
    let name = en().prompt(&registering().prompt());
    assert_eq!(
        name.labels(),
        [
            vec!["✓ Ann"],
            vec!["English", "Cymraeg", "Polski", "Română"],
            vec!["ਪੰਜਾਬੀ", "اردو", "Português", "العربية"],
            vec!["✖ Cancel"]
        ]
    );
    let use_name = [Answer::Choice(Choice::UseName)];
    let describes = en().prompt(&prompt_after(registering(), &use_name, &[]));
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
        CallbackAction::Choose(Choice::Describes(Describes::Patient))
    );
    let staff = [
        use_name[0].clone(),
        Answer::Choice(Choice::Describes(Describes::Staff)),
    ];
    let organisation = prompt_after(registering(), &staff, &[]);
    assert_eq!(
        cy().prompt(&organisation).labels(),
        [vec!["Hepgor", "✖ Canslo"]]
    );
    let skipped = [staff.to_vec(), vec![Answer::text(""), Answer::text("")]].concat();
    let consent = prompt_after(registering(), &skipped, &[]);
    assert_eq!(
        cy().prompt(&consent).labels(),
        [vec!["✓ Ydw, rwy'n cytuno", "Nac ydw, dim diolch"]]
    );
    assert_eq!(
        actions(&en().prompt(&consent)),
        [
            CallbackAction::Choose(Choice::Consent(true)),
            CallbackAction::Choose(Choice::Consent(false))
        ]
    );
    let languages = cy().language_picker(Locale::Cy);
    assert_eq!(
        languages.labels(),
        [
            vec!["English", "✓ Cymraeg", "Polski", "Română"],
            vec!["ਪੰਜਾਬੀ", "اردو", "Português", "العربية"]
        ]
    );
    assert_eq!(actions(&languages)[1], CallbackAction::Language(Locale::Cy));
    assert_eq!(
        en().prompt(&Conversation::ConfirmForget.prompt()).labels(),
        [vec!["Yes, erase me", "✖ Cancel"]]
    );
}

#[test]
fn every_button_of_every_keyboard_encodes_within_telegram_limits() {
    let codec = CallbackCodec::new(b"test secret");
    for k in [en(), cy()] {
        let keyboards = [
            k.idea_card(CardState::of(&view())),
            k.idea_page(&page(), ListOrder::Mine),
            k.review_item(Target::Idea(IdeaId(i64::MAX))),
            k.prompt(&posting(None).prompt()),
            k.prompt(&prompt_after(
                posting(None),
                &[
                    Answer::text("1"),
                    Answer::text("Drivers"),
                    Answer::text(""),
                    Answer::text(""),
                ],
                &[idea(), held_idea()],
            )),
            k.prompt(&registering().prompt()),
            k.prompt(&prompt_after(registering(), &[Answer::text("")], &[])),
            k.prompt(&Conversation::ConfirmForget.prompt()),
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

#[test]
fn a_published_card_opens_on_the_web_when_the_board_is_public() {
    let web = PublicUrl::parse("https://ideas.example.nhs.uk").unwrap();
    let keys = Keyboards {
        web: Some(&web),
        ..en()
    };
    let card = CardState::of(&view());
    let keyboard = keys.idea_card(card);
    let last = keyboard.rows.last().unwrap();
    assert_eq!(
        last,
        &vec![Button::url(
            "🌐 Open on the web",
            "https://ideas.example.nhs.uk/ideas/12"
        )]
    );
    // A held idea has no public page to open; without a public board, no button.
    let held = CardState {
        visible: false,
        ..card
    };
    assert!(
        keys.idea_card(held)
            .rows
            .iter()
            .flatten()
            .all(|b| matches!(b.press, Press::Callback(_)))
    );
    assert_eq!(en().idea_card(card).rows.len(), 2);
}

#[test]
fn notifications_open_on_the_web_only_what_is_public() {
    use crowdsprint_core::notify::Event;
    let web = PublicUrl::parse("https://ideas.example.nhs.uk").unwrap();
    let keys = Keyboards {
        web: Some(&web),
        ..en()
    };
    let urls = |keyboard: InlineKeyboard| -> Vec<String> {
        keyboard
            .rows
            .iter()
            .flatten()
            .filter_map(|b| match &b.press {
                Press::Url(url) => Some(url.clone()),
                Press::Callback(_) => None,
            })
            .collect()
    };
    let response = Event::ResponseToComment {
        idea: IdeaId(12),
        title: "Drivers".into(),
        comment: CommentId(3),
        response: CommentId(4),
    };
    assert_eq!(
        urls(keys.notification(&response)),
        ["https://ideas.example.nhs.uk/ideas/12"]
    );
    let held = Event::IdeaHeld {
        idea: IdeaId(12),
        title: "Drivers".into(),
        reasons: Vec::new(),
    };
    assert!(
        urls(keys.notification(&held)).is_empty(),
        "a held idea has no page"
    );
    assert!(
        urls(en().notification(&response)).is_empty(),
        "no public board, no link"
    );
    // A digest opens the board's front page, just above Unsubscribe.
    let digest = Event::Digest(Box::default());
    let keyboard = keys.notification(&digest);
    assert_eq!(urls(keyboard.clone()), ["https://ideas.example.nhs.uk/"]);
    assert_eq!(
        keyboard.labels().last().unwrap(),
        &vec!["Unsubscribe".to_owned()]
    );
}
