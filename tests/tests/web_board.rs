//! The public web board, read over real HTTP on SQLite and PostgreSQL: what a reader sees of a
//! sprint, a challenge and an idea, in their language, and what they never see (a held, hidden
//! or merged idea, a comment waiting for review, an erased person's name, a draft sprint).

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::{SprintDraft, Target};
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, int};
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::web_board::Board;
use crowdsprint_tests::{NowForTests, both_backends, comment_body, crowdsprint_core, reason};

const BRYN: i64 = 3001;

fn words(locale: Locale, id: &'static str) -> String {
    Catalog::load().unwrap().text(locale, id)
}

both_backends! {
    async fn a_reader_sees_what_is_public_and_never_what_is_not(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let ann = env.member("Ann", Role::Member).await;
        let bob = env.member("Bob", Role::Member).await;
        let carl = env.member("Carl Erased", Role::Member).await;
        let people = challenges[0].id;

        let lounge = env.idea(&ann, people, "A discharge <lounge> & more", "Patients wait.\n\nA lounge helps.").await;
        env.core.approve(&admin, Target::Idea(lounge.id)).await.unwrap();
        let held = env.idea(&ann, people, "Call Mrs Jones", "Her number is 07700 900123").await;
        assert_eq!(held.visibility, Visibility::Pending, "personal details hold it");
        let hidden = env.approved_idea(&bob, people, "Something rude").await;
        env.core.hide(&admin, Target::Idea(hidden.id), reason("rude")).await.unwrap();
        let twin = env.approved_idea(&bob, people, "A lounge for discharge").await;
        env.core.merge(&admin, twin.id, lounge.id).await.unwrap();
        let erased = env.approved_idea(&carl, people, "Volunteer drivers").await;

        let said = env.core.comment(&bob, lounge.id, None, comment_body("Yes, with chairs")).await.unwrap();
        env.core.comment(&bob, lounge.id, None, comment_body("Ring me on 07700 900456")).await.unwrap();
        env.core.respond(&admin, Target::Comment(said.comment.id), comment_body("We will try it in March")).await.unwrap();
        env.core.forget_me(&carl).await.unwrap();

        let draft = env.core.create_sprint(&admin, SprintDraft {
            title: Title::parse("Secret plans").unwrap(),
            description: Description::parse("").unwrap(),
            opens_at: env.clock.now_for_tests(),
            closes_at: env.clock.now_for_tests() + chrono::Duration::days(30),
        }).await.unwrap();

        let board = Board::start(&env).await;

        // The list of sprints: the open one, not the draft; strict headers, no cookie.
        let home = board.get("/", None).await;
        assert_eq!(home.status, 200);
        assert!(home.body.contains("Home for noon"), "{}", home.body);
        assert!(!home.body.contains("Secret plans"), "a draft sprint is not public");
        let window = Catalog::load().unwrap().render(Locale::EnGb, &words::sprint_window(&sprint, true));
        assert!(home.body.contains(&window), "an open sprint says it takes ideas: {}", home.body);
        assert!(home.header("content-security-policy").contains("default-src 'none'"));
        assert!(home.header("content-security-policy").contains("style-src 'self'"));
        assert_eq!(home.header("set-cookie"), "");
        assert_eq!(home.header("cache-control"), "private, max-age=60", "never kept by a shared cache");
        assert!(home.body.contains(r#"<html lang="en-GB" dir="ltr">"#));
        assert!(home.body.contains(r##"<a class="skip" href="#main">"##));
        assert_eq!(board.get(&format!("/sprints/{}", draft.id), None).await.status, 404);

        // The sprint links to its challenges; the challenge lists only published ideas.
        let sprint_page = board.get(&format!("/sprints/{}", sprint.id), None).await;
        assert_eq!(sprint_page.status, 200);
        assert!(sprint_page.body.contains(&format!(r#"href="/challenges/{people}""#)), "{}", sprint_page.body);
        let challenge = board.get(&format!("/challenges/{people}"), None).await;
        assert_eq!(challenge.status, 200);
        assert!(challenge.body.contains("A discharge &#60;lounge&#62; &#38; more"), "typed text is escaped: {}", challenge.body);
        assert!(challenge.body.contains("Volunteer drivers"));
        for secret in ["Call Mrs Jones", "Something rude", "A lounge for discharge", "Carl Erased"] {
            assert!(!challenge.body.contains(secret), "{secret} is on the challenge page");
        }
        assert!(challenge.body.contains(&words(Locale::EnGb, "former-member")));

        // The idea with its published comments and the team's response.
        let idea = board.get(&format!("/ideas/{}", lounge.id), None).await;
        assert_eq!(idea.status, 200);
        assert!(idea.body.contains(r#"<p class="prose">Patients wait.</p>"#), "{}", idea.body);
        assert!(idea.body.contains("Yes, with chairs"));
        assert!(idea.body.contains("We will try it in March"));
        assert!(idea.body.contains(&words(Locale::EnGb, "web-response")));
        assert!(!idea.body.contains("07700 900456"), "a held comment is not public");
        // ... and a way to take part: the Telegram bot, opening this idea.
        let join = format!(r#"href="{}?start=idea_{}""#, crowdsprint_tests::web_board::TELEGRAM_CHAT, lounge.id);
        assert!(idea.body.contains(&join), "{}", idea.body);

        // What is not public is simply not there; a merged idea leads to the one it joined.
        for gone in [held.id, hidden.id] {
            let page = board.get(&format!("/ideas/{gone}"), None).await;
            assert_eq!(page.status, 404, "idea {gone}");
            assert!(page.body.contains(&words(Locale::EnGb, "web-not-found-heading")));
            assert!(!page.body.contains("Call Mrs Jones") && !page.body.contains("Something rude"));
            assert_eq!(page.header("cache-control"), "no-store");
        }
        let merged = board.get(&format!("/ideas/{}", twin.id), None).await;
        assert_eq!(merged.status, 308, "{}", merged.body);
        assert_eq!(merged.header("location"), format!("/ideas/{}", lounge.id));
        let erased_page = board.get(&format!("/ideas/{}", erased.id), None).await;
        assert!(!erased_page.body.contains("Carl"), "an erased name never shows");

        // Addresses that name nothing get the same page, never an error or a panic.
        for nothing in ["/ideas/abc", "/ideas/-1", "/ideas/99999999", "/challenges/0", "/sprints/9223372036854775808"] {
            assert_eq!(board.get(nothing, None).await.status, 404, "{nothing}");
        }
        let paged = board.get(&format!("/challenges/{people}?order=new&page=abc&lang=%3Cx%3E"), None).await;
        assert_eq!(paged.status, 200, "a bad page number reads as the first page");
    }

    async fn a_reader_reads_in_their_language_and_the_switch_carries_it(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let ann = env.member("Ann", Role::Member).await;
        let idea = env.approved_idea(&ann, challenges[0].id, "Drivers").await;
        let board = Board::start(&env).await;

        // From the browser's languages: Welsh first.
        let welsh = board.get(&format!("/ideas/{}", idea.id), Some("cy-GB,cy;q=0.9,en;q=0.8")).await;
        assert!(welsh.body.contains(r#"<html lang="cy" dir="ltr">"#), "{}", welsh.body);
        let heading = words(Locale::Cy, "web-comments-heading");
        assert_ne!(heading, words(Locale::EnGb, "web-comments-heading"));
        assert!(welsh.body.contains(&heading));
        assert_eq!(welsh.header("vary"), "Accept-Language");

        // With the switch, every link on the page keeps the language; no cookie is set.
        let switched = board.get(&format!("/sprints/{}?lang=cy", sprint.id), Some("en-GB")).await;
        assert!(switched.body.contains(r#"<html lang="cy""#));
        assert!(switched.body.contains(&format!(r#"href="/challenges/{}?lang=cy""#, challenges[0].id)), "{}", switched.body);
        assert_eq!(switched.header("set-cookie"), "");
        // Every language is offered, each named in itself.
        for locale in Locale::ALL {
            assert!(switched.body.contains(&format!(r#"hreflang="{}""#, locale.tag())));
            assert!(switched.body.contains(locale.native_name()));
        }

        // Right to left where the language is.
        let arabic = board.get("/?lang=ar", None).await;
        assert!(arabic.body.contains(r#"<html lang="ar" dir="rtl">"#));
    }
}

both_backends! {
    async fn public_pages_are_gzipped_and_staff_pages_never(env) {
        let (_, challenges) = env.open_sprint().await;
        let ann = env.member("Ann", Role::Member).await;
        for n in 0..20 {
            env.approved_idea(&ann, challenges[0].id, &format!("Idea number {n} for the ward")).await;
        }
        let board = Board::start(&env).await;
        let client = reqwest::Client::new();
        let fetch = |path: String, gzip: bool| {
            let mut request = client.get(format!("{}{path}", board.base));
            if gzip {
                request = request.header("accept-encoding", "gzip");
            }
            async move {
                let response = request.send().await.unwrap();
                let encoding = response.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_owned());
                (encoding, response.bytes().await.unwrap().len())
            }
        };
        let page = format!("/challenges/{}", challenges[0].id);
        let (plain_encoding, plain) = fetch(page.clone(), false).await;
        let (encoding, gzipped) = fetch(page, true).await;
        assert_eq!(plain_encoding, None);
        assert_eq!(encoding.as_deref(), Some("gzip"));
        println!("a challenge page of 20 ideas: {plain} bytes, {gzipped} gzipped");
        assert!(gzipped * 3 < plain, "{gzipped} of {plain}");
        // The staff pages hold a CSRF token: never compressed (BREACH).
        let (staff, _) = fetch("/staff".into(), true).await;
        assert_eq!(staff, None);
    }

    async fn a_telegram_card_opens_the_idea_on_the_web(env) {
        let env = env.with_public_url("https://ideas.example.nhs.uk/");
        let (_, challenges) = env.open_sprint().await;
        let ann = env.member("Ann", Role::Member).await;
        let shown = env.approved_idea(&ann, challenges[0].id, "Drivers for discharge").await;
        let world = BotWorld::start(env).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        let card = world.say(BRYN, None, &format!("/show {}", shown.id)).await;
        // A URL button in a row of its own under the card (a held idea has none: the
        // keyboard's unit test).
        let web = card.button("Open on the web").expect("a web button");
        assert_eq!(web.url.as_deref(), Some(format!("https://ideas.example.nhs.uk/ideas/{}", shown.id).as_str()));
        assert_eq!(web.callback_data, None);
        assert_eq!(card.button_texts().last().unwrap(), &vec![web.text.clone()]);
    }

    async fn a_discord_card_opens_the_idea_on_the_web(env) {
        let env = env.with_public_url("https://ideas.example.nhs.uk");
        let (_, challenges) = env.open_sprint().await;
        let ann = env.member("Ann", Role::Member).await;
        let shown = env.approved_idea(&ann, challenges[0].id, "Drivers for discharge").await;
        let world = DiscordWorld::start(env).await;
        let cara = Person::new(8101, "Cara");
        world.register(&cara).await;
        let answer = world.command(&cara, Where::Server, "show", vec![int("idea", shown.id.get())]).await;
        // The fifth and last button a row may hold: a link, which Discord opens itself.
        let row = answer.data()["components"][0]["components"].as_array().cloned().unwrap();
        assert_eq!(row.len(), 5, "{row:?}");
        assert_eq!(row[4]["style"], 5, "a link button");
        assert_eq!(row[4]["url"], format!("https://ideas.example.nhs.uk/ideas/{}", shown.id));
    }
}
