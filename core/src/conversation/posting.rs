//! Posting an idea: the challenge it answers, a title (suggested from a plain message), more
//! detail, its kind, and, when ideas that read alike exist, the offer to back one of those
//! instead.

use super::answer::{Reading, read};
use super::{Answer, Choice, Conversation, Gathered, Prompt, Turn};
use crate::domain::{Challenge, ChallengeId, IdeaBody, IdeaId, IdeaKind, IdeaTitle, Msg};
use crate::domain::{Origin, Platform};
use crate::service::IdeaDraft;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdeaStep {
    Challenge,
    Title,
    Body,
    Kind,
    Similar,
}

/// An idea being posted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Posting {
    pub step: IdeaStep,
    /// Where it is being posted, for the idea's origin.
    platform: Platform,
    sprint_title: String,
    /// The open sprint's challenges, as offered.
    challenges: Vec<(ChallengeId, String)>,
    challenge: Option<ChallengeId>,
    /// Suggested from a plain message until kept or replaced, then the chosen title.
    title: Option<String>,
    body: Option<String>,
    /// A plain message started it: it already is the body, so it is not asked for again.
    from_message: bool,
    kind: IdeaKind,
    /// Ideas that read alike, offered to back instead.
    similar: Vec<(IdeaId, String)>,
}

impl Posting {
    /// Starts posting in the sprint titled `sprint_title`, from a plain message or from
    /// nothing (`/idea`).
    pub fn start(
        platform: Platform,
        sprint_title: &str,
        challenges: &[Challenge],
        message: Option<&str>,
    ) -> Posting {
        let (title, body) = match message {
            Some(text) => {
                let (title, body) = IdeaTitle::suggest(text);
                (Some(title), body)
            }
            None => (None, None),
        };
        Posting {
            step: IdeaStep::Challenge,
            platform,
            sprint_title: sprint_title.to_owned(),
            challenges: challenges.iter().map(|c| (c.id, c.title.clone())).collect(),
            challenge: None,
            title,
            body,
            from_message: message.is_some(),
            kind: IdeaKind::Idea,
            similar: Vec::new(),
        }
    }

    pub fn prompt(&self) -> Prompt {
        match self.step {
            IdeaStep::Challenge => {
                let mut prompt = Prompt::new(Msg::new("conversation-ask-challenge"))
                    .note(Msg::new("idea-intro").arg("sprint", self.sprint_title.as_str()));
                if self.from_message {
                    prompt = prompt.note(Msg::new("conversation-idea-offer"));
                }
                prompt
                    .offer_each(self.challenges.iter().map(|(id, title)| {
                        let label = Msg::new("conversation-challenge").arg("title", title.as_str());
                        (Choice::Challenge(*id), label)
                    }))
                    .with_cancel()
            }
            IdeaStep::Title => match &self.title {
                Some(title) => Prompt::new(
                    Msg::new("conversation-title-suggested").arg("title", title.as_str()),
                )
                .offer(Choice::KeepTitle, Msg::new("conversation-keep-title"))
                .with_cancel(),
                None => Prompt::new(Msg::new("idea-ask-title")).with_cancel(),
            },
            IdeaStep::Body => Prompt::new(Msg::new("conversation-ask-body"))
                .offer(Choice::Skip, Msg::new("conversation-skip"))
                .with_cancel(),
            IdeaStep::Kind => Prompt::new(Msg::new("conversation-ask-kind"))
                .offer_each(IdeaKind::ALL.iter().map(|kind| {
                    let label = Msg::new("idea-kind-name").arg("kind", kind.as_str());
                    (Choice::Kind(*kind), label)
                }))
                .with_cancel(),
            IdeaStep::Similar => Prompt::new(Msg::new("conversation-similar-ask"))
                .note(Msg::new("idea-similar").arg("count", self.similar.len()))
                .offer_each(self.similar.iter().map(|(id, title)| {
                    let label = Msg::new("conversation-support-instead")
                        .arg("id", id.get())
                        .arg("title", title.as_str());
                    (Choice::SupportInstead(*id), label)
                }))
                .offer(Choice::PostAnyway, Msg::new("conversation-post-anyway"))
                .with_cancel(),
        }
    }

