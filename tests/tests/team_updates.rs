//! Team updates: a moderator writes to the sprint's people. Sent now, an update reaches every
//! subscriber once, in Welsh for Welsh readers when the team gave Welsh words; held for the
//! digest, it leads each subscriber's next digest under "From the team"; `/updates` lists
//! them; a bad link changes nothing. In core on SQLite and PostgreSQL, and through both bots.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::command::parse;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::notify::{Delivery, Event};
use crowdsprint_core::service::{DIGEST_PAGE, Reply};
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, sub, text};
use crowdsprint_tests::telegram_bot::{BotWorld, PATIENCE};
use crowdsprint_tests::web_board::Board;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core, user_error};
use std::collections::HashMap;

async fn on_telegram(env: &TestEnv, id: &str, name: &str) -> Actor {
    env.member_on(Identity::new(Platform::Telegram, id), name, Role::Member)
        .await
}

fn draft(when: UpdateWhen, welsh: bool) -> UpdateDraft {
    UpdateDraft {
        title: Title::parse("Spring summit").unwrap(),
        body: UpdateBody::parse("Join us on 12 March to see what became of your ideas.").unwrap(),
        link: Some(UpdateLink::parse("https://ideas.example.nhs.uk/summit?day=1&room=2").unwrap()),
        welsh: welsh.then(|| {
            (
                Title::parse("Uwchgynhadledd y gwanwyn").unwrap(),
                UpdateBody::parse("Ymunwch â ni ar 12 Mawrth.").unwrap(),
            )
        }),
        when,
    }
}

both_backends! {
    async fn an_update_sent_now_reaches_every_subscriber_once_in_their_language(env) {
        let (sprint, _) = env.open_sprint().await;
        let mo = env.member("mo", Role::Moderator).await;
        let ann = on_telegram(&env, "101", "Ann").await;
        let gwen = on_telegram(&env, "102", "Gwen").await;
        env.core.set_language(&gwen, Locale::Cy).await.unwrap();
        let quiet = on_telegram(&env, "103", "Quiet").await;
        env.core.execute(Some(&quiet), &Identity::new(Platform::Telegram, "103"), parse("/subscribe off").unwrap()).await.unwrap();
        env.drain().await;

        // Members cannot post one; a bad link is refused and nothing is written.
        assert!(matches!(user_error(env.core.post_update(&ann, None, draft(UpdateWhen::Now, false)).await), UserError::NotAllowed { .. }));
        let typed = parse("/update now Summit | Join us | javascript:alert(1)").unwrap();
        let refused = env.core.execute(Some(&mo), &Identity::new(Platform::Console, "mo"), typed).await;
        assert_eq!(user_error(refused), UserError::UpdateLinkInvalid);
        assert!(env.core.updates(None, None).await.unwrap().1.is_empty(), "nothing written");

        let update = env.core.post_update(&mo, None, draft(UpdateWhen::Now, true)).await.unwrap();
        assert_eq!(update.sprint_id, sprint.id);
        let sent = env.drain().await;
        let mut heard: HashMap<MemberId, Vec<&Delivery>> = HashMap::new();
        for d in sent.iter().filter(|d| matches!(d.event, Event::TeamUpdate(_))) {
            heard.entry(d.member).or_default().push(d);
        }
        assert_eq!(heard.len(), 2, "Ann and Gwen, not the one who unsubscribed: {heard:?}");
        assert!(heard.values().all(|list| list.len() == 1), "once each");
        let catalog = Catalog::load().unwrap();
        let to_ann = catalog.render(Locale::EnGb, &heard[&ann.member()][0].event.to_msg());
        assert!(to_ann.contains("Spring summit") && to_ann.contains("Join us on 12 March"), "{to_ann}");
        assert!(to_ann.contains("https://ideas.example.nhs.uk/summit?day=1&room=2"), "{to_ann}");
        let to_gwen = catalog.render(Locale::Cy, &heard[&gwen.member()][0].event.to_msg());
        assert!(to_gwen.contains("Uwchgynhadledd y gwanwyn") && !to_gwen.contains("Spring summit"), "{to_gwen}");
        assert!(env.drain().await.is_empty(), "nothing more");

        // Listed for anyone, newest first.
        let (_, listed) = env.core.updates(None, None).await.unwrap();
        assert_eq!(listed.iter().map(|u| u.id).collect::<Vec<_>>(), vec![update.id]);
        // And counted in the sprint's numbers.
        let stats = env.core.stats(&mo, None).await.unwrap();
        assert_eq!(stats.updates, (1, 0));
        let catalog = Catalog::load().unwrap();
        let lines = crowdsprint_core::layout::stats(&stats);
        let said = crowdsprint_core::layout::Renderer::new(&catalog, Locale::EnGb).doc(&lines);
        assert!(said.contains("Team updates: 1 sent at once, 0 in digests."), "{said}");
    }

    async fn an_update_held_for_the_digest_leads_the_next_digest(env) {
        env.open_sprint().await;
        let mo = env.member("mo", Role::Moderator).await;
        let ann = on_telegram(&env, "101", "Ann").await;
        env.core.execute(Some(&ann), &Identity::new(Platform::Telegram, "101"), parse("/subscribe daily").unwrap()).await.unwrap();
        env.core.run_digests(DIGEST_PAGE).await.unwrap();
        env.drain().await;

        let reply = env.core.execute(Some(&mo), &Identity::new(Platform::Console, "mo"),
            parse("/update digest What we heard | Three themes came out of your ideas").unwrap()).await.unwrap();
        let Reply::Text(said) = reply else { panic!("{reply:?}") };
        assert_eq!(said.id, "update-posted");
        assert!(env.drain().await.iter().all(|d| !matches!(d.event, Event::TeamUpdate(_))), "not sent now");

        let mut digest = None;
        for _ in 0..48 {
            env.clock.advance(Duration::hours(1));
            env.core.run_digests(DIGEST_PAGE).await.unwrap();
            if let Some(found) = env.drain().await.into_iter().find_map(|d| match d.event {
                Event::Digest(digest) if d.member == ann.member() => Some(digest),
                _ => None,
            }) {
                digest = Some(found);
                break;
            }
        }
        let digest = digest.expect("Ann's next digest");
        assert_eq!(digest.updates.len(), 1);
        let lines = digest.lines();
        assert_eq!(lines[1].id, "digest-updates", "the team's update leads: {lines:?}");
        let catalog = Catalog::load().unwrap();
        assert!(catalog.render(Locale::EnGb, &lines[2]).contains("What we heard"));
    }
}

