//! The conversations that take more than one message: registering, posting an idea (with the
//! similar-ideas offer), writing a comment or a response, giving a reason to hide, and
//! confirming `/forgetme`. Choices are buttons; free text is typed. Each answer is checked
//! when given and asked again kindly when it is not right; nothing is written until the end.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crate::CardState;
use crate::callback::{CallbackAction, RegistrationChoice};
use crowdsprint_core::Error;
use crowdsprint_core::domain::words::pii_kinds;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{IdeaDraft, Registration, SprintOverview, Target};

/// Where someone's conversation stands.
#[derive(Debug)]
pub(crate) enum Dialogue {
    Register(Registering),
    Idea(Posting),
    Comment(IdeaId),
    Respond(Target),
    HideReason(Target),
    ConfirmForget,
}

#[derive(Debug)]
pub(crate) struct Registering {
    step: RegStep,
    locale: Locale,
    name: Option<DisplayName>,
    describes: Option<Describes>,
    organisation: Option<Organisation>,
    region: Option<Region>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RegStep {
    Name,
    Describes,
    Organisation,
    Region,
    Consent,
}

#[derive(Debug)]
pub(crate) struct Posting {
    step: IdeaStep,
    challenges: Vec<Challenge>,
    challenge: Option<ChallengeId>,
    /// Suggested from a plain message until kept or replaced.
    title: Option<String>,
    body: Option<String>,
    /// A plain message already is the body: do not ask for it again.
    from_message: bool,
    kind: IdeaKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdeaStep {
    Challenge,
    Title,
    Body,
    Kind,
    Similar,
}

/// What a step produced: messages to send, and the conversation to keep, if any.
type Step = Result<(Vec<Outgoing>, Option<Dialogue>), Error>;

fn done(out: Vec<Outgoing>) -> Step {
    Ok((out, None))
}

fn next(out: Outgoing, dialogue: Dialogue) -> Step {
    Ok((vec![out], Some(dialogue)))
}

impl App {
    /// `/start` from someone not yet registered.
    pub fn start_registration(&self, ctx: &Ctx) -> Outgoing {
        let state = Registering {
            step: RegStep::Name,
            locale: ctx.locale(),
            name: None,
            describes: None,
            organisation: None,
            region: None,
        };
        let out = self.registration_prompt(ctx, &state);
        self.set_dialogue(ctx.user.id.0, Dialogue::Register(state));
        out
    }

    /// Starts posting an idea in `overview`'s sprint, from a plain message or from `/idea`.
    pub fn start_posting(
        &self,
        ctx: &Ctx,
        overview: SprintOverview,
        text: Option<&str>,
    ) -> Outgoing {
        let locale = ctx.locale();
        let r = self.html(locale);
        let (title, body) = match text {
            Some(text) => {
                let (title, body) = IdeaTitle::suggest(text);
                (Some(title), body)
            }
            None => (None, None),
        };
        let mut html = Vec::new();
        if text.is_some() {
            html.push(r.msg(&Msg::new("telegram-idea-offer")));
        }
        html.push(r.msg(&Msg::new("idea-intro").arg("sprint", overview.sprint.title.as_str())));
        html.push(r.msg(&Msg::new("telegram-idea-ask-challenge")));
        let keyboard = self.keys(locale).challenge_picker(&overview.challenges);
        self.set_dialogue(
            ctx.user.id.0,
            Dialogue::Idea(Posting {
                step: IdeaStep::Challenge,
                challenges: overview.challenges,
                challenge: None,
                title,
                body,
                from_message: text.is_some(),
                kind: IdeaKind::Idea,
            }),
        );
        Outgoing::with(html.join("\n\n"), keyboard)
    }

    /// Asks for free text that ends a conversation: a comment, a response, a reason.
    pub fn ask_for_text(&self, ctx: &Ctx, dialogue: Dialogue) -> Outgoing {
        let locale = ctx.locale();
        let msg = match &dialogue {
            Dialogue::Comment(idea) => Msg::new("telegram-comment-ask").arg("id", idea.get()),
            Dialogue::Respond(target) => {
                Msg::new("telegram-respond-ask").arg("target", target.to_string())
            }
            Dialogue::HideReason(target) => {
                Msg::new("telegram-hide-ask").arg("target", target.to_string())
            }
            Dialogue::ConfirmForget => Msg::new("telegram-forget-confirm"),
            Dialogue::Register(_) | Dialogue::Idea(_) => Msg::new("conversation-cancelled"),
        };
        let keys = self.keys(locale);
        let keyboard = match &dialogue {
            Dialogue::ConfirmForget => keys.forget_confirm(),
            _ => keys.cancel(),
        };
        self.set_dialogue(ctx.user.id.0, dialogue);
        Outgoing::with(self.html(locale).msg(&msg), keyboard)
    }

