//! Discord refuses a message whose embeds hold more than 6,000 characters together: a review
//! queue of five long ideas must still reach the champion, trimmed to fit. Real serenity and
//! the real endpoint against the fake Discord, on both databases.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_tests::discord_bot::{DiscordWorld, Person, Where, sub};
use crowdsprint_tests::{both_backends, crowdsprint_core};

/// Characters Discord counts in an embed (title, description, fields, footer, author).
fn embed_chars(embed: &serde_json::Value) -> usize {
    let count = |v: &serde_json::Value| v.as_str().map_or(0, |s| s.chars().count());
    count(&embed["title"])
        + count(&embed["description"])
        + count(&embed["footer"]["text"])
        + count(&embed["author"]["name"])
        + embed["fields"].as_array().map_or(0, |fields| {
            fields
                .iter()
                .map(|f| count(&f["name"]) + count(&f["value"]))
                .sum()
        })
}

both_backends! {
    async fn a_review_of_five_long_ideas_still_arrives(env) {
        let (_, challenges) = env.open_sprint().await;
        let world = DiscordWorld::start(env).await;
        let champion = Person::new(8001, "Chris");
        world.register(&champion).await;
        world.env.grant(&Identity::new(Platform::Discord, champion.id.to_string()), Role::Champion).await;
        let ann = world.env.member("ann", Role::Member).await;
        for k in 0..5 {
            let body = format!("Idea {k}: {}", "a long account of the ward's morning. ".repeat(100));
            world.env.idea(&ann, challenges[0].id, &format!("Long idea {k}"), &body).await;
        }

        let review = world.command(&champion, Where::Server, "mod", vec![sub("review", Vec::new())]).await;
        let embeds = review.embeds();
        assert_eq!(embeds.len(), 5, "{:?}", review.body);
        let total: usize = embeds.iter().map(embed_chars).sum();
        assert!(total <= 6000, "{total} characters of embeds");
        assert!(embeds.iter().all(|e| e["title"].as_str().is_some_and(|t| t.contains("Long idea"))));
    }
}
