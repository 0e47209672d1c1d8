//! Privacy at the edges, through the real bots against the fakes, on SQLite and PostgreSQL:
//! what core withholds never reaches a group or a channel, and what was published before is
//! taken back (or drawn again) when an idea or comment is hidden, held, merged or its writer
//! erased.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_discord::ServerSetup;
use crowdsprint_tests::discord_bot::{DiscordWorld, GUILD, Person};
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, eventually, reason};
use serde_json::{Value, json};

const ANN: i64 = 2001;
const CARA: i64 = 2003;
const GROUP: i64 = -1_002_345_678;
const FORUM: u64 = 900_000_000_000_000_150;

fn text_of(message: &Value) -> String {
    format!("{} {}", message["content"], message["embeds"])
}

both_backends! {
    async fn a_group_never_sees_what_core_withholds_and_its_cards_follow_the_idea(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;
        world.register(CARA, "Cara", Some("en")).await;
        world.env.grant(&BotWorld::identity(CARA), Role::Moderator).await;
        let cara = world.env.core.require_actor(&BotWorld::identity(CARA)).await.unwrap();
        world.telegram.add_group(GROUP, "Ward 7");
        world.say_in(GROUP, CARA, None, "/announce").await;

        // Ann's idea is announced in the group; another is held for an NHS number.
        let ann = world.env.core.require_actor(&BotWorld::identity(ANN)).await.unwrap();
        let mark = world.telegram.mark();
        let public = world.env.idea(&ann, challenges[0].id, "Volunteer drivers for discharge", "").await;
        let card = world.reply(GROUP, mark).await;
        assert!(card.visible_text.contains("Volunteer drivers") && card.visible_text.contains("Ann"));
        let held = world.env.idea(&ann, challenges[0].id, "Patient 943.476.5919 waited", "").await;

        // A moderator asking about the held idea, the review queue or the audit log in the
        // group gets it privately; the group only hears that it was sent.
        for line in [format!("/show {}", held.id), "/review".into(), "/audit".into(), "/deliveries".into(), "/ideas mine".into()] {
            let mark = world.telegram.mark();
            let in_group = world.say_in(GROUP, CARA, None, &line).await;
            assert!(in_group.visible_text.contains("private chat"), "{line}: {}", in_group.visible_text);
            let private = world.reply(CARA, mark).await;
            assert!(!private.visible_text.is_empty(), "{line}: answered privately");
        }
        let group_text: String = world.telegram.messages_to(GROUP).iter().map(|m| m.visible_text.clone()).collect();
        assert!(!group_text.contains("5919") && !group_text.contains("476"), "{group_text}");
        let shown_privately: String = world.telegram.messages_to(CARA).iter().map(|m| m.visible_text.clone()).collect();
        assert!(shown_privately.contains("943.476.5919"), "the moderator does see it, privately");

        // A public idea shown in the group by a member is a public copy too.
        let shown = world.say_in(GROUP, ANN, None, &format!("/show {}", public.id)).await;
        assert!(shown.visible_text.contains("Volunteer drivers"));

        // Hidden: every card of it in the group becomes a neutral line, buttons gone.
        world.env.core.hide(&cara, Target::Idea(public.id), reason("Duplicate of a pilot")).await.unwrap();
        for copy in [&card, &shown] {
            let now = eventually("the card withdrawn", || async {
                let now = world.now(copy);
                now.visible_text.contains("withdrawn").then_some(now)
            }).await;
            assert!(!now.visible_text.contains("Volunteer drivers"), "{}", now.visible_text);
            assert!(now.button_texts().iter().all(|row| row.is_empty()), "{:?}", now.button_texts());
        }

        // Restored: the card comes back. Then Ann erases herself: her name leaves the card.
        world.env.core.restore(&cara, Target::Idea(public.id)).await.unwrap();
        eventually("the card back", || async { world.now(&card).visible_text.contains("Volunteer drivers").then_some(()) }).await;
        world.env.core.forget_me(&ann).await.unwrap();
        let redrawn = eventually("the card redrawn without her name", || async {
            let now = world.now(&card);
            (now.visible_text.contains("Volunteer drivers") && !now.visible_text.contains("Ann")).then_some(now)
        }).await;
        assert!(redrawn.visible_text.contains("former member"), "{}", redrawn.visible_text);
    }

    async fn a_long_card_in_a_group_is_one_message_and_all_of_it_is_withdrawn(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = BotWorld::start(env).await;
        world.register(ANN, "Ann", Some("en")).await;
        world.telegram.add_group(GROUP, "Ward 7");
        let admin = world.env.admin().await;
        let ann = world.env.core.require_actor(&BotWorld::identity(ANN)).await.unwrap();
        let idea = world.env.idea(&ann, challenges[0].id, "Quiet hours on the stroke ward", "").await;
        // Comments long enough that the whole card would take three messages.
        let long = "Night staff would welcome this and so would families who visit late. ".repeat(14);
        for _ in 0..10 {
            world.env.core.comment(&ann, idea.id, None, comment_body(&long)).await.unwrap();
        }
        let sends_to = |chat: i64, mark: usize| {
            world.telegram.calls_since(mark).iter()
                .filter(|c| c.is("sendMessage") && c.is_ok() && c.chat_id() == Some(chat))
                .count()
        };
        let mark = world.telegram.mark();
        world.say(ANN, None, &format!("/show {}", idea.id)).await;
        eventually("privately, the whole card in parts", || async { (sends_to(ANN, mark) >= 2).then_some(()) }).await;

        let mark = world.telegram.mark();
        let card = world.say_in(GROUP, ANN, None, &format!("/show {}", idea.id)).await;
        assert!(card.visible_text.contains("Quiet hours") && card.visible_text.contains(&format!("/show {}", idea.id)), "{}", card.visible_text);
        assert!(!card.button_texts().is_empty(), "the buttons go with it");
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(sends_to(GROUP, mark), 1, "one message in the group");

        world.env.core.hide(&admin, Target::Idea(idea.id), reason("Names a patient")).await.unwrap();
        let now = eventually("the card withdrawn", || async {
            let now = world.now(&card);
            now.visible_text.contains("withdrawn").then_some(now)
        }).await;
        assert!(!now.visible_text.contains("Night staff"), "{}", now.visible_text);
        let group_text: String = world.telegram.messages_to(GROUP).iter().map(|m| world.now(m).visible_text).collect();
        assert!(!group_text.contains("Quiet hours") && !group_text.contains("Night staff"), "{group_text}");
    }

    async fn a_forum_post_follows_its_idea_and_comments(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start_in_server(env, ServerSetup::default()).await;
        world.discord.add_forum(GUILD, FORUM, &[]);
        let ann = Person::new(6001, "Ann");
        let bryn = Person::new(6002, "Bryn");
        world.register(&ann).await;
        world.register(&bryn).await;
        let admin = world.env.admin().await;
        let place = Place { platform: Platform::Discord, chat: FORUM.to_string(), thread: None };
        world.env.core.tie_channel(&admin, &place, None).await.unwrap();

        let ann_actor = world.env.core.require_actor(&Identity::new(Platform::Discord, ann.id.to_string())).await.unwrap();
        let idea = world.env.idea(&ann_actor, challenges[0].id, "Discharge lounge open until 9pm", "").await;
        let post = eventually("the forum post", || async { world.discord.threads().first().cloned() }).await;
        let thread: u64 = post["id"].as_str().unwrap().parse().unwrap();
        // The post exists on Discord a moment before the bot has recorded it as the idea's:
        // a reply in that moment would belong to no idea.
        eventually("the forum post recorded", || async {
            let posts = world.env.core.forum_posts_of(Platform::Discord, idea.id).await.ok()?;
            (!posts.is_empty()).then_some(())
        }).await;

        // Bryn replies there; Ann comments from elsewhere and it is copied in.
        let bryn_message = world.say(&bryn, thread, "Ward 3 tried this and it worked");
        let bryn_comment = eventually("Bryn's comment", || async {
            world.env.core.idea_view(None, idea.id).await.ok()?.comments.into_iter().find(|c| c.body.contains("Ward 3"))
        }).await;
        let ann_comment = world.env.core.comment(&ann_actor, idea.id, None, comment_body("Thanks, which ward?")).await.unwrap().comment;
        let copy = eventually("Ann's comment copied in", || async {
            world.discord.messages_in(thread).into_iter().find(|m| text_of(m).contains("which ward"))
        }).await;

        // Hiding Ann's comment takes its copy down.
        world.env.core.hide(&admin, Target::Comment(ann_comment.id), reason("Off topic")).await.unwrap();
        let copy_id = copy["id"].as_str().unwrap().to_owned();
        eventually("the comment copy taken down", || async {
            (!world.discord.messages_in(thread).iter().any(|m| m["id"].as_str() == Some(&copy_id))).then_some(())
        }).await;

        // Bryn edits his reply to add a phone number: the comment takes the text, is held,
        // and the reply comes down.
        world.discord.dispatch("MESSAGE_UPDATE", json!({
            "id": bryn_message.to_string(), "channel_id": thread.to_string(), "guild_id": GUILD.to_string(),
            "author": bryn.user(), "content": "Ward 3 tried this, ring me on 07700 900123",
        }));
        let held = eventually("the edited comment held", || async {
            let admin = world.env.admin().await;
            let view = world.env.core.idea_view(Some(&admin), idea.id).await.ok()?;
            view.comments.into_iter().find(|c| c.id == bryn_comment.id && c.visibility == Visibility::Pending)
        }).await;
        assert!(held.body.contains("07700 900123"));
        eventually("the edited reply taken down", || async {
            (!world.discord.messages_in(thread).iter().any(|m| m["id"].as_str() == Some(bryn_message.to_string().as_str()))).then_some(())
        }).await;
        assert!(world.env.core.idea_view(None, idea.id).await.unwrap().comments.iter().all(|c| c.id != bryn_comment.id));

        // Hiding the idea withdraws the post's card.
        world.env.core.hide(&admin, Target::Idea(idea.id), reason("Withdrawn")).await.unwrap();
        let starter = eventually("the post's card withdrawn", || async {
            let first = world.discord.messages_in(thread).into_iter().find(|m| m["id"].as_str() == Some(thread.to_string().as_str()))?;
            text_of(&first).contains("withdrawn").then_some(first)
        }).await;
        assert!(!text_of(&starter).contains("Discharge lounge"), "{starter}");
        assert!(starter["components"].as_array().is_none_or(|c| c.is_empty()), "no buttons left");

        // A reply deleted by its writer takes the comment with it.
        world.env.core.restore(&admin, Target::Idea(idea.id)).await.unwrap();
        let dee = Person::new(6004, "Dee");
        world.register(&dee).await;
        let said = world.say(&dee, thread, "Our ward would love this");
        let dees = eventually("Dee's comment", || async {
            world.env.core.idea_view(None, idea.id).await.ok()?.comments.into_iter().find(|c| c.body.contains("Our ward"))
        }).await;
        world.discord.dispatch("MESSAGE_DELETE", json!({
            "id": said.to_string(), "channel_id": thread.to_string(), "guild_id": GUILD.to_string(),
        }));
        eventually("Dee's comment withdrawn", || async {
            let view = world.env.core.idea_view(None, idea.id).await.ok()?;
            view.comments.iter().all(|c| c.id != dees.id).then_some(())
        }).await;
    }
}
