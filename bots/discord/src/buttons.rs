//! Button presses on cards, lists, the review queue and offers. A press on a card everyone
//! sees answers the presser privately; a press on a private card redraws it in place.

use crate::action::Action;
use crate::app::{App, Ctx};
use crate::note::{Answer, Note};
use crate::render::{Draft, button};
use crowdsprint_core::Error;
use crowdsprint_core::command::Command;
use crowdsprint_core::conversation::Answer as Given;
use crowdsprint_core::domain::*;
use crowdsprint_core::layout;
use crowdsprint_core::service::Said;
use serenity::builder::{CreateActionRow, CreateButton};
use serenity::model::application::ComponentInteraction;
use serenity::model::id::MessageId;

impl App {
    pub(crate) async fn on_button(
        &self,
        ctx: &Ctx,
        press: &ComponentInteraction,
    ) -> Result<Answer, Error> {
        let Some(action) = Action::decode(&press.data.custom_id) else {
            return Ok(Answer::Send(Note::private(
                self.catalog.text(ctx.locale, "chat-callback-invalid"),
            )));
        };
        let look = self.look(ctx.locale);
        let private_card = press
            .message
            .flags
            .is_some_and(|f| f.contains(serenity::model::channel::MessageFlags::EPHEMERAL));
        match action {
            Action::Support(id) | Action::Follow(id) => {
                let actor = ctx.actor()?;
                let idea = IdeaId(id);
                let view = self.core.idea_view(Some(actor), idea).await?;
                let command = match (action, view.supported, view.following) {
                    (Action::Support(_), false, _) => Command::Support(idea),
                    (Action::Support(_), true, _) => Command::Unsupport(idea),
                    (_, _, false) => Command::Follow(idea),
                    (_, _, true) => Command::Unfollow(idea),
                };
                let reply = self
                    .core
                    .execute(Some(actor), &ctx.identity, command)
                    .await?;
                if private_card && press.message.embeds.len() == 1 {
                    let view = self.core.idea_view(Some(actor), idea).await?;
                    return Ok(Answer::Update(look.idea_card(&view, true).ephemeral(true)));
                }
                Ok(Answer::Send(self.render(ctx, reply).await?))
            }
            Action::Comment(id) => {
                ctx.actor()?;
                Ok(Answer::Form(
                    self.forms(ctx.locale).text(&Action::Comment(id)),
                ))
            }
            Action::Hide(_) | Action::Respond(_) => {
                ctx.actor()?;
                Ok(Answer::Form(self.forms(ctx.locale).text(&action)))
            }
            Action::Similar(id) => {
                let view = self.core.idea_view(ctx.actor.as_ref(), IdeaId(id)).await?;
                let similar: Vec<Idea> = self
                    .core
                    .similar_ideas(view.challenge.id, &view.idea.title, &view.idea.body)
                    .await?
                    .into_iter()
                    .filter(|i| i.id.get() != id)
                    .collect();
                if similar.is_empty() {
                    return Ok(Answer::Send(Note::private(
                        self.catalog.text(ctx.locale, "discord-no-similar"),
                    )));
                }
                let list = look.text().doc(&layout::similar_list(&similar));
                Ok(Answer::Send(Note::private(list)))
            }
            Action::Open(id) => {
                let view = self.core.idea_view(ctx.actor.as_ref(), IdeaId(id)).await?;
                Ok(Answer::Send(look.idea_card(&view, true).ephemeral(true)))
            }
            Action::Page(order, page) => {
                let reply = self
                    .core
                    .execute(
                        ctx.actor.as_ref(),
                        &ctx.identity,
                        Command::Ideas {
                            order,
                            page: (page - 1).max(0),
                        },
                    )
                    .await?;
                let note = self.render(ctx, reply).await?;
                // An update keeps the message's own visibility: never turn a public message
                // into something only for the asker (it would stay public).
                if note.ephemeral && !private_card {
                    return Ok(Answer::Send(note));
                }
                Ok(Answer::Update(note))
            }
            Action::Register(describes) => {
                if ctx.actor.is_some() {
                    return Err(UserError::AlreadyRegistered.into());
                }
                Ok(Answer::Form(
                    self.forms(ctx.locale).register(describes, &ctx.name),
                ))
            }
            Action::Post { challenge, kind } => {
                let draft = press
                    .message
                    .embeds
                    .first()
                    .and_then(|embed| Draft::from_embed(challenge, kind, embed));
                match draft {
                    Some(draft) => self.post(ctx, draft).await,
                    None => Ok(Answer::Send(Note::private(
                        self.catalog.text(ctx.locale, "chat-callback-stale"),
                    ))),
                }
            }
            Action::Approve(target) => self.run(ctx, Command::Approve(target)).await,
            Action::Unsubscribe => {
                self.core
                    .set_digest(ctx.actor()?, DigestFrequency::Off)
                    .await?;
                Ok(Answer::Send(Note::private(
                    look.msg(&Msg::new("digest-unsubscribed")),
                )))
            }
            // A form's action, never a button's: a forged press is refused.
            Action::Update { .. } => Ok(Answer::Send(Note::private(
                self.catalog.text(ctx.locale, "chat-callback-invalid"),
            ))),
            Action::Offer(message) => self.offer(ctx, press, message, None).await,
            Action::OfferTo { message, challenge } => {
                self.offer(ctx, press, message, Some(challenge)).await
            }
            Action::Choose(choice) => {
                let said = self
                    .core
                    .converse(&ctx.identity, ctx.actor.as_ref(), Given::Choice(choice))
                    .await?;
                Ok(Answer::Update(match said {
                    Some(Said::Ask(prompt)) => look.prompt(&prompt),
                    Some(Said::Done(outcome)) => Note::private(look.msg(&outcome.to_msg())),
                    // Over, or expired: this button belongs to a conversation that ended.
                    None => Note::private(self.catalog.text(ctx.locale, "chat-callback-stale")),
                }))
            }
        }
    }

