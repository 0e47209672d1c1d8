//! The theming team's working file and bulk import: a sprint exported as CSV and JSON with
//! challenges, themes, supporters and responses (moderators only), and ideas collated from chat
//! sessions imported from CSV with where they came from, all or nothing.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::{ExportFormat, ImportReport, ListOrder, Target};
use crowdsprint_tests::{
    TestEnv, both_backends, comment_body, crowdsprint_core, draft, reason, user_error,
};

/// A sprint with a themed, supported, answered idea, a plain one, a held one and a merged one.
struct Fixture {
    sprint: SprintId,
    answered: IdeaId,
    plain: IdeaId,
    held: IdeaId,
    merged: IdeaId,
}

async fn fixture(env: &TestEnv) -> Fixture {
    let (sprint, challenges) = env.open_sprint().await;
    let admin = env.admin().await;
    let alice = env.member("alice", Role::Member).await;
    let bob = env.member("bob", Role::Member).await;
    let carol = env.member("carol", Role::Member).await;
    let champion = env.member("chris", Role::Champion).await;
    let answered = env
        .idea(
            &alice,
            challenges[0].id,
            "Volunteers deliver medicines",
            "So people get home by noon",
        )
        .await;
    let plain = env
        .idea(&bob, challenges[1].id, "Board rounds at 8", "")
        .await;
    let held = env
        .core
        .submit_idea(&carol, draft(challenges[1].id, "Ring me", "07700 900123"))
        .await
        .unwrap()
        .idea;
    let merged = env
        .idea(&carol, challenges[0].id, "Medicines delivered home", "")
        .await;
    env.core.support(&bob, answered.id).await.unwrap();
    env.core.support(&carol, merged.id).await.unwrap();
    env.core
        .merge(&admin, merged.id, answered.id)
        .await
        .unwrap();
    let comment = env
        .core
        .comment(
            &carol,
            answered.id,
            None,
            comment_body("Could pharmacies help?"),
        )
        .await
        .unwrap()
        .comment;
    env.core
        .respond(
            &champion,
            Target::Comment(comment.id),
            comment_body("Yes, we are piloting this"),
        )
        .await
        .unwrap();
    let rude = env
        .core
        .comment(&bob, answered.id, None, comment_body("Rude words"))
        .await
        .unwrap()
        .comment;
    env.core
        .hide(&champion, Target::Comment(rude.id), reason("Unkind"))
        .await
        .unwrap();
    let theme = env
        .core
        .create_theme(
            &admin,
            sprint.id,
            Title::parse("Medicines").unwrap(),
            Description::parse("").unwrap(),
        )
        .await
        .unwrap();
    env.core
        .add_to_theme(&admin, theme.id, answered.id)
        .await
        .unwrap();
    let transport = env
        .core
        .create_theme(
            &admin,
            sprint.id,
            Title::parse("Transport").unwrap(),
            Description::parse("").unwrap(),
        )
        .await
        .unwrap();
    env.core
        .add_to_theme(&admin, transport.id, answered.id)
        .await
        .unwrap();
    Fixture {
        sprint: sprint.id,
        answered: answered.id,
        plain: plain.id,
        held: held.id,
        merged: merged.id,
    }
}

async fn export(env: &TestEnv, sprint: SprintId, format: ExportFormat) -> (u64, String) {
    export_as_asked(env, sprint, format, false).await
}

/// The export an admin gets asking for held and hidden items too (`withheld`).
async fn export_as_asked(
    env: &TestEnv,
    sprint: SprintId,
    format: ExportFormat,
    withheld: bool,
) -> (u64, String) {
    let admin = env.admin().await;
    let mut out = Vec::new();
    let written = env
        .core
        .export_sprint_as_asked(&admin, sprint, format, withheld, &mut out)
        .await
        .unwrap();
    (written, String::from_utf8(out).unwrap())
}

async fn import(env: &TestEnv, sprint: SprintId, csv: &str) -> ImportReport {
    let admin = env.admin().await;
    env.core
        .import_ideas(
            &admin,
            sprint,
            Title::parse("chat session 2026-08-15").unwrap(),
            csv.as_bytes(),
            |_, _| {},
        )
        .await
        .unwrap()
}

