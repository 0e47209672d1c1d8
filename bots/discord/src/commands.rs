//! Slash commands: read the options, then either open a form (`/register`, `/idea`,
//! `/comment`), ask to confirm (`/forgetme`), or run the same core command a Telegram member
//! would type, and lay out its reply for Discord.

use crate::action::Action;
use crate::app::{App, Ctx};
use crate::note::{Answer, Note};
use crate::render::button;
use crate::slash::{Invocation, chosen_channel, given, invocation};
use crowdsprint_core::Error;
use crowdsprint_core::command::{self, Command};
use crowdsprint_core::conversation::Conversation;
use crowdsprint_core::domain::*;
use crowdsprint_core::layout::{self, Surface};
use crowdsprint_core::service::{Audience, Reply};
use serenity::builder::{AutocompleteChoice, CreateActionRow, CreateAttachment};
use serenity::model::application::CommandInteraction;

/// Suggestions offered while a challenge is typed.
const MAX_CHOICES: usize = 25;

impl App {
    pub(crate) async fn on_command(
        &self,
        ctx: &Ctx,
        interaction: &CommandInteraction,
    ) -> Result<Answer, Error> {
        let options = interaction.data.options();
        let given = given(&options);
        // `/mod announce channel:#ideas` ties that channel (or forum) rather than this one.
        let chosen = chosen_channel(&given).map(|channel| Ctx {
            channel: channel.to_string(),
            ..ctx.clone()
        });
        let ctx = chosen.as_ref().unwrap_or(ctx);
        let invocation = match invocation(&interaction.data.name, &given) {
            Ok(invocation) => invocation,
            Err(msg) => return Ok(Answer::Send(Note::private(self.look(ctx.locale).msg(&msg)))),
        };
        let look = self.look(ctx.locale);
        match invocation {
            Invocation::Register(describes) => {
                if ctx.actor.is_some() {
                    return Err(UserError::AlreadyRegistered.into());
                }
                let agree = button(
                    Action::Register(describes),
                    self.catalog.text(ctx.locale, "chat-button-consent-yes"),
                    true,
                );
                Ok(Answer::Send(
                    Note::private(format!(
                        "{}\n\n{}",
                        self.catalog.text(ctx.locale, "discord-reg-intro"),
                        self.catalog.text(ctx.locale, "chat-reg-ask-consent")
                    ))
                    .row(CreateActionRow::Buttons(vec![agree])),
                ))
            }
            Invocation::PostIdea { challenge, kind } => {
                let overview = self.core.sprint_for_posting(ctx.actor()?).await?;
                if !overview.challenges.iter().any(|c| c.id.get() == challenge) {
                    return Err(UserError::ChallengeNotFound {
                        id: ChallengeId(challenge),
                    }
                    .into());
                }
                Ok(Answer::Form(self.forms(ctx.locale).idea(challenge, kind)))
            }
            Invocation::Comment { idea } => {
                ctx.actor()?;
                // Looking the idea up first means a wrong number is said now, not after typing.
                self.core
                    .idea_view(ctx.actor.as_ref(), IdeaId(idea))
                    .await?;
                Ok(Answer::Form(
                    self.forms(ctx.locale).text(&Action::Comment(idea)),
                ))
            }
            Invocation::ForgetMe => {
                ctx.actor()?;
                Ok(Answer::Send(self.confirm_forget(ctx).await?))
            }
            Invocation::Line(line) => match command::parse(&line) {
                Ok(command) => self.run(ctx, command).await,
                Err(error) => Ok(Answer::Send(Note::private(look.msg(&error.to_msg())))),
            },
        }
    }

    /// `/forgetme`: core's confirmation, with its choices as buttons.
    async fn confirm_forget(&self, ctx: &Ctx) -> Result<Note, Error> {
        let prompt = self
            .core
            .begin_conversation(&ctx.identity, Conversation::ConfirmForget)
            .await?;
        Ok(self.look(ctx.locale).prompt(&prompt))
    }

    /// Runs a core command and lays out its reply.
    pub(crate) async fn run(&self, ctx: &Ctx, command: Command) -> Result<Answer, Error> {
        let reply = self
            .core
            .execute(ctx.actor.as_ref(), &ctx.identity, command)
            .await?;
        if let Reply::WriteUpdate(updating) = &reply {
            // `/mod update` always says when; held for the digest is the safe reading.
            let when = updating.when.unwrap_or(UpdateWhen::NextDigest);
            let form = self.forms(ctx.locale).update(updating.sprint, when);
            return Ok(Answer::Form(form));
        }
        self.render(ctx, reply).await.map(Answer::Send)
    }

