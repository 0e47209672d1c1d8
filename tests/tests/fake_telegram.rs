//! The fake Telegram Bot API against the real teloxide client: what a bot sends is accepted,
//! refused or recorded as Telegram would, and pushed updates reach `getUpdates`.

#![allow(clippy::unwrap_used)]

use crowdsprint_tests::fake_telegram::{Failure, FakeTelegram, Limits, Rate};
use serde_json::json;
use std::time::{Duration, Instant};
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, ChatAction, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, ParseMode,
    ReplyParameters, UpdateKind,
};
use teloxide::utils::html;
use teloxide::{ApiError, RequestError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const WAIT: Duration = Duration::from_secs(5);

async fn start() -> (FakeTelegram, Bot) {
    let telegram = FakeTelegram::start().await;
    let bot = client(&telegram);
    (telegram, bot)
}

fn client(telegram: &FakeTelegram) -> Bot {
    Bot::new(FakeTelegram::TOKEN).set_api_url(telegram.url().parse().unwrap())
}

fn api_error(result: Result<impl std::fmt::Debug, RequestError>) -> ApiError {
    match result {
        Err(RequestError::Api(error)) => error,
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn keyboard(data: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Support", data)]])
}

#[tokio::test]
async fn get_me_answers_with_the_bot_behind_the_token() {
    let (telegram, bot) = start().await;
    let me = bot.get_me().await.unwrap();
    assert_eq!(me.id.0, u64::try_from(telegram.bot_id()).unwrap());
    assert!(me.is_bot);
    assert_eq!(me.username(), telegram.bot_username());
    let call = &telegram.calls_to("getMe")[0];
    assert_eq!(
        call.method, "getMe",
        "teloxide's GetMe is recorded as Telegram spells it"
    );
}

#[tokio::test]
async fn another_token_is_unauthorized() {
    let telegram = FakeTelegram::start().await;
    let stranger = Bot::new("1:not-the-token").set_api_url(telegram.url().parse().unwrap());
    assert_eq!(api_error(stranger.get_me().await), ApiError::InvalidToken);
    assert_eq!(telegram.calls()[0].error().unwrap().code, 401);
}

#[tokio::test]
async fn escaped_html_is_accepted_recorded_and_shown() {
    let (telegram, bot) = start().await;
    telegram.push_message(42, 42, "/start", Some("en"));
    let typed = "Fish & chips <3 \"quoted\"";
    let text = format!("<b>Your idea</b>\n{}", html::escape(typed));
    let sent = bot
        .send_message(ChatId(42), &text)
        .parse_mode(ParseMode::Html)
        .reply_markup(keyboard("v:1"))
        .await
        .unwrap();
    assert_eq!(sent.text(), Some("Your idea\nFish & chips <3 \"quoted\""));
    assert_eq!(
        sent.id.0, 2,
        "message ids grow per chat, after the user's /start"
    );

    let call = &telegram.calls_to("SendMessage")[0];
    assert_eq!(call.text().as_deref(), Some(text.as_str()));
    assert_eq!(call.param_str("parse_mode").as_deref(), Some("HTML"));
    assert_eq!(call.chat_id(), Some(42));

    let shown = telegram.last_message_to(42).unwrap();
    assert_eq!(shown.visible_text, format!("Your idea\n{typed}"));
    assert_eq!(shown.parse_mode.as_deref(), Some("HTML"));
    assert_eq!(shown.button_texts(), vec![vec!["Support".to_owned()]]);
    assert_eq!(
        shown.button("Support").unwrap().callback_data.as_deref(),
        Some("v:1")
    );
}

#[tokio::test]
async fn an_unescaped_less_than_cannot_be_parsed() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    let result = bot
        .send_message(ChatId(42), "Idea: beds < patients")
        .parse_mode(ParseMode::Html)
        .await;
    match api_error(result) {
        ApiError::CantParseEntities(description) => assert_eq!(
            description,
            "Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 11"
        ),
        other => panic!("expected CantParseEntities, got {other:?}"),
    }
    assert!(
        telegram.messages_to(42).is_empty(),
        "nothing reached the chat"
    );
    let call = &telegram.calls_to("sendMessage")[0];
    assert_eq!(call.error().unwrap().code, 400);
}

#[tokio::test]
async fn text_length_is_checked_after_entity_parsing() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    let fits = format!("<b>{}</b>", "x".repeat(4096));
    bot.send_message(ChatId(42), fits)
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    let too_long = bot.send_message(ChatId(42), "é".repeat(4097)).await;
    assert_eq!(api_error(too_long), ApiError::MessageIsTooLong);
    let empty = bot
        .send_message(ChatId(42), "<b> </b>")
        .parse_mode(ParseMode::Html)
        .await;
    assert_eq!(api_error(empty), ApiError::MessageTextIsEmpty);
}

#[tokio::test]
async fn an_injected_429_is_retry_after() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    telegram.fail_next("sendMessage", Failure::RetryAfter(7));
    match bot.send_message(ChatId(42), "hello").await {
        Err(RequestError::RetryAfter(wait)) => assert_eq!(wait.duration(), Duration::from_secs(7)),
        other => panic!("expected RetryAfter, got {other:?}"),
    }
    // Sending again before the 7 s are up is refused for twice what was left, and recorded.
    match bot.send_message(ChatId(42), "hello").await {
        Err(RequestError::RetryAfter(wait)) => assert!(wait.seconds() >= 13, "{wait:?}"),
        other => panic!("expected RetryAfter, got {other:?}"),
    }
    let calls = telegram.calls_to("sendMessage");
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].error().unwrap().retry_after, Some(7));
    assert_eq!(telegram.messages_to(42).len(), 0);
    assert_eq!(telegram.early_sends(), 1);
}

