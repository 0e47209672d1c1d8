//! The Telegram bot end to end: the real teloxide-based bot against the fake Bot API, on
//! SQLite and PostgreSQL. Each journey is what people would do on their phones, checked by
//! what Telegram would show them and by what the database holds afterwards.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::ListOrder;
use crowdsprint_tests::fake_telegram::Failure;
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{both_backends, crowdsprint_core};

const ANN: i64 = 1001;
const BRYN: i64 = 1002;
const CARA: i64 = 1003;
const GROUP: i64 = -1_001_234_567;

async fn actor(world: &BotWorld, user: i64) -> Actor {
    world
        .env
        .core
        .require_actor(&BotWorld::identity(user))
        .await
        .unwrap()
}

both_backends! {
    async fn two_members_post_support_comment_and_hear_back(env) {
        let (_, challenges) = env.open_sprint().await;
        let earlier = env.member("Dee", Role::Member).await;
        env.idea(&earlier, challenges[0].id, "Text reminders for blood test appointments", "").await;
        let world = BotWorld::start(env).await;

        // Two people register, one in English and one in Welsh (from their Telegram language).
        world.register(ANN, "Ann", Some("en")).await;
        world.telegram.add_user(BRYN, "Bryn", None, Some("cy"));
        let hello = world.say(BRYN, Some("cy"), "/start").await;
        assert!(hello.visible_text.contains("Croeso"), "{}", hello.visible_text);
        world.register(BRYN, "Bryn", Some("cy")).await;
        assert_eq!(actor(&world, ANN).await.locale(), Locale::EnGb);
        assert_eq!(actor(&world, BRYN).await.locale(), Locale::Cy);

        // Ann types an idea as a plain message and is walked through posting it.
        let offer = world.say(ANN, None, "Blood test reminders by text message\nPatients miss appointments.").await;
        assert!(offer.visible_text.contains("post that as an idea"), "{}", offer.visible_text);
        let title = world.press_for_reply(ANN, &offer, &challenges[0].title).await;
        assert!(title.visible_text.contains("Blood test reminders by text message"), "{}", title.visible_text);
        let kind = world.press_for_reply(ANN, &title, "✓ Keep this title").await;
        let similar = world.press_for_reply(ANN, &kind, "Idea").await;
        assert!(
            similar.visible_text.contains("similar idea"),
            "a similar idea is offered first: {}",
            similar.visible_text
        );
        assert!(
            similar.button_texts().concat().iter().any(|b| b.contains("Text reminders for blood test")),
            "with a button to back it instead: {:?}",
            similar.button_texts()
        );
        let mark = world.telegram.mark();
        world.press(ANN, &similar, "Post mine anyway").await;
        let posted = world.replies(ANN, mark, 2).await;
        assert!(posted[0].visible_text.contains("Thank you"), "{}", posted[0].visible_text);
        let card = &posted[1];
        assert!(card.visible_text.contains("Blood test reminders by text message"));
        let ann = actor(&world, ANN).await;
        let mine = world.env.core.list_ideas(Some(&ann), None, ListOrder::Mine, 0).await.unwrap();
        assert_eq!(mine.ideas.len(), 1);
        let idea = mine.ideas[0].clone();
        assert_eq!(idea.origin, Origin::Chat(Platform::Telegram));

        // Bryn supports it from a group, with his own identity; the card's count changes in place.
        world.telegram.add_group(GROUP, "Ward 7");
        let group_card = world.say_in(GROUP, BRYN, Some("cy"), &format!("/show {}", idea.id)).await;
        let support = group_card.button_texts()[0][0].clone();
        assert!(support.ends_with("· 0"), "{support}");
        let notice = world.press(BRYN, &group_card, &support).await;
        assert!(notice.is_some(), "the press is answered");
        // The tap is answered first; the card's buttons follow a moment later.
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while !world.now(&group_card).button_texts()[0][0].ends_with("· 1") {
            assert!(tokio::time::Instant::now() < deadline, "{:?}", world.now(&group_card).button_texts());
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert_eq!(world.now(&group_card).edits, 1, "the card is edited, not sent again");
        let bryn = actor(&world, BRYN).await;
        assert!(world.env.core.idea_view(Some(&bryn), idea.id).await.unwrap().supported);

        // Comment: from the group the bot sends him to a private chat; there he comments.
        let private_card = world.say(BRYN, Some("cy"), &format!("/show {}", idea.id)).await;
        let comment_label = private_card.button_texts()[0][1].clone();
        let ask = world.press_for_reply(BRYN, &private_card, &comment_label).await;
        assert!(ask.visible_text.contains(&format!("#{}", idea.id)), "{}", ask.visible_text);
        let done = world.say(BRYN, Some("cy"), "Syniad da — <b>bydd</b> hyn yn helpu & arbed amser").await;
        assert!(!done.visible_text.is_empty());
        let view = world.env.core.idea_view(Some(&ann), idea.id).await.unwrap();
        assert_eq!(view.comments.len(), 1);
        assert_eq!(view.comments[0].body, "Syniad da — <b>bydd</b> hyn yn helpu & arbed amser");

        // A champion clears the review queue and responds to the idea.
        world.register(CARA, "Cara", Some("en")).await;
        let admin = world.env.admin().await;
        let cara = actor(&world, CARA).await;
        world.env.core.set_role(&admin, cara.member(), Role::Champion).await.unwrap();
        // The queue: a heading, then Dee's idea, Ann's idea and Bryn's comment, one card each.
        let queue = world.say_expecting(CARA, "/review", 4).await;
        assert!(queue[0].visible_text.contains("2 ideas"), "{}", queue[0].visible_text);
        let item = queue.iter().find(|m| m.visible_text.contains("Blood test reminders")).unwrap();
        assert_eq!(item.button_texts(), vec![vec!["✓ Approve", "🙈 Hide", "💬 Respond"]]);
        let ask = world.press_for_reply(CARA, item, "💬 Respond").await;
        assert!(ask.visible_text.contains("response"), "{}", ask.visible_text);
        let before_response = world.telegram.mark();
        let responded = world.say(CARA, None, "Thank you: we are piloting this on Ward 7 in January.").await;
        assert!(responded.visible_text.contains("Response"), "{}", responded.visible_text);

        // Ann hears about it in her language, and the button opens her idea with the response.
        let heard = world.reply(ANN, before_response).await;
        assert!(heard.visible_text.contains("The team responded to your idea"), "{}", heard.visible_text);
        let open = heard.button_texts()[0][0].clone();
        let seen = world.press_for_reply(ANN, &heard, &open).await;
        assert!(seen.visible_text.contains("piloting this on Ward 7"), "{}", seen.visible_text);
    }

    async fn members_cannot_moderate_and_personal_details_are_held(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;
        let ann = actor(&world, ANN).await;
        let idea = world.env.idea(&ann, challenges[1].id, "Quiet room for staff breaks", "").await;

        let before = world.env.snapshot().await;
        let refused = world.say(ANN, None, &format!("/hide {} off topic", idea.id)).await;
        assert!(refused.visible_text.contains("only champions"), "{}", refused.visible_text);
        assert_eq!(world.env.snapshot().await, before, "a refused command changes nothing");

        // An idea with an NHS number is held for review, and the author is told why.
        let offer = world.say(ANN, None, "Call patient 943 476 5919 back about discharge").await;
        let title = world.press_for_reply(ANN, &offer, &challenges[1].title).await;
        let kind = world.press_for_reply(ANN, &title, "✓ Keep this title").await;
        let mark = world.telegram.mark();
        world.press(ANN, &kind, "Idea").await;
        let posted = world.replies(ANN, mark, 2).await;
        // (The queued "your idea is held" notification may arrive in between: find by content.)
        assert!(posted.iter().any(|m| m.visible_text.contains("holding it")), "{posted:#?}");
        let mine = world.env.core.list_ideas(Some(&ann), None, ListOrder::Mine, 0).await.unwrap();
        let held = mine.ideas.iter().find(|i| i.title.contains("943")).unwrap();
        assert_eq!(held.visibility, Visibility::Pending);
    }

    async fn a_burst_of_votes_is_limited_kindly(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        let bryn = actor(&world, BRYN).await;
        let idea = world.env.idea(&bryn, challenges[0].id, "Hot meals for night shifts", "").await;
        let card = world.say(BRYN, None, &format!("/show {}", idea.id)).await;
        let support = card.button_texts()[0][0].clone();
        let data = card.button(&support).unwrap().callback_data.clone().unwrap();

        // 100 taps on Support as fast as the phone sends them: the first 60 count (each one
        // toggles), then he is asked kindly to slow down.
        let mut notices = Vec::new();
        for _ in 0..100 {
            notices.push(world.press_data(BRYN, BRYN, card.message_id, &data).await.unwrap_or_default());
        }
        let slowed = notices.iter().filter(|n| n.contains("a lot")).count();
        assert!((30..=40).contains(&slowed), "{slowed} of 100 taps were limited: {notices:?}");
        let view = world.env.core.idea_view(Some(&bryn), idea.id).await.unwrap();
        let counted = i64::try_from(100 - slowed).unwrap();
        assert_eq!(view.idea.supporters, counted % 2, "each counted tap toggles the vote");

        // The card catches up with the last change (edits are paced, not dropped).
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let shown = world.now(&card).button_texts()[0][0].clone();
            if shown.ends_with("· 0") && !shown.starts_with('✓') {
                break;
            }
            assert!(tokio::time::Instant::now() < deadline, "the card shows {shown}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    async fn bad_buttons_blocked_chats_and_slow_downs_never_stop_the_bot(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        let ann = actor(&world, ANN).await;
        let idea = world.env.idea(&ann, challenges[0].id, "Discharge lounge open at weekends", "").await;
        let card = world.say(ANN, None, &format!("/show {}", idea.id)).await;

        // Forged or stale button data gets a clear answer and changes nothing.
        let before = world.env.snapshot().await;
        let answer = world.press_data(ANN, ANN, card.message_id, "1s7:forged-data").await;
        assert!(answer.is_some_and(|a| a.contains("didn't work") || a.contains("older message")));
        assert_eq!(world.env.snapshot().await, before);

        // Telegram says "too many requests": the reply still arrives once it may.
        world.telegram.fail_next("sendMessage", Failure::RetryAfter(1));
        let late = world.say(ANN, None, "/sprint").await;
        assert!(late.visible_text.contains("Home for noon"), "{}", late.visible_text);

        // Bryn blocks the bot: he is marked unreachable, and Ann is still answered.
        world.telegram.block_chat(BRYN);
        world.telegram.push_message(BRYN, BRYN, "/sprint", None);
        let identity = BotWorld::identity(BRYN);
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while world.env.core.unreachable_since(&identity).await.unwrap().is_none() {
            assert!(tokio::time::Instant::now() < deadline, "Bryn was never marked unreachable");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let still = world.say(ANN, None, "/help").await;
        assert!(still.visible_text.contains("/idea"), "{}", still.visible_text);
    }
}

/// POSTs `body` as JSON to `path` on `addr`, with the secret header when given; returns the
/// status code.
async fn post(addr: std::net::SocketAddr, path: &str, secret: Option<&str>, body: &str) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let header = secret
        .map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{header}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

both_backends! {
    async fn the_webhook_accepts_signed_updates_and_rejects_the_rest(env) {
        use crowdsprint_tests::fake_telegram::FakeTelegram;
        use crowdsprint_telegram::WebhookConfig;
        env.open_sprint().await;
        let telegram = FakeTelegram::start().await;
        let secret = "hook-Secret_42";
        let mut config = BotWorld::config(&telegram);
        config.webhook = Some(WebhookConfig {
            url: "https://bot.example.org/telegram/hook".parse().unwrap(),
            secret: secret.to_owned(),
        });
        let shutdown = tokio_util::sync::CancellationToken::new();
        let running = crowdsprint_tests::telegram_bot::start_telegram(env.core.clone(), config, &shutdown).await;
        let hook = telegram.webhook().expect("the bot registered its webhook");
        assert_eq!(hook.url, "https://bot.example.org/telegram/hook");
        assert_eq!(hook.secret_token.as_deref(), Some(secret));

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = running.routes.expect("a webhook route");
        tokio::spawn(async move { axum::serve(listener, router).await });

        telegram.add_user(ANN, "Ann", None, Some("en"));
        let update = telegram.message_update(ANN, ANN, "/help", Some("en")).to_string();
        assert_eq!(post(addr, "/telegram/hook", None, &update).await, 401);
        assert_eq!(post(addr, "/telegram/hook", Some("guess"), &update).await, 401);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert!(telegram.messages_to(ANN).is_empty(), "an unsigned update is never handled");

        let mark = telegram.mark();
        assert_eq!(post(addr, "/telegram/hook", Some(secret), &update).await, 200);
        let help = telegram
            .wait_for_message(ANN, mark, crowdsprint_tests::telegram_bot::PATIENCE)
            .await
            .expect("the signed update is answered");
        assert!(help.visible_text.contains("/idea"), "{}", help.visible_text);
        shutdown.cancel();
    }
}

both_backends! {
    async fn new_ideas_are_announced_in_tied_groups_and_topics(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;
        world.register(CARA, "Cara", Some("en")).await;
        let admin = world.env.admin().await;
        let cara = actor(&world, CARA).await;
        world.env.core.set_role(&admin, cara.member(), Role::Moderator).await.unwrap();

        // A member may not tie a group; a moderator ties a group to the sprint and a forum
        // topic to one challenge.
        world.telegram.add_group(GROUP, "Ward 7");
        let refused = world.say_in(GROUP, ANN, None, "/announce").await;
        assert!(refused.visible_text.contains("only moderators"), "{}", refused.visible_text);
        let tied = world.say_in(GROUP, CARA, None, "/announce").await;
        assert!(tied.visible_text.contains("Home for noon"), "{}", tied.visible_text);
        const FORUM: i64 = -1_009_999;
        let mark = world.telegram.mark();
        world.telegram.push_topic_message(FORUM, 77, CARA, &format!("/announce {}", challenges[1].id), None);
        let topic_tied = world.reply(FORUM, mark).await;
        assert_eq!(topic_tied.thread_id, Some(77));
        assert!(topic_tied.visible_text.contains(&challenges[1].title), "{}", topic_tied.visible_text);

        // Ideas posted anywhere (here: the console) are announced where they belong.
        let ann = actor(&world, ANN).await;
        let mark = world.telegram.mark();
        let people = world.env.idea(&ann, challenges[0].id, "Volunteer drivers for discharge", "").await;
        let in_group = world.reply(GROUP, mark).await;
        assert!(in_group.visible_text.contains("New idea"), "{}", in_group.visible_text);
        assert!(in_group.visible_text.contains("Volunteer drivers for discharge"));
        assert!(in_group.button_texts()[0][0].ends_with("· 0"), "members can support it from the group");
        let teams = world.env.idea(&ann, challenges[1].id, "Shared handover board for teams", "").await;
        let in_topic = world.reply(FORUM, mark).await;
        assert_eq!(in_topic.thread_id, Some(77));
        assert!(in_topic.visible_text.contains("Shared handover board"), "{}", in_topic.visible_text);
        let group_now = world.telegram.messages_to(GROUP);
        assert!(group_now.iter().any(|m| m.visible_text.contains("Shared handover board")), "the whole-sprint group hears of both");
        assert!(
            !world.telegram.messages_to(FORUM).iter().any(|m| m.visible_text.contains("Volunteer drivers")),
            "the topic only hears of its challenge"
        );
        let _ = (people, teams);

        // Untied: nothing more is announced there.
        let untied = world.say_in(GROUP, CARA, None, "/announce off").await;
        assert!(untied.visible_text.contains("no longer"), "{}", untied.visible_text);
        let before = world.telegram.messages_to(GROUP).len();
        world.env.idea(&ann, challenges[0].id, "Evening pharmacy run", "").await;
        let mark = world.telegram.mark();
        world.env.idea(&ann, challenges[1].id, "Team huddles at shift change", "").await;
        world.reply(FORUM, mark).await;
        assert_eq!(world.telegram.messages_to(GROUP).len(), before);
    }
}

both_backends! {
    async fn lists_page_in_place_deep_links_open_things_and_staff_get_their_menu(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let dee = env.member("Dee", Role::Member).await;
        let mut ideas = Vec::new();
        for n in 1..=7 {
            ideas.push(env.idea(&dee, challenges[n % 2].id, &format!("Idea {n}: fewer forms"), "").await);
        }
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;

        // /ideas: a page of open buttons and a pager; ▶ turns the page in the same message.
        let list = world.say(ANN, None, "/ideas new").await;
        assert!(list.visible_text.contains("page 1 of 2"), "{}", list.visible_text);
        let rows = list.button_texts();
        assert_eq!(rows.len(), 6, "five ideas and the pager: {rows:?}");
        assert_eq!(rows[5], vec!["1/2", "▶"]);
        world.press(ANN, &list, "▶").await;
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while !world.now(&list).visible_text.contains("page 2 of 2") {
            assert!(tokio::time::Instant::now() < deadline, "the page never turned");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let turned = world.now(&list);
        assert_eq!(turned.button_texts().last().unwrap(), &vec!["◀", "2/2"]);
        let first = turned.button_texts()[0][0].clone();
        let card = world.press_for_reply(ANN, &turned, &first).await;
        assert!(card.visible_text.contains("fewer forms"), "{}", card.visible_text);

        // Deep links from t.me/<bot>?start=...
        let linked = world.say(ANN, None, &format!("/start idea_{}", ideas[2].id)).await;
        assert!(linked.visible_text.contains(&ideas[2].title), "{}", linked.visible_text);
        let sprint_link = world.say(ANN, None, &format!("/start sprint_{}", sprint.id)).await;
        assert!(sprint_link.visible_text.contains("Home for noon"), "{}", sprint_link.visible_text);

        // A champion saying hello gets the champion's menu in their chat.
        world.register(CARA, "Cara", Some("en")).await;
        let admin = world.env.admin().await;
        let cara = actor(&world, CARA).await;
        world.env.core.set_role(&admin, cara.member(), Role::Champion).await.unwrap();
        world.say(CARA, None, "/start").await;
        let scope = serde_json::json!({ "type": "chat", "chat_id": CARA });
        let menu = world.telegram.commands_for(Some(&scope), "").expect("a menu for Cara's chat");
        assert!(menu.iter().any(|(name, _)| name == "review"), "{menu:?}");

        // A reply longer than Telegram's 4,096 characters arrives in parts, each accepted.
        let ann = actor(&world, ANN).await;
        let long = "Please keep the discharge lounge open <longer> & staffed. ".repeat(60);
        for _ in 0..2 {
            world.env.core.comment(&ann, ideas[0].id, None, CommentBody::parse(long.trim()).unwrap()).await.unwrap();
        }
        let parts = world.say_expecting(ANN, "/mydata", 3).await;
        // (The fake refuses anything over the limit after parsing, as Telegram does.)
        assert!(parts.iter().all(|p| p.visible_text.encode_utf16().count() <= 4096));
        assert!(parts.iter().any(|p| p.visible_text.contains("<longer> & staffed")), "user text shown as typed");
    }
}

both_backends! {
    async fn notifications_reach_people_once_and_stop_at_a_blocked_chat(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("cy")).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        let admin = world.env.admin().await;
        let ann = actor(&world, ANN).await;
        let bryn = actor(&world, BRYN).await;
        let hers = world.env.idea(&ann, challenges[0].id, "Parcio i ofalwyr", "").await;
        let his = world.env.idea(&bryn, challenges[0].id, "Parking for carers at night", "").await;

        // Ann hears, in Welsh, that her idea was approved: exactly once.
        let mark = world.telegram.mark();
        world.env.core.approve(&admin, crowdsprint_core::service::Target::Idea(hers.id)).await.unwrap();
        let heard = world.reply(ANN, mark).await;
        assert!(heard.visible_text.contains("wedi'i gyhoeddi"), "{}", heard.visible_text);
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        let approvals = world.telegram.messages_to(ANN).iter().filter(|m| m.visible_text.contains("wedi'i gyhoeddi")).count();
        assert_eq!(approvals, 1);

        // Bryn has blocked the bot: his delivery is parked and his chat marked unreachable.
        world.telegram.block_chat(BRYN);
        world.env.core.approve(&admin, crowdsprint_core::service::Target::Idea(his.id)).await.unwrap();
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let counts = world.env.core.delivery_counts().await.unwrap();
            if counts[3].1 == 1 {
                break;
            }
            assert!(tokio::time::Instant::now() < deadline, "never parked: {counts:?}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(world.env.core.unreachable_since(&BotWorld::identity(BRYN)).await.unwrap().is_some());
    }
}