    /// A core reply as one Discord message: ephemeral whenever core says it is for the asker
    /// only, whatever the layout below would choose.
    pub(crate) async fn render(&self, ctx: &Ctx, reply: Reply) -> Result<Note, Error> {
        let for_asker = reply.audience() == Audience::Asker;
        let note = self.lay_out(ctx, reply).await?;
        Ok(if for_asker {
            note.ephemeral(true)
        } else {
            note
        })
    }

    async fn lay_out(&self, ctx: &Ctx, reply: Reply) -> Result<Note, Error> {
        let look = self.look(ctx.locale);
        let text = look.text();
        Ok(match reply {
            Reply::LanguageSet(locale) => {
                Note::private(self.look(locale).msg(&Reply::language_set(locale)))
            }
            Reply::Help { role, .. } => look.help(role),
            Reply::Idea(view) => {
                let mut card = look.idea_card(&view, !ctx.in_guild);
                // A public card in a channel is a copy to withdraw if the idea is hidden.
                if ctx.in_guild && view.is_public() {
                    card.shows = Some(ShownIdeas::card(view.idea.id, ctx.locale));
                }
                card
            }
            Reply::Ideas { page, order } => {
                let mut note = look.idea_page(&page, order);
                // So is a page of a list: drawn again without an idea that is hidden.
                if ctx.in_guild {
                    note.shows = page.shown(order, ctx.locale);
                }
                note
            }
            Reply::Review(queue) => look.review_queue(&queue),
            Reply::MyData(data) => {
                let json = serde_json::to_vec_pretty(&data)?;
                let mut note = Note::private(format!(
                    "{}\n{}",
                    look.msg(&Msg::new("mydata-heading")),
                    look.msg(&data.summary())
                ));
                note.file = Some(CreateAttachment::bytes(json, "my-data.json"));
                note
            }
            Reply::Welcome => Note::private(
                look.msg(&Msg::new("member-welcome-back").arg("name", ctx.name.as_str())),
            ),
            // `/start` and a bare `/idea` are Telegram's ways in; Discord has its own.
            Reply::Register | Reply::PostIdea(_) => {
                Note::private(look.msg(&Msg::new("discord-use-register")))
            }
            Reply::ConfirmForget => self.confirm_forget(ctx).await?,
            // Opened as a form by `run`; anywhere else, how to write one.
            Reply::WriteUpdate(_) => Note::private(look.msg(&Msg::new("help-update"))),
            Reply::Announce { challenge, off } => {
                let place = ctx.in_guild.then(|| Place {
                    platform: Platform::Discord,
                    chat: ctx.channel.clone(),
                    thread: None,
                });
                let msg = self
                    .core
                    .announce_here(ctx.actor()?, place.as_ref(), challenge, off)
                    .await?;
                Note::private(look.msg(&msg))
            }
            Reply::Export {
                sprint,
                table,
                format,
                withheld,
            } => {
                let mut bytes = Vec::new();
                let actor = ctx.actor()?;
                let rows = self
                    .core
                    .export_as_asked(actor, sprint, table, format, withheld, &mut bytes)
                    .await?;
                let name = table.file_name(sprint, format);
                let mut note = Note::private(
                    look.msg(
                        &Msg::new("discord-export-ready")
                            .arg("rows", i64::try_from(rows).unwrap_or(i64::MAX)),
                    ),
                );
                note.file = Some(CreateAttachment::bytes(bytes, name));
                note
            }
            // Text only: core's layout, shown to the channel only if core says all may see it.
            other => {
                let private = other.audience() == Audience::Asker;
                // Every reply core has no layout for is matched above.
                let doc = layout::text_reply(&other, Surface::Buttons).unwrap_or_default();
                Note::public(text.doc(&doc)).ephemeral(private)
            }
        })
    }

    /// Challenges of the current sprint matching what has been typed so far.
    pub(crate) async fn on_autocomplete(
        &self,
        ctx: &Ctx,
        interaction: &CommandInteraction,
    ) -> Result<Answer, Error> {
        let typed = interaction
            .data
            .autocomplete()
            .map(|a| a.value.to_lowercase())
            .unwrap_or_default();
        let overview = self.core.sprint_overview(ctx.actor.as_ref(), None).await?;
        let choices = overview
            .challenges
            .iter()
            .filter(|c| {
                typed.is_empty()
                    || c.title.to_lowercase().contains(&typed)
                    || c.id.get().to_string() == typed
            })
            .take(MAX_CHOICES)
            .map(|c| {
                let name = crate::markdown::truncate(&format!("{} · {}", c.id, c.title), 100);
                AutocompleteChoice::new(name, c.id.get())
            })
            .collect();
        Ok(Answer::Choices(choices))
    }
}
