//! Conversations as a use case: the state machines of [`crate::conversation`] driven one
//! answer at a time, their state kept in the database per chat identity so that any replica
//! takes the next answer and a restart loses nothing, and what they gather carried out
//! through the same use cases as the one-line commands (so every permission and limit holds).

use super::{Core, IdeaSubmitted, SprintOverview, Target};
use crate::conversation::{Answer, Conversation, Gathered, Posting, Prompt, Registering, Turn};
use crate::domain::*;
use crate::error::Result;
use crate::service::CommentPosted;

/// How long a conversation waits for its next answer before it is dropped with what was typed
/// in it. A day: long enough to finish a registration after a shift, short enough that
/// nothing half-typed lingers.
pub const CONVERSATION_HOURS: i64 = 24;

/// What a conversation says after an answer.
#[derive(Debug)]
pub enum Said {
    /// The next question (the conversation goes on).
    Ask(Prompt),
    /// It ended, with this outcome.
    Done(Outcome),
}

/// What a finished conversation did.
#[derive(Debug)]
pub enum Outcome {
    Registered(Member),
    /// The privacy note was declined: nothing was saved.
    NotSaved,
    Posted(IdeaSubmitted),
    Supported {
        idea: IdeaId,
        supporters: i64,
    },
    Commented(CommentPosted),
    Responded {
        target: Target,
        response: CommentId,
    },
    Hidden(Target),
    UpdatePosted(TeamUpdate),
    Forgotten,
    Cancelled,
}

impl Outcome {
    /// What a chat says when the conversation ends this way (a surface may say more: Telegram
    /// adds the new idea's card, the console how to share it).
    pub fn to_msg(&self) -> Msg {
        match self {
            Outcome::Registered(member) => {
                Msg::new("member-registered").arg("name", member.display_name.as_str())
            }
            Outcome::NotSaved => Msg::new("registration-not-saved"),
            Outcome::Posted(posted) if posted.held_for.is_empty() => {
                Msg::new("chat-idea-posted").arg("id", posted.idea.id.get())
            }
            Outcome::Posted(posted) => Msg::new("chat-idea-posted-held")
                .arg("id", posted.idea.id.get())
                .arg("reasons", words::pii_kinds(&posted.held_for)),
            Outcome::Supported { idea, supporters } => Msg::new("support-added")
                .arg("id", idea.get())
                .arg("supporters", *supporters),
            Outcome::Commented(posted) => posted.to_msg(),
            Outcome::Responded { target, response } => Msg::new("review-responded")
                .arg("target", target.to_string())
                .arg("id", response.get()),
            Outcome::Hidden(target) => Msg::new("review-hidden").arg("target", target.to_string()),
            Outcome::UpdatePosted(update) => update_posted(update),
            Outcome::Forgotten => Msg::new("member-forgotten"),
            Outcome::Cancelled => Msg::new("conversation-cancelled"),
        }
    }
}

/// "Update #3 sent to the sprint's subscribers" (or held for the digest).
pub fn update_posted(update: &TeamUpdate) -> Msg {
    Msg::new("update-posted")
        .arg("id", update.id.get())
        .arg("when", update.when.as_str())
}

impl Core {
    /// Starts `who`'s conversation (ending any other) and returns its first question.
    pub async fn begin_conversation(
        &self,
        who: &Identity,
        conversation: Conversation,
    ) -> Result<Prompt> {
        let prompt = conversation.prompt();
        self.keep_conversation(who, &conversation).await?;
        Ok(prompt)
    }

    /// Starts registering `who`, offering `suggested_name` (the platform's) as their name.
    pub async fn begin_registration(
        &self,
        who: &Identity,
        suggested_name: &str,
        locale: Locale,
    ) -> Result<Prompt> {
        let registering = Registering::start(suggested_name, locale);
        self.begin_conversation(who, Conversation::Register(registering))
            .await
    }

    /// Starts posting an idea in `overview`'s sprint (from `sprint_for_posting`), from a
    /// plain `message` or from `/idea`.
    pub async fn begin_posting(
        &self,
        who: &Identity,
        overview: &SprintOverview,
        message: Option<&str>,
    ) -> Result<Prompt> {
        let posting = Posting::start(
            who.platform,
            &overview.sprint.title,
            &overview.challenges,
            message,
        );
        self.begin_conversation(who, Conversation::Post(posting))
            .await
    }