    /// A typed message while a conversation is under way.
    pub async fn dialogue_text(
        &self,
        ctx: &mut Ctx,
        dialogue: Dialogue,
        text: &str,
    ) -> Vec<Outgoing> {
        let user = ctx.user.id.0;
        let result = match dialogue {
            Dialogue::Register(state) => self.register_text(ctx, state, text).await,
            Dialogue::Idea(state) => self.idea_text(ctx, state, text).await,
            Dialogue::Comment(idea) => self.finish_comment(ctx, idea, text).await,
            Dialogue::Respond(target) => self.finish_response(ctx, target, text).await,
            Dialogue::HideReason(target) => self.finish_hide(ctx, target, text).await,
            Dialogue::ConfirmForget => done(vec![Outgoing::text(
                self.html(ctx.locale())
                    .msg(&Msg::new("conversation-cancelled")),
            )]),
        };
        self.settle(ctx, user, result).await
    }

    /// A button pressed while a conversation is under way. `None` when the button is not
    /// part of this conversation (the caller handles it on its own).
    pub async fn dialogue_choice(
        &self,
        ctx: &mut Ctx,
        dialogue: Dialogue,
        action: CallbackAction,
    ) -> Result<Vec<Outgoing>, Dialogue> {
        let user = ctx.user.id.0;
        let result = match (dialogue, action) {
            (Dialogue::Register(state), CallbackAction::Register(choice)) => {
                self.register_choice(ctx, state, choice).await
            }
            (Dialogue::Idea(state), action) if is_posting_choice(action) => {
                self.idea_choice(ctx, state, action).await
            }
            (Dialogue::ConfirmForget, CallbackAction::ConfirmForget) => self.forget(ctx).await,
            (dialogue, _) => return Err(dialogue),
        };
        Ok(self.settle(ctx, user, result).await)
    }

    /// Keeps the conversation a step asked to keep; a failed step keeps the conversation
    /// where it was (the person can answer again) and explains what went wrong.
    async fn settle(&self, ctx: &mut Ctx, user: u64, result: Step) -> Vec<Outgoing> {
        match result {
            Ok((out, dialogue)) => {
                if let Some(dialogue) = dialogue {
                    self.set_dialogue(user, dialogue);
                }
                self.refresh(ctx).await;
                out
            }
            Err(error) => vec![Outgoing::text(self.failure_text(ctx.locale(), &error))],
        }
    }

    // Registration

    fn registration_prompt(&self, ctx: &Ctx, s: &Registering) -> Outgoing {
        let r = self.html(s.locale);
        let keys = self.keys(s.locale);
        match s.step {
            RegStep::Name => Outgoing::with(
                format!(
                    "{}\n\n{}",
                    r.msg(&Msg::new("telegram-reg-intro")),
                    r.msg(&Msg::new("telegram-reg-ask-name").arg("name", ctx.first_name()))
                ),
                keys.name_prompt(ctx.first_name()),
            ),
            RegStep::Describes => Outgoing::with(
                r.msg(&Msg::new("telegram-reg-ask-describes")),
                keys.describes_picker(),
            ),
            RegStep::Organisation => Outgoing::with(
                r.msg(&Msg::new("telegram-reg-ask-organisation")),
                keys.skip(),
            ),
            RegStep::Region => {
                Outgoing::with(r.msg(&Msg::new("telegram-reg-ask-region")), keys.skip())
            }
            RegStep::Consent => {
                Outgoing::with(r.msg(&Msg::new("chat-reg-ask-consent")), keys.consent())
            }
        }
    }

