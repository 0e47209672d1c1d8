//! Every conversation driven through its paths without I/O: each row is a start, the answers
//! given in turn, and what the conversation gathered or is asking at the end.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use super::*;
use crate::domain::*;

fn text(t: &str) -> Answer {
    Answer::text(t)
}

fn choose(c: Choice) -> Answer {
    Answer::Choice(c)
}

/// Feeds `answers` in turn, as core would: similar ideas are looked up as `similar`, and the
/// state goes through JSON between answers, as it does through the database.
fn drive(start: Conversation, answers: Vec<Answer>, similar: &[(IdeaId, &str)]) -> Turn {
    let mut conversation = start;
    let mut turn = Turn::Ask(conversation.clone(), conversation.prompt());
    for answer in answers {
        let json = serde_json::to_string(&conversation).unwrap();
        conversation = serde_json::from_str(&json).unwrap();
        turn = match conversation.clone().answer(answer) {
            Turn::FindSimilar(posting) => {
                posting.with_similar(similar.iter().map(|(id, t)| (*id, t.to_string())))
            }
            turn => turn,
        };
        match &turn {
            Turn::Ask(next, _) => conversation = next.clone(),
            _ => break,
        }
    }
    turn
}

fn registering() -> Conversation {
    Conversation::Register(Registering::start("Ann", Locale::EnGb))
}

fn challenges() -> Vec<Challenge> {
    [(1, "Waiting times"), (2, "Staff wellbeing")]
        .into_iter()
        .map(|(id, title)| Challenge {
            id: ChallengeId(id),
            sprint_id: SprintId(1),
            title: title.to_owned(),
            description: String::new(),
        })
        .collect()
}

fn posting(message: Option<&str>) -> Conversation {
    Conversation::Post(Posting::start(
        Platform::Telegram,
        "Winter 2026",
        &challenges(),
        message,
    ))
}

fn registration(name: &str, describes: Describes, org: Option<&str>, locale: Locale) -> Turn {
    Turn::Done(Gathered::Register(Registration {
        display_name: DisplayName::parse(name).unwrap(),
        describes,
        organisation: org.map(|o| Organisation::parse(o).unwrap()),
        region: None,
        locale,
        consent: true,
    }))
}

fn draft(challenge: i64, title: &str, body: &str, kind: IdeaKind) -> Turn {
    Turn::Done(Gathered::Post(
        IdeaDraft::from_answers(
            ChallengeId(challenge),
            title,
            body,
            kind,
            Origin::Chat(Platform::Telegram),
        )
        .unwrap(),
    ))
}

/// The question being asked, and why the last answer was not taken, when the turn asks.
fn asking(turn: &Turn) -> Option<(&'static str, Option<&'static str>)> {
    match turn {
        Turn::Ask(_, prompt) => Some((prompt.question.id, prompt.why.as_ref().map(|m| m.id))),
        _ => None,
    }
}

#[test]
fn registration_paths_end_where_a_person_would_expect() {
    use Choice as C;
    let staff = Describes::ALL[0];
    let second = Describes::ALL[1];
    let rows: Vec<(&str, Vec<Answer>, Turn)> = vec![
        (
            "buttons all the way, taking the defaults",
            vec![
                choose(C::UseName),
                choose(C::Describes(staff)),
                choose(C::Skip),
                choose(C::Skip),
                choose(C::Consent(true)),
            ],
            registration("Ann", staff, None, Locale::EnGb),
        ),
        (
            "typed all the way: a name, a number, an organisation, Enter, ydw",
            vec![
                text("Ann Jones"),
                text("2"),
                text("Royal Infirmary"),
                text(""),
                text("ydw"),
            ],
            registration("Ann Jones", second, Some("Royal Infirmary"), Locale::EnGb),
        ),
        (
            "Enter keeps the platform's name; a word names what describes them",
            vec![
                text(""),
                text("staff"),
                text("-"),
                text("skip"),
                text("yes"),
            ],
            registration("Ann", staff, None, Locale::EnGb),
        ),
        (
            "Welsh chosen on the first question, and then at a later step back to English",
            vec![
                choose(C::Language(Locale::Cy)),
                choose(C::UseName),
                choose(C::Describes(staff)),
                choose(C::Language(Locale::EnGb)),
                choose(C::Skip),
                choose(C::Skip),
                choose(C::Consent(true)),
            ],
            registration("Ann", staff, None, Locale::EnGb),
        ),
        (
            "declining the privacy note saves nothing",
            vec![
                choose(C::UseName),
                choose(C::Describes(staff)),
                choose(C::Skip),
                choose(C::Skip),
                text("no"),
            ],
            Turn::Done(Gathered::Declined),
        ),
        (
            "Cancel at any step",
            vec![choose(C::UseName), choose(C::Cancel)],
            Turn::Done(Gathered::Cancelled),
        ),
    ];
    for (name, answers, expected) in rows {
        assert_eq!(drive(registering(), answers, &[]), expected, "{name}");
    }
}