    /// `who`'s conversation under way, if any (expired ones are gone).
    pub async fn conversation(&self, who: &Identity) -> Result<Option<Conversation>> {
        let now = self.now();
        let mut conn = self.store.read().await?;
        let Some(state) = conn.db().conversation(who, now).await? else {
            return Ok(None);
        };
        drop(conn);
        match serde_json::from_str(&state) {
            Ok(conversation) => Ok(Some(conversation)),
            Err(error) => {
                // Kept by an older version that spoke differently: start afresh.
                tracing::warn!(%error, "an unreadable conversation was dropped");
                self.end_conversation(who).await?;
                Ok(None)
            }
        }
    }

    /// Ends `who`'s conversation (`/cancel`, or a command that interrupts it); false when
    /// there was none.
    pub async fn end_conversation(&self, who: &Identity) -> Result<bool> {
        // Every command ends a conversation, and most people have none under way: a read
        // first spares the one writer a transaction per command.
        let mut conn = self.store.read().await?;
        if conn.db().conversation(who, self.now()).await?.is_none() {
            return Ok(false);
        }
        drop(conn);
        let mut tx = self.store.begin().await?;
        let ended = tx.db().end_conversation(who).await?;
        tx.commit().await?;
        Ok(ended)
    }

    /// Takes one answer to `who`'s conversation. `None` when no conversation is under way.
    /// The conversation ends when it is done, whether or not carrying it out succeeds (an
    /// error is the person's to read, and they start again from the command).
    pub async fn converse(
        &self,
        who: &Identity,
        actor: Option<&Actor>,
        answer: Answer,
    ) -> Result<Option<Said>> {
        let Some(conversation) = self.conversation(who).await? else {
            return Ok(None);
        };
        let turn = match conversation.answer(answer) {
            Turn::FindSimilar(posting) => {
                let (challenge, title, body) = posting.words();
                let similar = match challenge {
                    Some(challenge) => self.similar_ideas(challenge, title, body).await?,
                    None => Vec::new(),
                };
                posting.with_similar(similar.into_iter().map(|i| (i.id, i.title)))
            }
            turn => turn,
        };
        match turn {
            Turn::Ask(next, prompt) => {
                self.keep_conversation(who, &next).await?;
                Ok(Some(Said::Ask(prompt)))
            }
            Turn::FindSimilar(posting) => {
                // `with_similar` never asks for more; were it to, ask where we are.
                let prompt = posting.prompt();
                self.keep_conversation(who, &Conversation::Post(posting))
                    .await?;
                Ok(Some(Said::Ask(prompt)))
            }
            Turn::Done(gathered) => {
                self.end_conversation(who).await?;
                let outcome = self.carry_out(who, actor, gathered).await?;
                Ok(Some(Said::Done(outcome)))
            }
        }
    }

    async fn carry_out(
        &self,
        who: &Identity,
        actor: Option<&Actor>,
        gathered: Gathered,
    ) -> Result<Outcome> {
        let actor = || actor.ok_or(UserError::NotRegistered);
        Ok(match gathered {
            Gathered::Register(registration) => {
                Outcome::Registered(self.register(who, registration).await?)
            }
            Gathered::Declined => Outcome::NotSaved,
            Gathered::Post(draft) => Outcome::Posted(self.submit_idea(actor()?, draft).await?),
            Gathered::SupportInstead(idea) => Outcome::Supported {
                idea,
                supporters: self.support(actor()?, idea).await?,
            },
            Gathered::Comment(idea, body) => {
                Outcome::Commented(self.comment(actor()?, idea, None, body).await?)
            }
            Gathered::Respond(target, body) => Outcome::Responded {
                target,
                response: self.respond(actor()?, target, body).await?.id,
            },
            Gathered::Hide(target, reason) => {
                self.hide(actor()?, target, reason).await?;
                Outcome::Hidden(target)
            }
            Gathered::Update(sprint, draft) => {
                Outcome::UpdatePosted(self.post_update(actor()?, Some(sprint), draft).await?)
            }
            Gathered::Forget => {
                self.forget_me(actor()?).await?;
                Outcome::Forgotten
            }
            Gathered::Cancelled => Outcome::Cancelled,
        })
    }

    async fn keep_conversation(&self, who: &Identity, conversation: &Conversation) -> Result<()> {
        let state = serde_json::to_string(conversation)?;
        let expires = self.now() + chrono::Duration::hours(CONVERSATION_HOURS);
        let mut tx = self.store.begin().await?;
        tx.db().keep_conversation(who, &state, expires).await?;
        tx.commit().await
    }
}
