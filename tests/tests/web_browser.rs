//! The web board in a real headless Chromium over WebDriver, on the demo sprint: a reader
//! follows links from the list of sprints to an idea and switches to Welsh, never meets a held
//! idea or an erased name, and every kind of page passes axe-core's WCAG 2.2 A and AA checks
//! with no serious or critical violation. A screenshot of each kind of page is written to
//! `target/board-screenshots/`.
//!
//! And the staff side: a champion asks `/web` in a Telegram group, gets the sign-in link
//! privately, signs in, approves a held idea and responds to a comment from the dashboard, and
//! the group's cards follow.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::demo::{self, DISCHARGE_SPRINT_TITLE, ELECTIVE_SPRINT_TITLE};
use crowdsprint_core::domain::*;
use crowdsprint_tests::browser::Browser;
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::web_board::Board;
use crowdsprint_tests::{NowForTests, both_backends, comment_body, crowdsprint_core, eventually};
use fantoccini::Locator;

/// Fails on any serious or critical accessibility violation of the page now shown, naming
/// each with the elements at fault.
async fn accessible(browser: &Browser, page: &str) {
    let violations = browser.axe().await;
    let grave: Vec<String> = violations
        .iter()
        .filter(|v| v.impact == "serious" || v.impact == "critical")
        .map(|v| format!("{} ({}): {} at {:?}", v.id, v.impact, v.help, v.nodes))
        .collect();
    assert!(grave.is_empty(), "{page}: {grave:#?}");
}