both_backends! {
    async fn the_csv_export_holds_challenges_themes_supporters_and_responses(env) {
        let f = fixture(&env).await;
        let (written, text) = export(&env, f.sprint, ExportFormat::Csv).await;
        assert_eq!(written, 2, "merged ideas are left out, and held ones unless asked for");

        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(
            headers,
            [
                "id", "challenge", "title", "body", "kind", "origin", "author", "visibility", "review",
                "stage", "outcome", "outcome_note", "supporters", "comments", "themes", "responses",
                "created_at",
            ]
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let ids: Vec<i64> = rows.iter().map(|r| r[0].parse().unwrap()).collect();
        assert_eq!(ids, vec![f.answered.get(), f.plain.get()]);
        assert!(!ids.contains(&f.merged.get()));
        assert!(!text.contains("07700 900123"), "the held idea's details stay in");

        let answered = &rows[0];
        assert_eq!(&answered[1], "People");
        assert_eq!(&answered[2], "Volunteers deliver medicines");
        assert_eq!(&answered[3], "So people get home by noon");
        assert_eq!(&answered[4], "idea");
        assert_eq!(&answered[5], "console");
        assert_eq!(&answered[6], "alice");
        assert_eq!(&answered[7], "visible");
        assert_eq!(&answered[9], "themed");
        assert_eq!((&answered[10], &answered[11]), ("", ""), "no outcome yet");
        assert_eq!(&answered[12], "2", "bob, and carol through the merge");
        assert_eq!(&answered[13], "2", "the comment and its response, not the hidden one");
        assert_eq!(&answered[14], "Medicines; Transport");
        assert_eq!(&answered[15], "Yes, we are piloting this");

        assert_eq!(&rows[1][1], "Teams");
        assert_eq!(&rows[1][14], "");
        assert_eq!(&rows[1][15], "");

        // An admin who asks for withheld items gets the held one too, marked.
        let (written, text) = export_as_asked(&env, f.sprint, ExportFormat::Csv, true).await;
        assert_eq!(written, 3);
        let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows[2][0].parse::<i64>().unwrap(), f.held.get());
        assert_eq!(&rows[2][7], "pending");
        assert_eq!(&rows[0][13], "3", "the hidden comment too");
    }

    async fn the_json_export_holds_the_same(env) {
        let f = fixture(&env).await;
        let (written, text) = export(&env, f.sprint, ExportFormat::Json).await;
        assert_eq!(written, 2);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let ideas = value.as_array().unwrap();
        assert_eq!(ideas.len(), 2);
        let answered = &ideas[0];
        assert_eq!(answered["id"], f.answered.get());
        assert_eq!(answered["challenge"], "People");
        assert_eq!(answered["title"], "Volunteers deliver medicines");
        assert_eq!(answered["origin"], "console");
        assert_eq!(answered["author"], "alice");
        assert_eq!(answered["supporters"], 2);
        assert_eq!(answered["stage"], "themed");
        assert_eq!(answered["themes"], serde_json::json!(["Medicines", "Transport"]));
        let comments = answered["comments"].as_array().unwrap();
        assert_eq!(comments.len(), 2);
        assert_eq!(comments[0]["body"], "Could pharmacies help?");
        assert_eq!(comments[0]["is_response"], false);
        assert_eq!(comments[1]["body"], "Yes, we are piloting this");
        assert_eq!(comments[1]["is_response"], true);
        assert_eq!(comments[1]["reply_to"], comments[0]["id"]);
        assert_eq!(ideas[1]["challenge"], "Teams");
        let audit = env.core.audit_log(&env.admin().await, 1).await.unwrap();
        assert_eq!(audit[0].action, "export");
        assert_eq!(audit[0].target, format!("sprint:{}", f.sprint));

        let (written, text) = export_as_asked(&env, f.sprint, ExportFormat::Json, true).await;
        assert_eq!(written, 3);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value[2]["id"], f.held.get());
        assert_eq!(value[2]["visibility"], "pending");
        let marks: Vec<&str> = value[0]["comments"].as_array().unwrap().iter().map(|c| c["visibility"].as_str().unwrap()).collect();
        assert!(marks.contains(&"hidden") && marks.contains(&"visible"), "{marks:?}");
        let audit = env.core.audit_log(&env.admin().await, 1).await.unwrap();
        assert_eq!(audit[0].action, "export.withheld");
    }

    async fn members_and_champions_cannot_export(env) {
        let f = fixture(&env).await;
        let member = env.member("dave", Role::Member).await;
        let champion = env
            .core
            .require_actor(&Identity::new(Platform::Console, "chris"))
            .await
            .unwrap();
        let before = env.snapshot().await;
        for who in [&member, &champion] {
            for format in [ExportFormat::Csv, ExportFormat::Json] {
                let mut out = Vec::new();
                let refused = env.core.export_sprint(who, f.sprint, format, &mut out).await;
                assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Moderator });
                assert!(out.is_empty());
            }
        }
        assert_eq!(env.snapshot().await, before);
    }

    async fn a_csv_imports_with_where_it_came_from(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let bob = env.member("bob", Role::Member).await;
        let mark = env.outbox_mark().await;
        let csv = format!(
            "challenge,title,body,kind\n\
             People,Text reminders the day before,Sent by the ward clerk,idea\n\
             {},Porters on call at noon,,good practice\n\
             teams,Huddle notes,\"First line\nsecond line\",experience\n",
            challenges[1].id
        );
        let report = import(&env, sprint.id, &csv).await;
        assert_eq!((report.imported, report.held), (3, 0));
        assert!(report.rejected.is_empty());

        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::New, 0).await.unwrap();
        assert_eq!(page.total, 3);
        let origin = Origin::Import("chat session 2026-08-15".into());
        for idea in &page.ideas {
            assert_eq!(idea.origin, origin);
            assert_eq!(idea.author_id, None);
            assert_eq!(idea.visibility, Visibility::Visible);
        }
        let stored = env.stored_idea(page.ideas[0].id).await.unwrap();
        assert_eq!(stored.origin.to_stored(), "import:chat session 2026-08-15");
        let by_title = |t: &str| page.ideas.iter().find(|i| i.title == t).unwrap().clone();
        let porters = by_title("Porters on call at noon");
        assert_eq!((porters.challenge_id, porters.kind), (challenges[1].id, IdeaKind::GoodPractice));
        let huddle = by_title("Huddle notes");
        assert_eq!(huddle.body, "First line\nsecond line");
        assert_eq!((huddle.challenge_id, huddle.kind), (challenges[1].id, IdeaKind::Experience));
        let published = env.outbox_after(mark).await.iter().filter(|r| matches!(r.event, Event::IdeaPublished { .. })).count();
        assert_eq!(published, 3);
        let audit = env.core.audit_log(&env.admin().await, 1).await.unwrap();
        assert_eq!(audit[0].action, "import");
    }

    async fn one_bad_row_imports_nothing_and_names_its_line(env) {
        let (sprint, _) = env.open_sprint().await;
        let before = env.snapshot().await;
        // The first idea's body runs over two lines, so the bad row starts on line 4.
        let csv = "challenge,title,body\n\
                   People,Good one,\"First line\nsecond line\"\n\
                   Nowhere,Bad one,\n\
                   People,Another good one,\n";
        let report = import(&env, sprint.id, csv).await;
        assert_eq!(report.imported, 0);
        assert_eq!(report.rejected.len(), 1);
        assert_eq!(report.rejected[0].line, 4);
        assert_eq!(report.rejected[0].problem, Msg::new("import-unknown-challenge").arg("challenge", "Nowhere"));
        assert_eq!(env.snapshot().await, before);

        let csv = "challenge,title,kind\nPeople,,idea\nPeople,Fine,sideways\n\nTeams,Also fine,\n";
        let report = import(&env, sprint.id, csv).await;
        assert_eq!(report.imported, 0);
        let problems: Vec<(u64, &str)> = report.rejected.iter().map(|e| (e.line, e.problem.id)).collect();
        assert_eq!(problems, vec![(2, "error-text-empty"), (3, "import-unknown-kind")]);
        assert_eq!(env.snapshot().await, before);

        let admin = env.admin().await;
        let unreadable: &[u8] = b"challenge,title\nPeople,Fine\nPeople,\xff\xfe broken\n";
        let report = env
            .core
            .import_ideas(&admin, sprint.id, Title::parse("session").unwrap(), unreadable, |_, _| {})
            .await
            .unwrap();
        assert_eq!(report.imported, 0);
        let problems: Vec<(u64, &str)> = report.rejected.iter().map(|e| (e.line, e.problem.id)).collect();
        assert_eq!(problems, vec![(3, "import-unreadable-row")]);
        assert_eq!(env.snapshot().await, before);

        let report = import(&env, sprint.id, "title,body\nNo challenge column,\n").await;
        assert_eq!(report.imported, 0);
        assert_eq!(report.rejected[0].line, 1);
        assert_eq!(report.rejected[0].problem, Msg::new("import-missing-column").arg("column", "challenge"));
        assert_eq!(env.snapshot().await, before);
    }

    async fn imported_rows_with_personal_details_are_held(env) {
        let (sprint, _) = env.open_sprint().await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let csv = "challenge,title,body\n\
                   People,Call the ward first,Ring 07700 900123 before discharge\n\
                   People,Discharge lounge,Open at weekends\n";
        let report = import(&env, sprint.id, csv).await;
        assert_eq!((report.imported, report.held), (2, 1));
        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::New, 0).await.unwrap();
        assert_eq!(page.ideas.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(), vec!["Discharge lounge"]);
        let queue = env.core.review_queue(&champion, 10).await.unwrap();
        assert_eq!(queue.ideas_waiting, 2);
        let crowdsprint_core::service::ReviewItem::Idea(held) = &queue.items[0] else { panic!("an idea first") };
        assert_eq!(held.title, "Call the ward first");
        assert_eq!(held.visibility, Visibility::Pending);
        assert_eq!(held.held_for, vec![crowdsprint_core::domain::pii::PiiKind::PhoneNumber]);
    }

    async fn members_and_champions_cannot_import(env) {
        let (sprint, _) = env.open_sprint().await;
        let champion = env.member("chris", Role::Champion).await;
        let before = env.snapshot().await;
        let refused = env
            .core
            .import_ideas(&champion, sprint.id, Title::parse("session").unwrap(), "challenge,title\nPeople,Hi\n".as_bytes(), |_, _| {})
            .await;
        assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Moderator });
        assert_eq!(env.snapshot().await, before);
    }
}
