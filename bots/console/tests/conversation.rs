//! Whole conversations through the console adapter, as people would type them, on a real
//! SQLite database: registering, posting from a plain message with the similar-ideas offer,
//! supporting, commenting, reviewing, and being refused politely.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, Utc};
use crowdsprint_console::Console;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::CoreSettings;
use crowdsprint_core::{Core, Store, SystemClock};
use std::sync::Arc;

struct World {
    core: Core,
    catalog: Arc<Catalog>,
    _dir: tempfile::TempDir,
}

async fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("console.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let settings = CoreSettings {
        bootstrap_admins: vec![Identity::new(Platform::Console, "mo")],
        ..CoreSettings::default()
    };
    let core = Core::new(store, Arc::new(SystemClock), settings).unwrap();
    World {
        core,
        catalog: Arc::new(Catalog::load().unwrap()),
        _dir: dir,
    }
}

impl World {
    fn person(&self, name: &str, locale: Locale) -> Console {
        Console::new(self.core.clone(), self.catalog.clone(), name, locale)
    }
}

/// Types each line and returns everything the console answered, joined.
async fn say(console: &mut Console, lines: &[&str]) -> String {
    let mut out = Vec::new();
    for line in lines {
        out.push(console.handle_line(line).await);
    }
    out.join("\n")
}

/// Registers through the conversation: language `language` (1 English, 2 Welsh, as listed
/// after the name, which is choice 1), then the default name, staff, no organisation or
/// region, and yes.
async fn register(console: &mut Console, language: &str) -> String {
    let choice = (language.parse::<usize>().unwrap() + 1).to_string();
    say(console, &["/start", &choice, "", "1", "", "", "yes"]).await
}