    /// The same step again, after `why` it was not right.
    fn retry_registration(&self, ctx: &Ctx, s: Registering, why: &Msg) -> Step {
        let mut prompt = self.registration_prompt(ctx, &s);
        prompt.html = format!("{}\n\n{}", self.html(s.locale).msg(why), prompt.html);
        next(prompt, Dialogue::Register(s))
    }

    async fn register_text(&self, ctx: &Ctx, mut s: Registering, text: &str) -> Step {
        match s.step {
            RegStep::Name => match DisplayName::parse(text) {
                Ok(name) => {
                    s.name = Some(name);
                    s.step = RegStep::Describes;
                }
                Err(e) => return self.retry_registration(ctx, s, &e.to_msg()),
            },
            RegStep::Organisation => match Organisation::parse(text) {
                Ok(o) => {
                    s.organisation = Some(o);
                    s.step = RegStep::Region;
                }
                Err(e) => return self.retry_registration(ctx, s, &e.to_msg()),
            },
            RegStep::Region => match Region::parse(text) {
                Ok(region) => {
                    s.region = Some(region);
                    s.step = RegStep::Consent;
                }
                Err(e) => return self.retry_registration(ctx, s, &e.to_msg()),
            },
            RegStep::Describes | RegStep::Consent => {
                return self.retry_registration(ctx, s, &Msg::new("telegram-use-buttons"));
            }
        }
        let prompt = self.registration_prompt(ctx, &s);
        next(prompt, Dialogue::Register(s))
    }

    async fn register_choice(
        &self,
        ctx: &Ctx,
        mut s: Registering,
        choice: RegistrationChoice,
    ) -> Step {
        use RegistrationChoice as C;
        match (s.step, choice) {
            (_, C::Language(locale)) => s.locale = locale,
            (RegStep::Name, C::Skip) => match DisplayName::parse(ctx.first_name()) {
                Ok(name) => {
                    s.name = Some(name);
                    s.step = RegStep::Describes;
                }
                Err(e) => return self.retry_registration(ctx, s, &e.to_msg()),
            },
            (RegStep::Describes, C::Describes(d)) => {
                s.describes = Some(d);
                s.step = RegStep::Organisation;
            }
            (RegStep::Organisation, C::Skip) => s.step = RegStep::Region,
            (RegStep::Region, C::Skip) => s.step = RegStep::Consent,
            (RegStep::Consent, C::Consent(false)) => {
                let r = self.html(s.locale);
                return done(vec![Outgoing::text(
                    r.msg(&Msg::new("registration-not-saved")),
                )]);
            }
            (RegStep::Consent, C::Consent(true)) => return self.register(ctx, s).await,
            // A button from an earlier step: show where we are now.
            _ => {}
        }
        let prompt = self.registration_prompt(ctx, &s);
        next(prompt, Dialogue::Register(s))
    }

    async fn register(&self, ctx: &Ctx, s: Registering) -> Step {
        let (Some(name), Some(describes)) = (s.name.clone(), s.describes) else {
            return self.retry_registration(ctx, s, &Msg::new("telegram-use-buttons"));
        };
        let registration = Registration {
            display_name: name,
            describes,
            organisation: s.organisation.clone(),
            region: s.region.clone(),
            locale: s.locale,
            consent: true,
        };
        let member = self.core.register(&ctx.identity, registration).await?;
        let r = self.html(s.locale);
        done(vec![Outgoing::text(r.msg(
            &Msg::new("member-registered").arg("name", member.display_name.as_str()),
        ))])
    }

    // Posting an idea

    fn posting_prompt(&self, locale: Locale, s: &Posting) -> Outgoing {
        let r = self.html(locale);
        let keys = self.keys(locale);
        match s.step {
            IdeaStep::Challenge => Outgoing::with(
                r.msg(&Msg::new("telegram-idea-ask-challenge")),
                keys.challenge_picker(&s.challenges),
            ),
            IdeaStep::Title => match &s.title {
                Some(title) => Outgoing::with(
                    r.msg(&Msg::new("telegram-idea-title-suggested").arg("title", title.as_str())),
                    keys.title_confirm(),
                ),
                None => Outgoing::with(r.msg(&Msg::new("idea-ask-title")), keys.cancel()),
            },
            IdeaStep::Body => {
                Outgoing::with(r.msg(&Msg::new("telegram-idea-ask-body")), keys.skip())
            }
            IdeaStep::Kind => Outgoing::with(
                r.msg(&Msg::new("telegram-idea-ask-kind")),
                keys.kind_picker(),
            ),
            IdeaStep::Similar => Outgoing::text(r.msg(&Msg::new("telegram-use-buttons"))),
        }
    }

