//! Button presses. The data is checked first (signed by us, current, well formed); then the
//! press goes to the conversation under way if it belongs there, else to its own handler.
//! Every press is answered (Telegram shows a spinner until it is), briefly, with the outcome.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crate::CallbackAction;
use crowdsprint_core::Error;
use crowdsprint_core::conversation::{Answer, Choice, Conversation};
use crowdsprint_core::domain::*;
use crowdsprint_core::service::ListOrder;
use crowdsprint_core::service::Reply;
use std::sync::Arc;
use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, MessageId};

/// What pressing a button did: a short notice, and messages to send or edit.
#[derive(Debug, Default)]
struct Pressed {
    notice: Option<String>,
    replies: Vec<Outgoing>,
    /// New buttons for the message pressed (a card after a vote).
    redraw: Option<Outgoing>,
    /// Only the buttons changed.
    buttons_only: bool,
    /// Redraw this idea's card buttons after answering: the person sees the notice at once,
    /// the card a moment later.
    redraw_card: Option<(Actor, IdeaId)>,
}

impl App {
    pub async fn on_callback(self: Arc<Self>, query: CallbackQuery) {
        let Some(message) = query.message.as_ref() else {
            // A button on an inline-mode message: we send none.
            self.answer(&query, None).await;
            return;
        };
        let chat = message.chat().id;
        let message_id = message.id();
        let private = message.chat().is_private();
        let thread = message
            .regular_message()
            .and_then(|m| m.thread_id.filter(|_| m.is_topic_message));
        let mut ctx = match self
            .context(chat, thread, private, query.from.clone())
            .await
        {
            Ok(ctx) => ctx,
            Err(error) => {
                let notice = self.failure_text(Locale::EnGb, &error);
                self.answer(&query, Some(notice)).await;
                return;
            }
        };
        let locale = ctx.locale();
        let action = match self.codec.decode(query.data.as_deref().unwrap_or_default()) {
            Ok(action) => action,
            Err(error) => {
                tracing::info!(%error, "refused a button press");
                let notice = self.html(locale).plain(&error.to_msg());
                self.answer(&query, Some(notice)).await;
                return;
            }
        };
        let pressed = self.press(&mut ctx, action).await;
        let pressed = match pressed {
            Ok(pressed) => pressed,
            Err(error) => Pressed {
                notice: Some(plain_failure(&self, ctx.locale(), &error)),
                ..Pressed::default()
            },
        };
        self.answer(&query, pressed.notice).await;
        if let Some((actor, idea)) = pressed.redraw_card {
            match self.core.idea_view(Some(&actor), idea).await {
                Ok(view) => {
                    self.redraw(&ctx, message_id, &self.card(&ctx, &view), true)
                        .await
                }
                Err(error) => tracing::warn!(%error, "could not redraw a card"),
            }
        }
        if let Some(redraw) = pressed.redraw {
            self.redraw(&ctx, message_id, &redraw, pressed.buttons_only)
                .await;
        }
        self.deliver(ctx.chat, ctx.thread, &pressed.replies).await;
    }

