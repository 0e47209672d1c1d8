//! The fake Discord checked against the real serenity client: what the Discord journeys rely
//! on (REST answers serenity can read, Discord's refusals and rate limits, interaction
//! responses, forum posts, signatures, the gateway handshake and dispatched events).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crowdsprint_tests::fake_discord::{FakeDiscord, InteractionSigner, Limits, Rate};
use serde_json::{Value, json};
use serenity::all::{
    Channel, ChannelId, Context, CreateActionRow, CreateAttachment, CreateCommand, CreateForumPost,
    CreateInputText, CreateInteractionResponse, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, CreateModal, EditInteractionResponse,
    EventHandler, ForumTagId, GatewayIntents, GuildId, HttpBuilder, InputTextStyle, InteractionId,
    Message, Ready, UserId,
};
use serenity::http::{Http, HttpError};
use std::time::Duration;

const GUILD: u64 = 900_000_000_000_000_001;

fn http(fake: &FakeDiscord) -> Http {
    HttpBuilder::new(FakeDiscord::TOKEN)
        .proxy(fake.url())
        .ratelimiter_disabled(true)
        .application_id(FakeDiscord::APPLICATION_ID.into())
        .build()
}

/// The status and Discord error code of a failed serenity call.
fn refusal<T: std::fmt::Debug>(result: serenity::Result<T>) -> (u16, isize, String) {
    match result {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(response))) => (
            response.status_code.as_u16(),
            response.error.code,
            format!("{}", HttpError::UnsuccessfulRequest(response.clone())),
        ),
        other => panic!("expected an unsuccessful request, got {other:?}"),
    }
}

#[tokio::test]
async fn dms_are_opened_sent_edited_and_refused_as_on_discord() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    let me = http.get_current_user().await.unwrap();
    assert_eq!(me.id.get(), FakeDiscord::BOT_USER_ID);
    let app = http.get_current_application_info().await.unwrap();
    assert_eq!(app.id.get(), FakeDiscord::APPLICATION_ID);

    let mark = fake.mark();
    let dm = UserId::new(42).create_dm_channel(&http).await.unwrap();
    assert_eq!(dm.recipient.id.get(), 42);
    let again = UserId::new(42).create_dm_channel(&http).await.unwrap();
    assert_eq!(again.id, dm.id, "one DM channel per person");
    assert_eq!(fake.dm_channel_of(42), Some(dm.id.get()));

    let sent = dm
        .id
        .send_message(&http, CreateMessage::new().content("hello"))
        .await
        .unwrap();
    assert_eq!(sent.content, "hello");
    assert_eq!(sent.author.id.get(), FakeDiscord::BOT_USER_ID);
    let waited = fake
        .wait_for_dm(42, mark, Duration::from_secs(1))
        .await
        .unwrap();
    assert_eq!(waited["content"], "hello");
    let edited = http
        .edit_message(dm.id, sent.id, &json!({"content": "hello again"}), vec![])
        .await
        .unwrap();
    assert!(edited.edited_timestamp.is_some());
    let shown: Vec<Value> = fake.dms_to(42);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0]["content"], "hello again", "edits are applied");

    let sends = fake.calls_to("POST", "/channels/*/messages");
    assert_eq!(sends.len(), 1);
    assert_eq!(
        sends[0].authorization.as_deref(),
        Some(format!("Bot {}", FakeDiscord::TOKEN).as_str())
    );

    fake.close_dms(42);
    let refused = dm
        .id
        .send_message(&http, CreateMessage::new().content("again"))
        .await;
    assert_eq!(refusal(refused).1, 50007);
    assert_eq!(fake.dms_to(42).len(), 1);
}

#[tokio::test]
async fn attachments_arrive_as_multipart_with_their_bytes() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    let csv = b"id,title\n1,Home for noon\n".to_vec();
    let sent = ChannelId::new(7)
        .send_message(
            &http,
            CreateMessage::new()
                .content("export")
                .add_file(CreateAttachment::bytes(csv.clone(), "ideas.csv")),
        )
        .await
        .unwrap();
    assert_eq!(sent.attachments.len(), 1);
    assert_eq!(sent.attachments[0].filename, "ideas.csv");
    assert_eq!(sent.attachments[0].size as usize, csv.len());
    let call = fake.calls_to("POST", "/channels/7/messages").remove(0);
    assert_eq!(call.body["content"], "export", "payload_json is the body");
    assert_eq!(call.files, ["ideas.csv"]);
    assert_eq!(call.uploads, [("ideas.csv".to_owned(), csv)]);
}

