//! Conversations on Telegram: core's prompts drawn as a message with a button per choice,
//! typed messages and button presses handed to core as answers, and what a finished
//! conversation did said in the member's language. The conversations and their state are
//! core's (`crowdsprint_core::conversation`), kept in the database: a restart, or the next
//! update landing on another replica, carries on where the person was.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crowdsprint_core::Error;
use crowdsprint_core::conversation::{Answer, AnswerStyle, Conversation, Prompt};
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{Outcome, Said, SprintOverview};

impl App {
    /// `/start` from someone not yet registered.
    pub async fn start_registration(&self, ctx: &Ctx) -> Outgoing {
        let begun = self
            .core
            .begin_registration(&ctx.identity, ctx.first_name(), ctx.locale())
            .await;
        self.prompt_or_failure(ctx, begun)
    }

    /// Starts posting an idea in `overview`'s sprint, from a plain message or from `/idea`.
    pub async fn start_posting(
        &self,
        ctx: &Ctx,
        overview: &SprintOverview,
        text: Option<&str>,
    ) -> Outgoing {
        let begun = self.core.begin_posting(&ctx.identity, overview, text).await;
        self.prompt_or_failure(ctx, begun)
    }

    /// Starts a conversation that asks for one thing: a comment, a response, a reason, or
    /// the confirmation of `/forgetme`.
    pub async fn ask_for(&self, ctx: &Ctx, conversation: Conversation) -> Outgoing {
        let begun = self
            .core
            .begin_conversation(&ctx.identity, conversation)
            .await;
        self.prompt_or_failure(ctx, begun)
    }

    /// A typed message or a pressed choice for the conversation under way; `None` when
    /// there is none, so the caller handles it on its own.
    pub async fn converse(&self, ctx: &mut Ctx, answer: Answer) -> Option<Vec<Outgoing>> {
        let actor = ctx.actor.clone();
        let said = match self
            .core
            .converse(&ctx.identity, actor.as_ref(), answer)
            .await
        {
            Ok(said) => said?,
            Err(error) => {
                return Some(vec![Outgoing::text(
                    self.failure_text(ctx.locale(), &error),
                )]);
            }
        };
        Some(match said {
            Said::Ask(prompt) => vec![self.prompt(ctx.locale(), &prompt)],
            Said::Done(outcome) => {
                // Registering or erasing changes who this is: read them again.
                self.refresh(ctx).await;
                self.outcome(ctx, outcome).await
            }
        })
    }

    fn prompt_or_failure(&self, ctx: &Ctx, begun: Result<Prompt, Error>) -> Outgoing {
        match begun {
            Ok(prompt) => self.prompt(ctx.locale(), &prompt),
            Err(error) => Outgoing::text(self.failure_text(ctx.locale(), &error)),
        }
    }

    /// A prompt as one message: its notes and question, with a button per choice.
    fn prompt(&self, locale: Locale, prompt: &Prompt) -> Outgoing {
        let locale = prompt.locale.unwrap_or(locale);
        let r = self.html(locale);
        let lines: Vec<String> = prompt
            .lines(AnswerStyle::Buttons)
            .iter()
            .map(|m| r.msg(m))
            .collect();
        Outgoing::with(lines.join("\n\n"), self.keys(locale).prompt(prompt))
    }

    /// What a finished conversation did, in the member's language; a posted idea's card
    /// follows the thanks.
    async fn outcome(&self, ctx: &Ctx, outcome: Outcome) -> Vec<Outgoing> {
        let r = self.html(ctx.locale());
        let mut said = r.msg(&outcome.to_msg());
        if let Outcome::Posted(posted) = &outcome
            && let Some(claim) = posted.claim_line()
        {
            said = format!("{said}\n\n{}", r.msg(&claim));
        }
        let mut out = vec![Outgoing::text(said)];
        if let Outcome::Posted(posted) = &outcome {
            match self
                .core
                .idea_view(ctx.actor.as_ref(), posted.idea.id)
                .await
            {
                Ok(view) => out.push(self.card(ctx, &view)),
                Err(error) => tracing::warn!(%error, "could not show a posted idea"),
            }
        }
        out
    }
}