    fn retry_posting(&self, locale: Locale, s: Posting, why: &Msg) -> Step {
        let mut prompt = self.posting_prompt(locale, &s);
        prompt.html = format!("{}\n\n{}", self.html(locale).msg(why), prompt.html);
        next(prompt, Dialogue::Idea(s))
    }

    async fn idea_text(&self, ctx: &Ctx, mut s: Posting, text: &str) -> Step {
        let locale = ctx.locale();
        match s.step {
            IdeaStep::Title => match IdeaTitle::parse(text) {
                Ok(title) => {
                    s.title = Some(title.into_inner());
                    s.step = if s.from_message {
                        IdeaStep::Kind
                    } else {
                        IdeaStep::Body
                    };
                }
                Err(e) => return self.retry_posting(locale, s, &e.to_msg()),
            },
            IdeaStep::Body => match IdeaBody::parse(text) {
                Ok(body) => {
                    s.body = Some(body.into_inner());
                    s.step = IdeaStep::Kind;
                }
                Err(e) => return self.retry_posting(locale, s, &e.to_msg()),
            },
            IdeaStep::Challenge | IdeaStep::Kind | IdeaStep::Similar => {
                return self.retry_posting(locale, s, &Msg::new("telegram-use-buttons"));
            }
        }
        let prompt = self.posting_prompt(locale, &s);
        next(prompt, Dialogue::Idea(s))
    }

    async fn idea_choice(&self, ctx: &Ctx, mut s: Posting, action: CallbackAction) -> Step {
        let locale = ctx.locale();
        let Some(actor) = ctx.actor.as_ref() else {
            return Err(UserError::NotRegistered.into());
        };
        match (s.step, action) {
            (IdeaStep::Challenge, CallbackAction::PickChallenge(id))
                if s.challenges.iter().any(|c| c.id == id) =>
            {
                s.challenge = Some(id);
                s.step = IdeaStep::Title;
            }
            (IdeaStep::Title, CallbackAction::KeepTitle) if s.title.is_some() => {
                s.step = if s.from_message {
                    IdeaStep::Kind
                } else {
                    IdeaStep::Body
                };
            }
            (IdeaStep::Body, CallbackAction::Register(RegistrationChoice::Skip)) => {
                s.step = IdeaStep::Kind;
            }
            (IdeaStep::Kind, CallbackAction::PickKind(kind)) => {
                s.kind = kind;
                return self.offer_similar_or_post(ctx, actor, s).await;
            }
            (IdeaStep::Similar, CallbackAction::PostAnyway) => {
                return self.post(ctx, actor, s).await;
            }
            (IdeaStep::Similar, CallbackAction::SupportInstead(id)) => {
                let supporters = self.core.support(actor, id).await?;
                let r = self.html(locale);
                return done(vec![Outgoing::text(
                    r.msg(
                        &Msg::new("support-added")
                            .arg("id", id.get())
                            .arg("supporters", supporters),
                    ),
                )]);
            }
            // A button from an earlier step: show where we are now.
            _ => {}
        }
        let prompt = self.posting_prompt(locale, &s);
        next(prompt, Dialogue::Idea(s))
    }

    async fn offer_similar_or_post(&self, ctx: &Ctx, actor: &Actor, mut s: Posting) -> Step {
        let (Some(challenge), Some(title)) = (s.challenge, s.title.as_deref()) else {
            return self.retry_posting(ctx.locale(), s, &Msg::new("telegram-use-buttons"));
        };
        let similar = self
            .core
            .similar_ideas(challenge, title, s.body.as_deref().unwrap_or_default())
            .await?;
        if similar.is_empty() {
            return self.post(ctx, actor, s).await;
        }
        let locale = ctx.locale();
        s.step = IdeaStep::Similar;
        let offer = Outgoing::with(
            self.html(locale).similar_offer(&similar),
            self.keys(locale).similar_offer(&similar),
        );
        next(offer, Dialogue::Idea(s))
    }

