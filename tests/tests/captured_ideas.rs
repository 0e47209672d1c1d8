//! Ideas captured on a group's behalf: a champion running a huddle starts a capture session,
//! every idea they post in it is the group's (its origin names the session, its byline the
//! group, the stats and the export keep it apart from the champion's own) and has a claim
//! code; a participant who sends `/claim CODE` becomes a co-author and hears back. In core on
//! SQLite and PostgreSQL, and through both bots.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::words;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::{ExportFormat, IdeaDraft, Target};
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, sub, text};
use crowdsprint_tests::telegram_bot::{BotWorld, PATIENCE};
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, user_error};

fn draft(challenge: ChallengeId, title: &str) -> IdeaDraft {
    IdeaDraft::from_answers(
        challenge,
        title,
        "Talked through at the huddle",
        IdeaKind::Idea,
        Origin::Chat(Platform::Console),
    )
    .unwrap()
}

/// The claim code in a "captured" reply: the word after "/claim ".
fn claim_code_in(text: &str) -> String {
    let after = text.split("/claim ").nth(1).expect("a claim code");
    after.chars().take(6).collect()
}

both_backends! {
    async fn a_huddles_ideas_are_the_groups_and_a_claim_makes_a_co_author_who_hears_back(env) {
        // Monday 15 June 2026, 10:00 in London.
        let (sprint, challenges) = env.open_sprint().await;
        let chris = env.member("chris", Role::Champion).await;
        let mo = env.member("mo", Role::Moderator).await;
        let ann = env.member("ann", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let catalog = Catalog::load().unwrap();

        // Members cannot capture; champions can.
        let refused = env.core.start_capture(&ann, Title::parse("Ward 4 huddle").unwrap()).await;
        assert!(matches!(user_error(refused), UserError::NotAllowed { .. }));
        let session = env.core.start_capture(&chris, Title::parse("Ward 4 huddle").unwrap()).await.unwrap();
        assert_eq!(session.label, "Ward 4 huddle, 2026-06-15");

        let first = env.core.submit_idea(&chris, draft(challenges[0].id, "Volunteer drivers")).await.unwrap();
        let second = env.core.submit_idea(&chris, draft(challenges[0].id, "Quiet hour after lunch")).await.unwrap();
        let (code, other_code) = (first.claim_code.clone().unwrap(), second.claim_code.clone().unwrap());
        assert_ne!(code, other_code);
        assert_eq!(first.idea.origin, Origin::Captured("Ward 4 huddle, 2026-06-15".into()));
        let claim_line = catalog.render(Locale::EnGb, &first.claim_line().unwrap());
        assert!(claim_line.contains(&format!("/claim {code}")), "{claim_line}");
        // The card says whose it is: the group's, not the champion's.
        let byline = catalog.render(Locale::EnGb, &Msg::new("idea-meta")
            .arg("kind", IdeaKind::Idea.to_msg()).arg("challenge", "c").arg("date", "d")
            .arg("author", words::byline(&first.idea)));
        assert!(byline.contains("by the group at Ward 4 huddle, 2026-06-15") && !byline.contains("chris"), "{byline}");
        let status = env.core.capture_session(&chris).await.unwrap().unwrap();
        assert_eq!(status.captured, 2);

        // Stats count the ideas, not the champion as someone who took part.
        let stats = env.core.stats(&chris, Some(sprint.id)).await.unwrap();
        assert_eq!((stats.total.ideas, stats.total.people), (2, 0));
        assert_eq!(stats.captured, (2, 1));

        // Claims: forgiving about case and dashes, refusing a wrong or repeated code.
        let typed = format!("{}-{}", &code.as_str()[..3], &code.as_str()[3..]).to_lowercase();
        let claimed = env.core.claim(&Identity::new(Platform::Console, "ann"), &ann, &typed).await.unwrap();
        assert_eq!(claimed.id, first.idea.id);
        let again = env.core.claim(&Identity::new(Platform::Console, "ann"), &ann, code.as_str()).await;
        assert_eq!(user_error(again), UserError::AlreadyClaimed { id: first.idea.id });
        let wrong = env.core.claim(&Identity::new(Platform::Console, "bob"), &bob, "ZZZZZ2").await;
        assert_eq!(user_error(wrong), UserError::ClaimCodeInvalid);
        env.core.claim(&Identity::new(Platform::Console, "bob"), &bob, code.as_str()).await.unwrap();

        // The team's response reaches both co-authors, once each; not the champion who wrote it.
        let mark = env.outbox_mark().await;
        env.core.respond(&chris, Target::Idea(first.idea.id), comment_body("We will try it on ward 4")).await.unwrap();
        let mut heard: Vec<MemberId> = env.notifications_after(mark).await.into_iter()
            .filter(|r| matches!(r.event, Event::ResponseToIdea { .. }))
            .filter_map(|r| r.recipient).collect();
        heard.sort();
        assert_eq!(heard, vec![ann.member(), bob.member()]);
        // And so does what became of it.
        let mark = env.outbox_mark().await;
        env.core.set_outcome(&mo, OutcomeOf::Idea(first.idea.id), Outcome::Prototyping, OutcomeNote::parse("On ward 4 from July").unwrap()).await.unwrap();
        let told: Vec<MemberId> = env.notifications_after(mark).await.into_iter().filter_map(|r| r.recipient).collect();
        assert!(told.contains(&ann.member()) && told.contains(&bob.member()), "{told:?}");

        // The export names the session and leaves the author column to the group.
        let mut csv = Vec::new();
        env.core.export_sprint(&mo, sprint.id, ExportFormat::Csv, &mut csv).await.unwrap();
        let csv = String::from_utf8(csv).unwrap();
        let row = csv.lines().find(|l| l.contains("Volunteer drivers")).unwrap();
        assert!(row.contains("captured:Ward 4 huddle, 2026-06-15") && !row.contains("chris"), "{row}");

        // Ending the session: what Chris posts is his own again.
        let ended = env.core.stop_capture(&chris).await.unwrap().unwrap();
        assert_eq!(ended.captured, 2);
        let own = env.core.submit_idea(&chris, draft(challenges[1].id, "Chris's own idea")).await.unwrap();
        assert_eq!((own.claim_code, own.idea.origin), (None, Origin::Chat(Platform::Console)));

        // A session lapses after twelve hours.
        env.core.start_capture(&chris, Title::parse("Night huddle").unwrap()).await.unwrap();
        env.clock.advance(Duration::hours(13));
        assert!(env.core.capture_session(&chris).await.unwrap().is_none());
        let next_day = env.core.submit_idea(&chris, draft(challenges[1].id, "Next day")).await.unwrap();
        assert!(next_day.claim_code.is_none());

        // Erased, Ann is no longer a co-author anyone writes to.
        env.core.forget_me(&ann).await.unwrap();
        let mark = env.outbox_mark().await;
        env.core.set_idea_stage(&mo, first.idea.id, DevelopmentStage::Prototyping).await.unwrap();
        // The champion who captured it hears too: the group's contact for it.
        let mut told: Vec<MemberId> = env.notifications_after(mark).await.into_iter().filter_map(|r| r.recipient).collect();
        told.sort();
        assert_eq!(told, vec![chris.member(), bob.member()]);
    }
}

both_backends! {
    async fn on_telegram_a_champion_captures_a_huddle_and_a_participant_claims_it(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        const CHRIS: i64 = 8101;
        const ANN: i64 = 8102;
        world.register(CHRIS, "Chris", Some("en")).await;
        world.register(ANN, "Ann", Some("en")).await;
        world.env.grant(&BotWorld::identity(CHRIS), Role::Champion).await;

        let started = world.say(CHRIS, None, "/capture Ward 4 huddle").await;
        assert!(started.visible_text.contains("Capturing ideas for “Ward 4 huddle, 2026-06-15”"), "{}", started.visible_text);
        let offer = world.say(CHRIS, None, "Volunteer drivers for discharge medicines").await;
        let title = world.press_for_reply(CHRIS, &offer, &challenges[0].title).await;
        let kind = world.press_for_reply(CHRIS, &title, "Keep this title").await;
        let posted = world.press_for_reply(CHRIS, &kind, "Idea").await;
        assert!(posted.visible_text.contains("captured for “Ward 4 huddle, 2026-06-15”"), "{}", posted.visible_text);
        let code = claim_code_in(&posted.visible_text);

        // A wrong code changes nothing and says so; the right one makes Ann a co-author.
        let wrong = world.say(ANN, None, "/claim ZZZZZ2").await;
        assert!(wrong.visible_text.contains("claim code isn't known"), "{}", wrong.visible_text);
        let claimed = world.say(ANN, None, &format!("/claim {}", code.to_lowercase())).await;
        assert!(claimed.visible_text.contains("You are now a co-author of idea"), "{}", claimed.visible_text);
        let idea = world.env.core.list_ideas(None, None, ListOrder::New, 0).await.unwrap().ideas.remove(0);

        // The team responds: Ann hears.
        let mark = world.telegram.mark();
        world.say(CHRIS, None, &format!("/respond {} We will try it on ward 4", idea.id)).await;
        let heard = world.telegram.wait_for_message(ANN, mark, PATIENCE).await.expect("Ann hears back");
        assert!(heard.visible_text.contains("Volunteer drivers for discharge medicines"), "{}", heard.visible_text);

        // The answer to /respond may still be on its way: look at what comes next in order.
        let mark = world.telegram.mark();
        world.telegram.push_message(CHRIS, CHRIS, "/capture off", None);
        let mut n = 1;
        loop {
            let sent = world.replies(CHRIS, mark, n).await;
            if sent.iter().any(|m| m.visible_text.contains("1 idea captured")) {
                break;
            }
            assert!(n < 3, "no end of the session: {sent:#?}");
            n += 1;
        }
    }

    async fn on_discord_a_champion_captures_and_a_member_claims_privately(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let cai = Person::new(8201, "Cai");
        let ann = Person::new(8202, "Ann");
        world.register(&cai).await;
        world.register(&ann).await;
        world.env.grant(&Identity::new(Platform::Discord, "8201"), Role::Champion).await;
        let cai_actor = world.env.core.require_actor(&Identity::new(Platform::Discord, "8201")).await.unwrap();

        let started = world.command(&cai, Where::Server, "mod", vec![sub("capture", vec![text("session", "Ward round")])]).await;
        assert!(started.text().contains("Capturing ideas for"), "{}", started.text());
        let posted = world.env.core.submit_idea(&cai_actor, draft(challenges[0].id, "Volunteer drivers")).await.unwrap();
        let code = posted.claim_code.unwrap();

        let claimed = world.command(&ann, Where::Server, "claim", vec![text("claim_code", code.as_str())]).await;
        assert!(claimed.ephemeral(), "only the claimer is told");
        assert!(claimed.text().contains("co-author"), "{}", claimed.text());
        let mark = world.discord.mark();
        world.env.core.respond(&cai_actor, Target::Idea(posted.idea.id), comment_body("Trying it")).await.unwrap();
        let dm = world.discord.wait_for_dm(ann.id, mark, PATIENCE).await.expect("Ann hears in her DMs");
        let said = format!("{} {}", dm["content"], dm["embeds"]);
        assert!(said.contains("Volunteer drivers"), "{said}");
    }
}
