//! Forms sent back: registration, a new idea (offering similar ones first), a comment, a
//! reason to hide, a response. What was typed is validated by core's own types; a bad value
//! is explained and nothing changes.

use crate::action::Action;
use crate::app::{App, Ctx};
use crate::forms::{field, value};
use crate::note::{Answer, Note};
use crate::render::Draft;
use crowdsprint_core::Error;
use crowdsprint_core::command::Command;
use crowdsprint_core::conversation::{
    Answer as Given, Choice, Conversation, Gathered, Prompt, Registering, Turn, Updating,
};
use crowdsprint_core::domain::words::pii_kinds;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::IdeaDraft;
use serenity::model::application::ModalInteraction;

impl App {
    pub(crate) async fn on_form(
        &self,
        ctx: &Ctx,
        form: &ModalInteraction,
    ) -> Result<Answer, Error> {
        let Some(action) = Action::decode(&form.data.custom_id) else {
            return Ok(Answer::Send(Note::private(
                self.catalog.text(ctx.locale, "chat-callback-invalid"),
            )));
        };
        let text = value(&form.data, field::TEXT).to_owned();
        match action {
            Action::Register(describes) => self.register(ctx, describes, form).await,
            Action::Post { challenge, kind } => {
                let draft = Draft {
                    challenge,
                    kind,
                    title: value(&form.data, field::TITLE).to_owned(),
                    body: value(&form.data, field::BODY).to_owned(),
                };
                // Validate before searching, so a bad title is explained straight away.
                IdeaTitle::parse(&draft.title)?;
                IdeaBody::parse(&draft.body)?;
                ctx.actor()?;
                let similar = self
                    .core
                    .similar_ideas(ChallengeId(challenge), &draft.title, &draft.body)
                    .await?;
                if similar.is_empty() {
                    self.post(ctx, draft).await
                } else {
                    Ok(Answer::Send(
                        self.look(ctx.locale).similar_offer(&draft, &similar),
                    ))
                }
            }
            Action::Comment(idea) => {
                self.run(
                    ctx,
                    Command::Comment {
                        idea: IdeaId(idea),
                        text,
                    },
                )
                .await
            }
            Action::Hide(target) => {
                self.run(
                    ctx,
                    Command::Hide {
                        target,
                        reason: text,
                    },
                )
                .await
            }
            Action::Respond(target) => self.run(ctx, Command::Respond { target, text }).await,
            Action::Update { sprint, when } => {
                self.post_update(ctx, SprintId(sprint), when, form).await
            }
            _ => Ok(Answer::Send(Note::private(
                self.catalog.text(ctx.locale, "chat-callback-invalid"),
            ))),
        }
    }

    /// The registration form, given to core's registration conversation as if each field
    /// were typed in turn, so the same rules hold as in a chat. They pressed "Yes, I agree"
    /// under the privacy note to open it.
    async fn register(
        &self,
        ctx: &Ctx,
        describes: Describes,
        form: &ModalInteraction,
    ) -> Result<Answer, Error> {
        let typed_or_skip = |id: &str| match value(&form.data, id) {
            "" => Given::Choice(Choice::Skip),
            text => Given::text(text),
        };
        // Their Discord language when we speak it; `/language` changes it.
        let locale = ctx.discord_locale.unwrap_or(Locale::EnGb);
        let start = Conversation::Register(Registering::start(&ctx.name, locale));
        let answers = [
            Given::text(value(&form.data, field::NAME)),
            Given::Choice(Choice::Describes(describes)),
            typed_or_skip(field::ORGANISATION),
            typed_or_skip(field::REGION),
            Given::Choice(Choice::Consent(true)),
        ];
        let registration = match start.answer_all(answers) {
            Turn::Done(Gathered::Register(registration)) => registration,
            Turn::Ask(_, Prompt { why: Some(why), .. }) => {
                return Ok(Answer::Send(Note::private(self.look(locale).msg(&why))));
            }
            _ => return Err(UserError::ConsentRequired.into()),
        };
        let member = self.core.register(&ctx.identity, registration).await?;
        let look = self.look(member.locale);
        Ok(Answer::Send(Note::private(look.msg(
            &Msg::new("discord-registered").arg("name", member.display_name),
        ))))
    }

    /// The update form, given to core's update conversation as if each box were typed in
    /// turn, so the same rules hold as in a chat; sent (or held) once every part is right.
    async fn post_update(
        &self,
        ctx: &Ctx,
        sprint: SprintId,
        when: UpdateWhen,
        form: &ModalInteraction,
    ) -> Result<Answer, Error> {
        let actor = ctx.actor()?;
        let look = self.look(ctx.locale);
        let box_or_skip = |id: &str| match value(&form.data, id) {
            "" => Given::Choice(Choice::Skip),
            text => Given::text(text),
        };
        let (welsh_title, welsh_body) = (
            value(&form.data, field::WELSH_TITLE),
            value(&form.data, field::WELSH_BODY),
        );
        if welsh_title.is_empty() != welsh_body.is_empty() {
            return Ok(Answer::Send(Note::private(
                look.msg(&Msg::new("discord-update-welsh-both")),
            )));
        }
        let mut answers = vec![
            Given::text(value(&form.data, field::TITLE)),
            Given::text(value(&form.data, field::BODY)),
            box_or_skip(field::LINK),
            box_or_skip(field::WELSH_TITLE),
        ];
        if !welsh_body.is_empty() {
            answers.push(Given::text(welsh_body));
        }
        answers.push(Given::Choice(Choice::When(when)));
        let start = Conversation::Update(Updating::start(sprint, "", Some(when)));
        let draft = match start.answer_all(answers) {
            Turn::Done(Gathered::Update(_, draft)) => draft,
            Turn::Ask(_, Prompt { why: Some(why), .. }) => {
                return Ok(Answer::Send(Note::private(look.msg(&why))));
            }
            _ => {
                return Ok(Answer::Send(Note::private(
                    look.msg(&Msg::new("help-update")),
                )));
            }
        };
        let update = self.core.post_update(actor, Some(sprint), draft).await?;
        Ok(Answer::Send(Note::private(
            look.msg(&crowdsprint_core::service::update_posted(&update)),
        )))
    }

    /// Posts the draft: thanks and the card, public unless it is held for review.
    pub(crate) async fn post(&self, ctx: &Ctx, draft: Draft) -> Result<Answer, Error> {
        let actor = ctx.actor()?;
        let submitted = self
            .core
            .submit_idea(
                actor,
                IdeaDraft::from_answers(
                    ChallengeId(draft.challenge),
                    &draft.title,
                    &draft.body,
                    draft.kind,
                    Origin::Chat(Platform::Discord),
                )?,
            )
            .await?;
        let id = submitted.idea.id;
        let look = self.look(ctx.locale);
        let view = self.core.idea_view(Some(actor), id).await?;
        let mut card = look.idea_card(&view, !ctx.in_guild);
        if submitted.held_for.is_empty() {
            card.content = look.msg(&Msg::new("chat-idea-posted").arg("id", id.get()));
        } else {
            // Held ideas are seen by their author and the team only.
            card.content = look.msg(
                &Msg::new("chat-idea-posted-held")
                    .arg("id", id.get())
                    .arg("reasons", pii_kinds(&submitted.held_for)),
            );
            card.ephemeral = true;
        }
        if let Some(claim) = submitted.claim_line() {
            card.content = format!("{}\n{}", card.content, look.msg(&claim));
        }
        Ok(Answer::Send(card))
    }
}