    async fn post(&self, ctx: &Ctx, actor: &Actor, s: Posting) -> Step {
        let locale = ctx.locale();
        let (Some(challenge), Some(title)) = (s.challenge, s.title) else {
            return done(vec![Outgoing::text(
                self.html(locale).msg(&Msg::new("conversation-cancelled")),
            )]);
        };
        let draft = IdeaDraft {
            challenge,
            title: IdeaTitle::parse(title)?,
            body: IdeaBody::parse(s.body.unwrap_or_default())?,
            kind: s.kind,
            origin: Origin::Chat(Platform::Telegram),
        };
        let outcome = self.core.submit_idea(actor, draft).await?;
        let id = outcome.idea.id;
        let r = self.html(locale);
        let thanks = if outcome.held_for.is_empty() {
            r.msg(&Msg::new("chat-idea-posted").arg("id", id.get()))
        } else {
            r.msg(
                &Msg::new("chat-idea-posted-held")
                    .arg("id", id.get())
                    .arg("reasons", pii_kinds(&outcome.held_for)),
            )
        };
        let view = self.core.idea_view(Some(actor), id).await?;
        let card = Outgoing::with(
            r.idea_card(&view),
            self.keys(locale).idea_card(CardState::of(&view)),
        );
        done(vec![Outgoing::text(thanks), card])
    }

    // Free text that ends a conversation

    async fn finish_comment(&self, ctx: &Ctx, idea: IdeaId, text: &str) -> Step {
        let actor = ctx.actor.as_ref().ok_or(UserError::NotRegistered)?;
        let body = match CommentBody::parse(text) {
            Ok(body) => body,
            Err(e) => return self.retry_text(ctx, Dialogue::Comment(idea), &e.to_msg()),
        };
        let posted = self.core.comment(actor, idea, None, body).await?;
        done(vec![Outgoing::text(
            self.html(ctx.locale()).msg(&posted.to_msg()),
        )])
    }

    async fn finish_response(&self, ctx: &Ctx, target: Target, text: &str) -> Step {
        let actor = ctx.actor.as_ref().ok_or(UserError::NotRegistered)?;
        let body = match CommentBody::parse(text) {
            Ok(body) => body,
            Err(e) => return self.retry_text(ctx, Dialogue::Respond(target), &e.to_msg()),
        };
        let response = self.core.respond(actor, target, body).await?;
        done(vec![Outgoing::text(
            self.html(ctx.locale()).msg(
                &Msg::new("review-responded")
                    .arg("target", target.to_string())
                    .arg("id", response.id.get()),
            ),
        )])
    }

    async fn finish_hide(&self, ctx: &Ctx, target: Target, text: &str) -> Step {
        let actor = ctx.actor.as_ref().ok_or(UserError::NotRegistered)?;
        let reason = match Reason::parse(text) {
            Ok(reason) => reason,
            Err(e) => return self.retry_text(ctx, Dialogue::HideReason(target), &e.to_msg()),
        };
        self.core.hide(actor, target, reason).await?;
        done(vec![Outgoing::text(self.html(ctx.locale()).msg(
            &Msg::new("review-hidden").arg("target", target.to_string()),
        ))])
    }

    fn retry_text(&self, ctx: &Ctx, dialogue: Dialogue, why: &Msg) -> Step {
        let mut prompt = self.ask_for_text(ctx, dialogue);
        prompt.html = format!("{}\n\n{}", self.html(ctx.locale()).msg(why), prompt.html);
        // `ask_for_text` stored the conversation again.
        done(vec![prompt])
    }

    async fn forget(&self, ctx: &Ctx) -> Step {
        let actor = ctx.actor.as_ref().ok_or(UserError::NotRegistered)?;
        self.core.forget_me(actor).await?;
        done(vec![Outgoing::text(
            self.html(ctx.locale()).msg(&Msg::new("member-forgotten")),
        )])
    }
}

/// Buttons that belong to the idea dialogue.
fn is_posting_choice(action: CallbackAction) -> bool {
    matches!(
        action,
        CallbackAction::PickChallenge(_)
            | CallbackAction::KeepTitle
            | CallbackAction::PickKind(_)
            | CallbackAction::PostAnyway
            | CallbackAction::SupportInstead(_)
            | CallbackAction::Register(RegistrationChoice::Skip)
    )
}