both_backends! {
    async fn on_telegram_a_moderators_update_reaches_subscribers_in_welsh_and_english(env) {
        let (sprint, _) = env.open_sprint().await;
        let (env, board) = Board::start_public(env).await;
        let world = BotWorld::start(env).await;
        const ALYS: i64 = 9101;
        const BRYN: i64 = 9102;
        const MO: i64 = 9103;
        world.register(ALYS, "Alys", Some("cy")).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        world.register(MO, "Mo", Some("en")).await;
        world.env.grant(&BotWorld::identity(MO), Role::Moderator).await;
        let alys = world.env.core.require_actor(&BotWorld::identity(ALYS)).await.unwrap();
        assert_eq!(alys.locale(), Locale::Cy, "registered from her Welsh app");

        // Mo takes no digest, so the first thing in his chat is the answer to his command.
        world.say(MO, None, "/subscribe off").await;

        let (alys_mark, bryn_mark) = (world.telegram.mark(), world.telegram.mark());
        let posted = world.say(MO, None, "/update now Spring summit | Join us on 12 March | https://ideas.example.nhs.uk/summit?day=1&room=2 | Uwchgynhadledd y gwanwyn | Ymunwch â ni ar 12 Mawrth").await;
        assert!(posted.visible_text.contains("on its way to every subscriber"), "{}", posted.visible_text);
        let to_alys = world.telegram.wait_for_message(ALYS, alys_mark, PATIENCE).await.expect("Alys hears");
        assert!(to_alys.visible_text.contains("Uwchgynhadledd y gwanwyn"), "{}", to_alys.visible_text);
        let to_bryn = world.telegram.wait_for_message(BRYN, bryn_mark, PATIENCE).await.expect("Bryn hears");
        assert!(to_bryn.visible_text.contains("Spring summit") && to_bryn.visible_text.contains("https://ideas.example.nhs.uk/summit?day=1&room=2"), "{}", to_bryn.visible_text);

        let listed = world.say(BRYN, None, "/updates").await;
        assert!(listed.visible_text.contains("Spring summit"), "{}", listed.visible_text);

        // The sprint's page on the web board has it too, in each reader's language.
        let page = board.get(&format!("/sprints/{}", sprint.id), None).await;
        assert!(page.body.contains("From the sprint team") && page.body.contains("Spring summit"), "{}", page.body);
        assert!(page.body.contains(r#"href="https://ideas.example.nhs.uk/summit?day=1&#38;room=2""#), "{}", page.body);
        let welsh = board.get(&format!("/sprints/{}", sprint.id), Some("cy")).await;
        assert!(welsh.body.contains("Uwchgynhadledd y gwanwyn") && !welsh.body.contains("Spring summit"), "{}", welsh.body);
    }

    async fn on_discord_a_moderator_posts_an_update_with_mod_update(env) {
        env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let ann = Person::new(9201, "Ann");
        let mo = Person::new(9202, "Mo");
        world.register(&ann).await;
        world.register(&mo).await;
        world.env.grant(&Identity::new(Platform::Discord, "9202"), Role::Moderator).await;
        let mark = world.discord.mark();
        let posted = world
            .command(&mo, Where::Server, "mod", vec![sub("update", vec![
                text("when", "now"),
                text("details", "Spring summit | Join us on 12 March"),
            ])])
            .await;
        assert!(posted.text().contains("on its way"), "{}", posted.text());
        let dm = world.discord.wait_for_dm(ann.id, mark, PATIENCE).await.expect("Ann hears in her DMs");
        let said = format!("{} {}", dm["content"], dm["embeds"]);
        assert!(said.contains("Spring summit"), "{said}");
    }
}

both_backends! {
    async fn on_telegram_a_moderator_writes_an_update_in_a_dialogue_and_it_goes_out_only_when_sent(env) {
        env.open_sprint().await;
        let world = BotWorld::start(env).await;
        const ANN: i64 = 9301;
        const MO: i64 = 9302;
        world.register(ANN, "Ann", Some("en")).await;
        world.register(MO, "Mo", Some("en")).await;
        world.env.grant(&BotWorld::identity(MO), Role::Moderator).await;
        world.say(MO, None, "/subscribe off").await;

        let asked = world.say(MO, None, "/update").await;
        assert!(asked.visible_text.contains("What is its title?"), "{}", asked.visible_text);
        world.say(MO, None, "Spring summit").await;
        let asked = world.say(MO, None, "Join us on 12 March").await;
        assert!(asked.button("Skip").is_some(), "{:?}", asked.button_texts());
        let asked = world.say(MO, None, "ideas.example.nhs.uk").await;
        assert!(asked.visible_text.contains("https://"), "asked again: {}", asked.visible_text);
        let asked = world.say(MO, None, "https://ideas.example.nhs.uk/summit?day=1&room=2").await;
        let asked = world.press_for_reply(MO, &asked, "Skip").await;
        assert!(asked.visible_text.contains("From the sprint team: Spring summit"), "a preview: {}", asked.visible_text);
        assert!(asked.visible_text.contains("https://ideas.example.nhs.uk/summit?day=1&room=2"), "{}", asked.visible_text);
        assert!(world.env.core.updates(None, None).await.unwrap().1.is_empty(), "nothing kept before the last answer");

        let mark = world.telegram.mark();
        let sent = world.press_for_reply(MO, &asked, "📣 Send now").await;
        assert!(sent.visible_text.contains("on its way to every subscriber"), "{}", sent.visible_text);
        let to_ann = world.telegram.wait_for_message(ANN, mark, PATIENCE).await.expect("Ann hears");
        assert!(to_ann.visible_text.contains("Spring summit") && to_ann.visible_text.contains("Join us on 12 March"), "{}", to_ann.visible_text);
        // The buttons of the finished dialogue do nothing more.
        world.press(MO, &asked, "📣 Send now").await;
        assert_eq!(world.env.core.updates(None, None).await.unwrap().1.len(), 1, "sent once");
    }

    async fn on_discord_mod_update_opens_a_form_and_a_full_update_keeps_its_link(env) {
        env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let ann = Person::new(9401, "Ann");
        let mo = Person::new(9402, "Mo");
        world.register(&ann).await;
        world.register(&mo).await;
        world.env.grant(&Identity::new(Platform::Discord, "9402"), Role::Moderator).await;

        // Without details, /mod update opens a form (Discord checks its shape).
        let form = world.command(&mo, Where::Server, "mod", vec![sub("update", vec![text("when", "now")])]).await;
        assert_eq!(form.kind(), 9, "a modal: {:?}", form.data());
        let form_id = form.data()["custom_id"].as_str().unwrap().to_owned();

        // Half the Welsh is refused and nothing is sent.
        let half = world.submit(&mo, Where::Server, &form_id, &[("title", "Summit"), ("body", "Join us"), ("welsh_title", "Uwchgynhadledd")]).await;
        assert!(half.ephemeral() && half.text().contains("Welsh title and the Welsh text together"), "{}", half.text());
        assert!(world.env.core.updates(None, None).await.unwrap().1.is_empty());

        // The longest update there is: 2,000 characters, a title and a link.
        let link = format!("https://ideas.example.nhs.uk/{}", "a".repeat(400));
        let body = format!("{}.", "Join us on 12 March. ".repeat(95)).chars().take(2000).collect::<String>();
        let mark = world.discord.mark();
        let sent = world.submit(&mo, Where::Server, &form_id, &[("title", &"S".repeat(120)), ("body", &body), ("link", &link)]).await;
        assert!(sent.ephemeral() && sent.text().contains("on its way"), "{}", sent.text());
        let dm = world.discord.wait_for_dm(ann.id, mark, PATIENCE).await.expect("Ann hears in her DMs");
        let said = format!("{} {}", dm["content"], dm["embeds"]);
        assert!(said.contains(&link), "the link survives: {said}");
        assert!(said.contains(&body[body.len() - 40..]), "and the text's end: {said}");
    }
}
