//! The web board in a real headless Chromium over WebDriver, on the demo sprint: a reader
//! follows links from the list of sprints to an idea and switches to Welsh, never meets a held
//! idea or an erased name, and every kind of page passes axe-core's WCAG 2.2 A and AA checks
//! with no serious or critical violation. A screenshot of each kind of page is written to
//! `target/board-screenshots/`.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::demo::{self, DISCHARGE_SPRINT_TITLE, ELECTIVE_SPRINT_TITLE};
use crowdsprint_core::domain::*;
use crowdsprint_tests::browser::Browser;
use crowdsprint_tests::web_board::Board;
use crowdsprint_tests::{NowForTests, both_backends, crowdsprint_core};
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
