//! The fake Discord checked against the real serenity client: what the Discord journeys rely
//! on (REST answers serenity can read, Discord's refusals, the gateway handshake).

#![allow(clippy::unwrap_used)]

use crowdsprint_tests::fake_discord::{FakeDiscord, Limits};
use serenity::all::{
    ChannelId, Context, CreateMessage, EventHandler, GatewayIntents, HttpBuilder, Ready, UserId,
};
use std::time::Duration;

fn http(fake: &FakeDiscord) -> serenity::http::Http {
    HttpBuilder::new(FakeDiscord::TOKEN)
        .proxy(fake.url())
        .ratelimiter_disabled(true)
        .application_id(FakeDiscord::APPLICATION_ID.into())
        .build()
}

#[tokio::test]
async fn dms_are_opened_sent_and_refused_as_on_discord() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    let me = http.get_current_user().await.unwrap();
    assert_eq!(me.id.get(), FakeDiscord::BOT_USER_ID);
    let dm = UserId::new(42).create_dm_channel(&http).await.unwrap();
    let sent = dm
        .id
        .send_message(&http, CreateMessage::new().content("hello"))
        .await
        .unwrap();
    assert_eq!(sent.content, "hello");
    assert_eq!(fake.dms_to(42).len(), 1);
    fake.close_dms(42);
    let refused = dm
        .id
        .send_message(&http, CreateMessage::new().content("again"))
        .await;
    assert!(format!("{refused:?}").contains("50007"), "{refused:?}");
    let too_long = ChannelId::new(7)
        .send_message(&http, CreateMessage::new().content("x".repeat(2001)))
        .await;
    assert!(
        too_long.is_err(),
        "serenity or the fake refuses 2,001 characters"
    );
}

#[tokio::test]
async fn bursts_over_the_global_limit_get_429() {
    let fake = FakeDiscord::start_with(Limits::discord()).await;
    let http = http(&fake);
    let mut refused = 0;
    for _ in 0..80 {
        if http.get_current_user().await.is_err() {
            refused += 1;
        }
    }
    assert!(
        refused > 0 && fake.rate_limited_count() == refused,
        "{refused}"
    );
}

struct Handler(tokio::sync::mpsc::UnboundedSender<String>);

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _: Context, ready: Ready) {
        let _ = self.0.send(format!("ready {}", ready.user.name));
    }
}

#[tokio::test]
async fn serenity_connects_to_the_fake_gateway() {
    let fake = FakeDiscord::start().await;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut client =
        serenity::client::ClientBuilder::new_with_http(http(&fake), GatewayIntents::GUILDS)
            .event_handler(Handler(tx))
            .await
            .unwrap();
    tokio::spawn(async move { client.start().await });
    let identify = fake.wait_for_identify(Duration::from_secs(10)).await;
    assert!(identify.is_some());
    assert_eq!(rx.recv().await.as_deref(), Some("ready crowdsprint"));
}