    /// "Post as idea" on a message in an ideas channel: only its writer may. With the
    /// challenge known (or only one open), the idea form opens filled in from the message;
    /// otherwise the challenges are offered as buttons first.
    async fn offer(
        &self,
        ctx: &Ctx,
        press: &ComponentInteraction,
        message: u64,
        challenge: Option<i64>,
    ) -> Result<Answer, Error> {
        let actor = ctx.actor()?;
        let original = crate::mirror::retrying(|| {
            self.http
                .get_message(press.channel_id, MessageId::new(message.max(1)))
        })
        .await;
        let Ok(original) = original else {
            return Ok(Answer::Send(Note::private(
                self.catalog.text(ctx.locale, "chat-callback-stale"),
            )));
        };
        if Identity::new(Platform::Discord, original.author.id.to_string()) != ctx.identity {
            return Ok(Answer::Send(Note::private(
                self.look(ctx.locale)
                    .msg(&Msg::new("discord-offer-not-yours")),
            )));
        }
        let challenges = self.core.sprint_for_posting(actor).await?.challenges;
        let picked = match challenge {
            Some(id) => challenges.iter().find(|c| c.id.get() == id),
            None if challenges.len() == 1 => challenges.first(),
            None => None,
        };
        let Some(picked) = picked else {
            let buttons: Vec<CreateButton> = challenges
                .iter()
                .take(25)
                .map(|c| {
                    button(
                        Action::OfferTo {
                            message,
                            challenge: c.id.get(),
                        },
                        c.title.clone(),
                        false,
                    )
                })
                .collect();
            let mut note =
                Note::private(self.look(ctx.locale).msg(&Msg::new("discord-offer-pick")));
            for row in buttons.chunks(5) {
                note = note.row(CreateActionRow::Buttons(row.to_vec()));
            }
            return Ok(Answer::Send(note));
        };
        let (title, body) = IdeaTitle::suggest(&original.content);
        Ok(Answer::Form(self.forms(ctx.locale).idea_from(
            picked.id.get(),
            IdeaKind::Idea,
            &title,
            body.as_deref().unwrap_or_default(),
        )))
    }
}
