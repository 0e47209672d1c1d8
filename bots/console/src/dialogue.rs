//! Conversations in the terminal: core's prompts printed with their choices numbered, each
//! line typed handed to core as the answer (a number or a word picks a choice, Enter takes
//! the default), and what a finished conversation did said in the member's language. The
//! conversations and their state are core's (`crowdsprint_core::conversation`).

use super::Console;
use crowdsprint_core::Error;
use crowdsprint_core::conversation::{Answer, AnswerStyle, Choice, Conversation, Prompt};
use crowdsprint_core::domain::words::pii_kinds;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{Outcome, Said, SprintOverview};

impl Console {
    /// Starts registering, offering the name given with `--as`.
    pub(crate) async fn start_registration(&mut self) -> Result<String, Error> {
        let prompt = self
            .core
            .begin_registration(&self.identity, &self.name, self.preferred)
            .await?;
        Ok(self.show(None, &prompt))
    }

    /// Starts posting an idea in `overview`'s sprint, from a plain message or from `/idea`.
    pub(crate) async fn start_posting(
        &mut self,
        actor: &Actor,
        overview: &SprintOverview,
        text: Option<&str>,
    ) -> Result<String, Error> {
        let prompt = self
            .core
            .begin_posting(&self.identity, overview, text)
            .await?;
        Ok(self.show(Some(actor), &prompt))
    }

    /// A plain message outside any conversation: offer to post it as an idea.
    pub(crate) async fn offer_idea(
        &mut self,
        actor: Option<&Actor>,
        text: &str,
    ) -> Result<String, Error> {
        let Some(actor) = actor else {
            return Ok(self.renderer(None).text("plain-text-unregistered"));
        };
        let overview = self.core.sprint_for_posting(actor).await?;
        self.start_posting(actor, &overview, Some(text)).await
    }

    /// Starts a registered member's conversation that core asked for (confirming
    /// `/forgetme`, writing a team update).
    pub(crate) async fn start_conversation(
        &mut self,
        actor: Option<&Actor>,
        conversation: Conversation,
    ) -> Result<String, Error> {
        if actor.is_none() {
            return Ok(self.renderer(None).msg(&UserError::NotRegistered.to_msg()));
        }
        let prompt = self
            .core
            .begin_conversation(&self.identity, conversation)
            .await?;
        Ok(self.show(actor, &prompt))
    }

    /// The line as an answer to the conversation under way; `None` when there is none.
    pub(crate) async fn converse(
        &mut self,
        actor: Option<&Actor>,
        line: &str,
    ) -> Result<Option<String>, Error> {
        let said = self
            .core
            .converse(&self.identity, actor, Answer::text(line))
            .await;
        let said = match said {
            Ok(said) => said,
            Err(error) => {
                self.in_conversation = false;
                return Err(error);
            }
        };
        Ok(match said {
            None => {
                self.in_conversation = false;
                None
            }
            Some(Said::Ask(prompt)) => Some(self.show(actor, &prompt)),
            Some(Said::Done(outcome)) => {
                self.in_conversation = false;
                // Registering or erasing changes who this is.
                let actor = self.core.actor_for(&self.identity).await?;
                Some(self.outcome(actor.as_ref(), outcome))
            }
        })
    }

    /// A prompt as lines: its notes and question, then each choice numbered (Cancel is
    /// /cancel here, so it is not listed).
    fn show(&mut self, actor: Option<&Actor>, prompt: &Prompt) -> String {
        self.in_conversation = true;
        let locale = prompt.locale.unwrap_or(self.locale(actor));
        let r = crate::Renderer::new(&self.catalog, locale);
        let mut out: Vec<String> = prompt
            .lines(AnswerStyle::Typed)
            .iter()
            .map(|m| r.msg(m))
            .collect();
        let listed = prompt.offers.iter().filter(|o| o.choice != Choice::Cancel);
        for (n, offer) in listed.enumerate() {
            out.push(format!("  {}. {}", n + 1, r.msg(&offer.label)));
        }
        out.join("\n")
    }

    /// What a finished conversation did; a posted idea says how to share it from here.
    fn outcome(&self, actor: Option<&Actor>, outcome: Outcome) -> String {
        let msg = match &outcome {
            Outcome::Posted(posted) if posted.held_for.is_empty() => {
                Msg::new("console-idea-posted").arg("id", posted.idea.id.get())
            }
            Outcome::Posted(posted) => Msg::new("console-idea-posted-held")
                .arg("id", posted.idea.id.get())
                .arg("reasons", pii_kinds(&posted.held_for)),
            other => other.to_msg(),
        };
        let r = self.renderer(actor);
        let claim = match &outcome {
            Outcome::Posted(posted) => posted.claim_line(),
            _ => None,
        };
        match claim {
            Some(claim) => format!("{}\n{}", r.msg(&msg), r.msg(&claim)),
            None => r.msg(&msg),
        }
    }
}
