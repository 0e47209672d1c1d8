//! The running Telegram bot: teloxide's dispatcher feeding updates, by long polling or a
//! webhook, to handlers that turn them into core calls and render the outcome as HTML with
//! buttons. Updates from one chat are handled in order; different chats run side by side (in a
//! fixed number of lanes, see `lanes`), and
//! one failing update is logged and answered with an apology without stopping the rest.

mod announce;
mod app;
mod callbacks;
mod dialogue;
mod failure;
mod lanes;
mod messages;
mod notify;
mod polling;
mod privately;
mod replies;
mod send;
mod webhook_health;

pub use send::{Outgoing, SendError};

use crate::{CallbackCodec, commands_menu};
use app::App;
use crowdsprint_core::Core;
use crowdsprint_core::health::Part;
use crowdsprint_core::i18n::Catalog;
use std::sync::Arc;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, Update};
use teloxide::update_listeners::webhooks;
use tokio_util::sync::CancellationToken;

/// How the bot is set up by the operator.
#[derive(Clone)]
pub struct TelegramConfig {
    /// From BotFather. Never logged: teloxide puts it in every request URL.
    pub token: String,
    /// Where the Bot API lives (`TELEGRAM_API_URL`); Telegram's own when `None`.
    pub api_url: Option<url::Url>,
    /// Receive updates by webhook instead of long polling.
    pub webhook: Option<WebhookConfig>,
    /// Bulk messages a second over all chats and replicas (`telegram_per_second`).
    pub per_second: u32,
}

/// Telegram allows 30 messages in any one second: 29 leaves a slot for answers to people.
pub const DEFAULT_PER_SECOND: u32 = 29;

/// Webhook mode: Telegram posts updates to `url`, signed with `secret`.
#[derive(Clone)]
pub struct WebhookConfig {
    /// The public HTTPS address Telegram calls; its path is served by our HTTP listener.
    pub url: url::Url,
    /// Sent back by Telegram in `X-Telegram-Bot-Api-Secret-Token`; anything else gets a 401.
    pub secret: String,
}

impl std::fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url.as_ref().map(url::Url::as_str))
            .field("webhook", &self.webhook.as_ref().map(|w| w.url.as_str()))
            .field("per_second", &self.per_second)
            .finish()
    }
}

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("url", &self.url.as_str())
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// A started bot: its dispatcher runs until the shutdown token is cancelled; in webhook mode
/// `routes` is the route Telegram posts to, to mount on the HTTP listener.
pub type RunningBot = crowdsprint_core::health::RunningBot<axum::Router>;

/// Connects to the Bot API, publishes the command menus and starts handling updates, reporting
/// to `health` how the connection to Telegram is doing: every answered poll or delivered update
/// marks it up, an outage marks it down, a token refused (at start, or while running) is
/// reported fatal with a `crowdsprint_core::health::Fatal` naming the setting and the fix.
pub async fn start_reporting(
    core: Core,
    catalog: Arc<Catalog>,
    config: TelegramConfig,
    health: Part,
    shutdown: CancellationToken,
) -> anyhow::Result<RunningBot> {
    let bot = client(&config);
    let me = bot.get_me().await.map_err(failure::at_start)?;
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, "connected to Telegram");
    let chat_link = (!username.is_empty()).then(|| format!("https://t.me/{username}"));
    let codec = CallbackCodec::new(&callback_secret(&config.token));
    let app = Arc::new(App::new(
        core,
        catalog,
        bot.clone(),
        codec,
        username,
        config.per_second,
    ));
    publish_menus(&app).await;
    app.core
        .follow_broadcasts(announce::FOLLOWER)
        .await
        .map_err(|e| anyhow::anyhow!("could not register the announcer: {e}"))?;
    app.spawn_announcer(shutdown.clone());
    let delivery_workers = app.spawn_notifier(&shutdown);

    let handler = dptree::endpoint(|app: Arc<App>, update: Update| async move {
        app.handle(update).await;
        Ok::<(), std::convert::Infallible>(())
    });
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler)
        .dependencies(dptree::deps![app.clone()])
        .default_handler(|_| async {})
        .distribution_function(lanes::lane)
        .build();
    stop_on(&dispatcher, shutdown.clone());

    match config.webhook {
        None => {
            delete_webhook(&bot).await;
            let listener = polling::listener(bot, health);
            let task = tokio::spawn(async move {
                dispatcher
                    .dispatch_with_listener(
                        listener,
                        Arc::new(|never: std::convert::Infallible| async move { match never {} }),
                    )
                    .await;
                crowdsprint_core::notify::courier::settled(delivery_workers).await;
                tracing::info!("Telegram bot stopped");
            });
            Ok(RunningBot {
                routes: None,
                task,
                chat_link,
            })
        }
        Some(webhook) => {
            let address = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
            let options = webhooks::Options::new(address, webhook.url.clone())
                .secret_token(webhook.secret.clone());
            let (listener, stopped, router) = webhooks::axum_to_router(bot.clone(), options)
                .await
                .map_err(|e| match e {
                    teloxide::RequestError::Api(teloxide::ApiError::InvalidToken) => {
                        failure::token_refused().into()
                    }
                    other => anyhow::anyhow!(
                        "could not set the Telegram webhook: {}",
                        failure::describe(&other)
                    ),
                })?;
            health.up();
            let router = webhook_health::observed(router, health.clone());
            webhook_health::spawn_check(bot, webhook.url, health, shutdown.clone());
            let task = tokio::spawn(async move {
                let dispatching = dispatcher.dispatch_with_listener(
                    listener,
                    Arc::new(|never: std::convert::Infallible| async move { match never {} }),
                );
                tokio::join!(dispatching, stopped);
                crowdsprint_core::notify::courier::settled(delivery_workers).await;
                tracing::info!("Telegram bot stopped");
            });
            Ok(RunningBot {
                routes: Some(router),
                task,
                chat_link,
            })
        }
    }
}

