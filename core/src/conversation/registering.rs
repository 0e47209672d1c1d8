//! Registering: a name (the platform's by default), what describes them, an optional
//! organisation and region, then the privacy note. The language can be changed at any step
//! and is offered with the first question, so the rest is read in the right one.

use super::answer::{Reading, read};
use super::{Answer, Choice, Conversation, Gathered, Prompt, Turn};
use crate::domain::{Describes, DisplayName, Locale, Msg, Organisation, Region};
use crate::service::Registration;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegStep {
    Name,
    Describes,
    Organisation,
    Region,
    Consent,
}

/// A registration under way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registering {
    pub step: RegStep,
    pub locale: Locale,
    /// The name the platform knows them by, offered as the default answer.
    pub suggested_name: String,
    name: Option<DisplayName>,
    describes: Option<Describes>,
    organisation: Option<Organisation>,
    region: Option<Region>,
}

impl Registering {
    pub fn start(suggested_name: &str, locale: Locale) -> Registering {
        Registering {
            step: RegStep::Name,
            locale,
            suggested_name: suggested_name.trim().to_owned(),
            name: None,
            describes: None,
            organisation: None,
            region: None,
        }
    }

    /// The platform's name, if it would be accepted as it is.
    fn suggestion(&self) -> Option<DisplayName> {
        DisplayName::parse(&self.suggested_name).ok()
    }

    pub fn prompt(&self) -> Prompt {
        let prompt = match self.step {
            RegStep::Name => {
                let prompt = match self.suggestion() {
                    Some(name) => {
                        Prompt::new(Msg::new("conversation-ask-name").arg("name", name.as_str()))
                            .offer(
                                Choice::UseName,
                                Msg::new("conversation-use-name").arg("name", name.as_str()),
                            )
                    }
                    None => Prompt::new(Msg::new("conversation-ask-name-typed")),
                };
                prompt
                    .offer_each(Locale::ALL.iter().map(|locale| {
                        let label =
                            Msg::new("conversation-language").arg("language", locale.native_name());
                        (Choice::Language(*locale), label)
                    }))
                    .note(Msg::new("conversation-welcome"))
                    .with_cancel()
            }
            RegStep::Describes => Prompt::new(Msg::new("conversation-ask-describes"))
                .offer_each(Describes::ALL.iter().map(|d| {
                    let label = Msg::new("describes-name").arg("describes", d.as_str());
                    (Choice::Describes(*d), label)
                }))
                .with_cancel(),
            RegStep::Organisation => Prompt::new(Msg::new("conversation-ask-organisation"))
                .offer(Choice::Skip, Msg::new("conversation-skip"))
                .with_cancel(),
            RegStep::Region => Prompt::new(Msg::new("conversation-ask-region"))
                .offer(Choice::Skip, Msg::new("conversation-skip"))
                .with_cancel(),
            RegStep::Consent => Prompt::new(Msg::new("conversation-ask-consent"))
                .offer(Choice::Consent(true), Msg::new("conversation-consent-yes"))
                .offer(Choice::Consent(false), Msg::new("conversation-consent-no")),
        };
        prompt.in_locale(self.locale)
    }

    pub(super) fn answer(self, answer: Answer) -> Turn {
        let offered = self.prompt().choices();
        let by_word = matches!(self.step, RegStep::Describes | RegStep::Consent);
        // The language can be changed at any step, not only where it is offered.
        if let Answer::Choice(Choice::Language(locale)) = answer {
            return Registering { locale, ..self }.ask();
        }
        match read(answer, &offered, by_word) {
            Reading::Chosen(Choice::Language(locale)) => Registering { locale, ..self }.ask(),
            Reading::Chosen(choice) => self.chosen(choice),
            Reading::Typed(text) => self.typed(&text),
            Reading::Stale => self.ask(),
        }
    }

    fn chosen(mut self, choice: Choice) -> Turn {
        match (self.step, choice) {
            (RegStep::Name, Choice::UseName) => match self.suggestion() {
                Some(name) => {
                    self.name = Some(name);
                    self.step = RegStep::Describes;
                }
                None => return self.ask(),
            },
            (RegStep::Describes, Choice::Describes(d)) => {
                self.describes = Some(d);
                self.step = RegStep::Organisation;
            }
            (RegStep::Organisation, Choice::Skip) => self.step = RegStep::Region,
            (RegStep::Region, Choice::Skip) => self.step = RegStep::Consent,
            (RegStep::Consent, Choice::Consent(false)) => return Turn::Done(Gathered::Declined),
            (RegStep::Consent, Choice::Consent(true)) => return self.finish(),
            _ => {}
        }
        self.ask()
    }

    fn typed(mut self, text: &str) -> Turn {
        let parsed = match self.step {
            RegStep::Name => DisplayName::parse(text).map(|n| self.name = Some(n)),
            RegStep::Organisation => Organisation::parse(text).map(|o| self.organisation = Some(o)),
            RegStep::Region => Region::parse(text).map(|r| self.region = Some(r)),
            RegStep::Describes | RegStep::Consent => {
                return self.ask_again(Msg::new("conversation-pick-one"));
            }
        };
        if let Err(why) = parsed {
            return self.ask_again(why.to_msg());
        }
        self.step = match self.step {
            RegStep::Name => RegStep::Describes,
            RegStep::Organisation => RegStep::Region,
            _ => RegStep::Consent,
        };
        self.ask()
    }

    fn finish(self) -> Turn {
        let (Some(display_name), Some(describes)) = (self.name.clone(), self.describes) else {
            // Cannot happen through the steps; start again rather than guess.
            return Registering::start(&self.suggested_name, self.locale).ask();
        };
        Turn::Done(Gathered::Register(Registration {
            display_name,
            describes,
            organisation: self.organisation,
            region: self.region,
            locale: self.locale,
            consent: true,
        }))
    }

    fn ask(self) -> Turn {
        let prompt = self.prompt();
        Turn::Ask(Conversation::Register(self), prompt)
    }

    fn ask_again(self, why: Msg) -> Turn {
        let prompt = self.prompt().because(why);
        Turn::Ask(Conversation::Register(self), prompt)
    }
}
