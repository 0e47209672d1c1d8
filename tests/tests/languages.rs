//! Every language end to end. For each language beyond English and Welsh (Polish, Romanian,
//! Panjabi, Urdu, Portuguese, Arabic), a person whose Telegram or Discord speaks it registers,
//! posts an idea, hears that the team responded and gets the weekly digest, each in their
//! language, through the real bots against the fakes, on SQLite and PostgreSQL. What they
//! receive is compared with the catalog's words in their language (and those words with the
//! English ones, so a missing translation cannot pass). Arabic and Urdu read right to left:
//! every line that holds their script starts right to left, and the Latin titles and numbers
//! inside are isolated so punctuation stays where it belongs.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::i18n::direction::{Direction, line_direction, strong_direction};
use crowdsprint_core::service::{DIGEST_PAGE, ListOrder, Target};
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, int, text};
use crowdsprint_tests::fake_telegram::SentMessage;
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core};

/// A language we added, how each platform's client reports it (Discord has no Panjabi, Urdu
/// or Arabic: those people choose with `/language`), and an idea written in it.
struct Speaker {
    locale: Locale,
    telegram_code: &'static str,
    discord_locale: Option<&'static str>,
    idea: &'static str,
}

const SPEAKERS: [Speaker; 6] = [
    Speaker {
        locale: Locale::Pl,
        telegram_code: "pl",
        discord_locale: Some("pl"),
        idea: "Kolejka do apteki szpitalnej przez SMS",
    },
    Speaker {
        locale: Locale::Ro,
        telegram_code: "ro",
        discord_locale: Some("ro"),
        idea: "Programări online pentru analize de sânge",
    },
    Speaker {
        locale: Locale::Pa,
        telegram_code: "pa",
        discord_locale: None,
        idea: "ਦਵਾਈ ਲੈਣ ਲਈ ਫ਼ੋਨ ਤੇ ਯਾਦ ਦਿਵਾਉਣਾ",
    },
    Speaker {
        locale: Locale::Ur,
        telegram_code: "ur",
        discord_locale: None,
        idea: "مریضوں کے لیے ترجمان کی سہولت",
    },
    Speaker {
        locale: Locale::Pt,
        telegram_code: "pt-br",
        discord_locale: Some("pt-BR"),
        idea: "Intérprete nas consultas de enfermagem",
    },
    Speaker {
        locale: Locale::Ar,
        telegram_code: "ar",
        discord_locale: None,
        idea: "مترجم فوري في مواعيد العيادة",
    },
];

const FIRST_TELEGRAM_USER: i64 = 7_100;
const FIRST_DISCORD_USER: u64 = 7_200;
const RESPONSE: &str = "Thank you: we are trying this on two wards in January.";

/// The catalog's words for `msg` in `locale`, after checking they are not English's.
fn words(catalog: &Catalog, locale: Locale, msg: &Msg) -> String {
    let ours = catalog.render(locale, msg);
    let english = catalog.render(Locale::EnGb, msg);
    assert_ne!(ours, english, "{locale}: `{}` is not translated", msg.id);
    ours
}

/// Checks `received` holds `expected` and, for a right-to-left language, reads right to left.
#[track_caller]
fn assert_said(locale: Locale, received: &str, expected: &str) {
    assert!(
        received.contains(expected.trim()),
        "{locale}: expected {expected:?}\nin {received:?}"
    );
    if locale.is_right_to_left() {
        assert_reads_right_to_left(locale, received);
    }
}

/// Every line holding right-to-left script starts right to left as a client lays it out, and
/// every digit run in it sits inside an isolate or a right-to-left line's own numbers.
#[track_caller]
fn assert_reads_right_to_left(locale: Locale, text: &str) {
    for line in text.lines() {
        let has_script = line
            .chars()
            .any(|c| strong_direction(c) == Some(Direction::RightToLeft));
        if has_script {
            assert_eq!(
                line_direction(line),
                Some(Direction::RightToLeft),
                "{locale}: a line reads left to right: {line:?}"
            );
        }
    }
}

