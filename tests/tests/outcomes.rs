//! "You said, we did": the sprint team records what became of an idea or a Big Idea, and
//! everyone behind it hears once, with the note, in their language; `/outcomes` lists them,
//! the export and the web board carry them. On SQLite and PostgreSQL, in core and through
//! both bots.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::ExportFormat;
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, sub, text};
use crowdsprint_tests::telegram_bot::{BotWorld, PATIENCE};
use crowdsprint_tests::web_board::Board;
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, user_error};
use std::collections::BTreeMap;

fn note(text: &str) -> OutcomeNote {
    OutcomeNote::parse(text).unwrap()
}

fn title(text: &str) -> Title {
    Title::parse(text).unwrap()
}

both_backends! {
    async fn an_outcome_reaches_everyone_behind_an_idea_once_with_its_note(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let mo = env.member("Mo", Role::Moderator).await;
        let champion = env.member("Chris", Role::Champion).await;
        let ann = env.member("Ann", Role::Member).await;
        let bob = env.member("Bob", Role::Member).await;
        let cara = env.member("Cara", Role::Member).await;
        let dan = env.member("Dan", Role::Member).await;
        let fay = env.member("Fay", Role::Member).await;
        let idea = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        env.core.support(&bob, idea.id).await.unwrap();
        env.core.comment(&bob, idea.id, None, comment_body("Yes please")).await.unwrap();
        env.core.comment(&cara, idea.id, None, comment_body("And on Sundays")).await.unwrap();
        env.core.follow(&dan, idea.id).await.unwrap();
        env.core.support(&fay, idea.id).await.unwrap();
        env.core.mute_idea(&fay, idea.id, true).await.unwrap();

        // Refused, and nothing changes: no reason for "not taken forward", a champion, a
        // held idea (not public), nothing there.
        let mark = env.outbox_mark().await;
        let of = OutcomeOf::Idea(idea.id);
        let bare = env.core.set_outcome(&mo, of, Outcome::NotTakenForward, note("")).await;
        assert_eq!(user_error(bare), UserError::OutcomeNeedsNote);
        let by_champion = env.core.set_outcome(&champion, of, Outcome::Adopted, note("")).await;
        assert_eq!(user_error(by_champion), UserError::NotAllowed { needed: Role::Moderator });
        let held = env.idea(&ann, challenges[0].id, "Ring 07700 900123", "").await;
        let on_held = env.core.set_outcome(&mo, OutcomeOf::Idea(held.id), Outcome::Adopted, note("")).await;
        assert_eq!(user_error(on_held), UserError::IdeaNotFound { id: held.id });
        let missing = env.core.set_outcome(&mo, OutcomeOf::BigIdea(BigIdeaId(4_242)), Outcome::Adopted, note("")).await;
        assert_eq!(user_error(missing), UserError::BigIdeaNotFound { id: BigIdeaId(4_242) });
        assert!(env.outbox_after(mark).await.iter().all(|row| row.recipient == Some(ann.member())), "only the held notice");
        assert!(env.core.outcomes(None, Some(sprint.id)).await.unwrap().1.is_empty(), "no outcome was set");

        // Set: the author, supporters, commenters and the follower hear, each once; Fay,
        // who muted it, does not.
        let mark = env.outbox_mark().await;
        let told = env.core.set_outcome(&mo, of, Outcome::Adopted, note("Now on three wards")).await.unwrap();
        assert_eq!(told, 4);
        let rows = env.outbox_after(mark).await;
        let mut heard: BTreeMap<MemberId, usize> = BTreeMap::new();
        for row in &rows {
            *heard.entry(row.recipient.unwrap()).or_default() += 1;
            assert_eq!(row.event, Event::IdeaOutcome {
                idea: idea.id,
                title: idea.title.clone(),
                outcome: Outcome::Adopted,
                note: "Now on three wards".into(),
            });
        }
        let expected: BTreeMap<MemberId, usize> =
            [ann.member(), bob.member(), cara.member(), dan.member()].into_iter().map(|m| (m, 1)).collect();
        assert_eq!(heard, expected);

        // Listed for everyone, carried by the export, audited.
        let (_, listed) = env.core.outcomes(None, Some(sprint.id)).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].of, listed[0].outcome, listed[0].note.as_str()), (of, Outcome::Adopted, "Now on three wards"));
        let mut csv = Vec::new();
        env.core.export_sprint(&mo, sprint.id, ExportFormat::Csv, &mut csv).await.unwrap();
        let csv = String::from_utf8(csv).unwrap();
        assert!(csv.lines().next().unwrap().contains("outcome,outcome_note"), "{csv}");
        assert!(csv.contains("adopted,Now on three wards"), "{csv}");
        let mut json = Vec::new();
        env.core.export_sprint(&mo, sprint.id, ExportFormat::Json, &mut json).await.unwrap();
        let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let exported = json.as_array().unwrap().iter().find(|i| i["id"] == idea.id.get()).unwrap();
        assert_eq!(exported["outcome"], "adopted");
        assert_eq!(exported["outcome_note"], "Now on three wards");
        let admin = env.admin().await;
        let audit = env.core.audit_log(&admin, 5).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "outcome" && e.target == format!("#{}", idea.id)), "{audit:?}");

        // Changed later: one row still, the new outcome.
        env.core.set_outcome(&mo, of, Outcome::ScaledAndSpread, note("")).await.unwrap();
        let (_, listed) = env.core.outcomes(None, Some(sprint.id)).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].outcome, Outcome::ScaledAndSpread);
    }

    async fn a_big_ideas_outcome_reaches_each_person_behind_its_ideas_once(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let mo = env.member("Mo", Role::Moderator).await;
        let ann = env.member("Ann", Role::Member).await;
        let bob = env.member("Bob", Role::Member).await;
        let dan = env.member("Dan", Role::Member).await;
        let first = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        let second = env.approved_idea(&ann, challenges[1].id, "Pharmacy at 7").await;
        // Bob backs both; Dan follows the second only.
        env.core.support(&bob, first.id).await.unwrap();
        env.core.support(&bob, second.id).await.unwrap();
        env.core.follow(&dan, second.id).await.unwrap();
        let theme = env.core.create_theme(&mo, sprint.id, title("Going home"), Description::parse("").unwrap()).await.unwrap();
        env.core.add_to_theme(&mo, theme.id, first.id).await.unwrap();
        env.core.add_to_theme(&mo, theme.id, second.id).await.unwrap();
        let big = env.core.create_big_idea(&mo, sprint.id, title("Home for noon"), Description::parse("").unwrap(), &[theme.id]).await.unwrap();

        let mark = env.outbox_mark().await;
        let told = env.core.set_outcome(&mo, OutcomeOf::BigIdea(big.id), Outcome::NotTakenForward, note("The budget went to the discharge lounge")).await.unwrap();
        assert_eq!(told, 3, "Ann, Bob and Dan, once each");
        let mut heard: Vec<MemberId> = env.outbox_after(mark).await.iter().map(|r| r.recipient.unwrap()).collect();
        heard.sort();
        let mut expected = vec![ann.member(), bob.member(), dan.member()];
        expected.sort();
        assert_eq!(heard, expected);
        let (_, listed) = env.core.outcomes(None, Some(sprint.id)).await.unwrap();
        assert_eq!(listed[0].of, OutcomeOf::BigIdea(big.id));
        assert_eq!(listed[0].note, "The budget went to the discharge lounge");
    }

    async fn telegram_people_hear_an_outcome_in_their_language_and_the_board_shows_it(env) {
        let (_, challenges) = env.open_sprint().await;
        let (env, board) = Board::start_public(env).await;
        let world = BotWorld::start(env).await;
        const ALYS: i64 = 5001;
        const BRYN: i64 = 5002;
        const MO: i64 = 5003;
        world.register(ALYS, "Alys", Some("cy")).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        world.register(MO, "Mo", Some("en")).await;
        world.env.grant(&BotWorld::identity(MO), Role::Moderator).await;
        let alys = world.env.core.require_actor(&BotWorld::identity(ALYS)).await.unwrap();
        let bryn = world.env.core.require_actor(&BotWorld::identity(BRYN)).await.unwrap();
        let idea = world.env.approved_idea(&alys, challenges[0].id, "Gyrwyr gwirfoddol").await;
        world.env.core.support(&bryn, idea.id).await.unwrap();

        // A reason is needed to say no: refused in words, nothing sent.
        let refused = world.say(MO, None, &format!("/outcome {} not-taken-forward", idea.id)).await;
        let catalog = Catalog::load().unwrap();
        assert!(refused.visible_text.contains(&catalog.text(Locale::EnGb, "error-outcome-needs-note")), "{}", refused.visible_text);

        let (alys_mark, bryn_mark) = (world.telegram.mark(), world.telegram.mark());
        let set = world.say(MO, None, &format!("/outcome {} adopted Now on three wards", idea.id)).await;
        assert!(set.visible_text.contains("2 people will hear"), "{}", set.visible_text);
        let to_alys = world.telegram.wait_for_message(ALYS, alys_mark, PATIENCE).await.expect("Alys hears");
        let welsh = catalog.render(Locale::Cy, &Outcome::Adopted.to_msg());
        assert!(to_alys.visible_text.contains(&welsh) && to_alys.visible_text.contains("Now on three wards"), "{}", to_alys.visible_text);
        let to_bryn = world.telegram.wait_for_message(BRYN, bryn_mark, PATIENCE).await.expect("Bryn hears");
        assert!(to_bryn.visible_text.contains("Adopted") && to_bryn.visible_text.contains("Now on three wards"), "{}", to_bryn.visible_text);

        // Anyone can list them, and the idea's page on the board says it.
        let listed = world.say(BRYN, None, "/outcomes").await;
        assert!(listed.visible_text.contains("Gyrwyr gwirfoddol") && listed.visible_text.contains("Now on three wards"), "{}", listed.visible_text);
        let page = board.get(&format!("/ideas/{}", idea.id), None).await;
        assert!(page.body.contains("What became of it") && page.body.contains("Now on three wards"), "{}", page.body);
    }

    async fn discord_moderators_set_an_outcome_and_supporters_hear_in_their_dms(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let ann = Person::new(7001, "Ann");
        let mo = Person::new(7003, "Mo");
        world.register(&ann).await;
        world.register(&mo).await;
        world.env.grant(&Identity::new(Platform::Discord, "7003"), Role::Moderator).await;
        let ann_actor = world.env.core.require_actor(&Identity::new(Platform::Discord, "7001")).await.unwrap();
        let idea = world.env.approved_idea(&ann_actor, challenges[0].id, "Volunteer drivers").await;
        // She first hears that it was published; what follows is the outcome.
        world.discord.wait_for_dm(ann.id, 0, PATIENCE).await.expect("the approval");
        let mark = world.discord.mark();
        let set = world
            .command(&mo, Where::Server, "mod", vec![sub("outcome", vec![
                text("of", &idea.id.get().to_string()),
                text("outcome", "testing"),
                text("note", "On ward 7 from March"),
            ])])
            .await;
        assert!(set.text().contains("Being tested"), "{}", set.text());
        let dm = world.discord.wait_for_dm(ann.id, mark, PATIENCE).await.expect("Ann hears in her DMs");
        let said = format!("{} {}", dm["content"], dm["embeds"]);
        assert!(said.contains("Being tested") && said.contains("On ward 7 from March"), "{said}");
    }
}
