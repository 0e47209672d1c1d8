//! Messages people send: a command, an answer in a conversation, or (in a private chat) plain
//! text the bot offers to turn into an idea. In groups the bot answers commands only, and
//! sends anything that needs a conversation to a private chat.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crowdsprint_core::command::{self, Command, ParseError};
use crowdsprint_core::conversation::Answer;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::Audience;
use std::sync::Arc;
use teloxide::types::Message;

impl App {
    pub async fn on_message(self: Arc<Self>, message: Message) {
        let Some(user) = message.from.clone() else {
            return;
        };
        if user.is_bot {
            return;
        }
        let private = message.chat.is_private();
        let thread = message.thread_id.filter(|_| message.is_topic_message);
        let mut ctx = match self.context(message.chat.id, thread, private, user).await {
            Ok(ctx) => ctx,
            Err(error) => {
                let text = self.failure_text(Locale::EnGb, &error);
                self.deliver(message.chat.id, thread, &[Outgoing::text(text)])
                    .await;
                return;
            }
        };
        let replies = match message.text() {
            Some(text) => self.replies_to_text(&mut ctx, text).await,
            // Photos, stickers, voice notes: only words can become ideas for now.
            None if private => vec![Outgoing::text(
                self.html(ctx.locale()).msg(&Msg::new("telegram-text-only")),
            )],
            None => Vec::new(),
        };
        if private && let Err(error) = self.core.mark_reachable(&ctx.identity).await {
            tracing::warn!(%error, "could not record reachability");
        }
        self.deliver(ctx.chat, ctx.thread, &replies).await;
    }

    /// Sends replies in order; a failure is logged, never raised (the update is done).
    /// Returns whether all of them were sent.
    pub async fn deliver(
        &self,
        chat: teloxide::types::ChatId,
        thread: Option<teloxide::types::ThreadId>,
        replies: &[Outgoing],
    ) -> bool {
        for reply in replies {
            match self.sender.send(&self.codec, chat, thread, reply).await {
                Ok(message) => self.remember_copy(chat, message, reply).await,
                Err(error) => {
                    tracing::warn!(%error, "could not send a reply");
                    return false;
                }
            }
        }
        true
    }

    /// A card or a page of ideas sent to a group is a public copy: recorded, so that it
    /// follows its ideas when one is hidden, merged or its author erased.
    pub async fn remember_copy(
        &self,
        chat: teloxide::types::ChatId,
        message: teloxide::types::MessageId,
        sent: &Outgoing,
    ) {
        let Some(shown) = sent.shows.as_ref().filter(|_| !chat.is_user()) else {
            return;
        };
        let (chat, message) = (chat.0.to_string(), message.0.to_string());
        if let Err(error) = self
            .core
            .record_shown(Platform::Telegram, &chat, &message, shown)
            .await
        {
            tracing::warn!(%error, "could not record a message sent to a group");
        }
    }

    async fn replies_to_text(&self, ctx: &mut Ctx, text: &str) -> Vec<Outgoing> {
        let is_command = text.trim_start().starts_with('/');
        if is_command && !self.addressed_to_us(text) {
            return Vec::new();
        }
        let r = self.html(ctx.locale());
        if ctx.private
            && !is_command
            && let Some(out) = self.converse(ctx, Answer::text(text)).await
        {
            return out;
        }
        if is_command && command_name(text) == "cancel" {
            let ended = if ctx.private {
                self.core.end_conversation(&ctx.identity).await
            } else {
                Ok(false)
            };
            return vec![Outgoing::text(match ended {
                Ok(true) => r.msg(&Msg::new("conversation-cancelled")),
                Ok(false) => r.msg(&Msg::new("conversation-nothing-to-cancel")),
                Err(error) => self.failure_text(ctx.locale(), &error),
            })];
        }
        if is_command && ctx.private {
            // A command ends whatever conversation was under way.
            if let Err(error) = self.core.end_conversation(&ctx.identity).await {
                tracing::warn!(%error, "could not end a conversation");
            }
        }
        match command::parse(text) {
            Ok(command) => self.run_command(ctx, command).await,
            Err(ParseError::NotACommand) if ctx.private => self.offer_idea(ctx, text).await,
            Err(ParseError::NotACommand) => Vec::new(),
            Err(error) => vec![Outgoing::text(r.parse_error(&error))],
        }
    }

    /// Plain text in a private chat: offer to post it as an idea.
    async fn offer_idea(&self, ctx: &mut Ctx, text: &str) -> Vec<Outgoing> {
        let r = self.html(ctx.locale());
        let Some(actor) = ctx.actor.clone() else {
            return vec![Outgoing::text(r.msg(&Msg::new("plain-text-unregistered")))];
        };
        match self.core.sprint_for_posting(&actor).await {
            Ok(overview) => vec![self.start_posting(ctx, &overview, Some(text)).await],
            Err(error) => vec![Outgoing::text(self.failure_text(ctx.locale(), &error))],
        }
    }

    /// Runs a command through core (which applies the member's limits), then the reply in the
    /// member's language, privately when core says it is only for them.
    pub async fn run_command(&self, ctx: &mut Ctx, command: Command) -> Vec<Outgoing> {
        let locale = ctx.locale();
        if !ctx.private && needs_private_chat(&command) {
            let keys = self.keys(locale);
            return vec![Outgoing::with(
                self.html(locale).msg(&Msg::new("telegram-go-private")),
                keys.open_private(self.private_link(None)),
            )];
        }
        if let (Command::Language(None), Some(actor)) = (&command, &ctx.actor) {
            return vec![Outgoing::with(
                self.html(locale).msg(&Msg::new("telegram-language-pick")),
                self.keys(locale).language_picker(actor.locale()),
            )];
        }
        let result = self
            .core
            .execute(ctx.actor.as_ref(), &ctx.identity, command)
            .await;
        // The language may just have changed: answer in the one now stored.
        self.refresh(ctx).await;
        match result {
            // Core decides who may see it; in a group, "only the asker" goes to their DM.
            Ok(reply) if !ctx.private && reply.audience() == Audience::Asker => {
                self.answer_privately(ctx, reply).await
            }
            Ok(reply) => self.render_reply(ctx, reply).await,
            Err(error) => vec![Outgoing::text(self.failure_text(ctx.locale(), &error))],
        }
    }

    /// `/help@OtherBot` in a group is for another bot.
    fn addressed_to_us(&self, text: &str) -> bool {
        let head = text.split_whitespace().next().unwrap_or_default();
        match head.split_once('@') {
            Some((_, bot)) => bot.eq_ignore_ascii_case(&self.username),
            None => true,
        }
    }
}

/// The command's name, lower case, without `/` or `@bot`.
fn command_name(text: &str) -> String {
    let head = text.split_whitespace().next().unwrap_or_default();
    head.trim_start_matches('/')
        .split('@')
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// Commands that start a conversation (or a link code) in the chat they were typed in: not in
/// front of a group. Answers only the asker may see (`/review`, `/mydata`, `/export`, ...) are
/// sent to their private chat by core's audience instead.
fn needs_private_chat(command: &Command) -> bool {
    matches!(
        command,
        Command::Start(_)
            | Command::Idea
            | Command::Link(_)
            | Command::ForgetMe
            | Command::Language(_)
            | Command::Subscribe(_)
    )
}
