//! crowdsprint-discord: the crowdsprint conversation on Discord. Slash commands, forms and
//! buttons over the same core as Telegram and the console, reached by the gateway, by a
//! signed interactions endpoint, or both; notifications and digests as direct messages.

mod action;
mod app;
mod buttons;
mod close_codes;
mod commands;
mod dm;
mod embed_budget;
mod endpoint;
mod failure;
mod forms;
mod gateway;
mod gateway_health;
mod markdown;
mod messages;
mod mirror;
mod note;
mod notify;
mod originals;
mod render;

mod respond;
mod rest;
mod slash;
mod submit;
mod verify;

pub use app::{RoleMap, ServerSetup};
pub use close_codes::layer as close_code_layer;
pub use endpoint::PATH as INTERACTIONS_PATH;
pub use failure::token_fix;
pub use markdown::escape;
pub use verify::{BadPublicKey, MAX_AGE_SECONDS, Rejected, RequestVerifier};

use anyhow::Context as _;
use app::App;
use crowdsprint_core::Core;
use crowdsprint_core::health::Part;
use crowdsprint_core::i18n::Catalog;
use serenity::http::{Http, HttpBuilder};
use serenity::model::id::{ApplicationId, GuildId};
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// How the bot is set up by the operator.
#[derive(Clone)]
pub struct DiscordConfig {
    /// `DISCORD_BOT_TOKEN`. Never logged.
    pub token: String,
    pub application_id: u64,
    /// `DISCORD_PUBLIC_KEY`: checks requests to the interactions endpoint.
    pub public_key: Option<String>,
    /// Servers to register commands in (instant updates); globally when empty.
    pub guild_ids: Vec<u64>,
    /// Where the REST API and gateway live (`DISCORD_API_URL`); Discord's own when `None`.
    pub api_url: Option<String>,
    /// Connect to the gateway (`true`) or only serve the interactions endpoint.
    pub gateway: bool,
    /// Ideas channels and role mappings.
    pub server: ServerSetup,
}

impl std::fmt::Debug for DiscordConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordConfig")
            .field("token", &"<redacted>")
            .field("application_id", &self.application_id)
            .field("endpoint", &self.public_key.is_some())
            .field("guild_ids", &self.guild_ids)
            .field("api_url", &self.api_url)
            .field("gateway", &self.gateway)
            .field("server", &self.server)
            .finish()
    }
}

/// How long stopping waits for serenity's gateway client.
const GATEWAY_STOP: std::time::Duration = std::time::Duration::from_secs(2);

/// A started bot; `routes` is the interactions endpoint when a public key was given, to mount
/// on the HTTP listener.
pub type RunningBot = crowdsprint_core::health::RunningBot<axum::Router>;