#[test]
fn a_wrong_registration_answer_is_asked_again_with_the_reason() {
    use Choice as C;
    let rows: Vec<(&str, Vec<Answer>, (&str, Option<&str>))> = vec![
        (
            "a name too long",
            vec![text(&"A".repeat(65))],
            ("conversation-ask-name", Some("error-text-too-long")),
        ),
        (
            "words where a choice is needed",
            vec![choose(C::UseName), text("a nurse, mostly")],
            ("conversation-ask-describes", Some("conversation-pick-one")),
        ),
        (
            "a number not shown",
            vec![choose(C::UseName), text("99")],
            ("conversation-ask-describes", Some("conversation-pick-one")),
        ),
        (
            "a button from an earlier step shows where we are, without blame",
            vec![
                choose(C::UseName),
                choose(C::Describes(Describes::ALL[0])),
                choose(C::UseName),
            ],
            ("conversation-ask-organisation", None),
        ),
        (
            "neither yes nor no to the privacy note",
            vec![
                choose(C::UseName),
                choose(C::Describes(Describes::ALL[0])),
                choose(C::Skip),
                choose(C::Skip),
                text("maybe"),
            ],
            ("conversation-ask-consent", Some("conversation-pick-one")),
        ),
    ];
    for (name, answers, expected) in rows {
        let turn = drive(registering(), answers, &[]);
        assert_eq!(asking(&turn), Some(expected), "{name}: {turn:?}");
    }
}

#[test]
fn the_language_chosen_is_the_one_the_next_questions_are_asked_in() {
    let turn = drive(
        registering(),
        vec![choose(Choice::Language(Locale::Cy))],
        &[],
    );
    let Turn::Ask(_, prompt) = turn else {
        panic!("still registering")
    };
    assert_eq!(prompt.locale, Some(Locale::Cy));
    assert_eq!(prompt.question.id, "conversation-ask-name");
}

#[test]
fn posting_paths_end_where_a_person_would_expect() {
    use Choice as C;
    let message = "Text reminders for blood tests\nPatients miss appointments.";
    let rows: Vec<(&str, Option<&str>, Vec<Answer>, &[(IdeaId, &str)], Turn)> = vec![
        (
            "from a plain message: challenge, keep the title, kind; no body asked",
            Some(message),
            vec![
                choose(C::Challenge(ChallengeId(2))),
                choose(C::KeepTitle),
                choose(C::Kind(IdeaKind::Idea)),
            ],
            &[],
            draft(2, "Text reminders for blood tests", message, IdeaKind::Idea),
        ),
        (
            "from /idea, typed: a number, a title, a body, Enter for an idea",
            None,
            vec![text("1"), text("Quiet room"), text("For breaks."), text("")],
            &[],
            draft(1, "Quiet room", "For breaks.", IdeaKind::Idea),
        ),
        (
            "skipping the body, a kind by its word",
            None,
            vec![
                text("2"),
                text("Quiet room"),
                choose(C::Skip),
                text("experience"),
            ],
            &[],
            draft(2, "Quiet room", "", IdeaKind::Experience),
        ),
        (
            "similar ideas exist: posting anyway",
            None,
            vec![
                text("1"),
                text("Quiet room"),
                text(""),
                text(""),
                text("post"),
            ],
            &[(IdeaId(7), "A quiet room for staff")],
            draft(1, "Quiet room", "", IdeaKind::Idea),
        ),
        (
            "similar ideas exist: backing one instead, by its number",
            None,
            vec![text("1"), text("Quiet room"), text(""), text(""), text("1")],
            &[(IdeaId(7), "A quiet room for staff")],
            Turn::Done(Gathered::SupportInstead(IdeaId(7))),
        ),
        (
            "Cancel on the similar offer",
            None,
            vec![
                text("1"),
                text("Quiet room"),
                text(""),
                text(""),
                choose(C::Cancel),
            ],
            &[(IdeaId(7), "A quiet room for staff")],
            Turn::Done(Gathered::Cancelled),
        ),
    ];
    for (name, message, answers, similar, expected) in rows {
        assert_eq!(
            drive(posting(message), answers, similar),
            expected,
            "{name}"
        );
    }
}

