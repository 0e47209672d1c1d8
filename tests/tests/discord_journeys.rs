//! The Discord bot end to end: the real serenity-based bot against the fake Discord, reached
//! through its interactions endpoint with signed requests, on SQLite and PostgreSQL. Each
//! journey is what people would do in Discord, checked by what Discord would show them (the
//! interaction responses: text, embeds, buttons, ephemeral flags) and by the database.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::ListOrder;
use crowdsprint_tests::discord_bot::{CHANNEL, DiscordWorld, GUILD, Person, Where, int, sub, text};
use crowdsprint_tests::fake_discord::FakeDiscord;
use crowdsprint_tests::{both_backends, crowdsprint_core};
use serde_json::json;
use std::time::Duration;

fn ann() -> Person {
    Person::new(4001, "Ann")
}

fn bryn() -> Person {
    Person::new(4002, "Bryn")
}

fn identity(person: &Person) -> Identity {
    Identity::new(Platform::Discord, person.id.to_string())
}

async fn actor(world: &DiscordWorld, person: &Person) -> Actor {
    world
        .env
        .core
        .require_actor(&identity(person))
        .await
        .unwrap()
}

both_backends! {
    async fn members_register_post_support_and_comment(env) {
        let (_, challenges) = env.open_sprint().await;
        let earlier = env.member("Dee", Role::Member).await;
        env.approved_idea(&earlier, challenges[0].id, "Text reminders for blood test appointments").await;
        let world = DiscordWorld::start(env).await;

        // The commands were registered in the server, /mod hidden from plain members.
        let commands = world.discord.commands(Some(GUILD));
        let names: Vec<&str> = commands.iter().filter_map(|c| c["name"].as_str()).collect();
        for wanted in ["register", "idea", "ideas", "show", "support", "mod", "help"] {
            assert!(names.contains(&wanted), "{wanted} missing from {names:?}");
        }
        let moderation = commands.iter().find(|c| c["name"] == "mod").unwrap();
        assert_eq!(moderation["default_member_permissions"], "32");
        assert!(moderation["description_localizations"]["en-GB"].is_string());

        // Registering: a privacy note with an agree button, then a form, then a welcome.
        let note = world.command(&ann(), Where::Dm, "register", vec![text("describes", "staff")]).await;
        assert_eq!(note.status, 200, "{:?}", note.body);
        assert!(note.ephemeral(), "the privacy note is personal");
        assert!(note.content().contains("Privacy"), "{}", note.content());
        let (agree, label) = note.buttons().into_iter().next().unwrap();
        assert!(label.contains("agree"), "{label}");
        let form = world.press(&ann(), Where::Dm, &agree, note.as_message(ann().dm_channel())).await;
        assert_eq!(form.kind(), 9, "a form opens: {:?}", form.body);
        assert_eq!(form.data()["components"][0]["components"][0]["value"], "Ann", "the name is suggested");
        let welcome = world
            .submit(&ann(), Where::Dm, form.data()["custom_id"].as_str().unwrap(), &[("name", "Ann"), ("organisation", "Ward 7")])
            .await;
        assert!(welcome.content().contains("Welcome, Ann"), "{}", welcome.content());
        let ann_actor = actor(&world, &ann()).await;
        assert_eq!(ann_actor.role(), Role::Member);
        world.register(&bryn()).await;

        // Posting: the challenge autocompletes from the current sprint as Ann types...
        let typed = challenges[0].title.split_whitespace().next().unwrap().to_lowercase();
        let choices = world
            .autocomplete(&ann(), Where::Server, "idea", vec![json!({"name": "challenge", "type": 4, "value": typed, "focused": true})])
            .await;
        assert_eq!(choices.kind(), 8, "{:?}", choices.body);
        let offered = choices.data()["choices"].as_array().unwrap().clone();
        assert!(offered.iter().any(|c| c["value"] == challenges[0].id.get()), "{offered:?}");
        // ... /idea opens a form for the chosen challenge, and a similar idea is offered.
        let challenge = challenges[0].id.get();
        let form = world
            .command(&ann(), Where::Server, "idea", vec![int("challenge", challenge)])
            .await;
        assert_eq!(form.kind(), 9, "{:?}", form.body);
        let offer = world
            .submit(&ann(), Where::Server, form.data()["custom_id"].as_str().unwrap(), &[
                ("title", "Blood test reminders by text message"),
                ("body", "Patients miss **appointments** @everyone"),
            ])
            .await;
        assert!(offer.ephemeral());
        assert!(offer.text().contains("support it instead") || offer.text().contains("Tap an idea"), "{}", offer.text());
        let buttons = offer.buttons();
        assert!(buttons.iter().any(|(_, l)| l.contains("Text reminders for blood test")), "{buttons:?}");
        let (post, _) = buttons.iter().find(|(_, l)| l.contains("Post mine anyway")).unwrap().clone();
        let posted = world.press(&ann(), Where::Server, &post, offer.as_message(CHANNEL)).await;
        assert_eq!(posted.kind(), 4);
        assert!(!posted.ephemeral(), "a visible idea's card is public");
        assert!(posted.content().contains("Thank you"), "{}", posted.content());
        let card = posted.embeds().remove(0);
        assert!(card["title"].as_str().unwrap().contains("Blood test reminders by text message"));
        let description = card["description"].as_str().unwrap();
        assert!(description.contains("\\*\\*appointments\\*\\*"), "markdown typed by people is escaped: {description}");
        assert!(!description.contains("@everyone"), "no mass mention: {description}");
        assert_eq!(posted.data()["allowed_mentions"]["parse"], json!([]), "pings are off");
        let mine = world.env.core.list_ideas(Some(&ann_actor), None, ListOrder::Mine, 0).await.unwrap();
        let idea = mine.ideas.iter().find(|i| i.title.starts_with("Blood test")).unwrap().clone();
        assert_eq!(idea.body, "Patients miss **appointments** @everyone", "stored as typed");
        assert_eq!(idea.origin, Origin::Chat(Platform::Discord));

        // Bryn backs it from the public card: he is answered privately, the vote is stored.
        let support = format!("support:{}", idea.id);
        assert!(posted.buttons().iter().any(|(id, label)| *id == support && label.contains('0')));
        let backed = world.press(&bryn(), Where::Server, &support, posted.as_message(CHANNEL)).await;
        assert!(backed.ephemeral());
        assert_eq!(world.env.stored_idea(idea.id).await.unwrap().supporters, 1);
        // Pressing again takes it back.
        world.press(&bryn(), Where::Server, &support, posted.as_message(CHANNEL)).await;
        assert_eq!(world.env.stored_idea(idea.id).await.unwrap().supporters, 0);
        world.press(&bryn(), Where::Server, &support, posted.as_message(CHANNEL)).await;

        // He comments through the card's Comment button and its form.
        let form = world.press(&bryn(), Where::Server, &format!("comment:{}", idea.id), posted.as_message(CHANNEL)).await;
        assert_eq!(form.kind(), 9);
        let said = world
            .submit(&bryn(), Where::Server, form.data()["custom_id"].as_str().unwrap(), &[("text", "We tried this on ward 3 and it worked")])
            .await;
        assert!(said.ephemeral());
        let shown = world.command(&bryn(), Where::Server, "show", vec![int("idea", idea.id.get())]).await;
        assert!(shown.text().contains("We tried this on ward 3"), "{}", shown.text());
        assert!(shown.text().contains("Bryn"), "{}", shown.text());

        // /ideas top lists it with an Open button; pages are public.
        let list = world.command(&bryn(), Where::Server, "ideas", vec![text("list", "top")]).await;
        assert!(!list.ephemeral());
        assert!(list.text().contains("Blood test reminders"), "{}", list.text());
        assert!(list.buttons().iter().any(|(id, _)| *id == format!("open:{}", idea.id)));
    }

    async fn the_sprint_team_reviews_and_members_cannot_moderate(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        world.register(&ann()).await;
        let champion = Person::new(4009, "Cerys");
        world.register(&champion).await;
        let admin = world.env.admin().await;
        let cerys = actor(&world, &champion).await;
        world.env.core.set_role(&admin, cerys.member(), Role::Champion).await.unwrap();

        // An idea with an NHS number is held, and its author is told so privately.
        let form = world
            .command(&ann(), Where::Server, "idea", vec![int("challenge", challenges[1].id.get())])
            .await;
        let held = world
            .submit(&ann(), Where::Server, form.data()["custom_id"].as_str().unwrap(), &[
                ("title", "Call patient 943 476 5919 back about discharge"),
                ("body", ""),
            ])
            .await;
        assert!(held.ephemeral(), "a held idea is not shown to the channel");
        assert!(held.content().contains("holding it"), "{}", held.content());
        let ann_actor = actor(&world, &ann()).await;
        let mine = world.env.core.list_ideas(Some(&ann_actor), None, ListOrder::Mine, 0).await.unwrap();
        let idea = mine.ideas[0].clone();
        assert_eq!(idea.visibility, Visibility::Pending);

        // A plain member calling /mod hide (Discord let it through: a server admin changed the
        // command's permissions) is refused by core, and nothing changes.
        let before = world.env.snapshot().await;
        let refused = world
            .command(&ann(), Where::Server, "mod", vec![sub("hide", vec![text("target", &idea.id.get().to_string()), text("reason", "spam")])])
            .await;
        assert!(refused.ephemeral());
        assert!(refused.content().contains("only champions"), "{}", refused.content());
        assert_eq!(world.env.snapshot().await, before, "a refused command changes nothing");

        // The champion's queue: the held idea with Approve / Hide / Respond buttons.
        let queue = world.command(&champion, Where::Server, "mod", vec![sub("review", vec![])]).await;
        assert!(queue.ephemeral());
        assert!(queue.text().contains("943 476 5919"), "{}", queue.text());
        let approve = format!("approve:#{}", idea.id);
        assert!(queue.buttons().iter().any(|(id, _)| *id == approve), "{:?}", queue.buttons());
        let approved = world.press(&champion, Where::Server, &approve, queue.as_message(CHANNEL)).await;
        assert!(approved.ephemeral());
        assert_eq!(world.env.stored_idea(idea.id).await.unwrap().visibility, Visibility::Visible);

        // ... and responds through the Respond button's form.
        let form = world.press(&champion, Where::Server, &format!("respond:#{}", idea.id), queue.as_message(CHANNEL)).await;
        assert_eq!(form.kind(), 9);
        world
            .submit(&champion, Where::Server, form.data()["custom_id"].as_str().unwrap(), &[("text", "Thank you, we are taking this to the discharge team")])
            .await;
        let shown = world.command(&ann(), Where::Server, "show", vec![int("idea", idea.id.get())]).await;
        assert!(shown.text().contains("discharge team"), "{}", shown.text());
        assert!(shown.text().contains("sprint team"), "the response is marked: {}", shown.text());

        // Ann hears about it in her DMs.
        let dm = world.discord.wait_for_dm(ann().id, 0, Duration::from_secs(15)).await;
        assert!(dm.is_some(), "a notification reached Ann's DMs: {:?}", world.discord.calls());
        let dm = dm.unwrap();
        assert!(dm["content"].as_str().unwrap().contains(&format!("#{}", idea.id)), "{dm}");

        // Ann closes her DMs: the next notification is refused, parked with its reason, and
        // her Discord identity marked unreachable; nothing else is held up.
        world.discord.close_dms(ann().id);
        world
            .command(&champion, Where::Server, "mod", vec![sub("hide", vec![text("target", &idea.id.get().to_string()), text("reason", "duplicate of another idea")])])
            .await;
        let mut parked = None;
        for _ in 0..100 {
            let report = world.env.core.delivery_report(&admin, 10).await.unwrap();
            if let Some(dead) = report.dead.into_iter().find(|d| d.2 == "discord") {
                parked = Some(dead);
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let (_, member, _, why, _) = parked.expect("the refused DM is parked");
        assert_eq!(member, ann_actor.member());
        assert!(why.contains("403"), "{why}");
        assert!(
            world.env.core.unreachable_since(&identity(&ann())).await.unwrap().is_some(),
            "Ann is marked unreachable on Discord"
        );

        // A moderator's export arrives as an attached CSV: Discord is told "thinking…" at
        // once and the file follows by REST (an HTTP response cannot carry it).
        let moderator = Person::new(4010, "Dafydd");
        world.register(&moderator).await;
        let dafydd = actor(&world, &moderator).await;
        world.env.core.set_role(&admin, dafydd.member(), Role::Moderator).await.unwrap();
        let mark = world.discord.mark();
        let deferred = world
            .command(&moderator, Where::Server, "mod", vec![sub("export", vec![text("format", "csv")])])
            .await;
        assert_eq!(deferred.kind(), 5, "{:?}", deferred.body);
        assert!(deferred.ephemeral(), "the export is for the moderator only");
        let upload = world
            .discord
            .wait_for_since(mark, |c| c.method == "PATCH" && c.path.ends_with("/messages/@original"), Duration::from_secs(10))
            .await
            .expect("the export follows the deferral");
        assert_eq!(upload.status, 200, "{:?}", upload.response);
        assert_eq!(upload.files.len(), 1);
        assert!(upload.files[0].ends_with(".csv"), "{:?}", upload.files);
    }

    async fn only_signed_fresh_requests_are_answered(env) {
        let world = DiscordWorld::start(env).await;
        let ping = json!({"id": "1", "application_id": FakeDiscord::APPLICATION_ID.to_string(), "type": 1, "token": "t", "version": 1});
        let body = serde_json::to_vec(&ping).unwrap();

        // Discord's check when the endpoint is saved: a signed PING gets a PONG.
        let pong = world.post_raw(&body, &world.signer.headers(&body)).await;
        assert_eq!((pong.status, pong.body["type"].as_i64()), (200, Some(1)));

        // Unsigned, wrongly signed, and replayed requests get a 401.
        assert_eq!(world.post_raw(&body, &[]).await.status, 401);
        let mut forged = world.signer.headers(&body);
        forged[0].1 = "00".repeat(64);
        assert_eq!(world.post_raw(&body, &forged).await.status, 401);
        let old = (chrono::Utc::now().timestamp() - 3600).to_string();
        let replay = vec![
            ("X-Signature-Ed25519".to_owned(), world.signer.sign(&old, &body)),
            ("X-Signature-Timestamp".to_owned(), old),
        ];
        assert_eq!(world.post_raw(&body, &replay).await.status, 401, "an hour-old request is stale");

        // A signed body that is not an interaction gets a 400, and the bot carries on.
        let junk = br#"{"type": 2, "nonsense": true}"#;
        assert_eq!(world.post_raw(junk, &world.signer.headers(junk)).await.status, 400);
        let again = world.post_raw(&body, &world.signer.headers(&body)).await;
        assert_eq!(again.status, 200);

        // Bad input in a real command is explained, in the person's words, and changes nothing.
        let before = world.env.snapshot().await;
        let stranger = Person::new(4100, "Eve");
        let answer = world.command(&stranger, Where::Dm, "support", vec![int("idea", 999)]).await;
        assert!(answer.ephemeral());
        assert!(answer.content().contains("register"), "{}", answer.content());
        let help = world.command(&stranger, Where::Dm, "help", vec![]).await;
        assert!(help.text().contains("/idea"), "{}", help.text());
        assert!(!help.text().contains("/mod hide"), "members are not shown staff commands");
        assert_eq!(world.env.snapshot().await, before);
    }
}

both_backends! {
    async fn registering_and_forgetting_follow_cores_conversations(env) {
        env.open_sprint().await;
        let world = DiscordWorld::start(env).await;

        // The form's answers go through the same rules as a chat's: a name too long is
        // explained, and nothing is saved.
        let note = world.command(&ann(), Where::Dm, "register", vec![text("describes", "staff")]).await;
        let (agree, _) = note.buttons().into_iter().next().unwrap();
        let form = world.press(&ann(), Where::Dm, &agree, note.as_message(ann().dm_channel())).await;
        let form_id = form.data()["custom_id"].as_str().unwrap().to_owned();
        let long = "A".repeat(65);
        let refused = world.submit(&ann(), Where::Dm, &form_id, &[("name", &long)]).await;
        assert!(refused.content().contains("too long"), "{}", refused.content());
        assert!(world.env.core.actor_for(&identity(&ann())).await.unwrap().is_none());
        let welcome = world.submit(&ann(), Where::Dm, &form_id, &[("name", "Ann"), ("region", "Wales")]).await;
        assert!(welcome.content().contains("Welcome, Ann"), "{}", welcome.content());

        // /forgetme asks first; Cancel keeps everything.
        let ask = world.command(&ann(), Where::Dm, "forgetme", vec![]).await;
        assert!(ask.ephemeral(), "an erasure is confirmed privately");
        let labels: Vec<String> = ask.buttons().into_iter().map(|(_, label)| label).collect();
        assert_eq!(labels, ["Yes, erase me", "✖ Cancel"]);
        let (_, cancel) = (ask.buttons()[0].clone(), ask.buttons()[1].0.clone());
        let kept = world.press(&ann(), Where::Dm, &cancel, ask.as_message(ann().dm_channel())).await;
        assert!(kept.content().contains("nothing was changed"), "{}", kept.content());
        assert!(world.env.core.actor_for(&identity(&ann())).await.unwrap().is_some());
        // The same buttons again belong to a conversation that is over.
        let stale = world.press(&ann(), Where::Dm, &cancel, ask.as_message(ann().dm_channel())).await;
        assert!(stale.content().contains("older message"), "{}", stale.content());

        // Asked again and confirmed: erased.
        let ask = world.command(&ann(), Where::Dm, "forgetme", vec![]).await;
        let (erase, _) = ask.buttons()[0].clone();
        let gone = world.press(&ann(), Where::Dm, &erase, ask.as_message(ann().dm_channel())).await;
        assert!(gone.content().contains("erased"), "{}", gone.content());
        assert!(world.env.core.actor_for(&identity(&ann())).await.unwrap().is_none());
    }
}