#[tokio::test]
async fn a_403_means_the_bot_was_blocked() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    telegram.fail_next("sendMessage", Failure::Forbidden);
    assert_eq!(
        api_error(bot.send_message(ChatId(42), "hi").await),
        ApiError::BotBlocked
    );
    bot.send_message(ChatId(42), "hi").await.unwrap();

    telegram.block_chat(42);
    assert_eq!(
        api_error(bot.send_message(ChatId(42), "again").await),
        ApiError::BotBlocked
    );
    telegram.add_user(43, "Bob", None, None);
    bot.send_message(ChatId(43), "others still hear from us")
        .await
        .unwrap();

    telegram.push_bot_blocked(43);
    let updates = bot.get_updates().await.unwrap();
    let UpdateKind::MyChatMember(blocked) = &updates[0].kind else {
        panic!("expected my_chat_member, got {:?}", updates[0].kind);
    };
    assert!(blocked.new_chat_member.is_banned());
    assert_eq!(
        api_error(bot.send_message(ChatId(43), "still there?").await),
        ApiError::BotBlocked
    );
}

#[tokio::test]
async fn the_bot_cannot_start_a_conversation_with_a_stranger() {
    let (telegram, bot) = start().await;
    let error = api_error(bot.send_message(ChatId(777), "hello?").await);
    assert_eq!(
        error,
        ApiError::Unknown("Forbidden: bot can't initiate conversation with a user".to_owned())
    );
    assert_eq!(
        api_error(bot.send_message(ChatId(-5), "hello?").await),
        ApiError::ChatNotFound
    );
    assert_eq!(telegram.calls_to("sendMessage").len(), 2);
}