#[test]
fn a_wrong_posting_answer_is_asked_again_with_the_reason() {
    let rows: Vec<(&str, Option<&str>, Vec<Answer>, (&str, Option<&str>))> = vec![
        (
            "a challenge that was not offered is a button from elsewhere: asked again",
            Some("Quiet room"),
            vec![choose(Choice::Challenge(ChallengeId(9)))],
            ("conversation-ask-challenge", None),
        ),
        (
            "an empty title where none was suggested",
            None,
            vec![text("1"), text("")],
            ("idea-ask-title", Some("error-text-empty")),
        ),
        (
            "a kind that does not exist",
            None,
            vec![text("1"), text("Quiet room"), text(""), text("poem")],
            ("conversation-ask-kind", Some("conversation-pick-one")),
        ),
    ];
    for (name, message, answers, expected) in rows {
        let turn = drive(posting(message), answers, &[]);
        assert_eq!(asking(&turn), Some(expected), "{name}: {turn:?}");
    }
}

#[test]
fn short_text_conversations_take_checked_text_and_nothing_else() {
    let idea = IdeaId(3);
    let target = Target::Idea(idea);
    let rows: Vec<(&str, Conversation, Vec<Answer>, Option<Turn>, Option<&str>)> = vec![
        (
            "a comment",
            Conversation::Comment { idea },
            vec![text("Good idea")],
            Some(Turn::Done(Gathered::Comment(
                idea,
                CommentBody::parse("Good idea").unwrap(),
            ))),
            None,
        ),
        (
            "an empty comment is asked for again",
            Conversation::Comment { idea },
            vec![text("  ")],
            None,
            Some("error-text-empty"),
        ),
        (
            "a response",
            Conversation::Respond { target },
            vec![text("We are piloting it")],
            Some(Turn::Done(Gathered::Respond(
                target,
                CommentBody::parse("We are piloting it").unwrap(),
            ))),
            None,
        ),
        (
            "a reason to hide",
            Conversation::HideReason { target },
            vec![text("Off topic")],
            Some(Turn::Done(Gathered::Hide(
                target,
                Reason::parse("Off topic").unwrap(),
            ))),
            None,
        ),
        (
            "erasing needs a yes",
            Conversation::ConfirmForget,
            vec![text("ydw")],
            Some(Turn::Done(Gathered::Forget)),
            None,
        ),
        (
            "the erase button",
            Conversation::ConfirmForget,
            vec![choose(Choice::ConfirmForget)],
            Some(Turn::Done(Gathered::Forget)),
            None,
        ),
        (
            "an old consent button never erases",
            Conversation::ConfirmForget,
            vec![choose(Choice::Consent(true))],
            Some(Turn::Done(Gathered::Cancelled)),
            None,
        ),
        (
            "anything else keeps the account",
            Conversation::ConfirmForget,
            vec![text("")],
            Some(Turn::Done(Gathered::Cancelled)),
            None,
        ),
    ];
    for (name, start, answers, done, note) in rows {
        let turn = drive(start, answers, &[]);
        match (done, note) {
            (Some(done), _) => assert_eq!(turn, done, "{name}"),
            (None, Some(note)) => {
                assert_eq!(asking(&turn).and_then(|(_, n)| n), Some(note), "{name}")
            }
            (None, None) => unreachable!("each row expects something"),
        }
    }
}

