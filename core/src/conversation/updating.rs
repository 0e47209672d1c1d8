//! Writing a team update (`/update` on its own): a title, the text, an optional link, the
//! Welsh title and text if the moderator has them, and last, with the whole update shown as
//! readers will get it, "send now" or "hold for the next digest". Nothing goes out before
//! that last answer, so a moderator sees what hundreds of people are about to read first.

use super::answer::{Reading, read};
use super::{Answer, Choice, Conversation, Gathered, Prompt, Turn};
use crate::domain::{
    Msg, SprintId, Title, UpdateBody, UpdateDraft, UpdateLink, UpdateWhen, UserError, update_msg,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UpdateStep {
    Title,
    Body,
    Link,
    WelshTitle,
    WelshBody,
    When,
}

/// A team update being written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Updating {
    pub step: UpdateStep,
    /// The sprint it is for, fixed when it began (the current one then).
    pub sprint: SprintId,
    sprint_title: String,
    /// Chosen with the command (`/update now`): the last step then only confirms it.
    pub when: Option<UpdateWhen>,
    title: Option<String>,
    body: Option<String>,
    link: Option<String>,
    welsh_title: Option<String>,
    welsh_body: Option<String>,
}

impl Updating {
    pub fn start(sprint: SprintId, sprint_title: &str, when: Option<UpdateWhen>) -> Updating {
        Updating {
            step: UpdateStep::Title,
            sprint,
            sprint_title: sprint_title.to_owned(),
            when,
            title: None,
            body: None,
            link: None,
            welsh_title: None,
            welsh_body: None,
        }
    }

    pub fn prompt(&self) -> Prompt {
        let skip = |prompt: Prompt| prompt.offer(Choice::Skip, Msg::new("conversation-skip"));
        let prompt = match self.step {
            UpdateStep::Title => Prompt::new(Msg::new("conversation-ask-update-title"))
                .note(Msg::new("update-intro").arg("sprint", self.sprint_title.as_str())),
            UpdateStep::Body => Prompt::new(Msg::new("conversation-ask-update-body")),
            UpdateStep::Link => skip(Prompt::new(Msg::new("conversation-ask-update-link"))),
            UpdateStep::WelshTitle => {
                skip(Prompt::new(Msg::new("conversation-ask-update-welsh-title")))
            }
            UpdateStep::WelshBody => Prompt::new(Msg::new("conversation-ask-update-welsh-body")),
            UpdateStep::When => {
                let whens = match self.when {
                    Some(when) => vec![when],
                    None => vec![UpdateWhen::Now, UpdateWhen::NextDigest],
                };
                let mut prompt = Prompt::new(
                    Msg::new("conversation-ask-update-when")
                        .arg("sprint", self.sprint_title.as_str()),
                );
                if let Some(preview) = self.preview() {
                    prompt = prompt.note(preview);
                }
                prompt.offer_each(whens.into_iter().map(|when| {
                    let label = Msg::new("conversation-update-when").arg("when", when.as_str());
                    (Choice::When(when), label)
                }))
            }
        };
        prompt.with_cancel()
    }

    pub(super) fn answer(self, answer: Answer) -> Turn {
        let offered = self.prompt().choices();
        let by_word = self.step == UpdateStep::When;
        match read(answer, &offered, by_word) {
            Reading::Chosen(choice) => self.chosen(choice),
            Reading::Typed(text) => self.typed(&text),
            Reading::Stale => self.ask(),
        }
    }

    fn chosen(mut self, choice: Choice) -> Turn {
        match (self.step, choice) {
            (UpdateStep::Link, Choice::Skip) => self.step = UpdateStep::WelshTitle,
            (UpdateStep::WelshTitle, Choice::Skip) => self.step = UpdateStep::When,
            (UpdateStep::When, Choice::When(when)) => return self.send(when),
            _ => {}
        }
        self.ask()
    }

    fn typed(mut self, text: &str) -> Turn {
        let taken: Result<UpdateStep, UserError> = match self.step {
            UpdateStep::Title => Title::parse(text).map(|title| {
                self.title = Some(title.into_inner());
                UpdateStep::Body
            }),
            UpdateStep::Body => UpdateBody::parse(text).map(|body| {
                self.body = Some(body.into_inner());
                UpdateStep::Link
            }),
            UpdateStep::Link => UpdateLink::parse(text).map(|link| {
                self.link = Some(link.as_str().to_owned());
                UpdateStep::WelshTitle
            }),
            UpdateStep::WelshTitle => Title::parse(text).map(|title| {
                self.welsh_title = Some(title.into_inner());
                UpdateStep::WelshBody
            }),
            UpdateStep::WelshBody => UpdateBody::parse(text).map(|body| {
                self.welsh_body = Some(body.into_inner());
                UpdateStep::When
            }),
            UpdateStep::When => return self.ask_again(Msg::new("conversation-pick-one")),
        };
        match taken {
            Ok(next) => {
                self.step = next;
                self.ask()
            }
            Err(why) => self.ask_again(why.to_msg()),
        }
    }

    /// The update as readers will get it, once its title and text are in.
    fn preview(&self) -> Option<Msg> {
        let (title, body) = (self.title.as_deref()?, self.body.as_deref()?);
        let welsh = self.welsh_title.as_deref().zip(self.welsh_body.as_deref());
        Some(update_msg(title, body, self.link.as_deref(), welsh))
    }

    fn send(self, when: UpdateWhen) -> Turn {
        match self.draft(when) {
            Ok(draft) => Turn::Done(Gathered::Update(self.sprint, draft)),
            // Each answer was checked as it was typed; only a state kept by an older version
            // could fail here. Start it again rather than send something half-checked.
            Err(why) => {
                let again = Updating::start(self.sprint, &self.sprint_title, self.when);
                again.ask_again(why.to_msg())
            }
        }
    }

    fn draft(&self, when: UpdateWhen) -> Result<UpdateDraft, UserError> {
        let welsh = match (&self.welsh_title, &self.welsh_body) {
            (Some(title), Some(body)) => Some((Title::parse(title)?, UpdateBody::parse(body)?)),
            _ => None,
        };
        Ok(UpdateDraft {
            title: Title::parse(self.title.as_deref().unwrap_or_default())?,
            body: UpdateBody::parse(self.body.as_deref().unwrap_or_default())?,
            link: self.link.as_deref().map(UpdateLink::parse).transpose()?,
            welsh,
            when,
        })
    }

    fn ask(self) -> Turn {
        let prompt = self.prompt();
        Turn::Ask(Conversation::Update(self), prompt)
    }

    fn ask_again(self, why: Msg) -> Turn {
        let prompt = self.prompt().because(why);
        Turn::Ask(Conversation::Update(self), prompt)
    }
}