#[tokio::test]
async fn get_updates_delivers_pushed_messages_and_respects_offsets() {
    let (telegram, bot) = start().await;
    let first = telegram.push_message(42, 42, "/start idea_7", Some("cy"));
    let second = telegram.push_message(42, 42, "We could text patients", Some("cy"));

    let updates = bot.get_updates().await.unwrap();
    assert_eq!(updates.len(), 2);
    assert_eq!(i64::from(updates[0].id.0), first.update_id);
    let UpdateKind::Message(message) = &updates[0].kind else {
        panic!("expected a message, got {:?}", updates[0].kind);
    };
    assert_eq!(message.text(), Some("/start idea_7"));
    assert_eq!(message.chat.id, ChatId(42));
    assert!(message.chat.is_private());
    let from = message.from.as_ref().unwrap();
    assert_eq!(from.language_code.as_deref(), Some("cy"));
    assert_eq!(Some(message.id.0), first.message_id);

    // Confirming the first leaves the second.
    let offset = i32::try_from(first.update_id + 1).unwrap();
    let updates = bot.get_updates().offset(offset).await.unwrap();
    assert_eq!(updates.len(), 1);
    assert_eq!(i64::from(updates[0].id.0), second.update_id);

    let offset = i32::try_from(second.update_id + 1).unwrap();
    let updates = bot.get_updates().offset(offset).await.unwrap();
    assert!(updates.is_empty());
    assert_eq!(telegram.pending_updates(), 0);
}

#[tokio::test]
async fn a_long_poll_wakes_when_an_update_is_pushed() {
    let (telegram, bot) = start().await;
    let started = Instant::now();
    let poll = tokio::spawn(async move { bot.get_updates().timeout(30).await });
    tokio::time::sleep(Duration::from_millis(100)).await;
    telegram.push_message(42, 42, "hello", None);
    let updates = tokio::time::timeout(WAIT, poll)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(updates.len(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the long poll was capped"
    );

    let (telegram, bot) = start().await;
    let started = Instant::now();
    let updates = bot.get_updates().timeout(30).await.unwrap();
    assert!(updates.is_empty());
    assert!(started.elapsed() < Duration::from_secs(3));
    drop(telegram);
}

#[tokio::test]
async fn callback_data_over_64_bytes_is_refused() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    let result = bot
        .send_message(ChatId(42), "Vote?")
        .reply_markup(keyboard(&"x".repeat(65)))
        .await;
    assert_eq!(api_error(result), ApiError::ButtonDataInvalid);
    bot.send_message(ChatId(42), "Vote?")
        .reply_markup(keyboard(&"x".repeat(64)))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_card_is_edited_in_place_and_its_button_answered() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    let card = bot
        .send_message(ChatId(42), "Idea 7 · 0 supporters")
        .reply_markup(keyboard("v:7"))
        .await
        .unwrap();
    let pressed = telegram.push_callback(42, 42, card.id.0, "v:7");
    let updates = bot.get_updates().await.unwrap();
    let UpdateKind::CallbackQuery(query) = &updates[0].kind else {
        panic!("expected a callback query, got {:?}", updates[0].kind);
    };
    assert_eq!(query.data.as_deref(), Some("v:7"));
    assert_eq!(query.regular_message().unwrap().id, card.id);
    assert_eq!(Some(query.id.0.clone()), pressed.callback_query_id);

    bot.answer_callback_query(query.id.clone())
        .text("Thanks for your support")
        .await
        .unwrap();
    assert_eq!(
        api_error(bot.answer_callback_query(query.id.clone()).await),
        ApiError::InvalidQueryId,
        "a query is answered once"
    );
    let answer = telegram.callback_answer(&query.id.0).unwrap();
    assert_eq!(answer.text.as_deref(), Some("Thanks for your support"));

    bot.edit_message_text(ChatId(42), card.id, "Idea 7 · 1 supporter")
        .reply_markup(keyboard("v:7"))
        .await
        .unwrap();
    let unchanged = bot
        .edit_message_text(ChatId(42), card.id, "Idea 7 · 1 supporter")
        .reply_markup(keyboard("v:7"))
        .await;
    assert_eq!(api_error(unchanged), ApiError::MessageNotModified);

    let shown = telegram.messages_to(42);
    assert_eq!(shown.len(), 1, "edited in place, not sent again");
    assert_eq!(shown[0].visible_text, "Idea 7 · 1 supporter");
    assert_eq!(shown[0].edits, 1);
    assert_eq!(shown[0].buttons.len(), 1);

    // Like Telegram: editing the text without the keyboard removes it.
    bot.edit_message_text(ChatId(42), card.id, "Idea 7 (closed)")
        .await
        .unwrap();
    assert!(telegram.last_message_to(42).unwrap().buttons.is_empty());
    bot.edit_message_reply_markup(ChatId(42), card.id)
        .reply_markup(keyboard("v:7"))
        .await
        .unwrap();
    assert_eq!(telegram.last_message_to(42).unwrap().edits, 3);

    bot.delete_message(ChatId(42), card.id).await.unwrap();
    assert!(telegram.messages_to(42).is_empty());
    assert_eq!(
        api_error(bot.delete_message(ChatId(42), card.id).await),
        ApiError::MessageToDeleteNotFound
    );
}