/// An approved idea from before anyone registers, for the digest to carry, and the sprint's
/// opening already sent.
async fn sprint_with_news(env: &TestEnv) -> (Vec<Challenge>, Actor) {
    let (_, challenges) = env.open_sprint().await;
    env.core.fan_out(100).await.unwrap();
    let admin = env.admin().await;
    let title = "Pharmacy opens at seven on discharge days";
    env.approved_idea(&admin, challenges[0].id, title).await;
    (challenges, admin)
}

/// The weekly digests: a first run finds no one due, the next Monday's queues one each.
async fn queue_weekly_digests(env: &TestEnv) {
    env.core.run_digests(DIGEST_PAGE).await.unwrap();
    env.clock.advance(Duration::days(7));
    let run = env.core.run_digests(DIGEST_PAGE).await.unwrap();
    assert!(run.queued >= SPEAKERS.len() as u64, "{run:?}");
}

async fn respond(env: &TestEnv, admin: &Actor, idea: IdeaId) {
    env.core
        .respond(
            admin,
            Target::Idea(idea),
            CommentBody::parse(RESPONSE).unwrap(),
        )
        .await
        .unwrap();
}

async fn their_idea(env: &TestEnv, identity: &Identity) -> Idea {
    let actor = env.core.require_actor(identity).await.unwrap();
    let mine = env
        .core
        .list_ideas(Some(&actor), None, ListOrder::Mine, 0)
        .await
        .unwrap();
    assert_eq!(mine.ideas.len(), 1, "{identity:?}");
    mine.ideas[0].clone()
}

