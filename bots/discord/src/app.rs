//! The bot's shared state and the first step for every interaction: who is this, in which
//! language, and which handler takes it. Failures end here: a user error becomes a localised
//! ephemeral answer, an internal one an apology with a reference to find it in the logs. Both
//! ways in (gateway and interactions endpoint) call `App::answer`.

use crate::forms::Forms;
use crate::note::{Answer, Note};
use crate::render::Look;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::metrics::{self, Handled};
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
    /// Channels where plain messages are offered as ideas.
    pub ideas_channels: Vec<u64>,
    /// Discord roles the operator maps to ours.
    pub roles: RoleMap,
    /// This process's name when it claims broadcast jobs (a lease holder).
    pub follower_owner: String,
}

/// What the operator set up about their servers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerSetup {
    /// `DISCORD_IDEAS_CHANNEL_IDS`: a plain message there gets a "Post as idea" button.
    pub ideas_channel_ids: Vec<u64>,
    /// `DISCORD_MODERATOR_ROLE_IDS` and `DISCORD_CHAMPION_ROLE_IDS`.
    pub roles: RoleMap,
}

/// Discord roles whose holders act as moderators or champions, checked on each interaction
/// from the roles Discord reports for the member. Core grants it (never Admin) and checks
/// every action as for any role; it lasts as long as the member holds the Discord role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleMap {
    pub moderators: Vec<u64>,
    pub champions: Vec<u64>,
}

impl RoleMap {
    /// The role that holding `roles` grants, if any.
    pub fn granted(&self, roles: &[u64]) -> Option<Role> {
        let holds = |ids: &[u64]| roles.iter().any(|r| ids.contains(r));
        if holds(&self.moderators) {
            Some(Role::Moderator)
        } else if holds(&self.champions) {
            Some(Role::Champion)
        } else {
            None
        }
    }
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
    pub fn new(core: Core, catalog: Arc<Catalog>, http: Arc<Http>, server: ServerSetup) -> App {
        App {
            core,
            catalog,
            http,
            ideas_channels: server.ideas_channel_ids,
            roles: server.roles,
            follower_owner: format!("discord-{:08x}", rand::random::<u32>()),
        }
    }

    pub fn look(&self, locale: Locale) -> Look<'_> {
        Look {
            catalog: &self.catalog,
            locale,
            web: self.core.settings().public_url.as_ref(),
        }
    }

    pub fn forms(&self, locale: Locale) -> Forms<'_> {
        Forms {
            catalog: &self.catalog,
            locale,
        }
    }

    /// The answer to one interaction. Never fails and never panics on what people send.
    /// A public card in it is recorded as a copy once Discord has made it a message.
    pub async fn answer(self: &Arc<Self>, interaction: Interaction) -> Answer {
        let (token, pressed_on) = match &interaction {
            Interaction::Command(i) => (Some(i.token.clone()), None),
            Interaction::Component(i) => {
                (Some(i.token.clone()), Some((i.channel_id, i.message.id)))
            }
            _ => (None, None),
        };
        let answer = metrics::handling(Platform::Discord, self.answer_to(interaction)).await;
        if let Some(shown) = answer.public_copy() {
            match (&answer, token, pressed_on) {
                // A page turned: the same message now shows other ideas.
                (Answer::Update(_), _, Some((channel, message))) => {
                    self.remember_update(channel.get(), message.get(), shown.clone());
                }
                (Answer::Send(_), Some(token), _) => self.remember_answer(token, shown.clone()),
                _ => {}
            }
        }
        answer
    }

    async fn answer_to(&self, interaction: Interaction) -> Answer {
        let (user, locale, channel, member) = match &interaction {
            Interaction::Command(i) | Interaction::Autocomplete(i) => (
                &i.user,
                i.locale.as_str(),
                i.channel_id,
                i.member.as_deref(),
            ),
            Interaction::Component(i) => {
                (&i.user, i.locale.as_str(), i.channel_id, i.member.as_ref())
            }
            Interaction::Modal(i) => (&i.user, i.locale.as_str(), i.channel_id, i.member.as_ref()),
            _ => {
                return Answer::Send(Note::private(
                    self.catalog.text(Locale::EnGb, "discord-unsupported"),
                ));
            }
        };
        // In a server Discord says which roles the member holds; in a DM, none.
        let roles: Vec<u64> = member
            .map(|m| m.roles.iter().map(|r| r.get()).collect())
            .unwrap_or_default();
        let ctx = match self
            .context(user, locale, channel.to_string(), member.is_some(), &roles)
            .await
        {
            Ok(ctx) => ctx,
            Err(error) => return Answer::Send(self.failure(Locale::EnGb, &error)),
        };
        // Writing to the bot in a DM again means their DMs are open to us again.
        if !ctx.in_guild
            && let Err(error) = self.core.mark_reachable(&ctx.identity).await
        {
            tracing::warn!(%error, "could not record reachability");
        }
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
        roles: &[u64],
    ) -> Result<Ctx, Error> {
        let identity = identity_of(user);
        let actor = self
            .core
            .actor_granted(&identity, self.roles.granted(roles))
            .await?;
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
        metrics::mark(match error {
            Error::User(_) => Handled::Refused,
            _ => Handled::Failed,
        });
        match error {
            // Core's words say "send /start", Telegram's way in; Discord's is /register.
            Error::User(UserError::NotRegistered) => {
                Note::private(look.msg(&Msg::new("discord-not-registered")))
            }
            Error::User(user) => Note::private(look.msg(&user.to_msg())),
            other => {
                let reference = format!("{:08x}", rand::random::<u32>());
                tracing::error!(%reference, error = %other, source = ?std::error::Error::source(other), "interaction failed");
                Note::private(look.msg(&Msg::new("error-internal").arg("reference", reference)))
            }
        }
    }
}

/// The core identity of a Discord user: `discord:<user id>`.
pub fn identity_of(user: &User) -> Identity {
    Identity::new(Platform::Discord, user.id.get().to_string())
}