#[tokio::test]
async fn documents_arrive_as_multipart_with_their_file() {
    let (telegram, bot) = start().await;
    telegram.add_user(42, "Ann", None, None);
    let csv = b"id,title\n1,Text patients\n".to_vec();
    let sent = bot
        .send_document(
            ChatId(42),
            InputFile::memory(csv.clone()).file_name("ideas.csv"),
        )
        .caption("<b>Export</b> &amp; more")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    let document = sent.document().unwrap();
    assert_eq!(document.file_name.as_deref(), Some("ideas.csv"));
    assert_eq!(document.file.size, u32::try_from(csv.len()).unwrap());
    assert_eq!(sent.caption(), Some("Export & more"));

    let call = &telegram.calls_to("sendDocument")[0];
    assert_eq!(call.chat_id(), Some(42));
    assert_eq!(call.files.len(), 1);
    assert_eq!(call.files[0].file_name.as_deref(), Some("ideas.csv"));
    assert_eq!(call.files[0].size, csv.len());
    let reference = call.param_str("document").unwrap();
    assert_eq!(reference, format!("attach://{}", call.files[0].field));

    let shown = telegram.last_message_to(42).unwrap();
    assert_eq!(shown.document.unwrap().data, csv);
    assert_eq!(shown.visible_text, "Export & more");
}

#[tokio::test]
async fn group_and_forum_topic_messages_carry_their_chat_and_thread() {
    let (telegram, bot) = start().await;
    telegram.add_group(-1_001_000_000_001, "Ward 7 ideas");
    telegram.push_bot_added(-1_001_000_000_001, 42);
    telegram.push_group_message(-1_001_000_000_001, 42, "/ideas top", Some("en"));
    telegram.push_topic_message(-1_001_000_000_002, 5, 43, "Support!", None);
    let updates = bot.get_updates().await.unwrap();
    let messages: Vec<&Message> = updates
        .iter()
        .filter_map(|update| match &update.kind {
            UpdateKind::Message(message) => Some(message),
            _ => None,
        })
        .collect();
    assert_eq!(messages.len(), 2);
    let UpdateKind::MyChatMember(added) = &updates[0].kind else {
        panic!("expected my_chat_member, got {:?}", updates[0].kind);
    };
    assert!(added.old_chat_member.is_left() && added.new_chat_member.is_member());
    assert_eq!(added.from.id.0, 42);
    assert!(messages[0].chat.is_supergroup());
    assert_eq!(messages[0].chat.title(), Some("Ward 7 ideas"));
    assert_eq!(messages[0].from.as_ref().unwrap().id.0, 42);
    assert_eq!(messages[1].thread_id.map(|thread| thread.0.0), Some(5));
    assert!(messages[1].is_topic_message);

    let reply = bot
        .send_message(messages[1].chat.id, "Thanks")
        .message_thread_id(messages[1].thread_id.unwrap())
        .reply_parameters(ReplyParameters::new(messages[1].id))
        .await
        .unwrap();
    assert_eq!(reply.thread_id, messages[1].thread_id);
    let shown = telegram.last_message_to(-1_001_000_000_002).unwrap();
    assert_eq!(shown.thread_id, Some(5));
    assert_eq!(shown.reply_to, Some(messages[1].id.0));

    let no_topics = bot
        .send_message(ChatId(-1_001_000_000_001), "x")
        .message_thread_id(messages[1].thread_id.unwrap())
        .await;
    assert_eq!(
        api_error(no_topics),
        ApiError::Unknown("Bad Request: message thread not found".to_owned())
    );
}

