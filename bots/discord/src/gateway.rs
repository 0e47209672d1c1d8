//! Gateway mode: serenity's client keeps a WebSocket to Discord and hands us interactions
//! as events; answers go back through REST. Used by servers that want message capture and
//! forum mirroring, and by anyone not running a public HTTPS endpoint.

use crate::app::App;
use crate::respond;
use crowdsprint_core::domain::Platform;
use crowdsprint_core::health::Part;
use serenity::all::{
    ChannelId, Context, EventHandler, GatewayIntents, GuildChannel, GuildId, Interaction, Message,
    MessageId, MessageUpdateEvent, PartialGuildChannel, Ready, ResumedEvent,
};
use serenity::async_trait;
use std::sync::Arc;

/// What the bot asks the gateway for: servers and their messages, and DMs. Message text in
/// servers needs the privileged Message Content intent (enable it on the Bot page).
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::DIRECT_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
}

/// Serenity's event handler: each interaction answered on its own task.
pub struct Handler {
    pub app: Arc<App>,
    /// Told at once when the gateway is (re)connected; `gateway_health` notices the rest.
    pub health: Part,
}

impl std::fmt::Debug for Handler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handler").finish_non_exhaustive()
    }
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _: Context, ready: Ready) {
        tracing::info!(
            guilds = ready.guilds.len(),
            "connected to the Discord gateway"
        );
        self.health.up();
    }

    async fn resume(&self, _: Context, _: ResumedEvent) {
        self.health.up();
    }

    /// Replies in our forum posts and messages in ideas channels; each on its own task, so a
    /// slow one holds up nothing.
    async fn message(&self, _: Context, message: Message) {
        let app = self.app.clone();
        tokio::spawn(async move { app.on_message(message).await });
    }

    /// A reply deleted in one of our forum posts: the comment it became goes too.
    async fn message_delete(
        &self,
        _: Context,
        _: ChannelId,
        message: MessageId,
        _: Option<GuildId>,
    ) {
        let id = message.to_string();
        if let Err(error) = self
            .app
            .core
            .comment_deleted_on_platform(Platform::Discord, &id)
            .await
        {
            tracing::warn!(%error, "could not withdraw a comment deleted on Discord");
        }
    }

    /// A reply edited in one of our forum posts: the comment follows, and is checked again.
    async fn message_update(
        &self,
        _: Context,
        _: Option<Message>,
        _: Option<Message>,
        event: MessageUpdateEvent,
    ) {
        let app = self.app.clone();
        tokio::spawn(async move { app.on_message_edit(event).await });
    }

    /// One of our forum posts deleted by a moderator: stop mirroring into it.
    async fn thread_delete(
        &self,
        _: Context,
        thread: PartialGuildChannel,
        _: Option<GuildChannel>,
    ) {
        let id = thread.id.to_string();
        if let Err(error) = self
            .app
            .core
            .forget_forum_post(Platform::Discord, &id)
            .await
        {
            tracing::warn!(%error, "could not forget a deleted forum post");
        }
    }

    async fn interaction_create(&self, _: Context, interaction: Interaction) {
        let id = interaction.id();
        let token = match &interaction {
            Interaction::Command(i) | Interaction::Autocomplete(i) => i.token.clone(),
            Interaction::Component(i) => i.token.clone(),
            Interaction::Modal(i) => i.token.clone(),
            _ => return,
        };
        let app = self.app.clone();
        let work = tokio::spawn(async move { app.answer(interaction).await });
        respond::in_time(&self.app.http, id, &token, work).await;
    }
}
