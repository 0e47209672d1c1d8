//! The Discord bot in a server, over the gateway as well as its endpoint: a forum channel tied
//! to the sprint gets a post per idea (tagged with its challenge), replies written there become
//! comments and comments made elsewhere appear there; a plain message in an ideas channel is
//! offered as an idea; Discord roles mapped by the operator act as core roles. Real serenity
//! against the fake Discord's REST API and gateway, on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::ListOrder;
use crowdsprint_discord::{RoleMap, ServerSetup};
use crowdsprint_tests::discord_bot::{CHANNEL, DiscordWorld, GUILD, Person, Where, int, sub};
use crowdsprint_tests::fake_discord::FakeDiscord;
use crowdsprint_tests::{both_backends, crowdsprint_core, eventually};
use serde_json::{Value, json};
use std::time::Duration;

/// The forum tied to the sprint.
const FORUM: u64 = 900_000_000_000_000_050;
/// A Discord role the operator maps to moderators.
const MODERATORS: u64 = 900_000_000_000_000_070;

fn ann() -> Person {
    Person::new(5001, "Ann")
}

fn bryn() -> Person {
    Person::new(5002, "Bryn")
}

/// A plain member in core who holds the server's moderator role on Discord.
fn cara() -> Person {
    Person::new(5003, "Cara").with_role(MODERATORS)
}

fn dee() -> Person {
    Person::new(5004, "Dee")
}

fn setup() -> ServerSetup {
    ServerSetup {
        ideas_channel_ids: vec![CHANNEL],
        roles: RoleMap {
            moderators: vec![MODERATORS],
            champions: Vec::new(),
        },
    }
}

async fn actor(world: &DiscordWorld, person: &Person) -> Actor {
    let identity = Identity::new(Platform::Discord, person.id.to_string());
    world.env.core.require_actor(&identity).await.unwrap()
}