/// The Bot API client for `config`'s token, at `TELEGRAM_API_URL` when set.
pub fn client(config: &TelegramConfig) -> Bot {
    let bot = Bot::new(&config.token);
    match &config.api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    }
}

/// Why `getMe` failed at start, as `serve` says it: a refused token is a
/// `crowdsprint_core::health::Fatal` naming the setting and the fix; anything else says why
/// the Bot API could not be reached. Never the token.
pub fn start_failure(error: teloxide::RequestError) -> anyhow::Error {
    failure::at_start(error)
}

/// Long polling and a webhook exclude each other: a webhook left set (by an earlier run in
/// webhook mode) is removed first.
async fn delete_webhook(bot: &Bot) {
    match bot.get_webhook_info().await {
        Ok(info) if info.url.is_some() => {
            if let Err(error) = bot.delete_webhook().await {
                tracing::warn!(%error, "could not remove the webhook set earlier");
            }
        }
        Ok(_) => {}
        Err(error) => tracing::warn!(%error, "could not check for a webhook set earlier"),
    }
}

/// Cancels the dispatcher when `shutdown` fires (it refuses while still starting: retry).
fn stop_on<E>(dispatcher: &Dispatcher<Bot, E, i64>, shutdown: CancellationToken)
where
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        shutdown.cancelled().await;
        loop {
            match token.shutdown() {
                Ok(stopping) => break stopping.await,
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });
}

/// `setMyCommands` for every language and role scope we can express: the default menu in
/// every language, by Telegram language code.
async fn publish_menus(app: &App) {
    // Staff menus are set per chat when a champion or moderator says hello (`/start`).
    let everyone = commands_menu::all_menus(&app.catalog)
        .into_iter()
        .filter(|menu| menu.role == crowdsprint_core::domain::Role::Member);
    for menu in everyone {
        let commands: Vec<BotCommand> = menu
            .commands
            .iter()
            .map(|c| BotCommand::new(c.command.clone(), c.description.clone()))
            .collect();
        let mut request = app.bot.set_my_commands(commands);
        if let Some(code) = menu.language_code {
            request = request.language_code(code);
        }
        if let Err(error) = request.await {
            tracing::warn!(%error, language = ?menu.language_code, "could not set the command menu");
        }
    }
}

/// A champion's, moderator's or admin's own menu in their private chat: everything they may
/// use, in their language. Set when they say hello (`/start`).
pub(crate) async fn publish_staff_menu(
    app: &App,
    chat: teloxide::types::ChatId,
    actor: &crowdsprint_core::domain::Actor,
) {
    use teloxide::types::{BotCommandScope, Recipient};
    if actor.role() == crowdsprint_core::domain::Role::Member || !chat.is_user() {
        return;
    }
    let commands: Vec<BotCommand> = commands_menu::menu(&app.catalog, actor.locale(), actor.role())
        .into_iter()
        .map(|c| BotCommand::new(c.command, c.description))
        .collect();
    let scope = BotCommandScope::Chat {
        chat_id: Recipient::Id(chat),
    };
    if let Err(error) = app.bot.set_my_commands(commands).scope(scope).await {
        tracing::warn!(%error, "could not set a staff command menu");
    }
}

/// The key that signs button data: derived from the token, so every replica of one bot
/// agrees without another setting, and a new token invalidates old buttons.
fn callback_secret(token: &str) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(b"crowdsprint telegram callback v1\0");
    hash.update(token.as_bytes());
    hash.finalize().to_vec()
}