/// Registers the commands, then runs the gateway and/or the endpoint and the DM sender until
/// `shutdown`, reporting to `health` how the bot's link to Discord is doing: the gateway's
/// connection (an outage marks it down until serenity has reconnected), or in endpoint mode
/// that Discord accepted the token. A gateway Discord closes for good (a refused token, a
/// missing intent) is reported fatal with its fix.
pub async fn start_reporting(
    core: Core,
    catalog: Arc<Catalog>,
    config: DiscordConfig,
    health: Part,
    shutdown: CancellationToken,
) -> anyhow::Result<RunningBot> {
    let verifier = config
        .public_key
        .as_deref()
        .map(RequestVerifier::new)
        .transpose()?;
    let http = Arc::new(http_client(&config));
    register_commands(&http, &catalog, &config.guild_ids)
        .await
        .map_err(|error| match error {
            Registration::Unauthorized => failure::token_refused_by_rest().into(),
            Registration::Failed(error) => error,
        })?;
    let app = Arc::new(App::new(core, catalog, http.clone(), config.server.clone()));

    app.core
        .follow_broadcasts(mirror::FOLLOWER)
        .await
        .map_err(|e| anyhow::anyhow!("could not register the channel mirror: {e}"))?;
    let rest = rest::Rest::new(&config.token, config.api_url.as_deref());
    let (notifier, delivery_workers) =
        notify::Notifier::new(app.clone(), rest, config.application_id).spawn(&shutdown);
    let mirror = app.spawn_mirror(shutdown.clone());
    let gateway = if config.gateway {
        let handler = gateway::Handler {
            app: app.clone(),
            health: health.clone(),
        };
        // Its own `Http` (same address and token): serenity's client takes one by value.
        let client = serenity::client::ClientBuilder::new_with_http(
            http_client(&config),
            gateway::intents(),
        )
        .event_handler(handler);
        let mut client = client
            .await
            .context("could not set up the Discord gateway client")?;
        let shards = client.shard_manager.clone();
        close_codes::watch(health.clone());
        gateway_health::spawn_watch(shards.clone(), health.clone(), shutdown.clone());
        let stop = shutdown.clone();
        tokio::spawn(async move {
            stop.cancelled().await;
            shards.shutdown_all().await;
        });
        let health = health.clone();
        Some(tokio::spawn(async move {
            // Serenity reconnects by itself; it returns only for what no reconnect mends.
            if let Err(error) = client.start().await {
                health.fatal(failure::gateway_stopped(&error));
            }
        }))
    } else {
        // Endpoint mode has no connection to watch: Discord accepted the token above, and it
        // calls us.
        health.up();
        None
    };
    let endpoint = verifier.map(|v| endpoint::router(app.clone(), v));
    let task = tokio::spawn(async move {
        shutdown.cancelled().await;
        // The delivery workers hold the notifier weakly: it lives until they have settled
        // the batch in hand.
        crowdsprint_core::notify::courier::settled(delivery_workers).await;
        drop(notifier);
        let _ = mirror.await;
        if let Some(mut gateway) = gateway {
            // Serenity can take a while to close a shard it is restarting (after a fatal close
            // code, say); nothing is lost by not waiting for it past this.
            if tokio::time::timeout(GATEWAY_STOP, &mut gateway)
                .await
                .is_err()
            {
                gateway.abort();
            }
        }
        tracing::info!("Discord bot stopped");
    });
    // Discord has no address that opens a chat with a bot; idea pages link to Telegram only.
    Ok(RunningBot {
        routes: endpoint,
        task,
        chat_link: None,
    })
}

/// The REST client the bot uses: Discord's own API, or `DISCORD_API_URL` when set.
pub fn http_client(config: &DiscordConfig) -> Http {
    match &config.api_url {
        Some(url) => http_client_for(config, url),
        None => HttpBuilder::new(&config.token)
            .application_id(ApplicationId::new(config.application_id.max(1)))
            .build(),
    }
}

/// A client pointed at another API address (a local fake, in tests). Serenity's own rate
/// limiter does not follow a proxy, so it is off and our senders pace themselves.
fn http_client_for(config: &DiscordConfig, url: &str) -> Http {
    HttpBuilder::new(&config.token)
        .proxy(url.trim_end_matches('/'))
        .ratelimiter_disabled(true)
        .application_id(ApplicationId::new(config.application_id.max(1)))
        .build()
}

/// The names of the top-level commands the bot registers (`/mod` holds the staff ones).
pub fn command_names() -> Vec<&'static str> {
    slash::MEMBER_COMMANDS
        .iter()
        .map(|slash| slash.name)
        .chain([slash::MOD_COMMAND])
        .collect()
}

/// Why the commands could not be registered.
enum Registration {
    /// Discord answered 401: the token is not a bot's.
    Unauthorized,
    Failed(anyhow::Error),
}

/// Overwrites the commands in each configured server, or globally.
async fn register_commands(
    http: &Http,
    catalog: &Catalog,
    guilds: &[u64],
) -> Result<(), Registration> {
    let commands = slash::definitions(catalog);
    let refused = |error: serenity::Error, place: String| match &error {
        serenity::Error::Http(http) if http.status_code().map(|s| s.as_u16()) == Some(401) => {
            Registration::Unauthorized
        }
        _ => Registration::Failed(anyhow::anyhow!(
            "could not register the Discord commands{place}: {error}"
        )),
    };
    if guilds.is_empty() {
        http.create_global_commands(&commands)
            .await
            .map_err(|e| refused(e, String::new()))?;
    }
    for guild in guilds {
        http.create_guild_commands(GuildId::new((*guild).max(1)), &commands)
            .await
            .map_err(|e| refused(e, format!(" in server {guild}")))?;
    }
    tracing::info!(
        commands = commands.len(),
        servers = guilds.len(),
        "Discord commands registered"
    );
    Ok(())
}