fn author_id(message: &Value) -> u64 {
    message["author"]["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .unwrap_or_default()
}

fn bot_messages(world: &DiscordWorld, channel: u64) -> Vec<Value> {
    world
        .discord
        .messages_in(channel)
        .into_iter()
        .filter(|m| author_id(m) == FakeDiscord::BOT_USER_ID)
        .collect()
}

both_backends! {
    async fn a_forum_mirrors_ideas_and_their_conversations(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start_in_server(env, setup()).await;
        world.discord.add_forum(GUILD, FORUM, &[]);
        for person in [ann(), bryn(), cara()] {
            world.register(&person).await;
        }

        // Bryn holds no mapped role: /mod announce is refused by core and nothing is tied.
        let refused = world
            .command(&bryn(), Where::Server, "mod", vec![sub("announce", vec![json!({"name": "channel", "type": 7, "value": FORUM.to_string()})])])
            .await;
        assert!(refused.content().contains("Sorry, only"), "{}", refused.content());
        let tied = world.env.core.channels_for(Platform::Discord, sprint.id, None).await.unwrap();
        assert!(tied.is_empty());

        // Cara is a plain member in crowdsprint but holds the server's moderator role, which
        // the operator mapped: she ties the forum to the sprint.
        assert_eq!(actor(&world, &cara()).await.role(), Role::Member);
        let answer = world
            .command(&cara(), Where::Server, "mod", vec![sub("announce", vec![json!({"name": "channel", "type": 7, "value": FORUM.to_string()})])])
            .await;
        assert!(answer.ephemeral());
        assert!(answer.content().contains("will be announced"), "{}", answer.content());
        let tied = world.env.core.channels_for(Platform::Discord, sprint.id, None).await.unwrap();
        assert_eq!(tied.len(), 1);
        assert_eq!(tied[0].place.chat, FORUM.to_string(), "the chosen forum, not the channel typed in");
        assert_eq!(actor(&world, &cara()).await.role(), Role::Member, "the mapping is not stored");

        // Ann posts an idea: it gets its own forum post, tagged with its challenge (a tag the
        // bot adds to the forum, as it had none).
        let form = world
            .command(&ann(), Where::Server, "idea", vec![int("challenge", challenges[0].id.get())])
            .await;
        let posted = world
            .submit(&ann(), Where::Server, form.data()["custom_id"].as_str().unwrap(), &[
                ("title", "Discharge lounge open until 9pm"),
                ("body", "Patients wait on wards for transport"),
            ])
            .await;
        assert!(posted.content().contains("Thank you"), "{}", posted.content());
        let ann_actor = actor(&world, &ann()).await;
        let idea = world.env.core.list_ideas(Some(&ann_actor), None, ListOrder::Mine, 0).await.unwrap().ideas[0].clone();
        let post = eventually("the idea's forum post", || async { world.discord.threads().first().cloned() }).await;
        assert_eq!(post["parent_id"], FORUM.to_string());
        assert_eq!(post["name"], format!("#{} Discharge lounge open until 9pm", idea.id));
        let forum = world.discord.channel(FORUM).unwrap();
        let tags = forum["available_tags"].as_array().unwrap().clone();
        let tag = tags.iter().find(|t| t["name"] == challenges[0].title).expect("a tag for the challenge");
        assert_eq!(post["applied_tags"], json!([tag["id"]]));
        let card = &post["message"]["embeds"][0];
        assert!(card["title"].as_str().unwrap().contains("Discharge lounge"), "{card}");
        assert!(post["message"]["components"][0]["components"].as_array().is_some_and(|b| !b.is_empty()), "the card has its buttons");
        let thread: u64 = post["id"].as_str().unwrap().parse().unwrap();

        // A second idea in the same challenge reuses the tag rather than adding another.
        world.env.core.submit_idea(&ann_actor, crowdsprint_core::service::IdeaDraft {
            challenge: challenges[0].id,
            title: IdeaTitle::parse("Pharmacy runner for discharge medicines").unwrap(),
            body: IdeaBody::parse("").unwrap(),
            kind: IdeaKind::Idea,
            origin: Origin::Chat(Platform::Discord),
        }).await.unwrap();
        eventually("the second forum post", || async { (world.discord.threads().len() == 2).then_some(()) }).await;
        assert_eq!(world.discord.channel(FORUM).unwrap()["available_tags"].as_array().unwrap().len(), 1);

        // Bryn replies in the post: it becomes his comment on the idea, and is not echoed.
        world.say(&bryn(), thread, "Ward 3 tried this and beds freed up by 2pm");
        let comment = eventually("Bryn's comment", || async {
            let view = world.env.core.idea_view(None, idea.id).await.ok()?;
            view.comments.into_iter().find(|c| c.body.contains("Ward 3 tried this"))
        }).await;
        assert_eq!(comment.author_name.as_deref(), Some("Bryn"));
        assert_eq!(comment.visibility, Visibility::Visible);

        // Ann answers from elsewhere (the console, Telegram...): it appears in the post, once.
        world.env.core.comment(&ann_actor, idea.id, None, CommentBody::parse("Thanks Bryn, *which* porters?").unwrap()).await.unwrap();
        let mirrored = eventually("Ann's comment in the post", || async {
            bot_messages(&world, thread).into_iter().find(|m| m["content"].as_str().unwrap_or_default().contains("Thanks Bryn"))
        }).await;
        let text = mirrored["content"].as_str().unwrap();
        assert!(text.contains("Ann"), "{text}");
        assert!(text.contains("\\*which\\*"), "Markdown typed by people is escaped: {text}");
        assert_eq!(mirrored["allowed_mentions"], Value::Null, "stored messages do not keep allowed_mentions");
        // Give the follower time to (wrongly) echo Bryn's comment or repeat Ann's.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let from_bot: Vec<String> = bot_messages(&world, thread).iter().map(|m| m["content"].as_str().unwrap_or_default().to_owned()).collect();
        assert_eq!(from_bot.iter().filter(|t| t.contains("Thanks Bryn")).count(), 1, "{from_bot:?}");
        assert!(!from_bot.iter().any(|t| t.contains("Ward 3 tried this")), "not echoed: {from_bot:?}");

        // Someone who never registered is asked to, by name; nothing is stored.
        let before = world.env.snapshot().await;
        world.say(&dee(), thread, "Can I join in?");
        let asked = eventually("the answer to a stranger", || async {
            bot_messages(&world, thread).into_iter().find(|m| m["content"].as_str().unwrap_or_default().contains("/register"))
        }).await;
        assert!(asked["content"].as_str().unwrap().starts_with(&format!("<@{}>", dee().id)));
        assert_eq!(world.env.snapshot().await, before);

        // A reply with an NHS number is taken down and held for a moderator.
        let said = world.say(&bryn(), thread, "My NHS number is 943 476 5919 if that helps");
        eventually("the held reply taken down", || async {
            (!world.discord.messages_in(thread).iter().any(|m| m["id"].as_str() == Some(said.to_string().as_str()))).then_some(())
        }).await;
        let told = eventually("Bryn told why", || async {
            bot_messages(&world, thread).into_iter().find(|m| m["content"].as_str().unwrap_or_default().contains("personal details"))
        }).await;
        assert!(told["content"].as_str().unwrap().starts_with(&format!("<@{}>", bryn().id)));
        let queue = world.env.core.review_queue(&world.env.admin().await, 10).await.unwrap();
        assert!(queue.items.iter().any(|i| format!("{i:?}").contains("943 476 5919")), "held for review");

        // A moderator deletes the post on Discord: nothing is mirrored into it any more.
        world.discord.dispatch("THREAD_DELETE", json!({
            "id": thread.to_string(), "guild_id": GUILD.to_string(),
            "parent_id": FORUM.to_string(), "type": 11,
        }));
        eventually("the deleted post forgotten", || async {
            world.env.core.forum_posts_of(Platform::Discord, idea.id).await.ok().filter(|p| p.is_empty())
        }).await;
        let before = bot_messages(&world, thread).len();
        world.env.core.comment(&ann_actor, idea.id, None, CommentBody::parse("Anyone else?").unwrap()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(bot_messages(&world, thread).len(), before);
    }

    async fn a_message_in_the_ideas_channel_is_offered_as_an_idea(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start_in_server(env, setup()).await;
        world.register(&ann()).await;
        world.register(&bryn()).await;

        let said = world.say(&ann(), CHANNEL, "Self check-in kiosks in outpatients\nThe queue at the desk is long every morning");
        let offer = eventually("the offer", || async {
            bot_messages(&world, CHANNEL).into_iter().find(|m| m["components"].as_array().is_some_and(|c| !c.is_empty()))
        }).await;
        assert!(offer["content"].as_str().unwrap().contains("post this as an idea"), "{offer}");
        let button = offer["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
        assert_eq!(button, format!("offer:{said}"));

        // Only Ann may turn her words into an idea.
        let refused = world.press(&bryn(), Where::Server, &button, offer.clone()).await;
        assert!(refused.ephemeral());
        assert!(refused.content().contains("Only the person who wrote"), "{}", refused.content());

        // Two challenges are open: she picks one, then checks the form filled in from her words.
        let pick = world.press(&ann(), Where::Server, &button, offer.clone()).await;
        assert!(pick.ephemeral());
        let choices = pick.buttons();
        assert_eq!(choices.len(), challenges.len(), "{choices:?}");
        let (to_teams, _) = choices.iter().find(|(_, label)| *label == challenges[1].title).unwrap().clone();
        let form = world.press(&ann(), Where::Server, &to_teams, pick.as_message(CHANNEL)).await;
        assert_eq!(form.kind(), 9, "{:?}", form.body);
        let fields = &form.data()["components"];
        assert_eq!(fields[0]["components"][0]["value"], "Self check-in kiosks in outpatients");
        assert!(fields[1]["components"][0]["value"].as_str().unwrap().contains("queue at the desk"));
        let posted = world
            .submit(&ann(), Where::Server, form.data()["custom_id"].as_str().unwrap(), &[
                ("title", "Self check-in kiosks in outpatients"),
                ("body", "The queue at the desk is long every morning"),
            ])
            .await;
        assert!(posted.content().contains("Thank you"), "{}", posted.content());
        let ann_actor = actor(&world, &ann()).await;
        let mine = world.env.core.list_ideas(Some(&ann_actor), None, ListOrder::Mine, 0).await.unwrap();
        assert_eq!(mine.ideas[0].challenge_id, challenges[1].id);

        // Messages in other channels, and the bot's own, are left alone.
        let before = bot_messages(&world, 900_000_000_000_000_099).len();
        world.discord.add_text_channel(GUILD, 900_000_000_000_000_099, "random");
        world.say(&ann(), 900_000_000_000_000_099, "Lunch anyone?");
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(bot_messages(&world, 900_000_000_000_000_099).len(), before);
    }
}