#[tokio::test]
async fn bot_level_methods_answer_in_shapes_teloxide_reads() {
    let (telegram, bot) = start().await;
    telegram.push_message(42, 42, "hi", Some("cy"));
    telegram.add_group(-100, "Team");
    telegram.set_member_status(-100, 43, "administrator");

    let commands = [
        BotCommand::new("idea", "Rhannu syniad"),
        BotCommand::new("help", "Help"),
    ];
    bot.set_my_commands(commands.clone())
        .language_code("cy")
        .await
        .unwrap();
    assert_eq!(
        bot.get_my_commands().language_code("cy").await.unwrap(),
        commands
    );
    assert_eq!(telegram.commands("cy").unwrap()[0].0, "idea");
    assert_eq!(telegram.commands(""), None);
    let regional = bot.set_my_commands(commands).language_code("cy-GB").await;
    assert!(
        matches!(api_error(regional), ApiError::Unknown(text) if text.contains("language code"))
    );
    let shouting = bot.set_my_commands([BotCommand::new("Idea", "x")]).await;
    assert!(
        matches!(api_error(shouting), ApiError::Unknown(text) if text.contains("BOT_COMMAND_INVALID"))
    );

    let info = bot.get_webhook_info().await.unwrap();
    assert_eq!(info.url, None);
    assert_eq!(info.pending_update_count, 1);
    bot.delete_webhook().await.unwrap();

    let chat = bot.get_chat(ChatId(42)).await.unwrap();
    assert_eq!(chat.id, ChatId(42));
    let group = bot.get_chat(ChatId(-100)).await.unwrap();
    assert_eq!(group.title(), Some("Team"));
    let admin = bot.get_chat_member(ChatId(-100), UserId(43)).await.unwrap();
    assert!(admin.is_administrator());
    let member = bot.get_chat_member(ChatId(-100), UserId(44)).await.unwrap();
    assert!(member.is_member() && !member.is_privileged());

    bot.send_chat_action(ChatId(42), ChatAction::Typing)
        .await
        .unwrap();
    bot.set_my_description()
        .description("Share ideas")
        .await
        .unwrap();
}

#[tokio::test]
async fn a_webhook_blocks_get_updates_until_deleted() {
    let (telegram, bot) = start().await;
    bot.set_webhook("https://bot.example.test/telegram".parse().unwrap())
        .secret_token("s3cret-token".to_owned())
        .await
        .unwrap();
    assert_eq!(
        telegram.webhook().unwrap().secret_token.as_deref(),
        Some("s3cret-token")
    );
    let error = api_error(bot.get_updates().await);
    assert!(matches!(error, ApiError::Unknown(text) if text.contains("webhook is active")));
    let plain_http = bot
        .set_webhook("http://bot.example.test/telegram".parse().unwrap())
        .await;
    assert_eq!(api_error(plain_http), ApiError::WebhookRequireHttps);
    bot.delete_webhook().await.unwrap();
    assert!(bot.get_updates().await.unwrap().is_empty());
}

#[tokio::test]
async fn webhook_updates_are_built_but_not_queued() {
    let (telegram, bot) = start().await;
    let update = telegram.message_update(42, 42, "/start", Some("cy"));
    // From text, as a webhook body arrives: through `from_value` teloxide reads UpdateKind::Error.
    let update: Update = serde_json::from_str(&update.to_string()).unwrap();
    let UpdateKind::Message(message) = &update.kind else {
        panic!("expected a message, got {:?}", update.kind);
    };
    assert_eq!(message.text(), Some("/start"));
    assert_eq!(telegram.pending_updates(), 0);
    // The message exists in the chat, so the bot may reply to it.
    bot.send_message(message.chat.id, "Croeso")
        .reply_parameters(ReplyParameters::new(message.id))
        .await
        .unwrap();
    let card = telegram.last_message_to(42).unwrap();
    let press = telegram.callback_update(42, 42, card.message_id, "v:1");
    let press: Update = serde_json::from_str(&press.to_string()).unwrap();
    assert!(press.id.0 > update.id.0);
    let UpdateKind::CallbackQuery(query) = press.kind else {
        panic!("expected a callback query");
    };
    bot.answer_callback_query(query.id).await.unwrap();
}

