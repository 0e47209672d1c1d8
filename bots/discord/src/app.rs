//! The bot's shared state and the first step for every interaction: who is this, in which
//! language, and which handler takes it. Failures end here: a user error becomes a localised
//! ephemeral answer, an internal one an apology with a reference to find it in the logs. Both
//! ways in (gateway and interactions endpoint) call `App::answer`.

use crate::forms::Forms;
use crate::note::{Answer, Note};
use crate::render::Look;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::limits::{LimitKind, MemberLimits};
use crowdsprint_core::{Core, Error};
use serenity::http::Http;
use serenity::model::application::Interaction;
use serenity::model::user::User;
use std::sync::Arc;

/// Everything the handlers share. One per bot.
pub struct App {
    pub core: Core,
    pub catalog: Arc<Catalog>,
    /// REST, for answers that outlive the interaction's first response and for deliveries.
    pub http: Arc<Http>,
    /// How many ideas and votes one member may send in a short time.
    pub limits: MemberLimits,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never derive: serenity's `Http` holds the token.
        f.debug_struct("App").finish_non_exhaustive()
    }
}

/// Who is asking, and in which language to answer.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub identity: Identity,
    pub actor: Option<Actor>,
    /// The member's own language, else their Discord client's, else English.
    pub locale: Locale,
    /// Their Discord display name, suggested at registration.
    pub name: String,
    /// The Discord locale as reported, for registration.
    pub discord_locale: Option<Locale>,
    /// Where the interaction happened: a server channel, or a DM (no guild).
    pub channel: String,
    pub in_guild: bool,
}

impl Ctx {
    pub fn actor(&self) -> Result<&Actor, Error> {
        self.actor
            .as_ref()
            .ok_or_else(|| UserError::NotRegistered.into())
    }
}

impl App {
    pub fn new(core: Core, catalog: Arc<Catalog>, http: Arc<Http>, limits: MemberLimits) -> App {
        App {
            core,
            catalog,
            http,
            limits,
        }
    }

    /// `None` if the member may do one more `kind` now; otherwise the kind "please wait" answer.
    pub fn over_limit(&self, ctx: &Ctx, kind: LimitKind, member: MemberId) -> Option<Answer> {
        let slow = self.limits.check(kind, member).err()?;
        Some(Answer::Send(Note::private(
            self.look(ctx.locale).msg(&slow.to_msg()),
        )))
    }

    pub fn look(&self, locale: Locale) -> Look<'_> {
        Look {
            catalog: &self.catalog,
            locale,
        }
    }

    pub fn forms(&self, locale: Locale) -> Forms<'_> {
        Forms {
            catalog: &self.catalog,
            locale,
        }
    }

    /// The answer to one interaction. Never fails and never panics on what people send.
    pub async fn answer(&self, interaction: Interaction) -> Answer {
        let (user, locale, channel, guild) = match &interaction {
            Interaction::Command(i) | Interaction::Autocomplete(i) => {
                (&i.user, i.locale.as_str(), i.channel_id, i.guild_id)
            }
            Interaction::Component(i) => (&i.user, i.locale.as_str(), i.channel_id, i.guild_id),
            Interaction::Modal(i) => (&i.user, i.locale.as_str(), i.channel_id, i.guild_id),
            _ => {
                return Answer::Send(Note::private(
                    self.catalog.text(Locale::EnGb, "discord-unsupported"),
                ));
            }
        };
        let ctx = match self
            .context(user, locale, channel.to_string(), guild.is_some())
            .await
        {
            Ok(ctx) => ctx,
            Err(error) => return Answer::Send(self.failure(Locale::EnGb, &error)),
        };
        let outcome = match interaction {
            Interaction::Command(command) => self.on_command(&ctx, &command).await,
            Interaction::Autocomplete(command) => self.on_autocomplete(&ctx, &command).await,
            Interaction::Component(press) => self.on_button(&ctx, &press).await,
            Interaction::Modal(form) => self.on_form(&ctx, &form).await,
            _ => Ok(Answer::Send(Note::private(
                self.catalog.text(ctx.locale, "discord-unsupported"),
            ))),
        };
        outcome.unwrap_or_else(|error| Answer::Send(self.failure(ctx.locale, &error)))
    }

    async fn context(
        &self,
        user: &User,
        discord_locale: &str,
        channel: String,
        in_guild: bool,
    ) -> Result<Ctx, Error> {
        let identity = identity_of(user);
        let actor = self.core.actor_for(&identity).await?;
        let discord_locale = Locale::negotiate(discord_locale);
        let locale = actor
            .as_ref()
            .map(Actor::locale)
            .or(discord_locale)
            .unwrap_or(Locale::EnGb);
        Ok(Ctx {
            identity,
            actor,
            locale,
            name: user
                .global_name
                .clone()
                .unwrap_or_else(|| user.name.clone()),
            discord_locale,
            channel,
            in_guild,
        })
    }

    /// User errors explained; internal ones logged with a reference the person can quote.
    pub fn failure(&self, locale: Locale, error: &Error) -> Note {
        let look = self.look(locale);
        match error {
            // Core's words say "send /start", Telegram's way in; Discord's is /register.
            Error::User(UserError::NotRegistered) => {
                Note::private(look.msg(&Msg::new("discord-not-registered")))
            }
            Error::User(user) => Note::private(look.msg(&user.to_msg())),
            other => {
                let reference = format!("{:08x}", rand::random::<u32>());
                tracing::error!(%reference, error = %other, source = ?std::error::Error::source(other), "interaction failed");
                Note::private(
                    look.msg(&Msg::new("console-internal-error").arg("reference", reference)),
                )
            }
        }
    }
}

/// The core identity of a Discord user: `discord:<user id>`.
pub fn identity_of(user: &User) -> Identity {
    Identity::new(Platform::Discord, user.id.get().to_string())
}