#[tokio::test]
async fn messages_over_discords_limits_get_invalid_form_body() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    // Raw maps: serenity's builders would refuse some of these before sending.
    let long = http
        .send_message(
            ChannelId::new(7),
            vec![],
            &json!({"content": "x".repeat(2001)}),
        )
        .await;
    let (status, code, text) = refusal(long);
    assert_eq!((status, code), (400, 50035));
    assert!(text.contains("content"), "{text}");
    let embeds = json!({"embeds": [{"title": "t", "description": "d".repeat(4097)}]});
    let (_, code, text) = refusal(http.send_message(ChannelId::new(7), vec![], &embeds).await);
    assert_eq!(code, 50035);
    assert!(text.contains("embeds.0.description"), "{text}");
    let button = json!({"type": 2, "style": 1, "label": "b", "custom_id": "c"});
    let six = json!({"content": "x", "components": [{"type": 1, "components": vec![button; 6]}]});
    assert_eq!(
        refusal(http.send_message(ChannelId::new(7), vec![], &six).await).1,
        50035
    );
    let empty = http
        .send_message(ChannelId::new(7), vec![], &json!({"content": ""}))
        .await;
    assert_eq!(refusal(empty).1, 50006);
    assert!(fake.messages_in(7).is_empty());
}

#[tokio::test]
async fn commands_are_stored_and_unknown_locales_refused() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    let idea = CreateCommand::new("idea")
        .description("Post an idea")
        .description_localized("de", "Eine Idee posten");
    let stored = GuildId::new(GUILD)
        .set_commands(&http, vec![idea.clone()])
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "idea");
    assert_eq!(stored[0].guild_id, Some(GuildId::new(GUILD)));
    assert_eq!(fake.commands(Some(GUILD)).len(), 1);
    assert!(fake.commands(None).is_empty());

    let welsh = idea.description_localized("cy", "Postio syniad");
    let refused = GuildId::new(GUILD).set_commands(&http, vec![welsh]).await;
    let (status, code, text) = refusal(refused);
    assert_eq!((status, code), (400, 50035));
    assert!(text.contains("0.description_localizations.cy"), "{text}");
    assert_eq!(fake.commands(Some(GUILD)).len(), 1, "the old list stays");

    let shouting = CreateCommand::new("Idea").description("Post an idea");
    let refused = http.create_global_commands(&[shouting]).await;
    assert_eq!(refusal(refused).1, 50035);
}

#[tokio::test]
async fn bursts_over_the_global_limit_get_429() {
    // Discord's own figure, and a slower one so the count does not depend on the machine.
    assert_eq!(
        Limits::discord().global,
        Some(Rate::new(50, Duration::from_millis(20)))
    );
    let fake = FakeDiscord::start_with(Limits {
        global: Some(Rate::new(5, Duration::from_secs(60))),
        per_channel: None,
    })
    .await;
    let http = http(&fake);
    let mut refused = 0;
    for _ in 0..20 {
        let answer = http.get_current_user().await;
        if answer.is_err() {
            assert_eq!(refusal(answer).0, 429);
            refused += 1;
        }
    }
    assert_eq!(refused, 15, "a burst of 5, then nothing for a minute");
    assert_eq!(fake.rate_limited_count(), refused);
    // Interaction callbacks are exempt, as on Discord.
    let pong = CreateInteractionResponse::Pong;
    http.create_interaction_response(InteractionId::new(1), "t", &pong, vec![])
        .await
        .unwrap();
}