    async fn press(&self, ctx: &mut Ctx, action: CallbackAction) -> Result<Pressed, Error> {
        if let CallbackAction::Choose(choice) = action
            && let Some(replies) = self.converse(ctx, Answer::Choice(choice)).await
        {
            return Ok(Pressed {
                replies,
                ..Pressed::default()
            });
        }
        let locale = ctx.locale();
        let r = self.html(locale);
        let registered = || {
            ctx.actor
                .clone()
                .ok_or(Error::from(UserError::NotRegistered))
        };
        match action {
            CallbackAction::Support(id) => {
                let actor = registered()?;
                Ok(Pressed {
                    notice: Some(self.toggle_support(&actor, id, locale).await?),
                    redraw_card: Some((actor, id)),
                    ..Pressed::default()
                })
            }
            CallbackAction::DigestSupport(id) => {
                let actor = registered()?;
                Ok(notice(self.toggle_support(&actor, id, locale).await?))
            }
            CallbackAction::DigestFollow(id) => {
                let actor = registered()?;
                let done = self.toggle_follow(&actor, id).await?;
                Ok(notice(r.plain(&done)))
            }
            CallbackAction::Unsubscribe => {
                let actor = registered()?;
                self.core.set_digest(&actor, DigestFrequency::Off).await?;
                let done = Msg::new("digest-unsubscribed");
                Ok(notice(r.plain(&done)).with_reply(Outgoing::text(r.msg(&done))))
            }
            CallbackAction::Follow(id) => {
                let actor = registered()?;
                let done = self.toggle_follow(&actor, id).await?;
                let view = self.core.idea_view(Some(&actor), id).await?;
                Ok(Pressed {
                    notice: Some(r.plain(&done)),
                    redraw: Some(self.card(ctx, &view)),
                    buttons_only: true,
                    ..Pressed::default()
                })
            }
            CallbackAction::Comment(id) => {
                let actor = registered()?;
                // Check now that it can be commented on, rather than after they typed.
                self.core.idea_view(Some(&actor), id).await?;
                if !ctx.private {
                    return Ok(self.go_private(ctx, &format!("idea_{id}")));
                }
                Ok(replies(vec![
                    self.ask_for(ctx, Conversation::Comment { idea: id }).await,
                ]))
            }
            CallbackAction::Show(id) => {
                let view = self.core.idea_view(ctx.actor.as_ref(), id).await?;
                if !ctx.private && !view.is_public() {
                    let private = self.private_ctx(ctx);
                    let card = self.card(&private, &view);
                    return Ok(replies(self.send_privately(ctx, &[card]).await));
                }
                Ok(replies(vec![self.card(ctx, &view)]))
            }
            CallbackAction::Similar(id) => {
                let view = self.core.idea_view(ctx.actor.as_ref(), id).await?;
                let similar = self
                    .core
                    .similar_ideas(view.challenge.id, &view.idea.title, &view.idea.body)
                    .await?;
                let similar: Vec<Idea> = similar.into_iter().filter(|i| i.id != id).collect();
                if similar.is_empty() {
                    return Ok(notice(r.plain(&Msg::new("telegram-no-similar"))));
                }
                let keyboard = self.keys(locale).similar_list(&similar);
                Ok(replies(vec![Outgoing::with(
                    r.similar_list(&similar),
                    keyboard,
                )]))
            }
            CallbackAction::Page { list, page } => {
                if list == ListOrder::Mine && !ctx.private {
                    // Someone's own list (held ideas included) is never drawn in a group.
                    return Ok(self.go_private(ctx, "mine"));
                }
                let page = self
                    .core
                    .list_ideas(ctx.actor.as_ref(), None, list, page)
                    .await?;
                Ok(Pressed {
                    redraw: Some(self.idea_page(&page, list, locale)),
                    ..Pressed::default()
                })
            }
            CallbackAction::Approve(target) => {
                let actor = registered()?;
                self.core.approve(&actor, target).await?;
                Ok(Pressed {
                    notice: Some(
                        r.plain(&Msg::new("review-approved").arg("target", target.to_string())),
                    ),
                    redraw: Some(Outgoing::default()),
                    buttons_only: true,
                    ..Pressed::default()
                })
            }
            CallbackAction::Hide(target) | CallbackAction::Respond(target) => {
                let actor = registered()?;
                // Checked now so nobody types a reason to be refused; core checks again.
                actor.may(Action::Review)?;
                let conversation = if matches!(action, CallbackAction::Hide(_)) {
                    Conversation::HideReason { target }
                } else {
                    Conversation::Respond { target }
                };
                Ok(replies(vec![self.ask_for(ctx, conversation).await]))
            }
            CallbackAction::Language(locale) => {
                let actor = registered()?;
                self.core.set_language(&actor, locale).await?;
                self.refresh(ctx).await;
                let r = self.html(locale);
                let done = r.plain(&Reply::language_set(locale));
                Ok(Pressed {
                    notice: Some(done.clone()),
                    redraw: Some(Outgoing::with(
                        crate::html::escape(&done),
                        self.keys(locale).language_picker(locale),
                    )),
                    ..Pressed::default()
                })
            }
            // Cancel with no conversation under way: take the buttons away all the same.
            CallbackAction::Choose(Choice::Cancel) => Ok(Pressed {
                notice: Some(r.plain(&Msg::new("conversation-cancelled"))),
                redraw: Some(Outgoing::default()),
                buttons_only: true,
                ..Pressed::default()
            }),
            // A step of a conversation that is over (or expired).
            CallbackAction::Choose(_) => Ok(notice(r.plain(&Msg::new("chat-callback-stale")))),
        }
    }