/// A moderator opens a sprint with two challenges using commands only.
async fn open_sprint(mo: &mut Console) {
    let opens = (Utc::now() - Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let closes = (Utc::now() + Duration::days(30))
        .format("%Y-%m-%d")
        .to_string();
    let created = say(
        mo,
        &[&format!(
            "/sprint new {opens} {closes} Home for noon | Hospital discharge"
        )],
    )
    .await;
    assert!(
        created.contains("Sprint 1 \"Home for noon\" created"),
        "{created}"
    );
    let added = say(
        mo,
        &[
            "/challenge add 1 People",
            "/challenge add 1 Teams",
            "/stage sprint 1 open",
        ],
    )
    .await;
    assert!(added.contains("Challenge 2 \"Teams\" added"), "{added}");
}

#[tokio::test]
async fn a_sprint_from_first_message_to_a_champions_response() {
    let w = world().await;
    let mut mo = w.person("mo", Locale::EnGb);
    assert!(
        register(&mut mo, "1")
            .await
            .contains("You're registered, mo")
    );
    open_sprint(&mut mo).await;

    // Alice posts by just typing, picks a challenge, keeps the suggested title.
    let mut alice = w.person("alice", Locale::EnGb);
    register(&mut alice, "1").await;
    let offer = say(
        &mut alice,
        &["Volunteers deliver discharge medicines so patients get home by noon"],
    )
    .await;
    assert!(offer.contains("post that as an idea"), "{offer}");
    assert!(offer.contains("1. People"), "{offer}");
    let posted = say(&mut alice, &["1", "", "", ""]).await;
    assert!(posted.contains("Your idea is #1"), "{posted}");

    // Bob writes something alike and is offered Alice's idea instead; he backs it.
    let mut bob = w.person("bob", Locale::EnGb);
    register(&mut bob, "1").await;
    let similar = say(
        &mut bob,
        &[
            "/idea",
            "1",
            "Volunteer drivers deliver medicines to discharged patients",
            "",
            "1",
        ],
    )
    .await;
    assert!(
        similar.contains("There is a similar idea already"),
        "{similar}"
    );
    assert!(
        similar.contains("#1 Volunteers deliver discharge medicines"),
        "{similar}"
    );
    let backed = say(&mut bob, &["1"]).await;
    assert!(
        backed.contains("You back idea #1. It has 1 supporter."),
        "{backed}"
    );
    let comment = say(
        &mut bob,
        &["/comment 1 Our pharmacy team could help with this"],
    )
    .await;
    assert!(comment.contains("comment c1 is on idea #1"), "{comment}");

    // A member cannot hide; nothing changes.
    let refused = say(&mut bob, &["/hide 1 spam"]).await;
    assert!(refused.contains("only champions"), "{refused}");
    assert!(
        say(&mut bob, &["/show 1"])
            .await
            .contains("Volunteers deliver discharge medicines")
    );

    // Mo makes Carol a champion; she reviews and responds.
    let mut carol = w.person("carol", Locale::EnGb);
    register(&mut carol, "1").await;
    let role = say(&mut mo, &["/role 4 champion"]).await;
    assert!(role.contains("carol (member 4) is now"), "{role}");
    let queue = say(&mut carol, &["/review"]).await;
    assert!(
        queue.contains("Waiting for review: 1 idea, 1 comment"),
        "{queue}"
    );
    let answered = say(
        &mut carol,
        &["/respond c1 Thank you, we will put you in touch with the discharge team"],
    )
    .await;
    assert!(answered.contains("Response c2 posted on c1"), "{answered}");
    let awaiting = say(&mut carol, &["/awaiting"]).await;
    assert!(
        awaiting.contains("Every comment has a response"),
        "{awaiting}"
    );

    // Alice sees the response on her idea card.
    let card = say(&mut alice, &["/show 1"]).await;
    assert!(card.contains("✔ Response from carol: Thank you"), "{card}");
    assert!(card.contains("1 supporter"), "{card}");
}

#[tokio::test]
async fn welsh_speakers_get_welsh_and_personal_details_are_held() {
    let w = world().await;
    let mut mo = w.person("mo", Locale::EnGb);
    register(&mut mo, "1").await;
    open_sprint(&mut mo).await;

    let mut dafydd = w.person("dafydd", Locale::EnGb);
    let welcome = register(&mut dafydd, "2").await;
    let english_help = say(&mut mo, &["/help"]).await;
    let welsh_help = say(&mut dafydd, &["/help"]).await;
    assert_ne!(
        english_help.lines().next(),
        welsh_help.lines().next(),
        "{welcome}\n{welsh_help}"
    );

    let held = say(
        &mut dafydd,
        &[
            "/idea",
            "2",
            "Patient 943 476 5919 waited all day for transport",
            "",
            "",
        ],
    )
    .await;
    assert!(held.contains("#1"), "{held}");
    // Nobody else sees a held idea; the team does.
    let mut eve = w.person("eve", Locale::EnGb);
    register(&mut eve, "1").await;
    assert!(say(&mut eve, &["/show 1"]).await.contains("doesn't exist"));
    assert!(say(&mut mo, &["/show 1"]).await.contains("Held for review"));
    assert!(say(&mut mo, &["/approve 1"]).await.contains("Approved #1"));
    assert!(say(&mut eve, &["/show 1"]).await.contains("waited all day"));
}

#[tokio::test]
async fn bad_input_gets_a_clear_answer_and_changes_nothing() {
    let w = world().await;
    let mut mo = w.person("mo", Locale::EnGb);
    register(&mut mo, "1").await;
    open_sprint(&mut mo).await;
    let mut zoe = w.person("zoe", Locale::EnGb);
    register(&mut zoe, "1").await;

    let long_title = "x".repeat(10_000);
    let answers = say(&mut zoe, &["/idea", "1", &long_title]).await;
    assert!(answers.contains("too long"), "{answers}");
    // Still asking for a title: an empty answer is refused too.
    let empty = say(&mut zoe, &[""]).await;
    assert!(empty.contains("title"), "{empty}");
    say(&mut zoe, &["/cancel"]).await;

    for (line, expected) in [
        ("/support 999", "doesn't exist"),
        ("/support", "needs an idea number"),
        ("/comment 1", "needs"),
        ("/stage sprint 1 sideways", "sideways"),
        ("/nonsense", "/nonsense"),
    ] {
        let reply = say(&mut zoe, &[line]).await;
        assert!(reply.contains(expected), "{line} -> {reply}");
    }
    // Right-to-left text, emoji and SQL-looking text are stored exactly.
    let title = "تحسين الخروج 🏥 '); DROP TABLE ideas;--";
    let posted = say(&mut zoe, &["/idea", "1", title, "", ""]).await;
    assert!(posted.contains("Your idea is #1"), "{posted}");
    assert!(say(&mut zoe, &["/show 1"]).await.contains(title));
    let page = w
        .core
        .list_ideas(None, None, crowdsprint_core::service::ListOrder::New, 0)
        .await
        .unwrap();
    assert_eq!(page.total, 1, "exactly the one idea exists");
}

#[tokio::test]
async fn the_console_keeps_the_same_limits_as_the_chat_bots() {
    let w = world().await;
    let mut mo = w.person("mo", Locale::EnGb);
    register(&mut mo, "1").await;
    open_sprint(&mut mo).await;
    let mut alice = w.person("alice", Locale::EnGb);
    register(&mut alice, "1").await;
    say(&mut alice, &["Volunteers deliver discharge medicines"]).await;
    let posted = say(&mut alice, &["1", "", "", ""]).await;
    assert!(posted.contains("Your idea is #1"), "{posted}");

    // Twenty comments in ten minutes are fine; the next is refused kindly, and not stored.
    for n in 0..20 {
        let said = say(&mut alice, &[&format!("/comment 1 Thought number {n}")]).await;
        assert!(!said.contains("a lot of"), "{said}");
    }
    let refused = say(&mut alice, &["/comment 1 One thought too many"]).await;
    assert!(refused.contains("That's a lot of comments"), "{refused}");
    let shown = say(&mut alice, &["/show 1"]).await;
    assert!(!shown.contains("One thought too many"), "{shown}");
}

#[tokio::test]
async fn a_moderator_writes_a_team_update_step_by_step_and_sees_it_before_it_goes() {
    let w = world().await;
    let mut mo = w.person("mo", Locale::EnGb);
    register(&mut mo, "1").await;
    open_sprint(&mut mo).await;
    let mut alice = w.person("alice", Locale::EnGb);
    register(&mut alice, "1").await;

    // A member is refused before a word is asked.
    let refused = say(&mut alice, &["/update"]).await;
    assert!(!refused.contains("title"), "{refused}");

    let asked = say(&mut mo, &["/update"]).await;
    assert!(
        asked.contains("Home for noon") && asked.contains("What is its title?"),
        "{asked}"
    );
    let asked = say(
        &mut mo,
        &["Spring summit", "Join us on 12 March", "not a link"],
    )
    .await;
    assert!(
        asked.contains("https://"),
        "a bad link is asked for again: {asked}"
    );
    // Enter skips the link and the Welsh; the last step shows the update as readers get it.
    let preview = say(&mut mo, &["", ""]).await;
    assert!(
        preview.contains("From the sprint team: Spring summit")
            && preview.contains("Join us on 12 March"),
        "{preview}"
    );
    assert!(
        preview.contains("1. 📣 Send now") && preview.contains("2. 🗞 Lead the next digest"),
        "{preview}"
    );
    let (_, before) = w.core.updates(None, None).await.unwrap();
    assert!(before.is_empty(), "nothing is kept before the last answer");

    let held = say(&mut mo, &["2"]).await;
    assert!(held.contains("will lead everyone's next digest"), "{held}");
    let (_, updates) = w.core.updates(None, None).await.unwrap();
    assert_eq!(updates.len(), 1);
    assert_eq!(
        (updates[0].title.as_str(), updates[0].when),
        ("Spring summit", UpdateWhen::NextDigest)
    );
    let listed = say(&mut alice, &["/updates"]).await;
    assert!(listed.contains("Spring summit"), "{listed}");
}