    pub(super) fn answer(self, answer: Answer) -> Turn {
        let offered = self.prompt().choices();
        let by_word = matches!(
            self.step,
            IdeaStep::Challenge | IdeaStep::Kind | IdeaStep::Similar
        );
        match read(answer, &offered, by_word) {
            Reading::Chosen(choice) => self.chosen(choice),
            Reading::Typed(text) => self.typed(&text),
            Reading::Stale => self.ask(),
        }
    }

    fn chosen(mut self, choice: Choice) -> Turn {
        match (self.step, choice) {
            (IdeaStep::Challenge, Choice::Challenge(id)) => {
                self.challenge = Some(id);
                self.step = IdeaStep::Title;
            }
            (IdeaStep::Title, Choice::KeepTitle) => self.step = self.after_title(),
            (IdeaStep::Body, Choice::Skip) => self.step = IdeaStep::Kind,
            (IdeaStep::Kind, Choice::Kind(kind)) => {
                self.kind = kind;
                return Turn::FindSimilar(self);
            }
            (IdeaStep::Similar, Choice::PostAnyway) => return self.post(),
            (IdeaStep::Similar, Choice::SupportInstead(id)) => {
                return Turn::Done(Gathered::SupportInstead(id));
            }
            _ => {}
        }
        self.ask()
    }

    fn typed(mut self, text: &str) -> Turn {
        match self.step {
            IdeaStep::Title => match IdeaTitle::parse(text) {
                Ok(title) => {
                    self.title = Some(title.into_inner());
                    self.step = self.after_title();
                }
                Err(why) => return self.ask_again(why.to_msg()),
            },
            IdeaStep::Body => match IdeaBody::parse(text) {
                Ok(body) => {
                    self.body = Some(body.into_inner());
                    self.step = IdeaStep::Kind;
                }
                Err(why) => return self.ask_again(why.to_msg()),
            },
            IdeaStep::Challenge | IdeaStep::Kind | IdeaStep::Similar => {
                return self.ask_again(Msg::new("conversation-pick-one"));
            }
        }
        self.ask()
    }

    fn after_title(&self) -> IdeaStep {
        if self.from_message {
            IdeaStep::Kind
        } else {
            IdeaStep::Body
        }
    }

    /// Goes on once the ideas that read alike are known: posts when there are none, and
    /// otherwise offers them.
    pub fn with_similar(mut self, similar: impl IntoIterator<Item = (IdeaId, String)>) -> Turn {
        self.similar = similar.into_iter().collect();
        if self.similar.is_empty() {
            return self.post();
        }
        self.step = IdeaStep::Similar;
        self.ask()
    }

    /// The title and body typed so far, to look for ideas that read alike.
    pub fn words(&self) -> (Option<ChallengeId>, &str, &str) {
        (
            self.challenge,
            self.title.as_deref().unwrap_or_default(),
            self.body.as_deref().unwrap_or_default(),
        )
    }

    fn post(self) -> Turn {
        let Some(challenge) = self.challenge else {
            return Turn::Done(Gathered::Cancelled);
        };
        let draft = IdeaDraft::from_answers(
            challenge,
            self.title.as_deref().unwrap_or_default(),
            self.body.as_deref().unwrap_or_default(),
            self.kind,
            Origin::Chat(self.platform),
        );
        match draft {
            Ok(draft) => Turn::Done(Gathered::Post(draft)),
            Err(why) => {
                let mut back = self;
                back.step = IdeaStep::Title;
                back.ask_again(why.to_msg())
            }
        }
    }

    fn ask(self) -> Turn {
        let prompt = self.prompt();
        Turn::Ask(Conversation::Post(self), prompt)
    }

    fn ask_again(self, why: Msg) -> Turn {
        let prompt = self.prompt().because(why);
        Turn::Ask(Conversation::Post(self), prompt)
    }
}
