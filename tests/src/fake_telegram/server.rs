//! The HTTP side: `POST /bot<TOKEN>/<method>` on 127.0.0.1, the token check, the method table,
//! failure injection, blocked chats and rate limits, and recording each answered call.

use super::bot_methods as bot;
use super::calls::Call;
use super::failure::{ApiError, Failure};
use super::params::{self, MAX_BODY};
use super::polling;
use super::send;
use super::state::Shared;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

/// The methods the fake implements, spelled as Telegram documents them.
pub const METHODS: &[&str] = &[
    "getMe",
    "logOut",
    "close",
    "getUpdates",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
    "sendMessage",
    "sendDocument",
    "sendChatAction",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "answerCallbackQuery",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "getChat",
    "getChatMember",
];

/// Methods refused with 403 in a chat that blocked the bot.
const SENDS: &[&str] = &[
    "sendMessage",
    "sendDocument",
    "sendChatAction",
    "editMessageText",
    "editMessageReplyMarkup",
];

/// Methods that count against rate limits.
const LIMITED: &[&str] = &[
    "sendMessage",
    "sendDocument",
    "editMessageText",
    "editMessageReplyMarkup",
];

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{bot}/{method}", any(handle))
        .fallback(|| async { answer(Err(ApiError::new(404, "Not Found"))) })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(shared)
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    request: Request,
) -> Response {
    let at = Instant::now();
    let received = SystemTime::now();
    let canonical = METHODS
        .iter()
        .find(|known| known.eq_ignore_ascii_case(&method))
        .map_or(method, |known| (*known).to_owned());
    let (params, files, result) = match params::read(request).await {
        Err(error) => (json!({}), Vec::new(), Err(error)),
        Ok((params, files)) => {
            let result = if bot.strip_prefix("bot") != Some(shared.token.as_str()) {
                Err(ApiError::unauthorized())
            } else {
                dispatch(&shared, &canonical, &params, &files).await
            };
            (params, files, result)
        }
    };
    {
        let mut inner = shared.lock();
        let seq = inner.calls.len();
        inner.calls.push(Call {
            seq,
            method: canonical,
            params,
            files,
            at,
            received,
            result: result.clone(),
        });
    }
    shared.calls_changed.notify_waiters();
    answer(result)
}

fn answer(result: Result<Value, ApiError>) -> Response {
    match result {
        Ok(value) => (
            StatusCode::OK,
            axum::Json(json!({ "ok": true, "result": value })),
        )
            .into_response(),
        Err(error) => {
            let status = StatusCode::from_u16(error.code).unwrap_or(StatusCode::BAD_REQUEST);
            let json = [(CONTENT_TYPE, "application/json")];
            (status, json, error.body_text()).into_response()
        }
    }
}

async fn dispatch(
    shared: &Shared,
    method: &str,
    p: &Value,
    files: &[params::UploadedFile],
) -> Result<Value, ApiError> {
    if !METHODS.contains(&method) {
        return Err(ApiError::method_not_found());
    }
    if LIMITED.contains(&method)
        && let Err(seconds) = shared.lock().limiter.not_held(Instant::now())
    {
        return Err(ApiError::retry_after(seconds));
    }
    let failure = shared.lock().take_failure(method);
    if let Some(failure) = failure {
        if let Failure::RetryAfter(seconds) = failure {
            shared.lock().limiter.hold(seconds, Instant::now());
        }
        return Err(failure.into());
    }
    if method == "getUpdates" {
        return polling::get_updates(shared, p).await;
    }
    let mut inner = shared.lock();
    if let Some(chat_id) = params::int(p, "chat_id") {
        if SENDS.contains(&method) && inner.blocked.contains(&chat_id) {
            return Err(match inner.chat_kind(chat_id) {
                Some(kind) if !kind.is_private() => {
                    ApiError::forbidden("bot was kicked from the group chat")
                }
                _ => ApiError::forbidden("bot was blocked by the user"),
            });
        }
        if LIMITED.contains(&method)
            && let Err(seconds) = inner.limiter.take(chat_id, Instant::now())
        {
            return Err(ApiError::retry_after(seconds));
        }
    }
    let inner = &mut *inner;
    match method {
        "getMe" => Ok(bot::get_me(&shared.bot)),
        "logOut" | "close" => Ok(json!(true)),
        "setWebhook" => bot::set_webhook(inner, p),
        "deleteWebhook" => Ok(bot::delete_webhook(inner, p)),
        "getWebhookInfo" => Ok(bot::get_webhook_info(inner)),
        "sendMessage" => send::send_message(inner, &shared.bot, p),
        "sendDocument" => send::send_document(inner, &shared.bot, p, files),
        "sendChatAction" => send::send_chat_action(inner, p),
        "editMessageText" => send::edit_message_text(inner, p),
        "editMessageReplyMarkup" => send::edit_message_reply_markup(inner, p),
        "deleteMessage" => send::delete_message(inner, p),
        "answerCallbackQuery" => bot::answer_callback_query(inner, p),
        "setMyCommands" => bot::set_my_commands(inner, p),
        "getMyCommands" => bot::get_my_commands(inner, p),
        "deleteMyCommands" => bot::delete_my_commands(inner, p),
        "setMyDescription" => bot::set_my_text(p, "description", 512),
        "setMyShortDescription" => bot::set_my_text(p, "short_description", 120),
        "setMyName" => bot::set_my_text(p, "name", 64),
        "getChat" => bot::get_chat(inner, p),
        "getChatMember" => bot::get_chat_member(inner, &shared.bot, p),
        _ => Err(ApiError::method_not_found()),
    }
}