#[test]
fn every_prompt_offers_cancel_last_when_it_offers_it() {
    for conversation in [
        registering(),
        posting(None),
        posting(Some("x")),
        updating(None),
        Conversation::ConfirmForget,
    ] {
        let choices = conversation.prompt().choices();
        if let Some(at) = choices.iter().position(|c| *c == Choice::Cancel) {
            assert_eq!(at, choices.len() - 1, "{conversation:?}");
        }
    }
}

#[test]
fn a_form_goes_through_the_same_rules_all_at_once() {
    use Choice as C;
    let staff = Describes::ALL[0];
    let form = |name: &str| {
        vec![
            text(name),
            choose(C::Describes(staff)),
            choose(C::Skip),
            text("North West"),
            choose(C::Consent(true)),
        ]
    };
    let Turn::Done(Gathered::Register(registration)) = registering().answer_all(form("Ann")) else {
        panic!("a good form registers")
    };
    assert_eq!(
        registration.region.map(|r| r.into_inner()).as_deref(),
        Some("North West")
    );
    let refused = registering().answer_all(form(&"A".repeat(65)));
    assert_eq!(
        asking(&refused),
        Some(("conversation-ask-name", Some("error-text-too-long"))),
        "a bad field stops the form there, with the reason"
    );
}

#[test]
fn a_choice_reads_back_from_its_button_data_and_nothing_else_does() {
    let mut every = vec![
        Choice::UseName,
        Choice::Skip,
        Choice::Consent(true),
        Choice::Consent(false),
        Choice::KeepTitle,
        Choice::PostAnyway,
        Choice::ConfirmForget,
        Choice::Cancel,
        Choice::Challenge(ChallengeId(i64::MAX)),
        Choice::SupportInstead(IdeaId(7)),
        Choice::When(UpdateWhen::Now),
        Choice::When(UpdateWhen::NextDigest),
    ];
    every.extend(Describes::ALL.iter().map(|d| Choice::Describes(*d)));
    every.extend(IdeaKind::ALL.iter().map(|k| Choice::Kind(*k)));
    every.extend(Locale::ALL.iter().map(|l| Choice::Language(*l)));
    for choice in every {
        assert_eq!(choice.to_string().parse::<Choice>(), Ok(choice), "{choice}");
        let written = choice.to_string();
        let code = written.split(':').next().unwrap_or_default();
        assert!(
            Choice::CODES.contains(&code),
            "{choice}: {code:?} is not in Choice::CODES"
        );
    }
    for bad in [
        "",
        "h",
        "h:",
        "h:+1",
        "h:01",
        "k:good-practice",
        "gl:fr",
        "gc:maybe",
        "x:1",
        "w:later",
        "zz",
    ] {
        assert!(bad.parse::<Choice>().is_err(), "{bad:?}");
    }
}

fn updating(when: Option<UpdateWhen>) -> Conversation {
    Conversation::Update(Updating::start(SprintId(4), "Winter 2026", when))
}

fn update(
    title: &str,
    body: &str,
    link: Option<&str>,
    welsh: Option<(&str, &str)>,
    when: UpdateWhen,
) -> Turn {
    Turn::Done(Gathered::Update(
        SprintId(4),
        UpdateDraft {
            title: Title::parse(title).unwrap(),
            body: UpdateBody::parse(body).unwrap(),
            link: link.map(|l| UpdateLink::parse(l).unwrap()),
            welsh: welsh.map(|(t, b)| (Title::parse(t).unwrap(), UpdateBody::parse(b).unwrap())),
            when,
        },
    ))
}