both_backends! {
    async fn each_language_on_telegram_registers_posts_hears_back_and_gets_its_digest(env) {
        let (challenges, admin) = sprint_with_news(&env).await;
        let world = BotWorld::start(env).await;
        let catalog = Catalog::load().unwrap();
        for (k, speaker) in SPEAKERS.iter().enumerate() {
            let (user, locale, code) = (FIRST_TELEGRAM_USER + k as i64, speaker.locale, speaker.telegram_code);
            let identity = BotWorld::identity(user);

            // /start: the welcome is in the language Telegram reports, and so is everything
            // after it; each step is answered with its first button.
            world.telegram.add_user(user, "Sam", None, Some(code));
            let mut step = world.say(user, Some(code), "/start").await;
            let welcome = words(&catalog, locale, &Msg::new("conversation-welcome").arg("style", "buttons"));
            assert_said(locale, &step.visible_text, &welcome);
            while world.env.core.actor_for(&identity).await.unwrap().is_none() {
                let first = step.button_texts()[0][0].clone();
                step = world.press_for_reply(user, &step, &first).await;
            }
            let actor = world.env.core.require_actor(&identity).await.unwrap();
            assert_eq!(actor.locale(), locale);

            // Posting: a message becomes an idea through the conversation, in the language.
            let offer = world.say(user, Some(code), speaker.idea).await;
            let ask = words(&catalog, locale, &Msg::new("conversation-ask-challenge").arg("style", "buttons"));
            assert_said(locale, &offer.visible_text, &ask);
            let title = world.press_for_reply(user, &offer, &challenges[0].title).await;
            let keep = title.button_texts()[0][0].clone();
            let kind = world.press_for_reply(user, &title, &keep).await;
            let first_kind = kind.button_texts()[0][0].clone();
            let mark = world.telegram.mark();
            world.press(user, &kind, &first_kind).await;
            // The thanks, then the idea's card.
            let posted = world.replies(user, mark, 2).await.remove(0);
            let idea = their_idea(&world.env, &identity).await;
            let thanks = words(&catalog, locale, &Msg::new("chat-idea-posted").arg("id", idea.id.get()));
            assert_said(locale, &posted.visible_text, &thanks);

            // The team responds: the author hears it in their language.
            let mark = world.telegram.mark();
            respond(&world.env, &admin, idea.id).await;
            let heard = world.reply(user, mark).await;
            let news = Msg::new("notify-response-to-idea").arg("id", idea.id.get()).arg("title", speaker.idea);
            assert_said(locale, &heard.visible_text, &words(&catalog, locale, &news));
        }

        // The weekly digest reaches each of them in their language.
        let mark = world.telegram.mark();
        queue_weekly_digests(&world.env).await;
        for (k, speaker) in SPEAKERS.iter().enumerate() {
            let user = FIRST_TELEGRAM_USER + k as i64;
            let digest: SentMessage = world.reply(user, mark).await;
            let heading = words(&catalog, speaker.locale, &Msg::new("digest-heading").arg("frequency", "weekly"));
            assert_said(speaker.locale, &digest.visible_text, &heading);
            let top = words(&catalog, speaker.locale, &Msg::new("digest-top-ideas"));
            assert_said(speaker.locale, &digest.visible_text, &top);
        }
    }

    async fn each_language_on_discord_registers_posts_hears_back_and_gets_its_digest(env) {
        let (challenges, admin) = sprint_with_news(&env).await;
        let world = DiscordWorld::start(env).await;
        let catalog = Catalog::load().unwrap();
        let mut people = Vec::new();
        for (k, speaker) in SPEAKERS.iter().enumerate() {
            let locale = speaker.locale;
            let mut person = Person::new(FIRST_DISCORD_USER + k as u64, "Sam");
            let identity = Identity::new(Platform::Discord, person.id.to_string());

            // Registering: Discord's client language where Discord has it; otherwise the
            // person registers and picks theirs with /language.
            match speaker.discord_locale {
                Some(discord) => {
                    person.locale = discord.to_owned();
                    let welcome = world.register(&person).await;
                    let expected = words(&catalog, locale, &Msg::new("discord-registered").arg("name", "Sam"));
                    assert_said(locale, welcome.content(), &expected);
                }
                None => {
                    world.register(&person).await;
                    let set = world.command(&person, Where::Dm, "language", vec![text("language", locale.tag())]).await;
                    let expected = words(&catalog, locale, &Msg::new("language-set").arg("language", locale.native_name()));
                    assert_said(locale, &set.text(), &expected);
                }
            }
            let actor = world.env.core.require_actor(&identity).await.unwrap();
            assert_eq!(actor.locale(), locale);

            // Posting through /idea's form; the thanks are in the language.
            let form = world.command(&person, Where::Server, "idea", vec![int("challenge", challenges[0].id.get())]).await;
            assert_eq!(form.kind(), 9, "{:?}", form.body);
            let posted = world
                .submit(&person, Where::Server, form.data()["custom_id"].as_str().unwrap(), &[("title", speaker.idea), ("body", "")])
                .await;
            let idea = their_idea(&world.env, &identity).await;
            let thanks = words(&catalog, locale, &Msg::new("chat-idea-posted").arg("id", idea.id.get()));
            assert_said(locale, &posted.text(), &thanks);

            // The team responds: a DM in the language.
            let mark = world.discord.mark();
            respond(&world.env, &admin, idea.id).await;
            let dm = world.discord.wait_for_dm(person.id, mark, std::time::Duration::from_secs(15)).await;
            let dm = dm.unwrap_or_else(|| panic!("{locale}: no notification"));
            let news = Msg::new("notify-response-to-idea").arg("id", idea.id.get()).arg("title", speaker.idea);
            assert_said(locale, dm["content"].as_str().unwrap(), &words(&catalog, locale, &news));
            people.push(person);
        }

        // The weekly digest reaches each of them in their language.
        let mark = world.discord.mark();
        queue_weekly_digests(&world.env).await;
        for (person, speaker) in people.iter().zip(&SPEAKERS) {
            let digest = world.discord.wait_for_dm(person.id, mark, std::time::Duration::from_secs(15)).await;
            let digest = digest.unwrap_or_else(|| panic!("{}: no digest", speaker.locale));
            let content = digest["content"].as_str().unwrap();
            let heading = words(&catalog, speaker.locale, &Msg::new("digest-heading").arg("frequency", "weekly"));
            assert_said(speaker.locale, content, &heading);
        }
    }
}
