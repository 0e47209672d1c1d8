//! The response promise's nudges to the sprint team: a champion hears on a working morning
//! (09:00-12:00 in their own time zone) which comments will pass the target before the next
//! morning, once a day at most and never about nothing; moderators hear on Monday mornings
//! which are past it. In core on SQLite and PostgreSQL, and through both bots in the staff
//! member's language, beside the kind word to the person waiting.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Utc};
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::Target;
use crowdsprint_tests::discord_bot::{DiscordWorld, Person};
use crowdsprint_tests::telegram_bot::{BotWorld, PATIENCE};
use crowdsprint_tests::{TestEnv, both_backends, comment_body, crowdsprint_core};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// The nudges in the outbox after `mark`: to whom, which kind, which comments, how many.
async fn nudges_after(
    env: &TestEnv,
    mark: i64,
) -> Vec<(MemberId, &'static str, Vec<CommentId>, u32)> {
    env.outbox_after(mark)
        .await
        .into_iter()
        .filter_map(|row| match row.event {
            Event::ResponsesNearingTarget { items, count, .. } => Some((
                row.recipient?,
                "nearing",
                items.iter().map(|i| i.comment).collect(),
                count,
            )),
            Event::ResponsesOverdue { items, count, .. } => Some((
                row.recipient?,
                "overdue",
                items.iter().map(|i| i.comment).collect(),
                count,
            )),
            _ => None,
        })
        .collect()
}

