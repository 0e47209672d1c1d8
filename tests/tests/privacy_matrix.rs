//! The privacy matrix, on SQLite and PostgreSQL. Each row of `ROWS` is a way something leaves
//! public view (an idea held for personal details, an idea hidden, a comment hidden, an idea
//! merged away, a member who erased themselves) with the one word only that thing carries;
//! each test walks every row over some of the places it could show:
//!
//! | test                                   | places                                           |
//! |----------------------------------------|--------------------------------------------------|
//! | `telegram_group`                       | group cards and announcements, `/show` and       |
//! |                                        | `/ideas` asked in the group (member and staff),  |
//! |                                        | `/review` asked there, the member's digest       |
//! | `discord_server`                       | forum posts, mirrored comments, the text         |
//! |                                        | channel's announcement card, a public `/show`    |
//! |                                        | card, `/show` and `/ideas` asked in the channel  |
//! | `offers_digests_notifications_exports` | similar-ideas offers, a digest composed before   |
//! |                                        | the change, notifications queued before it, the  |
//! |                                        | sprint team's export                             |
//!
//! A viewer outside the sprint team never sees the word, and where it had been published, it
//! is gone within one round of the outbox followers (withdrawn, drawn again, or not sent).
//! The last test works at core's edge, where those messages and files are decided; the bots
//! render what core hands them (the first two show they do).

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Delivery, Event};
use crowdsprint_core::service::{DIGEST_PAGE, ExportFormat, Target};
use crowdsprint_discord::ServerSetup;
use crowdsprint_tests::discord_bot::{CHANNEL, DiscordWorld, GUILD, Person, Where, int, text};
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{
    TestEnv, both_backends, comment_body, crowdsprint_core, eventually, reason,
};

/// How something leaves public view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    HeldIdea,
    HiddenIdea,
    HiddenComment,
    MergedIdea,
    ErasedMember,
}

/// One row of the matrix: the state, and the word that must vanish with it.
#[derive(Debug, Clone, Copy)]
struct Row {
    state: State,
    word: &'static str,
}

const ROWS: [Row; 5] = [
    Row {
        state: State::HeldIdea,
        word: "Quagga",
    },
    Row {
        state: State::HiddenIdea,
        word: "Zebra",
    },
    Row {
        state: State::HiddenComment,
        word: "Okapi",
    },
    Row {
        state: State::MergedIdea,
        word: "Tapir",
    },
    Row {
        state: State::ErasedMember,
        word: "Xanthe",
    },
];

const BRYN: i64 = 2002;
const CARA: i64 = 2003;
const GROUP: i64 = -1_002_345_679;
const FORUM: u64 = 900_000_000_000_000_150;
const CONTROL: &str = "Discharge lounge open until nine";

/// The people and the idea every row leans on.
struct Cast {
    ann: Actor,
    xanthe: Actor,
    moderator: Actor,
    challenge: ChallengeId,
    control: Idea,
}

impl Cast {
    async fn new(env: &TestEnv, challenge: ChallengeId) -> Cast {
        let ann = env.member("Ann", Role::Member).await;
        let xanthe = env.member("Xanthe", Role::Member).await;
        let moderator = env.member("Mo", Role::Moderator).await;
        let control = env.idea(&ann, challenge, CONTROL, "").await;
        Cast {
            ann,
            xanthe,
            moderator,
            challenge,
            control,
        }
    }
}

/// What one row put out: the idea it is about, and its comment if it has one.
#[derive(Debug, Clone, Copy)]
struct Subject {
    idea: IdeaId,
    comment: Option<CommentId>,
}

/// The title of a row's own idea, and words alike it (for the similar-ideas offer).
fn title(row: Row) -> (String, &'static str) {
    match row.state {
        State::HeldIdea => (
            format!(
                "{} patient 943 476 5919 waited for transport home",
                row.word
            ),
            "patients waited for transport home",
        ),
        State::HiddenIdea => (
            format!("{} crossing outside the discharge lounge", row.word),
            "a crossing outside the discharge lounge",
        ),
        State::MergedIdea => (
            format!("{} volunteers deliver medicines home", row.word),
            "volunteers deliver medicines home",
        ),
        // Her words are fine and stay; her name goes.
        State::ErasedMember | State::HiddenComment => (
            "Checklist so patients get home by noon".into(),
            "a checklist so patients get home by noon",
        ),
    }
}