    /// Supports the idea, or withdraws support: the notice to show (or a kind "slow down").
    async fn toggle_support(
        &self,
        actor: &Actor,
        id: IdeaId,
        locale: Locale,
    ) -> Result<String, Error> {
        let r = self.html(locale);
        let (now, supporters) = self.core.toggle_support(actor, id).await?;
        let msg = if now {
            "support-added"
        } else {
            "support-removed"
        };
        Ok(r.plain(
            &Msg::new(msg)
                .arg("id", id.get())
                .arg("supporters", supporters),
        ))
    }

    /// Follows the idea, or stops following it: what to tell the person.
    async fn toggle_follow(&self, actor: &Actor, id: IdeaId) -> Result<Msg, Error> {
        let msg = if self.core.idea_view(Some(actor), id).await?.following {
            self.core.unfollow(actor, id).await?;
            "follow-removed"
        } else {
            self.core.follow(actor, id).await?;
            "follow-added"
        };
        Ok(Msg::new(msg).arg("id", id.get()))
    }

    /// In a group: "let's continue in private", with a link that opens the right thing.
    fn go_private(&self, ctx: &Ctx, start: &str) -> Pressed {
        let r = self.html(ctx.locale());
        notice(r.plain(&Msg::new("telegram-go-private"))).with_reply(Outgoing::with(
            r.msg(&Msg::new("telegram-go-private")),
            self.keys(ctx.locale())
                .open_private(self.private_link(Some(start))),
        ))
    }

    async fn redraw(&self, ctx: &Ctx, message: MessageId, out: &Outgoing, buttons_only: bool) {
        if buttons_only {
            self.sender
                .redraw_buttons(&self.codec, ctx.chat, message, &out.keyboard);
            return;
        }
        match self.sender.edit(&self.codec, ctx.chat, message, out).await {
            // A page turned in a group now shows other ideas: it follows those instead.
            Ok(()) => self.remember_copy(ctx.chat, message, out).await,
            Err(error) => tracing::warn!(%error, "could not update a message after a button press"),
        }
    }

    async fn answer(&self, query: &CallbackQuery, notice: Option<String>) {
        let mut request = self.bot.answer_callback_query(query.id.clone());
        if let Some(text) = notice {
            // Telegram shows at most 200 characters.
            request = request.text(text.chars().take(200).collect::<String>());
        }
        if let Err(error) = request.await {
            tracing::debug!(%error, "could not answer a button press");
        }
    }
}

fn notice(text: String) -> Pressed {
    Pressed {
        notice: Some(text),
        ..Pressed::default()
    }
}

fn replies(replies: Vec<Outgoing>) -> Pressed {
    Pressed {
        replies,
        ..Pressed::default()
    }
}

impl Pressed {
    fn with_reply(mut self, reply: Outgoing) -> Pressed {
        self.replies.push(reply);
        self
    }
}

/// A failure as plain text for a button notice (no HTML there).
fn plain_failure(app: &App, locale: Locale, error: &Error) -> String {
    let html = app.failure_text(locale, error);
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}
