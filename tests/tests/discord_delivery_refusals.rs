//! How the Discord bot reads a refused notification: closed DMs (code 50007) mark the member
//! unreachable until they write to the bot again; any other 403 parks that message and leaves
//! the member reachable. Real serenity against the fake Discord, on both databases.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where};
use crowdsprint_tests::{both_backends, crowdsprint_core};
use std::time::{Duration, Instant};

fn ann() -> Person {
    Person::new(7001, "Ann")
}

/// The latest parked Discord delivery's reason, waiting up to ten seconds for one.
async fn parked_reason(world: &DiscordWorld, seen: usize) -> String {
    let admin = world.env.admin().await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let report = world.env.core.delivery_report(&admin, 10).await.unwrap();
        let dead: Vec<_> = report
            .dead
            .into_iter()
            .filter(|d| d.2 == "discord")
            .collect();
        if dead.len() > seen
            && let Some(newest) = dead.iter().max_by_key(|d| d.0)
        {
            return newest.3.clone();
        }
        assert!(Instant::now() < deadline, "no delivery was parked");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

both_backends! {
    async fn only_closed_dms_make_a_member_unreachable(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        world.register(&ann()).await;
        let identity = Identity::new(Platform::Discord, ann().id.to_string());
        let ann_actor = world.env.core.require_actor(&identity).await.unwrap();
        let admin = world.env.admin().await;

        // Discord refuses the message for another reason (403, not 50007): parked, still
        // reachable, and the next notification goes out.
        let first = world.env.idea(&ann_actor, challenges[0].id, "Weekend discharge team", "").await;
        world.discord.fail_next(1, 403, 0.0);
        world.env.core.approve(&admin, Target::Idea(first.id)).await.unwrap();
        let why = parked_reason(&world, 0).await;
        assert!(why.contains("refused the message"), "{why}");
        assert_eq!(world.env.core.unreachable_since(&identity).await.unwrap(), None);

        // Closed DMs: parked and unreachable.
        world.discord.close_dms(ann().id);
        world.env.core.hide(&admin, Target::Idea(first.id), crowdsprint_tests::reason("Duplicate")).await.unwrap();
        let why = parked_reason(&world, 1).await;
        assert!(why.contains("refused the DM"), "{why}");
        assert!(world.env.core.unreachable_since(&identity).await.unwrap().is_some());

        // She opens her DMs and writes to the bot there: reachable again.
        world.discord.open_dms(ann().id);
        world.command(&ann(), Where::Dm, "sprints", Vec::new()).await;
        assert_eq!(world.env.core.unreachable_since(&identity).await.unwrap(), None);
    }
}