#[tokio::test]
async fn a_channels_bucket_is_reported_in_headers_and_429s() {
    let fake = FakeDiscord::start_with(Limits {
        global: None,
        per_channel: Some(Rate::new(2, Duration::from_secs(60))),
    })
    .await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v10/channels/7/messages", fake.url());
    let send = || {
        client
            .post(&url)
            .header("Authorization", format!("Bot {}", FakeDiscord::TOKEN))
            .header("Content-Type", "application/json")
            .body(r#"{"content":"hi"}"#)
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 200);
    let header = |r: &reqwest::Response, name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header(&first, "x-ratelimit-limit").as_deref(), Some("2"));
    assert_eq!(
        header(&first, "x-ratelimit-remaining").as_deref(),
        Some("1")
    );
    assert!(header(&first, "x-ratelimit-reset-after").is_some());
    assert!(header(&first, "x-ratelimit-bucket").is_some());
    assert_eq!(send().await.unwrap().status(), 200);
    let third = send().await.unwrap();
    assert_eq!(third.status(), 429);
    assert_eq!(header(&third, "retry-after").as_deref(), Some("60"));
    assert_eq!(header(&third, "x-ratelimit-global"), None);
    let body: Value = third.json().await.unwrap();
    assert_eq!(body["global"], false);
    assert!(body["retry_after"].as_f64().unwrap() > 59.0);
    assert_eq!(fake.messages_in(7).len(), 2);

    let unauthorised = client
        .get(format!("{}/api/v10/users/@me", fake.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(unauthorised.status(), 401);
    let body: Value = unauthorised.json().await.unwrap();
    assert_eq!(body, json!({"message": "401: Unauthorized", "code": 0}));
}

#[tokio::test]
async fn injected_failures_are_answered_then_used_up() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    fake.fail_next(2, 503, 0.0);
    assert_eq!(refusal(http.get_current_user().await).0, 503);
    assert_eq!(refusal(http.get_current_user().await).0, 503);
    assert!(http.get_current_user().await.is_ok());
    fake.fail_next(1, 429, 1.5);
    assert_eq!(refusal(http.get_current_user().await).0, 429);
    assert_eq!(fake.rate_limited_count(), 1);
    let unknown = http.get_channel(ChannelId::new(99)).await;
    assert_eq!(refusal(unknown).1, 10003);
}

#[tokio::test]
async fn interaction_responses_follow_ups_and_originals() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    fake.note_interaction(&json!({"token": "tok", "channel_id": "7"}));
    let defer =
        CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
    http.create_interaction_response(InteractionId::new(5), "tok", &defer, vec![])
        .await
        .unwrap();
    let twice = http
        .create_interaction_response(InteractionId::new(5), "tok", &defer, vec![])
        .await;
    assert_eq!(refusal(twice).1, 40060, "one response per interaction");
    assert_eq!(fake.interaction_responses()[0].0, "5");
    assert_eq!(fake.interaction_responses()[0].1["type"], 5);

    let edited = http
        .edit_original_interaction_response(
            "tok",
            &EditInteractionResponse::new().content("done"),
            vec![CreateAttachment::bytes(b"a,b".to_vec(), "export.csv")],
        )
        .await
        .unwrap();
    assert_eq!(edited.content, "done");
    assert_eq!(edited.channel_id.get(), 7);
    assert_eq!(edited.attachments[0].filename, "export.csv");
    let original: Message = http.get_original_interaction_response("tok").await.unwrap();
    assert_eq!(original.id, edited.id);
    let followup = http
        .create_followup_message(
            "tok",
            &CreateInteractionResponseFollowup::new().content("and another thing"),
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(followup.content, "and another thing");
    assert_eq!(fake.followups().len(), 1);
    http.delete_original_interaction_response("tok")
        .await
        .unwrap();
    assert!(fake.original_response("tok").is_none());

    // Callbacks need no bot token and are checked like messages.
    let no_token = HttpBuilder::new("")
        .proxy(fake.url())
        .ratelimiter_disabled(true)
        .build();
    let modal = CreateInteractionResponse::Modal(
        CreateModal::new("idea-form", "t".repeat(46)).components(vec![CreateActionRow::InputText(
            CreateInputText::new(InputTextStyle::Short, "Title", "title"),
        )]),
    );
    let refused = no_token
        .create_interaction_response(InteractionId::new(6), "tok6", &modal, vec![])
        .await;
    let (status, code, text) = refusal(refused);
    assert_eq!((status, code), (400, 50035));
    assert!(text.contains("data.title"), "{text}");
}

#[tokio::test]
async fn forum_posts_open_threads_with_their_tags() {
    let fake = FakeDiscord::start().await;
    let http = http(&fake);
    fake.add_forum(GUILD, 300, &[(301, "idea"), (302, "problem")]);
    let Channel::Guild(forum) = http.get_channel(ChannelId::new(300)).await.unwrap() else {
        panic!("a forum is a guild channel");
    };
    assert_eq!(forum.available_tags.len(), 2);
    assert_eq!(forum.available_tags[0].name, "idea");

    let post = CreateForumPost::new("Home for noon", CreateMessage::new().content("Discharge"))
        .add_applied_tag(ForumTagId::new(301));
    let thread = ChannelId::new(300)
        .create_forum_post(&http, post)
        .await
        .unwrap();
    assert_eq!(thread.parent_id, Some(ChannelId::new(300)));
    assert_eq!(thread.guild_id.get(), GUILD);
    assert_eq!(thread.applied_tags, [ForumTagId::new(301)]);
    assert_eq!(fake.threads().len(), 1);
    assert_eq!(fake.threads()[0]["message"]["content"], "Discharge");
    assert_eq!(fake.messages_in(thread.id.get()).len(), 1);
    assert!(matches!(
        http.get_channel(thread.id).await.unwrap(),
        Channel::Guild(_)
    ));

    let unknown_tag = CreateForumPost::new("x", CreateMessage::new().content("y"))
        .add_applied_tag(ForumTagId::new(999));
    let refused = ChannelId::new(300)
        .create_forum_post(&http, unknown_tag)
        .await;
    assert_eq!(refusal(refused).1, 50035);
}

#[test]
fn signatures_verify_with_serenitys_verifier() {
    let signer = InteractionSigner::test_key();
    let verifier = serenity::interactions_endpoint::Verifier::new(&signer.public_key_hex());
    let body = br#"{"type":1}"#;
    let [(signature_name, signature), (timestamp_name, timestamp)] = signer.headers(body);
    assert_eq!(signature_name, "X-Signature-Ed25519");
    assert_eq!(timestamp_name, "X-Signature-Timestamp");
    assert!(verifier.verify(&signature, &timestamp, body).is_ok());
    assert!(verifier.verify(&signature, &timestamp, b"{}").is_err());
    assert_eq!(signer.sign("1", body), signer.sign("1", body));
}

struct Handler(tokio::sync::mpsc::UnboundedSender<String>);

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _: Context, ready: Ready) {
        let guilds = ready.guilds.len();
        let _ = self.0.send(format!("ready {} {guilds}", ready.user.name));
    }

    async fn message(&self, _: Context, message: Message) {
        let _ = self
            .0
            .send(format!("message {} {}", message.author.id, message.content));
    }
}