/// Puts the row's thing as far into public view as it goes (a held idea is held at once).
/// `under`: a comment of the viewer's that the row's comment answers, so he is told of it.
async fn publish(env: &TestEnv, cast: &Cast, row: Row, under: Option<CommentId>) -> Subject {
    let (title, _) = title(row);
    match row.state {
        State::HeldIdea | State::HiddenIdea | State::MergedIdea => {
            let idea = env.idea(&cast.ann, cast.challenge, &title, "").await;
            let held = idea.visibility == Visibility::Pending;
            assert_eq!(
                held,
                row.state == State::HeldIdea,
                "{row:?}: {:?}",
                idea.visibility
            );
            Subject {
                idea: idea.id,
                comment: None,
            }
        }
        State::HiddenComment => {
            let body = comment_body(&format!("{}: the lounge needs more chairs", row.word));
            let posted = env
                .core
                .comment(&cast.ann, cast.control.id, under, body)
                .await
                .unwrap();
            Subject {
                idea: cast.control.id,
                comment: Some(posted.comment.id),
            }
        }
        State::ErasedMember => {
            let idea = env.idea(&cast.xanthe, cast.challenge, &title, "").await;
            let body = comment_body("Agreed, from ward 6");
            let posted = env
                .core
                .comment(&cast.xanthe, cast.control.id, under, body)
                .await
                .unwrap();
            Subject {
                idea: idea.id,
                comment: Some(posted.comment.id),
            }
        }
    }
}

/// Takes it out of public view.
async fn withdraw(env: &TestEnv, cast: &Cast, row: Row, subject: Subject) {
    let core = &env.core;
    match row.state {
        State::HeldIdea => {}
        State::HiddenIdea => core
            .hide(
                &cast.moderator,
                Target::Idea(subject.idea),
                reason("Breaks the rules"),
            )
            .await
            .unwrap(),
        State::HiddenComment => {
            let comment = subject.comment.unwrap();
            core.hide(
                &cast.moderator,
                Target::Comment(comment),
                reason("Off topic"),
            )
            .await
            .unwrap();
        }
        State::MergedIdea => {
            core.merge(&cast.moderator, subject.idea, cast.control.id)
                .await
                .unwrap();
        }
        State::ErasedMember => core.forget_me(&cast.xanthe).await.unwrap(),
    }
}

/// Whether the row's thing was ever public (and so must be seen withdrawn).
fn was_public(row: Row) -> bool {
    row.state != State::HeldIdea
}