#[test]
fn an_update_is_written_part_by_part_and_sent_only_at_the_end() {
    use Choice as C;
    use UpdateWhen::{NextDigest, Now};
    let link = "https://example.nhs.uk/summit";
    let rows: Vec<(&str, Option<UpdateWhen>, Vec<Answer>, Turn)> = vec![
        (
            "English only, no link, sent now",
            None,
            vec![
                text("Summit"),
                text("Join us"),
                choose(C::Skip),
                choose(C::Skip),
                choose(C::When(Now)),
            ],
            update("Summit", "Join us", None, None, Now),
        ),
        (
            "typed throughout: Enter skips, the word picks",
            None,
            vec![
                text("Summit"),
                text("Join us"),
                text(""),
                text(""),
                text("digest"),
            ],
            update("Summit", "Join us", None, None, NextDigest),
        ),
        (
            "with a link and Welsh, held for the digest by number",
            None,
            vec![
                text("Summit"),
                text("Join us"),
                text(link),
                text("Uwchgynhadledd"),
                text("Ymunwch"),
                text("2"),
            ],
            update(
                "Summit",
                "Join us",
                Some(link),
                Some(("Uwchgynhadledd", "Ymunwch")),
                NextDigest,
            ),
        ),
        (
            "/update now offers only sending now",
            Some(Now),
            vec![
                text("Summit"),
                text("Join us"),
                text(""),
                text(""),
                text("1"),
            ],
            update("Summit", "Join us", None, None, Now),
        ),
        (
            "cancelled at the last step: nothing is sent",
            None,
            vec![
                text("Summit"),
                text("Join us"),
                text(""),
                text(""),
                choose(C::Cancel),
            ],
            Turn::Done(Gathered::Cancelled),
        ),
    ];
    for (name, when, answers, expected) in rows {
        assert_eq!(drive(updating(when), answers, &[]), expected, "{name}");
    }
}

#[test]
fn a_wrong_update_answer_is_asked_again_with_the_reason() {
    use Choice as C;
    let rows: Vec<(&str, Option<UpdateWhen>, Vec<Answer>, (&str, Option<&str>))> = vec![
        (
            "an empty title",
            None,
            vec![text(" ")],
            ("conversation-ask-update-title", Some("error-text-empty")),
        ),
        (
            "text over 2,000 characters",
            None,
            vec![text("Summit"), text(&"a".repeat(2001))],
            ("conversation-ask-update-body", Some("error-text-too-long")),
        ),
        (
            "a link that is not an address",
            None,
            vec![text("Summit"), text("Join us"), text("javascript:alert(1)")],
            (
                "conversation-ask-update-link",
                Some("error-update-link-invalid"),
            ),
        ),
        (
            "the Welsh text cannot be skipped once a Welsh title is given",
            None,
            vec![
                text("Summit"),
                text("Join us"),
                text(""),
                text("Uwchgynhadledd"),
                text(""),
            ],
            (
                "conversation-ask-update-welsh-body",
                Some("error-text-empty"),
            ),
        ),
        (
            "typing instead of choosing how to send",
            None,
            vec![
                text("Summit"),
                text("Join us"),
                text(""),
                text(""),
                text("tomorrow"),
            ],
            (
                "conversation-ask-update-when",
                Some("conversation-pick-one"),
            ),
        ),
        (
            "/update digest does not take send-now",
            Some(UpdateWhen::NextDigest),
            vec![
                text("Summit"),
                text("Join us"),
                text(""),
                text(""),
                choose(C::When(UpdateWhen::Now)),
            ],
            ("conversation-ask-update-when", None),
        ),
    ];
    for (name, when, answers, expected) in rows {
        let turn = drive(updating(when), answers, &[]);
        assert_eq!(asking(&turn), Some(expected), "{name}: {turn:?}");
    }
}

#[test]
fn the_last_step_shows_the_update_as_readers_will_get_it() {
    let turn = drive(
        updating(None),
        vec![
            text("Summit"),
            text("Join us"),
            text("https://example.nhs.uk"),
            text(""),
        ],
        &[],
    );
    let Turn::Ask(_, prompt) = turn else {
        panic!("still asking")
    };
    assert_eq!(prompt.question.id, "conversation-ask-update-when");
    let preview = prompt
        .notes
        .iter()
        .find(|n| n.id == "team-update")
        .expect("a preview");
    assert_eq!(
        preview,
        &update_msg("Summit", "Join us", Some("https://example.nhs.uk"), None),
    );
    assert_eq!(
        prompt.choices(),
        vec![
            Choice::When(UpdateWhen::Now),
            Choice::When(UpdateWhen::NextDigest),
            Choice::Cancel
        ]
    );
}
