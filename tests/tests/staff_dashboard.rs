//! The staff dashboard over real HTTP on SQLite and PostgreSQL: signing in with a single-use
//! link from `/web`, the session cookie, CSRF, and approve, hide and respond going through
//! core (its permissions and audit log); the charts and the downloads; and what ends a
//! session (signing out, losing the role, erasure).

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::Target;
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, sub};
use crowdsprint_tests::web_board::{Board, Page};
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core};

fn words(id: &'static str) -> String {
    Catalog::load().unwrap().text(Locale::EnGb, id)
}

fn console(name: &str) -> Identity {
    Identity::new(Platform::Console, name)
}

/// The CSRF token the page's forms carry.
fn csrf(page: &Page) -> String {
    let at = page
        .body
        .find(r#"name="csrf" value=""#)
        .expect("a form with a CSRF token");
    let rest = &page.body[at + r#"name="csrf" value=""#.len()..];
    rest[..rest.find('"').unwrap()].to_owned()
}

/// Signs `who` in through a fresh link, as a browser would; the session cookie.
async fn sign_in(env: &crowdsprint_tests::TestEnv, board: &Board, who: &str) -> String {
    let link = env.core.web_sign_in_link(&console(who)).await.unwrap();
    let opened = board.post(&link, &[], None).await;
    assert_eq!(opened.status, 303, "{}", opened.body);
    opened.session_cookie().expect("a session cookie")
}

both_backends! {
    async fn a_champion_signs_in_once_and_acts_through_core(env) {
        let (_, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let cass = env.member("Cass", Role::Champion).await;
        let ann = env.member("Ann", Role::Member).await;
        let held = env.idea(&ann, challenges[0].id, "Ring Mrs Jones", "Her number is 07700 900123").await;
        assert_eq!(held.visibility, Visibility::Pending);
        let lounge = env.approved_idea(&ann, challenges[0].id, "A discharge lounge").await;
        let asked = env.core.comment(&ann, lounge.id, None, comment_body("Who staffs it at night?")).await.unwrap();
        let (env, board) = Board::start_public(env).await;

        // Signed out, the dashboard says how to sign in and shows nothing.
        let outside = board.get("/staff", None).await;
        assert_eq!(outside.status, 403);
        assert!(outside.body.contains("/web"), "{}", outside.body);
        assert!(!outside.body.contains("Ring Mrs Jones"));

        // The link leads to a page with one button; opening it (as a link preview would)
        // spends nothing, and the secret never leaves for another site in a Referer.
        let link = env.core.web_sign_in_link(&console("Cass")).await.unwrap();
        assert!(link.starts_with(&format!("{}/staff/sign-in/", board.base)), "{link}");
        for _ in 0..2 {
            let confirm = board.get(&link, None).await;
            assert_eq!(confirm.status, 200, "{}", confirm.body);
            assert!(confirm.body.contains(&words("web-sign-in-button")));
            assert_eq!(confirm.header("referrer-policy"), "same-origin");
            assert_eq!(confirm.header("cache-control"), "no-store");
        }
        // A form sent from another site is refused and spends nothing either.
        let forged = board.post_from(&link, &[], None, Some("https://evil.example")).await;
        assert_eq!(forged.status, 403);
        assert_eq!(forged.session_cookie(), None);

        let opened = board.post(&link, &[], None).await;
        assert_eq!(opened.status, 303, "{}", opened.body);
        assert_eq!(opened.header("location"), "/staff");
        let cookie_header = opened.header("set-cookie").to_owned();
        for attribute in ["Path=/", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=28800"] {
            assert!(cookie_header.contains(attribute), "{attribute} in {cookie_header}");
        }
        let cookie = opened.session_cookie().unwrap();
        assert_eq!(cookie.len(), 64);
        // Once only.
        let again = board.post(&link, &[], None).await;
        assert_eq!(again.status, 410);
        assert_eq!(again.session_cookie(), None);

        // The dashboard: the held idea with why it waits, the comment awaiting a response,
        // each with its age, and the charts drawn as SVG with their numbers.
        env.clock.advance(chrono::Duration::hours(3));
        let dashboard = board.get_signed_in("/staff", &cookie).await;
        assert_eq!(dashboard.status, 200, "{}", dashboard.body);
        assert_eq!(dashboard.header("cache-control"), "no-store");
        for shown in ["Ring Mrs Jones", "07700 900123", "Who staffs it at night?", "waiting 3 hours", &words("web-staff-held")] {
            assert!(dashboard.body.contains(shown), "{shown} on the dashboard: {}", dashboard.body);
        }
        assert_eq!(dashboard.body.matches("<svg").count(), 4, "four charts");
        assert!(dashboard.body.contains(&words("web-chart-responses")));
        assert!(!dashboard.body.contains("/staff/export.csv"), "downloads are for moderators");
        let token = csrf(&dashboard);

        // Without the form's token, or with another, nothing happens.
        let target = held.id.to_string();
        for bad in ["", "0000", &"a".repeat(64)] {
            let refused = board.post("/staff/approve", &[("csrf", bad), ("target", &target)], Some(&cookie)).await;
            assert_eq!(refused.status, 403, "{bad:?}");
        }
        let from_elsewhere = board.post_from("/staff/approve", &[("csrf", &token), ("target", &target)], Some(&cookie), Some("https://evil.example")).await;
        assert_eq!(from_elsewhere.status, 403);
        let view = env.core.idea_view(Some(&admin), held.id).await.unwrap();
        assert_eq!(view.idea.visibility, Visibility::Pending, "still held");

        // Approve: through core, audited as Cass, then back with a note.
        let approved = board.post("/staff/approve", &[("csrf", &token), ("target", &target)], Some(&cookie)).await;
        assert_eq!(approved.status, 303, "{}", approved.body);
        assert!(approved.header("location").starts_with(&format!("/staff?done=approve&target={}", held.id)));
        let view = env.core.idea_view(None, held.id).await.unwrap();
        assert_eq!(view.idea.visibility, Visibility::Visible);
        let audit = env.core.audit_log(&admin, 5).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "approve" && e.actor == Some(cass.member())), "{audit:?}");
        let noted = board.get_signed_in(approved.header("location"), &cookie).await;
        assert!(noted.body.contains(&format!("Approved #{}.", held.id)), "{}", noted.body);

        // A hide with no reason is refused in words, and changes nothing.
        let lounge_target = lounge.id.to_string();
        let no_reason = board.post("/staff/hide", &[("csrf", &token), ("target", &lounge_target), ("text", "  ")], Some(&cookie)).await;
        assert_eq!(no_reason.status, 422);
        assert!(no_reason.body.contains(&words("web-staff-failed-heading")), "{}", no_reason.body);
        assert!(env.core.idea_view(None, lounge.id).await.is_ok(), "still public");
        let nonsense = board.post("/staff/approve", &[("csrf", &token), ("target", "c-1; drop")], Some(&cookie)).await;
        assert_eq!(nonsense.status, 422);

        // Respond: public on the board at once, and off the awaiting queue.
        let comment = format!("c{}", asked.comment.id);
        let responded = board.post("/staff/respond", &[("csrf", &token), ("target", &comment), ("text", "The night team, from March.")], Some(&cookie)).await;
        assert_eq!(responded.status, 303, "{}", responded.body);
        let public = board.get(&format!("/ideas/{}", lounge.id), None).await;
        assert!(public.body.contains("The night team, from March."), "{}", public.body);
        let after = board.get_signed_in("/staff", &cookie).await;
        assert!(!after.body.contains("Who staffs it at night?"), "answered, so no longer waiting");
        // The promise, measured: answered within five working days.
        assert!(after.body.contains("1 of 1 within 5 working days"), "{}", after.body);

        // A champion may not download the export; core says so.
        assert_eq!(board.get_signed_in("/staff/export.csv", &cookie).await.status, 403);

        // Signing out ends the session here, not only in the browser.
        let signed_out = board.post("/staff/sign-out", &[("csrf", &token)], Some(&cookie)).await;
        assert_eq!(signed_out.status, 200);
        assert_eq!(signed_out.session_cookie().as_deref(), Some(""));
        assert_eq!(board.get_signed_in("/staff", &cookie).await.status, 403);
    }

    async fn only_staff_get_a_link_and_a_session_ends_with_the_role(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let ann = env.member("Ann", Role::Member).await;
        env.member("Cass", Role::Champion).await;
        let mo = env.member("Mo", Role::Moderator).await;
        let dee = env.member("Dee", Role::Champion).await;
        env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;

        // No public address: no link, and a clear word why.
        let unset = env.core.web_sign_in_link(&console("Cass")).await.unwrap_err();
        assert!(matches!(unset, crowdsprint_core::Error::User(UserError::WebNotConfigured)), "{unset:?}");

        let (env, board) = Board::start_public(env).await;
        let member = env.core.web_sign_in_link(&console("Ann")).await.unwrap_err();
        assert!(matches!(member, crowdsprint_core::Error::User(UserError::NotAllowed { .. })), "{member:?}");
        let stranger = env.core.web_sign_in_link(&console("Nobody")).await.unwrap_err();
        assert!(matches!(stranger, crowdsprint_core::Error::User(UserError::NotRegistered)), "{stranger:?}");

        // A link runs out after ten minutes.
        let link = env.core.web_sign_in_link(&console("Cass")).await.unwrap();
        env.clock.advance(chrono::Duration::minutes(11));
        assert_eq!(board.get(&link, None).await.status, 410);
        assert_eq!(board.post(&link, &[], None).await.status, 410);

        // Losing the role ends the session at the next request.
        let cookie = sign_in(&env, &board, "Cass").await;
        assert_eq!(board.get_signed_in("/staff", &cookie).await.status, 200);
        let cass = env.core.require_actor(&console("Cass")).await.unwrap();
        env.core.set_role(&admin, cass.member(), Role::Member).await.unwrap();
        assert_eq!(board.get_signed_in("/staff", &cookie).await.status, 403);

        // Erasure ends it too.
        let cookie = sign_in(&env, &board, "Dee").await;
        env.core.forget_me(&dee).await.unwrap();
        assert_eq!(board.get_signed_in("/staff", &cookie).await.status, 403);

        // Sessions run for a shift.
        let cookie = sign_in(&env, &board, "Mo").await;
        let dashboard = board.get_signed_in(&format!("/staff?sprint={}", sprint.id), &cookie).await;
        assert!(dashboard.body.contains("/staff/export.csv"), "a moderator may download");

        // A moderator downloads the sprint, as `/export` would send it.
        let csv = board.get_signed_in(&format!("/staff/export.csv?sprint={}", sprint.id), &cookie).await;
        assert_eq!(csv.status, 200, "{}", csv.body);
        assert!(csv.header("content-type").starts_with("text/csv"));
        assert!(csv.header("content-disposition").contains(&format!("sprint-{}.csv", sprint.id)));
        assert!(csv.body.contains("Volunteer drivers"));
        let current = board.get_signed_in("/staff/export.csv?sprint=%3Cx%3E", &cookie).await;
        assert_eq!(current.status, 200, "a sprint that is not a number means the current one");
        let json = board.get_signed_in(&format!("/staff/export.json?sprint={}", sprint.id), &cookie).await;
        let parsed: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
        assert!(parsed.to_string().contains("Volunteer drivers"));
        // Its companions: the team's updates and each comment's wait, as `/export updates`.
        let link = format!("/staff/export.csv?sprint={}&#38;table=responses", sprint.id);
        assert!(dashboard.body.contains(&link), "{}", dashboard.body);
        let responses = board.get_signed_in(&format!("/staff/export.csv?sprint={}&table=responses", sprint.id), &cookie).await;
        assert_eq!(responses.status, 200, "{}", responses.body);
        assert!(responses.header("content-disposition").contains(&format!("sprint-{}-responses.csv", sprint.id)));
        assert!(responses.body.starts_with("comment,idea,challenge,asked_at,due_at"), "{}", responses.body);
        let updates = board.get_signed_in(&format!("/staff/export.json?sprint={}&table=updates", sprint.id), &cookie).await;
        assert_eq!(serde_json::from_str::<serde_json::Value>(&updates.body).expect("JSON"), serde_json::json!([]));
        let audit = env.core.audit_log(&admin, 10).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "web.sign_in" && e.actor == Some(mo.member())), "{audit:?}");
        assert!(audit.iter().any(|e| e.action == "export" && e.actor == Some(mo.member())), "{audit:?}");

        env.clock.advance(chrono::Duration::hours(8));
        assert_eq!(board.get_signed_in("/staff", &cookie).await.status, 403, "the shift is over");
        // Nonsense in place of a cookie or a sprint is only "signed out" or ignored.
        assert_eq!(board.get_signed_in("/staff?sprint=abc", "0").await.status, 403);
        assert_eq!(board.get_signed_in("/staff", "not-a-session").await.status, 403);
    }

    async fn web_in_a_discord_server_is_answered_privately(env) {
        let (env, _board) = Board::start_public(env).await;
        let world = DiscordWorld::start(env).await;
        let cara = Person::new(8101, "Cara");
        world.register(&cara).await;
        world.env.grant(&Identity::new(Platform::Discord, "8101"), Role::Champion).await;
        let answer = world.command(&cara, Where::Server, "mod", vec![sub("web", vec![])]).await;
        assert!(answer.ephemeral(), "only Cara sees it");
        assert!(answer.text().contains("/staff/sign-in/"), "{}", answer.text());
    }
}

#[test]
fn a_sign_in_target_that_is_not_one_never_reaches_core() {
    for nonsense in ["", "c", "c-1", "#", "idea", "12abc"] {
        assert!(nonsense.parse::<Target>().is_err(), "{nonsense:?}");
    }
}
