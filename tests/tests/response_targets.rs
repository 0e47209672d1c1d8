//! The response promise per sprint, and in the export: a moderator gives a sprint its own
//! target (`/sprint target`), and the nudges, the "still with the team" notice and `/stats`
//! measure that sprint's comments against it; nudges never arrive in quiet hours; and the
//! export carries the team's updates and each comment's wait for a response. On SQLite and
//! PostgreSQL.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Utc};
use crowdsprint_core::command::parse;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{Reply, Target};
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, user_error};

const LEASE: std::time::Duration = std::time::Duration::from_secs(60);

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

async fn export(
    env: &crowdsprint_tests::TestEnv,
    actor: &Actor,
    sprint: SprintId,
    table: ExportTable,
    format: ExportFormat,
) -> String {
    let mut bytes = Vec::new();
    env.core
        .export_as_asked(actor, sprint, table, format, false, &mut bytes)
        .await
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

both_backends! {
    async fn a_sprint_with_its_own_target_is_measured_against_it(env) {
        // Monday 15 June 2026, 09:00 UTC (10:00 in London). The service promises 5 days.
        let (sprint, challenges) = env.open_sprint().await;
        let chris = env.member("chris", Role::Champion).await;
        let mo = env.member("mo", Role::Moderator).await;
        let ann = env.member("ann", Role::Member).await;
        let bob = env.member_on(Identity::new(Platform::Telegram, "301"), "bob", Role::Member).await;
        let mo_here = Identity::new(Platform::Console, "mo");

        // Only moderators set it, within 1 to 60 working days; a champion is refused.
        let refused = env.core.execute(Some(&chris), &Identity::new(Platform::Console, "chris"), parse(&format!("/sprint target {} 2", sprint.id)).unwrap()).await;
        assert!(matches!(user_error(refused), UserError::NotAllowed { .. }));
        let too_long = env.core.execute(Some(&mo), &mo_here, parse(&format!("/sprint target {} 61", sprint.id)).unwrap()).await;
        assert_eq!(user_error(too_long), UserError::TargetOutOfRange { max: 60 });
        let set = env.core.execute(Some(&mo), &mo_here, parse(&format!("/sprint target {} 2", sprint.id)).unwrap()).await.unwrap();
        let Reply::Text(said) = set else { panic!("a confirmation: {set:?}") };
        let catalog = crowdsprint_core::i18n::Catalog::load().unwrap();
        assert!(catalog.render(Locale::EnGb, &said).contains("within 2 working days"));

        let idea = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        let waiting = env.core.comment(&bob, idea.id, None, comment_body("Who pays for petrol?")).await.unwrap().comment;
        let answered = env.core.comment(&ann, idea.id, None, comment_body("And on Sundays?")).await.unwrap().comment;

        // Tuesday 10:10 in London: one working day on, a day before this sprint's target,
        // so Chris's morning nudge lists Bob's comment (it would not with five days).
        env.clock.set(at("2026-06-16T09:10:00Z"));
        let run = env.core.run_schedule().await.unwrap();
        assert_eq!(run.nudged, vec![(NudgeKind::NearingTarget, chris.member())]);

        // The team answers Ann's comment on Wednesday at 12:00 in London, after her target
        // (10:00), 50 hours after she wrote it.
        env.clock.set(at("2026-06-17T11:00:00Z"));
        env.core.respond(&chris, Target::Comment(answered.id), comment_body("Sundays too")).await.unwrap();
        // Past two working days, Bob hears his is still with the team.
        let run = env.core.run_schedule().await.unwrap();
        assert_eq!(run.still_with_team, vec![waiting.id]);

        let stats = env.core.stats(&mo, Some(sprint.id)).await.unwrap();
        assert_eq!((stats.responses.answered, stats.responses.within_target, stats.responses.target_days), (1, 0, 2));

        // The export's response table says the same, comment by comment.
        let csv = export(&env, &mo, sprint.id, ExportTable::Responses, ExportFormat::Csv).await;
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "comment,idea,challenge,asked_at,due_at,first_response_at,waited_hours,status,target_days");
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(lines[1].starts_with(&format!("{},{},", waiting.id.get(), idea.id.get())) && lines[1].ends_with(",overdue,2"), "{csv}");
        assert!(lines[2].starts_with(&format!("{},", answered.id.get())) && lines[2].ends_with(",50,late,2"), "{csv}");
        assert!(!csv.contains("petrol") && !csv.contains("bob"), "no words, no names: {csv}");

        // Back to the service's five days: Bob's comment is waiting again, not overdue.
        env.core.execute(Some(&mo), &mo_here, parse(&format!("/sprint target {} default", sprint.id)).unwrap()).await.unwrap();
        let json = export(&env, &mo, sprint.id, ExportTable::Responses, ExportFormat::Json).await;
        let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(rows[0]["status"], "waiting", "{json}");
        assert_eq!(rows[0]["target_days"], 5, "{json}");
        let audit = env.core.audit_log(&mo, 5).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "sprint.target"), "{audit:?}");
    }

    async fn nudges_wait_for_the_end_of_quiet_hours(env) {
        // The operator keeps every chat quiet until 10:00 in London; the champions' morning
        // begins at 09:00, so the nudge is written then and delivered at 10:00.
        let env = env.with_quiet_hours("21:00-10:00");
        let (_, challenges) = env.open_sprint().await;
        let chris = env.member_on(Identity::new(Platform::Telegram, "311"), "chris", Role::Champion).await;
        let ann = env.member("ann", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        env.core.comment(&bob, idea.id, None, comment_body("Who pays for petrol?")).await.unwrap();

        // Monday 22 June, 09:10 in London: the comment is due at 10:00.
        env.clock.set(at("2026-06-22T08:10:00Z"));
        assert_eq!(env.core.run_schedule().await.unwrap().nudged, vec![(NudgeKind::NearingTarget, chris.member())]);
        env.core.fan_out(100).await.unwrap();
        let quiet = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap();
        assert!(quiet.iter().all(|d| d.member != chris.member()), "not in quiet hours: {quiet:?}");
        env.clock.set(at("2026-06-22T09:01:00Z"));
        let morning: Vec<_> = env.core.claim_deliveries("w", None, 10, LEASE).await.unwrap()
            .into_iter().filter(|d| d.member == chris.member()).collect();
        assert_eq!(morning.len(), 1, "at 10:01 in London, once");
    }

    async fn the_export_carries_the_teams_updates(env) {
        let (sprint, _) = env.open_sprint().await;
        let mo = env.member("mo", Role::Moderator).await;
        let draft = |title: &str, when| UpdateDraft {
            title: Title::parse(title).unwrap(),
            body: UpdateBody::parse("=HYPERLINK(\"https://x.example\")").unwrap(),
            link: Some(UpdateLink::parse("https://ideas.example.nhs.uk/summit").unwrap()),
            welsh: None,
            when,
        };
        env.core.post_update(&mo, None, draft("Spring summit", UpdateWhen::Now)).await.unwrap();
        env.core.post_update(&mo, None, draft("What we heard", UpdateWhen::NextDigest)).await.unwrap();

        let csv = export(&env, &mo, sprint.id, ExportTable::Updates, ExportFormat::Csv).await;
        let mut rows = csv::Reader::from_reader(csv.as_bytes());
        let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 2, "{csv}");
        assert_eq!((&records[0][1], &records[0][3]), ("digest", "What we heard"), "newest first: {csv}");
        assert_eq!((&records[1][1], &records[1][3]), ("now", "Spring summit"));
        assert_eq!(&records[1][4], "'=HYPERLINK(\"https://x.example\")", "a formula stays text");
        assert_eq!(&records[1][5], "https://ideas.example.nhs.uk/summit");

        // Members may not export; the table is named in the command.
        let ann = env.member("ann", Role::Member).await;
        let mut sink = Vec::new();
        assert!(matches!(user_error(env.core.export_as_asked(&ann, sprint.id, ExportTable::Updates, ExportFormat::Json, false, &mut sink).await), UserError::NotAllowed { .. }));
        let reply = env.core.execute(Some(&mo), &Identity::new(Platform::Console, "mo"), parse("/export updates json").unwrap()).await.unwrap();
        assert!(matches!(reply, Reply::Export { table: ExportTable::Updates, format: ExportFormat::Json, .. }), "{reply:?}");
        assert_eq!(ExportTable::Updates.file_name(sprint.id, ExportFormat::Json), format!("crowdsprint-sprint-{}-updates.json", sprint.id));
    }
}