#[tokio::test]
async fn a_chat_over_its_limit_gets_429_and_the_whole_bot_waits() {
    let telegram = FakeTelegram::start_with(Limits {
        private_chat: Some(Rate::new(2, Duration::from_secs(1))),
        ..Limits::default()
    })
    .await;
    let bot = client(&telegram);
    telegram.add_user(42, "Ann", None, None);
    telegram.add_user(43, "Bob", None, None);
    bot.send_message(ChatId(42), "1").await.unwrap();
    bot.send_message(ChatId(42), "2").await.unwrap();
    match bot.send_message(ChatId(42), "3").await {
        Err(RequestError::RetryAfter(wait)) => assert_eq!(wait.seconds(), 1),
        other => panic!("expected RetryAfter, got {other:?}"),
    }
    // Telegram's retry_after holds the whole bot: another chat must wait too.
    match bot.send_message(ChatId(43), "too early").await {
        Err(RequestError::RetryAfter(_)) => {}
        other => panic!("expected RetryAfter, got {other:?}"),
    }
    assert_eq!(telegram.early_sends(), 1);
    tokio::time::sleep(Duration::from_secs(2)).await;
    bot.send_message(ChatId(43), "after the wait")
        .await
        .unwrap();
}

#[tokio::test]
async fn a_teloxide_dispatcher_polls_and_replies() {
    let (telegram, bot) = start().await;
    let handler = Update::filter_message().endpoint(|bot: Bot, message: Message| async move {
        let text = html::escape(message.text().unwrap_or_default());
        bot.send_message(message.chat.id, format!("<i>echo</i> {text}"))
            .parse_mode(ParseMode::Html)
            .await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let shutdown = dispatcher.shutdown_token();
    let running = tokio::spawn(async move { dispatcher.dispatch().await });

    telegram.push_message(42, 42, "beds < patients & staff", Some("en"));
    let reply = telegram.wait_for_message(42, 0, WAIT).await.unwrap();
    assert_eq!(reply.visible_text, "echo beds < patients & staff");
    // The dispatcher asked only for messages; a button press is dropped, as Telegram would.
    let polls = telegram.calls_to("getUpdates");
    let allowed = polls.last().unwrap().param_json("allowed_updates");
    assert_eq!(allowed, Some(json!(["message"])));

    let mark = telegram.mark();
    telegram.push_message(42, 42, "second", None);
    let reply = telegram.wait_for_message(42, mark, WAIT).await.unwrap();
    assert_eq!(reply.visible_text, "echo second");

    tokio::time::timeout(WAIT, shutdown.shutdown().unwrap())
        .await
        .unwrap();
    tokio::time::timeout(WAIT, running).await.unwrap().unwrap();
    assert_eq!(
        telegram.pending_updates(),
        0,
        "the dispatcher confirmed what it handled"
    );
}

#[tokio::test]
async fn unknown_methods_are_404_and_names_are_case_insensitive() {
    let telegram = FakeTelegram::start().await;
    let post = |path: String| {
        let addr = telegram.addr();
        async move {
            let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
            let request = format!(
                "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
                 Content-Length: 2\r\nConnection: close\r\n\r\n{{}}"
            );
            stream.write_all(request.as_bytes()).await.unwrap();
            let mut response = String::new();
            stream.read_to_string(&mut response).await.unwrap();
            response
        }
    };
    let token = FakeTelegram::TOKEN;
    let unknown = post(format!("/bot{token}/sendRocket")).await;
    assert!(unknown.starts_with("HTTP/1.1 404"), "{unknown}");
    assert!(
        unknown.contains(
            r#"{"ok":false,"error_code":404,"description":"Not Found: method not found"}"#
        )
    );
    let lower = post(format!("/bot{token}/getme")).await;
    assert!(lower.starts_with("HTTP/1.1 200"), "{lower}");
    let wrong = post("/botnope/getMe".to_owned()).await;
    assert!(wrong.contains(r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#));
}