both_backends! {
    async fn champions_hear_on_their_working_morning_and_moderators_on_monday(env) {
        // Monday 15 June 2026, 09:00 UTC (10:00 in London, the operator's zone).
        let (_, challenges) = env.open_sprint().await;
        let chris = env.member("chris", Role::Champion).await;
        let nia = env.member("nia", Role::Champion).await;
        env.core.set_timezone(&nia, Some("America/New_York".parse().unwrap())).await.unwrap();
        let mo = env.member("mo", Role::Moderator).await;
        let admin = env.admin().await;
        let ann = env.member("ann", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        // Due on Monday 22 June at 10:00 in London.
        let early = env.core.comment(&bob, idea.id, None, comment_body("Who pays for petrol?")).await.unwrap().comment.id;
        // Written on Tuesday at 16:00 in London: due on Tuesday 23 June at 16:00.
        env.clock.set(at("2026-06-16T15:00:00Z"));
        let later = env.core.comment(&bob, idea.id, None, comment_body("And on Sundays?")).await.unwrap().comment.id;

        // Monday 22 June at 08:30 in London: before the morning begins, nobody hears.
        env.clock.set(at("2026-06-22T07:30:00Z"));
        assert!(env.core.run_schedule().await.unwrap().nudged.is_empty());

        // 09:10: Chris hears about the comment due in 50 minutes; Nia is asleep in New York;
        // Mo has nothing overdue to hear about.
        env.clock.set(at("2026-06-22T08:10:00Z"));
        let mark = env.outbox_mark().await;
        let run = env.core.run_schedule().await.unwrap();
        assert_eq!(run.nudged, vec![(NudgeKind::NearingTarget, chris.member())]);
        assert_eq!(nudges_after(&env, mark).await, vec![(chris.member(), "nearing", vec![early], 1)]);
        let catalog = Catalog::load().unwrap();
        let row = env.outbox_after(mark).await.remove(0);
        let words: Vec<String> = row.event.to_lines().iter().map(|m| catalog.render(Locale::EnGb, m)).collect();
        let words = words.join("\n");
        assert!(words.contains("1 comment is close to the response target (5 working days)"), "{words}");
        assert!(words.contains(&format!("c{} on #{} “Volunteer drivers”: 50 minutes left", early, idea.id)), "{words}");
        assert!(words.contains("/awaiting"), "{words}");
        // Later that morning Chris hears nothing more (once a day); the comment has just
        // passed the target, so it is on Mo's list for the week, which starts now.
        env.clock.set(at("2026-06-22T10:30:00Z"));
        let mark = env.outbox_mark().await;
        env.core.run_schedule().await.unwrap();
        assert_eq!(nudges_after(&env, mark).await, vec![
            (mo.member(), "overdue", vec![early], 1),
            (admin.member(), "overdue", vec![early], 1),
        ]);
        env.clock.set(at("2026-06-22T10:45:00Z"));
        assert!(env.core.run_schedule().await.unwrap().nudged.is_empty(), "once a day, once a week");

        // Tuesday 09:10 in London: the later comment is close; the early one is past the
        // target, which is the moderators' list, not the champions' nudge.
        env.clock.set(at("2026-06-23T08:10:00Z"));
        let mark = env.outbox_mark().await;
        env.core.run_schedule().await.unwrap();
        assert_eq!(nudges_after(&env, mark).await, vec![(chris.member(), "nearing", vec![later], 1)]);
        // 09:10 in New York: Nia's morning.
        env.clock.set(at("2026-06-23T13:10:00Z"));
        let mark = env.outbox_mark().await;
        env.core.run_schedule().await.unwrap();
        assert_eq!(nudges_after(&env, mark).await, vec![(nia.member(), "nearing", vec![later], 1)]);

        // Saturday morning: nobody.
        env.clock.set(at("2026-06-27T08:10:00Z"));
        assert!(env.core.run_schedule().await.unwrap().nudged.is_empty(), "the weekend");

        // Monday 29 June: Mo's week starts with both overdue comments; nothing is close, so
        // the champions hear nothing.
        env.clock.set(at("2026-06-29T08:10:00Z"));
        let mark = env.outbox_mark().await;
        env.core.run_schedule().await.unwrap();
        assert_eq!(nudges_after(&env, mark).await, vec![
            (mo.member(), "overdue", vec![early, later], 2),
            (admin.member(), "overdue", vec![early, later], 2),
        ]);
        let row = env.outbox_after(mark).await.into_iter().find(|r| r.recipient == Some(mo.member())).unwrap();
        let words: Vec<String> = row.event.to_lines().iter().map(|m| catalog.render(Locale::EnGb, m)).collect();
        assert!(words[0].contains("2 comments have waited past the response target"), "{words:?}");
        assert!(words[1].contains("waiting 13 days"), "{words:?}");
        // Tuesday: the list is weekly.
        env.clock.set(at("2026-06-30T08:10:00Z"));
        assert!(env.core.run_schedule().await.unwrap().nudged.is_empty(), "weekly");

        // Answered comments leave the list.
        env.core.respond(&chris, Target::Comment(later), comment_body("Sundays too")).await.unwrap();
        env.clock.set(at("2026-07-06T08:10:00Z"));
        let mark = env.outbox_mark().await;
        env.core.run_schedule().await.unwrap();
        assert_eq!(nudges_after(&env, mark).await, vec![
            (mo.member(), "overdue", vec![early], 1),
            (admin.member(), "overdue", vec![early], 1),
        ]);
    }
}

both_backends! {
    async fn on_telegram_a_champion_is_nudged_in_welsh_and_the_person_waiting_is_told_once(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        const GWEN: i64 = 6101;
        const BOB: i64 = 6102;
        world.register(GWEN, "Gwen", Some("cy")).await;
        world.register(BOB, "Bob", Some("en")).await;
        let gwen = world.env.grant(&BotWorld::identity(GWEN), Role::Champion).await;
        let bob = world.env.core.require_actor(&BotWorld::identity(BOB)).await.unwrap();
        let ann = world.env.member("ann", Role::Member).await;
        let idea = world.env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        world.env.core.comment(&bob, idea.id, None, comment_body("Who pays for petrol?")).await.unwrap();

        // Monday 22 June, 09:10 in London: the comment is due at 10:00.
        world.env.clock.set(at("2026-06-22T08:10:00Z"));
        let mark = world.telegram.mark();
        let run = world.env.core.run_schedule().await.unwrap();
        assert_eq!(run.nudged, vec![(NudgeKind::NearingTarget, gwen.member())]);
        let nudge = world.telegram.wait_for_message(GWEN, mark, PATIENCE).await.expect("Gwen is nudged");
        let catalog = Catalog::load().unwrap();
        let heading = Msg::new("notify-responses-nearing").arg("count", 1i64).arg("days", 5i64);
        let welsh = catalog.render(Locale::Cy, &heading);
        assert_ne!(welsh, catalog.render(Locale::EnGb, &heading), "a Welsh heading");
        assert!(nudge.visible_text.contains(&welsh), "{}", nudge.visible_text);
        assert!(nudge.visible_text.contains("Volunteer drivers") && nudge.visible_text.contains("/awaiting"), "{}", nudge.visible_text);

        // 10:30 in London: past the target; Bob hears once that it is still with the team.
        world.env.clock.set(at("2026-06-22T09:30:00Z"));
        let mark = world.telegram.mark();
        let run = world.env.core.run_schedule().await.unwrap();
        assert_eq!(run.still_with_team.len(), 1);
        assert!(!run.nudged.contains(&(NudgeKind::NearingTarget, gwen.member())), "once a day");
        let told = world.telegram.wait_for_message(BOB, mark, PATIENCE).await.expect("Bob is told");
        assert!(told.visible_text.contains("still with the sprint team"), "{}", told.visible_text);
        assert!(world.env.core.run_schedule().await.unwrap().still_with_team.is_empty(), "once");
    }

    async fn on_discord_a_champion_is_nudged_in_their_dms(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let cai = Person::new(7101, "Cai");
        let ann = Person::new(7102, "Ann");
        world.register(&cai).await;
        world.register(&ann).await;
        world.env.grant(&Identity::new(Platform::Discord, "7101"), Role::Champion).await;
        let ann_actor = world.env.core.require_actor(&Identity::new(Platform::Discord, "7102")).await.unwrap();
        let idea = world.env.approved_idea(&ann_actor, challenges[0].id, "Volunteer drivers").await;
        let comment = world.env.core.comment(&ann_actor, idea.id, None, comment_body("Who pays for petrol?")).await.unwrap().comment.id;

        world.env.clock.set(at("2026-06-22T08:10:00Z"));
        let mark = world.discord.mark();
        world.env.core.run_schedule().await.unwrap();
        let dm = world.discord.wait_for_dm(cai.id, mark, PATIENCE).await.expect("Cai is nudged");
        let said = format!("{} {}", dm["content"], dm["embeds"]);
        assert!(said.contains("close to the response target"), "{said}");
        // Discord markdown escapes the "#" before the idea's number.
        assert!(said.contains(&format!("c{comment} on")) && said.contains("Volunteer drivers"), "{said}");
    }
}
