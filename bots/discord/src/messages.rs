//! Messages people write in a server (gateway mode only, with the Message Content intent):
//! a reply in one of our forum posts becomes a comment on its idea; a plain message in an
//! ideas channel (`DISCORD_IDEAS_CHANNEL_IDS`) is offered to be posted as an idea; a reply
//! edited is checked again. Anything else is none of the bot's business.

use crate::action::Action;
use crate::app::{App, identity_of};
use crate::mirror::{retrying, safe};
use crate::note::Note;
use crate::render::button;
use crowdsprint_core::Error;
use crowdsprint_core::domain::*;
use serenity::builder::{CreateActionRow, CreateAllowedMentions, CreateMessage};
use serenity::model::channel::{Message, MessageType};
use serenity::model::event::MessageUpdateEvent;
use serenity::model::id::{ChannelId, MessageId, UserId};

impl App {
    /// One message from the gateway. Never fails: what goes wrong is said in the channel or
    /// logged.
    pub async fn on_message(&self, message: Message) {
        if message.author.bot
            || message.webhook_id.is_some()
            || message.guild_id.is_none()
            || !matches!(
                message.kind,
                MessageType::Regular | MessageType::InlineReply
            )
            || message.content.trim().is_empty()
        {
            return;
        }
        let thread = message.channel_id.to_string();
        let mirrored = match self.core.forum_post_idea(Platform::Discord, &thread).await {
            Ok(idea) => idea,
            Err(error) => {
                tracing::warn!(%error, "could not look up a forum post");
                return;
            }
        };
        if mirrored.is_some() {
            self.comment_from_forum(&message, &thread).await;
        } else if self.ideas_channels.contains(&message.channel_id.get()) {
            self.offer_as_idea(&message).await;
        }
    }

    /// A reply in an idea's forum post, as a comment by its writer.
    async fn comment_from_forum(&self, message: &Message, thread: &str) {
        let identity = identity_of(&message.author);
        let outcome = async {
            let actor = self
                .core
                .actor_for(&identity)
                .await?
                .ok_or(UserError::NotRegistered)?;
            let body = CommentBody::parse(&message.content)?;
            let posted = self
                .core
                .comment_from_forum(
                    &actor,
                    Platform::Discord,
                    thread,
                    &message.id.to_string(),
                    body,
                )
                .await?;
            Ok::<_, Error>((actor.locale(), posted))
        }
        .await;
        match outcome {
            Ok((locale, Some(posted))) if !posted.held_for.is_empty() => {
                self.take_down_held(message.channel_id, message.id, message.author.id, locale)
                    .await;
            }
            Ok(_) => {}
            Err(error) => {
                let locale = self.locale_for(&identity).await;
                let note = self.failure(locale, &error);
                self.tell_author(message, note.content).await;
            }
        }
    }

    /// An edit of a message in a server: if it was a reply that became a comment, the
    /// comment takes the new text; with personal details now, the reply comes down and its
    /// writer is told why, as for a new reply.
    pub async fn on_message_edit(&self, event: MessageUpdateEvent) {
        let (Some(author), Some(content)) = (event.author.as_ref(), event.content.as_deref())
        else {
            return;
        };
        if author.bot || event.guild_id.is_none() {
            return;
        }
        let identity = identity_of(author);
        let message = event.id.to_string();
        let outcome = async {
            let Some(actor) = self.core.actor_for(&identity).await? else {
                return Ok(None);
            };
            let body = CommentBody::parse(content)?;
            let edited = self
                .core
                .comment_edited_on_platform(&actor, Platform::Discord, &message, body)
                .await?;
            Ok::<_, Error>(edited.map(|posted| (actor.locale(), posted)))
        }
        .await;
        match outcome {
            Ok(Some((locale, posted))) if !posted.held_for.is_empty() => {
                self.take_down_held(event.channel_id, event.id, author.id, locale)
                    .await;
            }
            Ok(_) => {}
            Err(error) => tracing::info!(%error, "an edited reply was not taken as a comment"),
        }
    }

    /// "Post this as an idea?" under a plain message in an ideas channel.
    async fn offer_as_idea(&self, message: &Message) {
        let locale = self.locale_for(&identity_of(&message.author)).await;
        let look = self.look(locale);
        let offer = button(
            Action::Offer(message.id.get()),
            look.msg(&Msg::new("discord-offer-button")),
            true,
        );
        let note = Note::public(look.msg(&Msg::new("discord-offer-idea")))
            .row(CreateActionRow::Buttons(vec![offer]));
        let reply = note.into_channel_message().reference_message(message);
        let sent = retrying(|| {
            message
                .channel_id
                .send_message(self.http.as_ref(), reply.clone())
        })
        .await;
        if let Err(error) = sent {
            tracing::warn!(error = %safe(&error), "could not offer to post a message as an idea");
        }
    }

    /// A reply that carries personal details, new or edited: taken down at once (it must not
    /// stay on show while a person checks it), and its writer told why.
    async fn take_down_held(
        &self,
        channel: ChannelId,
        message: MessageId,
        author: UserId,
        locale: Locale,
    ) {
        let removed = retrying(|| channel.delete_message(self.http.as_ref(), message)).await;
        if let Err(error) = removed {
            tracing::warn!(error = %safe(&error), "could not remove a held reply");
        }
        let text = self
            .look(locale)
            .msg(&Msg::new("discord-forum-comment-held"));
        self.ping(channel, author, text, None).await;
    }

    /// A short answer to `message`'s writer in its channel, as a reply to it.
    async fn tell_author(&self, message: &Message, text: String) {
        self.ping(message.channel_id, message.author.id, text, Some(message))
            .await;
    }

    /// `text` in `channel`, pinging only `person` (as a reply to `reply_to` when given).
    async fn ping(
        &self,
        channel: ChannelId,
        person: UserId,
        text: String,
        reply_to: Option<&Message>,
    ) {
        let mut answer = CreateMessage::new()
            .content(format!("<@{person}> {text}"))
            .allowed_mentions(CreateAllowedMentions::new().users(vec![person]));
        if let Some(message) = reply_to {
            answer = answer.reference_message(message);
        }
        let sent = retrying(|| channel.send_message(self.http.as_ref(), answer.clone())).await;
        if let Err(error) = sent {
            tracing::warn!(error = %safe(&error), "could not answer a message");
        }
    }
}

impl App {
    /// A member's own language; English for strangers (a message says nothing of its
    /// writer's Discord language).
    async fn locale_for(&self, identity: &Identity) -> Locale {
        match self.core.actor_for(identity).await {
            Ok(Some(actor)) => actor.locale(),
            _ => Locale::EnGb,
        }
    }
}