/// Everything the bot has in the group now, edits applied.
/// Everything the bot shows in the sprint's group and in the row groups where people asked.
fn group_text(world: &BotWorld) -> String {
    std::iter::once(GROUP)
        .chain((0..ROWS.len()).map(row_group))
        .flat_map(|group| world.telegram.messages_to(group))
        .map(|m| m.visible_text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The group where people ask about row `n`'s item. Telegram lets a bot send 20 messages in
/// any minute to one group, so asking everything in the sprint's group would make the bot's
/// answers wait for the group's pace; each row gets its own.
fn row_group(n: usize) -> i64 {
    GROUP - 1 - i64::try_from(n).expect("a handful of rows")
}

/// Everything in the Discord channel and the forum's posts now, edits applied.
fn server_text(world: &DiscordWorld) -> String {
    let mut channels = vec![CHANNEL];
    let mut names = Vec::new();
    for thread in world.discord.threads() {
        let id: u64 = thread["id"].as_str().unwrap().parse().unwrap();
        channels.push(id);
        // A post's name is public too.
        names.push(world.discord.channel(id).unwrap()["name"].to_string());
    }
    channels
        .into_iter()
        .flat_map(|c| world.discord.messages_in(c))
        .map(|m| format!("{} {}", m["content"], m["embeds"]))
        .chain(names)
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a delivery says, as stored for sending.
fn said(delivery: &Delivery) -> String {
    serde_json::to_string(&delivery.event).unwrap()
}

/// Claims everything due, as a worker would, marking it sent.
async fn drain(env: &TestEnv) -> Vec<Delivery> {
    env.core.fan_out(10_000).await.unwrap();
    let mut all = Vec::new();
    loop {
        let lease = std::time::Duration::from_secs(60);
        let batch = env
            .core
            .claim_deliveries("matrix", None, 500, lease)
            .await
            .unwrap();
        if batch.is_empty() {
            return all;
        }
        for d in &batch {
            let sent = crowdsprint_core::notify::SendOutcome::Sent;
            env.core.settle_delivery("matrix", d, &sent).await.unwrap();
        }
        all.extend(batch);
    }
}

both_backends! {
    async fn telegram_group(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(BRYN, "Bryn", Some("en")).await;
        world.register(CARA, "Cara", Some("en")).await;
        world.env.grant(&BotWorld::identity(CARA), Role::Moderator).await;
        world.telegram.add_group(GROUP, "Ward 7");
        world.say_in(GROUP, CARA, None, "/announce").await;
        world.say(BRYN, Some("en"), "/subscribe daily").await;
        world.env.core.run_digests(DIGEST_PAGE).await.unwrap();
        let cast = Cast::new(&world.env, challenges[0].id).await;
        eventually("the control idea announced", || async { group_text(&world).contains(CONTROL).then_some(()) }).await;

        for (n, row) in ROWS.into_iter().enumerate() {
            let asked_in = row_group(n);
            world.telegram.add_group(asked_in, "Ward 7 huddle");
            let subject = publish(&world.env, &cast, row, None).await;
            // Bryn shows it in a group while it is public, and lists the newest ideas there:
            // one more card and a page to follow it.
            world.say_in(asked_in, BRYN, None, &format!("/show {}", subject.idea)).await;
            let page = world.say_in(asked_in, BRYN, None, "/ideas new").await;
            if matches!(row.state, State::HiddenIdea | State::MergedIdea) {
                assert!(page.visible_text.contains(row.word), "{row:?}: {}", page.visible_text);
            }
            if was_public(row) {
                eventually(&format!("{row:?} in the group"), || async { group_text(&world).contains(row.word).then_some(()) }).await;
            }
            withdraw(&world.env, &cast, row, subject).await;
            // An erasure redraws every card of her idea and of the ideas she commented on,
            // and edits in a group keep Telegram's pace (20 a minute): allow a minute.
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
            while group_text(&world).contains(row.word) {
                assert!(std::time::Instant::now() < deadline, "{row:?} still in the group: {}", group_text(&world));
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }

            // Asked in the group afterwards, by a member and by the sprint team.
            for (who, line) in [
                (BRYN, format!("/show {}", subject.idea)),
                (BRYN, "/ideas".to_owned()),
                (BRYN, "/ideas new".to_owned()),
                (CARA, format!("/show {}", subject.idea)),
                (CARA, "/review".to_owned()),
            ] {
                world.say_in(asked_in, who, None, &line).await;
                let text = group_text(&world);
                assert!(!text.contains(row.word), "{row:?}, {line}: {text}");
            }
        }

        // Bryn's digest the next morning, and whatever else reached him privately.
        world.env.clock.advance(chrono::Duration::days(1));
        world.env.core.run_digests(DIGEST_PAGE).await.unwrap();
        eventually("Bryn's digest", || async {
            (world.telegram.digests_per_user([BRYN]).get(&BRYN).copied().unwrap_or_default() > 0).then_some(())
        }).await;
        let private: String = world.telegram.messages_to(BRYN).iter().map(|m| m.visible_text.clone()).collect();
        assert!(private.contains(CONTROL), "the digest lists what is public: {private}");
        for row in ROWS {
            assert!(!private.contains(row.word), "{row:?} reached Bryn: {private}");
            assert!(!group_text(&world).contains(row.word), "{row:?} in the group");
        }
    }

    async fn discord_server(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start_in_server(env, ServerSetup::default()).await;
        world.discord.add_forum(GUILD, FORUM, &[]);
        let bryn = Person::new(6002, "Bryn");
        world.register(&bryn).await;
        let admin = world.env.admin().await;
        for chat in [FORUM, CHANNEL] {
            let place = Place { platform: Platform::Discord, chat: chat.to_string(), thread: None };
            world.env.core.tie_channel(&admin, &place, None).await.unwrap();
        }
        let cast = Cast::new(&world.env, challenges[0].id).await;
        eventually("the control idea's post and card", || async {
            let text = server_text(&world);
            (text.matches(CONTROL).count() >= 2).then_some(())
        }).await;

        for row in ROWS {
            let subject = publish(&world.env, &cast, row, None).await;
            if was_public(row) {
                eventually(&format!("{row:?} in the server"), || async { server_text(&world).contains(row.word).then_some(()) }).await;
            }
            // Bryn shows it (or, for a comment, its idea) in the channel while it is public:
            // a card everyone there sees, recorded as a copy once Discord has made it.
            let shown = world.command(&bryn, Where::Server, "show", vec![int("idea", subject.idea.get())]).await;
            if was_public(row) {
                assert!(!shown.ephemeral(), "{row:?}: {}", shown.text());
                assert!(shown.text().contains(row.word), "{row:?}: the card shows it: {}", shown.text());
                let cards = world.env.core.copies_of(Platform::Discord, subject.idea).await.unwrap().len();
                eventually(&format!("{row:?}: the /show card recorded"), || async {
                    let now = world.env.core.copies_of(Platform::Discord, subject.idea).await.ok()?;
                    (now.len() > cards).then_some(())
                }).await;
            } else {
                assert!(shown.ephemeral(), "{row:?}: a held idea is never shown publicly");
            }
            // And lists the newest ideas there: a page everyone sees, recorded the same way.
            let page = world.command(&bryn, Where::Server, "ideas", vec![text("list", "new")]).await;
            assert!(!page.ephemeral(), "{row:?}: {}", page.text());
            if matches!(row.state, State::HiddenIdea | State::MergedIdea) {
                assert!(page.text().contains(row.word), "{row:?}: the page lists it: {}", page.text());
            }

            withdraw(&world.env, &cast, row, subject).await;
            eventually(&format!("{row:?} withdrawn from the server"), || async {
                (!server_text(&world).contains(row.word)).then_some(())
            }).await;

            // Asked in the channel afterwards: nothing public carries it.
            for (name, options) in [
                ("show", vec![int("idea", subject.idea.get())]),
                ("show", vec![int("idea", cast.control.id.get())]),
                ("ideas", vec![]),
            ] {
                let answer = world.command(&bryn, Where::Server, name, options).await;
                if !answer.ephemeral() {
                    assert!(!answer.text().contains(row.word), "{row:?}, /{name}: {}", answer.text());
                }
            }
        }
        let text = server_text(&world);
        for row in ROWS {
            assert!(!text.contains(row.word), "{row:?}: {text}");
        }
        assert!(text.contains(CONTROL), "the public idea is still there");
    }

    async fn offers_digests_notifications_exports(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let cast = Cast::new(&env, challenges[0].id).await;
        let bryn = env.member_on(Identity::new(Platform::Telegram, BRYN.to_string()), "Bryn", Role::Member).await;
        env.core.set_digest(&bryn, DigestFrequency::Daily).await.unwrap();
        env.core.run_digests(DIGEST_PAGE).await.unwrap();
        drain(&env).await;

        // Every row is public (but the held one) and Bryn has been told of each: a reply to
        // his comment on each idea, queued for him. His digest is composed the next morning,
        // before anything is withdrawn.
        let mut subjects = Vec::new();
        for row in ROWS {
            let on_control = matches!(row.state, State::HiddenComment | State::ErasedMember);
            let subject = if on_control {
                let his = env.core.comment(&bryn, cast.control.id, None, comment_body("Bryn asks about chairs")).await.unwrap();
                publish(&env, &cast, row, Some(his.comment.id)).await
            } else {
                let subject = publish(&env, &cast, row, None).await;
                if was_public(row) {
                    let his = env.core.comment(&bryn, subject.idea, None, comment_body("Bryn likes it")).await.unwrap();
                    env.core.comment(&cast.ann, subject.idea, Some(his.comment.id), comment_body("Thank you")).await.unwrap();
                }
                subject
            };
            subjects.push((row, subject));
        }
        env.clock.advance(chrono::Duration::days(1));
        env.core.run_digests(DIGEST_PAGE).await.unwrap();
        for (row, subject) in &subjects {
            withdraw(&env, &cast, *row, *subject).await;
        }

        // What leaves for Bryn afterwards.
        let his: Vec<Delivery> = drain(&env).await.into_iter().filter(|d| d.member == bryn.member()).collect();
        let digest = his.iter().find(|d| matches!(d.event, Event::Digest(_))).expect("Bryn's digest still goes");
        assert!(said(digest).contains(CONTROL), "{}", said(digest));
        for (row, subject) in &subjects {
            for d in &his {
                assert!(!said(d).contains(row.word), "{row:?}: {}", said(d));
            }
            // No notification about an idea or comment that is no longer public.
            let about = |d: &&Delivery| match &d.event {
                Event::ReplyToComment { idea, reply, .. } => {
                    (*idea == subject.idea && subject.comment.is_none()) || Some(*reply) == subject.comment
                }
                _ => false,
            };
            let told = his.iter().filter(about).count();
            let still_public = row.state == State::ErasedMember;
            assert_eq!(told > 0, still_public, "{row:?}: {his:#?}");
        }

        // Similar-ideas offers.
        for row in ROWS {
            let (_, alike) = title(row);
            let offered = env.core.similar_ideas(cast.challenge, alike, "").await.unwrap();
            let text = serde_json::to_string(&offered).unwrap();
            assert!(!text.contains(row.word), "{row:?} offered: {text}");
            assert!(offered.iter().all(|i| i.visibility == Visibility::Visible), "{row:?}");
            if row.state == State::ErasedMember {
                assert!(!offered.is_empty(), "her idea is still offered, nameless");
            }
        }

        // The sprint team's export.
        for format in [ExportFormat::Csv, ExportFormat::Json] {
            let mut out = Vec::new();
            env.core.export_sprint_as_asked(&cast.moderator, sprint.id, format, false, &mut out).await.unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains(CONTROL));
            for row in ROWS {
                assert!(!text.contains(row.word), "{row:?} exported: {text}");
            }
        }
    }
}