async fn heading(browser: &Browser) -> String {
    browser
        .client
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Waits for the page a click leads to: its heading becomes `expected` (a click returns
/// before the next page has loaded, and the old page's elements go stale under a reader).
async fn arrive_at(browser: &Browser, expected: &str) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let now = match browser.client.find(Locator::Css("h1")).await {
            Ok(h1) => h1.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if now == expected {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "expected the page {expected:?}, still on {now:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The text of the first element matching `css`, once a page shows one whose text passes
/// `wanted` (the page before a click may still be there, or go stale while it is read).
async fn text_when(browser: &Browser, css: &str, wanted: impl Fn(&str) -> bool) -> String {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let now = match browser.client.find(Locator::Css(css)).await {
            Ok(found) => found.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if wanted(&now) {
            return now;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{css}: still {now:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

both_backends! {
    async fn a_reader_finds_an_idea_on_the_demo_sprint_and_reads_it_in_welsh(env) {
        let admin = env.admin().await;
        let summary = demo::seed_demo(&env.core, &admin, env.clock.now_for_tests()).await.unwrap();
        assert_eq!(summary.held_ideas, 1, "the demo holds one idea for review");
        // Someone who asked to be forgotten wrote an idea everyone can read.
        let elective = env.core.public_sprint(summary.elective_sprint).await.unwrap();
        let first = elective.overview.challenges[0].clone();
        let erased = env.member("Eryl Forgotten", Role::Member).await;
        let kept = env.approved_idea(&erased, first.id, "Ask the porters first").await;
        env.core.forget_me(&erased).await.unwrap();
        let board = Board::start(&env).await;
        let browser = Browser::start().await;
        let client = &browser.client;

        // The list of sprints.
        client.goto(&board.base).await.unwrap();
        assert_eq!(heading(&browser).await, "Sprints");
        accessible(&browser, "sprints").await;
        browser.screenshot("sprints").await;
        assert!(client.source().await.unwrap().contains(DISCHARGE_SPRINT_TITLE));

        // A sprint, by its link.
        client.find(Locator::LinkText(ELECTIVE_SPRINT_TITLE)).await.unwrap().click().await.unwrap();
        assert_eq!(heading(&browser).await, ELECTIVE_SPRINT_TITLE);
        accessible(&browser, "sprint").await;
        browser.screenshot("sprint").await;

        // A challenge: its ideas, most supported first; then the newest.
        client.find(Locator::LinkText(&first.title)).await.unwrap().click().await.unwrap();
        assert_eq!(heading(&browser).await, first.title);
        accessible(&browser, "challenge").await;
        browser.screenshot("challenge").await;
        let listed = client.source().await.unwrap();
        assert!(listed.contains("Ask the porters first"));
        assert!(!listed.contains("Eryl"), "an erased name never shows");
        client.find(Locator::LinkText("Newest")).await.unwrap().click().await.unwrap();
        let newest = client.find(Locator::Css("ol.ideas h2 a")).await.unwrap().text().await.unwrap();
        assert_eq!(newest, "Ask the porters first", "the newest idea leads");

        // An idea, with its comments and the team's responses.
        client.find(Locator::LinkText("Ask the porters first")).await.unwrap().click().await.unwrap();
        assert_eq!(heading(&browser).await, "Ask the porters first");
        assert!(client.current_url().await.unwrap().path().ends_with(&format!("/ideas/{}", kept.id)));
        let idea_page = client.source().await.unwrap();
        assert!(!idea_page.contains("Eryl") && idea_page.contains("a former member"));
        accessible(&browser, "idea").await;
        browser.screenshot("idea").await;

        // The busiest idea of the demo has a conversation with a response.
        let mut ideas = Vec::new();
        for challenge in &elective.overview.challenges {
            ideas.extend(env.core.public_challenge(challenge.id, ListOrder::Top, 0).await.unwrap().ideas.ideas);
        }
        let talked_about = ideas.iter().max_by_key(|i| i.comments).unwrap();
        assert!(talked_about.comments > 1, "{talked_about:?}");
        client.goto(&format!("{}/ideas/{}", board.base, talked_about.id)).await.unwrap();
        let thread = client.find_all(Locator::Css("ol.comments li")).await.unwrap();
        assert!(thread.len() > 1, "its comments are shown");
        accessible(&browser, "idea with comments").await;
        browser.screenshot("idea-with-comments").await;

        // Welsh, by the switch; the language carries on through links.
        client.find(Locator::LinkText("Cymraeg")).await.unwrap().click().await.unwrap();
        let html = client.find(Locator::Css("html")).await.unwrap();
        assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("cy"));
        let comments = client.find(Locator::Css("#comments")).await.unwrap().text().await.unwrap();
        assert_eq!(comments, "Sylwadau ac ymatebion");
        accessible(&browser, "idea in Welsh").await;
        browser.screenshot("idea-cy").await;
        client.find(Locator::Css(".crumbs a")).await.unwrap().click().await.unwrap();
        assert!(client.current_url().await.unwrap().query().unwrap_or_default().contains("lang=cy"));

        // Right to left, in Arabic.
        client.goto(&format!("{}/sprints/{}?lang=ar", board.base, summary.elective_sprint)).await.unwrap();
        let html = client.find(Locator::Css("html")).await.unwrap();
        assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
        accessible(&browser, "sprint in Arabic").await;
        browser.screenshot("sprint-ar").await;

        // The held idea is not there to find: the same page as for nothing at all.
        let held = env.core.review_queue(&admin, 50).await.unwrap().items.into_iter().find_map(|item| match item {
            crowdsprint_core::service::ReviewItem::Idea(idea) if idea.visibility == Visibility::Pending => Some(idea),
            _ => None,
        }).unwrap();
        client.goto(&format!("{}/ideas/{}", board.base, held.id)).await.unwrap();
        assert_eq!(heading(&browser).await, "Page not found");
        assert!(!client.source().await.unwrap().contains(&held.title));
        accessible(&browser, "not found").await;
        browser.screenshot("not-found").await;

        // The first Tab reaches the skip link, which shows itself and leads to the content.
        client.goto(&board.base).await.unwrap();
        client.find(Locator::Css("body")).await.unwrap().send_keys("\u{E004}").await.unwrap();
        let focused = client.active_element().await.unwrap();
        assert_eq!(focused.attr("class").await.unwrap().as_deref(), Some("skip"));
        assert!(focused.is_displayed().await.unwrap());

        client.clone().close().await.unwrap();
    }
}

const ANN: i64 = 2001;
const CARA: i64 = 2003;
const GROUP: i64 = -1_002_345_678;

/// The first web address in a message.
fn link_in(text: &str) -> String {
    let start = text.find("http").expect("a link in the message");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

both_backends! {
    async fn a_champion_signs_in_from_telegram_and_the_group_follows_the_dashboard(env) {
        let admin = env.admin().await;
        demo::seed_demo(&env.core, &admin, env.clock.now_for_tests()).await.unwrap();
        let (env, board) = Board::start_public(env).await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;
        world.register(CARA, "Cara", Some("en")).await;
        let cara = world.env.core.require_actor(&BotWorld::identity(CARA)).await.unwrap();
        world.env.core.set_role(&admin, cara.member(), Role::Champion).await.unwrap();
        // A moderator tied the ward's group to the sprint: new ideas are announced there.
        world.telegram.add_group(GROUP, "Ward 7");
        let ward = Place { platform: Platform::Telegram, chat: GROUP.to_string(), thread: None };
        world.env.core.tie_channel(&admin, &ward, None).await.unwrap();

        // Ann's idea is announced in the group and she asks about it; another idea of hers
        // is held because it has a phone number in it.
        let ann = world.env.core.require_actor(&BotWorld::identity(ANN)).await.unwrap();
        let challenge = world.env.core.sprint_overview(None, None).await.unwrap().challenges[0].id;
        let mark = world.telegram.mark();
        let drivers = world.env.idea(&ann, challenge, "Volunteer drivers for discharge", "").await;
        let card = world.reply(GROUP, mark).await;
        let asked = world.env.core.comment(&ann, drivers.id, None, comment_body("Who pays for the petrol?")).await.unwrap();
        let held = world.env.idea(&ann, challenge, "Lifts desk, ring 07700 900123", "").await;
        assert_eq!(held.visibility, Visibility::Pending);

        // `/web` in the group: the link comes privately, and the group only hears that.
        let mark = world.telegram.mark();
        let in_group = world.say_in(GROUP, CARA, None, "/web").await;
        assert!(in_group.visible_text.contains("private chat"), "{}", in_group.visible_text);
        let private = world.reply(CARA, mark).await;
        let link = link_in(&private.visible_text);
        assert!(link.starts_with(&board.base), "{link}");
        let group_text: String = world.telegram.messages_to(GROUP).iter().map(|m| m.visible_text.clone()).collect();
        assert!(!group_text.contains("/staff/sign-in/"), "the link never reaches the group");

        // Cara follows it and signs in. A champion downloads nothing: that is for moderators.
        let browser = Browser::start().await;
        let client = &browser.client;
        client.goto(&link).await.unwrap();
        arrive_at(&browser, "Sign in to the staff dashboard").await;
        accessible(&browser, "sign in").await;
        browser.screenshot("staff-sign-in").await;
        client.find(Locator::Css("main form button")).await.unwrap().click().await.unwrap();
        arrive_at(&browser, "Staff dashboard").await;
        let dashboard = client.source().await.unwrap();
        assert!(dashboard.contains("Lifts desk, ring 07700 900123") && dashboard.contains("Who pays for the petrol?"));
        assert!(dashboard.contains("Signed in as Champion") && !dashboard.contains("export.csv"));
        accessible(&browser, "staff dashboard").await;
        browser.screenshot("staff-dashboard").await;
        client.goto(&format!("{}/staff#charts", board.base)).await.unwrap();
        browser.screenshot("staff-charts").await;

        // She approves the held idea: it is announced in the group.
        let mark = world.telegram.mark();
        client
            .find(Locator::Css(&format!("#item-{} form[action='/staff/approve'] button", held.id)))
            .await.unwrap().click().await.unwrap();
        let approved = format!("Approved #{}.", held.id);
        text_when(&browser, ".notice", |notice| notice == approved).await;
        let announced = world.reply(GROUP, mark).await;
        assert!(announced.visible_text.contains("Lifts desk"), "{}", announced.visible_text);

        // She responds to Ann's comment: the idea's card in the group shows the response.
        let item = format!("#item-c{}", asked.comment.id);
        client
            .find(Locator::Css(&format!("{item} textarea")))
            .await.unwrap().send_keys("The trust pays mileage at the usual rate.").await.unwrap();
        client.find(Locator::Css(&format!("{item} button"))).await.unwrap().click().await.unwrap();
        let responded = format!("Your response to c{}", asked.comment.id);
        text_when(&browser, ".notice", |notice| notice.starts_with(&responded)).await;
        eventually("the group card shows the response", || async {
            world.now(&card).visible_text.contains("mileage at the usual rate").then_some(())
        }).await;
        accessible(&browser, "staff dashboard after acting").await;

        // Signed out, the dashboard is closed to this browser.
        client.find(Locator::Css(".staff-bar button")).await.unwrap().click().await.unwrap();
        arrive_at(&browser, "You are signed out").await;
        client.goto(&format!("{}/staff", board.base)).await.unwrap();
        arrive_at(&browser, "You are signed out").await;

        client.clone().close().await.unwrap();
    }
}