#[tokio::test]
async fn serenity_connects_to_the_gateway_and_receives_dispatched_events() {
    let fake = FakeDiscord::start().await;
    fake.add_guild(GUILD);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let intents =
        GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    let mut client = serenity::client::ClientBuilder::new_with_http(http(&fake), intents)
        .event_handler(Handler(tx))
        .await
        .unwrap();
    let running = tokio::spawn(async move { client.start().await });
    let patience = Duration::from_secs(10);

    let identify = fake.wait_for_identify(patience).await.unwrap();
    assert_eq!(identify["intents"].as_u64(), Some(intents.bits()));
    let ready = tokio::time::timeout(patience, rx.recv()).await.unwrap();
    assert_eq!(ready.as_deref(), Some("ready crowdsprint 1"));
    assert_eq!(fake.connected_sessions(), 1);

    let mut message = crowdsprint_tests::fake_discord::message(
        1_200_000_000_000_000_001,
        7,
        &json!({"content": "hello bot"}),
        &[],
    );
    message["author"] = json!({"id": "42", "username": "ann", "discriminator": "0",
                               "global_name": "Ann", "avatar": null});
    fake.dispatch("MESSAGE_CREATE", message);
    let received = tokio::time::timeout(patience, rx.recv()).await.unwrap();
    assert_eq!(received.as_deref(), Some("message 42 hello bot"));

    drop(fake);
    running.abort();
}
