//! The short conversations that take more than one line: registering, posting an idea (with
//! the similar-ideas offer) and confirming `/forgetme`. Each step validates its answer and
//! asks again, kindly, when it is not right; nothing is written until the last step.

use super::Console;
use crowdsprint_core::Error;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{IdeaDraft, Registration, SprintOverview};

/// Where a multi-line conversation stands.
#[derive(Debug, Default)]
pub enum Dialogue {
    #[default]
    None,
    Register(Registering),
    Idea(Posting),
    ConfirmForget,
}

impl Dialogue {
    pub fn is_none(&self) -> bool {
        matches!(self, Dialogue::None)
    }
}

#[derive(Debug, Default)]
pub struct Registering {
    step: RegStep,
    name: Option<DisplayName>,
    describes: Option<Describes>,
    organisation: Option<Organisation>,
    region: Option<Region>,
    locale: Option<Locale>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum RegStep {
    #[default]
    Name,
    Describes,
    Organisation,
    Region,
    Language,
    Consent,
}

#[derive(Debug)]
pub struct Posting {
    step: IdeaStep,
    challenges: Vec<Challenge>,
    challenge: Option<ChallengeId>,
    /// Suggested from a plain message until confirmed, then the chosen title.
    title: Option<String>,
    title_confirmed: bool,
    body: Option<String>,
    kind: IdeaKind,
    similar: Vec<Idea>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdeaStep {
    Challenge,
    Title,
    Body,
    Kind,
    Similar,
}

/// Words accepted as "yes" in either language.
fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "yes" | "y" | "ie" | "iawn" | "do"
    )
}

/// Words accepted as "skip" for optional answers.
fn is_skip(answer: &str) -> bool {
    matches!(answer.trim(), "" | "-")
}

/// Picks from a numbered list by number (1-based) or by exact word.
fn pick<T: Copy>(answer: &str, options: &[T], word: impl Fn(T) -> String) -> Option<T> {
    let answer = answer.trim();
    if let Ok(n) = answer.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| options.get(i)).copied();
    }
    options
        .iter()
        .copied()
        .find(|o| word(*o).eq_ignore_ascii_case(answer))
}

impl Console {
    /// Starts registration (or says they are registered already).
    pub(crate) fn start_registration(&mut self) -> String {
        self.dialogue = Dialogue::Register(Registering::default());
        let r = self.renderer(None);
        format!(
            "{}\n{}",
            r.text("console-reg-intro"),
            r.msg(&Msg::new("console-reg-ask-name").arg("name", self.name.as_str()))
        )
    }

    /// Starts posting an idea in `overview`'s sprint, optionally from a plain message.
    pub(crate) fn begin_posting(
        &mut self,
        actor: &Actor,
        overview: SprintOverview,
        text: Option<&str>,
    ) -> String {
        let (title, body) = match text {
            Some(text) => {
                let (title, body) = IdeaTitle::suggest(text);
                (Some(title), body)
            }
            None => (None, None),
        };
        let r = self.renderer(Some(actor));
        let prompt = format!(
            "{}\n{}\n{}",
            r.msg(&Msg::new("idea-intro").arg("sprint", overview.sprint.title.as_str())),
            r.challenge_list(&overview.challenges),
            r.text("console-idea-ask-challenge")
        );
        self.dialogue = Dialogue::Idea(Posting {
            step: IdeaStep::Challenge,
            challenges: overview.challenges,
            challenge: None,
            title,
            title_confirmed: false,
            body,
            kind: IdeaKind::Idea,
            similar: Vec::new(),
        });
        prompt
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
        let offer = self.renderer(Some(actor)).text("console-idea-offer");
        let prompt = self.start_idea(actor, overview, Some(text));
        Ok(format!("{offer}\n{prompt}"))
    }

    pub(crate) fn start_forget(&mut self, actor: Option<&Actor>) -> String {
        if actor.is_none() {
            return self.renderer(None).msg(&UserError::NotRegistered.to_msg());
        }
        self.dialogue = Dialogue::ConfirmForget;
        self.renderer(actor).text("member-forget-confirm")
    }

    /// The next line of whatever conversation is under way.
    pub(crate) async fn continue_dialogue(
        &mut self,
        actor: Option<&Actor>,
        answer: &str,
    ) -> Result<String, Error> {
        match std::mem::take(&mut self.dialogue) {
            Dialogue::None => Ok(String::new()),
            Dialogue::Register(state) => self.register_step(state, answer).await,
            Dialogue::Idea(state) => match actor {
                Some(actor) => self.idea_step(actor, state, answer).await,
                None => Err(UserError::NotRegistered.into()),
            },
            Dialogue::ConfirmForget => match actor {
                Some(actor) if is_yes(answer) => {
                    self.core.forget_me(actor).await?;
                    Ok(self.renderer(Some(actor)).text("member-forgotten"))
                }
                _ => Ok(self.renderer(actor).text("conversation-cancelled")),
            },
        }
    }

    async fn register_step(&mut self, mut s: Registering, answer: &str) -> Result<String, Error> {
        let locale = s.locale.unwrap_or(self.preferred);
        let r = crate::Renderer::new(&self.catalog, locale);
        // A wrong answer keeps the step and asks again; `user_error` explains why.
        let retry = |s: Registering, this: &mut Console, why: String, ask: String| {
            this.dialogue = Dialogue::Register(s);
            Ok(format!("{why}\n{ask}"))
        };
        let reply = match s.step {
            RegStep::Name => {
                let given = if answer.trim().is_empty() {
                    self.name.as_str()
                } else {
                    answer
                };
                match DisplayName::parse(given) {
                    Ok(name) => {
                        s.name = Some(name);
                        s.step = RegStep::Describes;
                        self.describes_prompt(&r)
                    }
                    Err(e) => {
                        let ask = r
                            .msg(&Msg::new("console-reg-ask-name").arg("name", self.name.as_str()));
                        return retry(s, self, r.msg(&e.to_msg()), ask);
                    }
                }
            }
            RegStep::Describes => match pick(answer, Describes::ALL, |d| d.as_str().to_owned()) {
                Some(d) => {
                    s.describes = Some(d);
                    s.step = RegStep::Organisation;
                    r.text("console-reg-ask-organisation")
                }
                None => {
                    return retry(
                        s,
                        self,
                        r.text("console-pick-a-number"),
                        self.describes_prompt(&r),
                    );
                }
            },
            RegStep::Organisation => {
                if !is_skip(answer) {
                    match Organisation::parse(answer) {
                        Ok(o) => s.organisation = Some(o),
                        Err(e) => {
                            return retry(
                                s,
                                self,
                                r.msg(&e.to_msg()),
                                r.text("console-reg-ask-organisation"),
                            );
                        }
                    }
                }
                s.step = RegStep::Region;
                r.text("console-reg-ask-region")
            }
            RegStep::Region => {
                if !is_skip(answer) {
                    match Region::parse(answer) {
                        Ok(region) => s.region = Some(region),
                        Err(e) => {
                            return retry(
                                s,
                                self,
                                r.msg(&e.to_msg()),
                                r.text("console-reg-ask-region"),
                            );
                        }
                    }
                }
                s.step = RegStep::Language;
                self.language_prompt(&r)
            }
            RegStep::Language => {
                let chosen = if answer.trim().is_empty() {
                    Some(self.preferred)
                } else {
                    pick(answer, Locale::ALL, |l| l.tag().to_owned())
                        .or_else(|| Locale::negotiate(answer))
                };
                match chosen {
                    Some(locale) => {
                        s.locale = Some(locale);
                        s.step = RegStep::Consent;
                        let r = crate::Renderer::new(&self.catalog, locale);
                        r.text("console-reg-ask-consent")
                    }
                    None => {
                        return retry(
                            s,
                            self,
                            r.text("console-pick-a-number"),
                            self.language_prompt(&r),
                        );
                    }
                }
            }
            RegStep::Consent => {
                if !is_yes(answer) {
                    return Ok(format!(
                        "{}\n{}",
                        r.msg(&UserError::ConsentRequired.to_msg()),
                        r.text("registration-not-saved")
                    ));
                }
                let (Some(display_name), Some(describes)) = (s.name.clone(), s.describes) else {
                    return Ok(self.start_registration());
                };
                let registration = Registration {
                    display_name,
                    describes,
                    organisation: s.organisation.take(),
                    region: s.region.take(),
                    locale,
                    consent: true,
                };
                let member = self.core.register(&self.identity, registration).await?;
                return Ok(r.msg(
                    &Msg::new("member-registered").arg("name", member.display_name.as_str()),
                ));
            }
        };
        self.dialogue = Dialogue::Register(s);
        Ok(reply)
    }

    fn describes_prompt(&self, r: &crate::Renderer<'_>) -> String {
        let mut out = vec![r.text("console-reg-ask-describes")];
        for (n, d) in Describes::ALL.iter().enumerate() {
            out.push(format!("  {}. {}", n + 1, r.describes(*d)));
        }
        out.join("\n")
    }

    fn language_prompt(&self, r: &crate::Renderer<'_>) -> String {
        let mut out = vec![r.text("console-reg-ask-language")];
        for (n, l) in Locale::ALL.iter().enumerate() {
            out.push(format!("  {}. {}", n + 1, l.native_name()));
        }
        out.join("\n")
    }

    async fn idea_step(
        &mut self,
        actor: &Actor,
        mut s: Posting,
        answer: &str,
    ) -> Result<String, Error> {
        let r = self.renderer(Some(actor));
        let reply = match s.step {
            IdeaStep::Challenge => {
                let ids: Vec<ChallengeId> = s.challenges.iter().map(|c| c.id).collect();
                let Some(id) = pick(answer, &ids, |id| id.to_string()) else {
                    let reply = format!(
                        "{}\n{}",
                        r.text("console-pick-a-number"),
                        r.challenge_list(&s.challenges)
                    );
                    self.dialogue = Dialogue::Idea(s);
                    return Ok(reply);
                };
                s.challenge = Some(id);
                s.step = IdeaStep::Title;
                match &s.title {
                    Some(title) => r.msg(
                        &Msg::new("console-idea-title-suggested").arg("title", title.as_str()),
                    ),
                    None => r.text("idea-ask-title"),
                }
            }
            IdeaStep::Title => {
                let typed = answer.trim();
                let candidate = match (&s.title, typed.is_empty()) {
                    (Some(suggested), true) => suggested.clone(),
                    _ => typed.to_owned(),
                };
                match IdeaTitle::parse(&candidate) {
                    Ok(title) => {
                        s.title = Some(title.into_inner());
                        s.title_confirmed = true;
                        s.step = IdeaStep::Body;
                        match &s.body {
                            Some(_) => {
                                s.step = IdeaStep::Kind;
                                self.kind_prompt(&r)
                            }
                            None => r.text("console-idea-ask-body"),
                        }
                    }
                    Err(e) => {
                        let reply = format!("{}\n{}", r.msg(&e.to_msg()), r.text("idea-ask-title"));
                        self.dialogue = Dialogue::Idea(s);
                        return Ok(reply);
                    }
                }
            }
            IdeaStep::Body => match IdeaBody::parse(if is_skip(answer) { "" } else { answer }) {
                Ok(body) => {
                    s.body = Some(body.into_inner());
                    s.step = IdeaStep::Kind;
                    self.kind_prompt(&r)
                }
                Err(e) => {
                    let reply = format!(
                        "{}\n{}",
                        r.msg(&e.to_msg()),
                        r.text("console-idea-ask-body")
                    );
                    self.dialogue = Dialogue::Idea(s);
                    return Ok(reply);
                }
            },
            IdeaStep::Kind => {
                let kind = if is_skip(answer) {
                    Some(IdeaKind::Idea)
                } else {
                    pick(answer, IdeaKind::ALL, |k| k.as_str().to_owned())
                };
                let Some(kind) = kind else {
                    let reply = format!(
                        "{}\n{}",
                        r.text("console-pick-a-number"),
                        self.kind_prompt(&r)
                    );
                    self.dialogue = Dialogue::Idea(s);
                    return Ok(reply);
                };
                s.kind = kind;
                let (Some(challenge), Some(title)) = (s.challenge, s.title.clone()) else {
                    return Ok(r.text("conversation-cancelled"));
                };
                let body = s.body.clone().unwrap_or_default();
                s.similar = self.core.similar_ideas(challenge, &title, &body).await?;
                if s.similar.is_empty() {
                    return self.post_idea(actor, s).await;
                }
                s.step = IdeaStep::Similar;
                let mut out = vec![r.msg(&Msg::new("idea-similar").arg("count", s.similar.len()))];
                for (n, idea) in s.similar.iter().enumerate() {
                    out.push(format!("  {}. {}", n + 1, r.idea_line(idea)));
                }
                out.push(r.text("console-idea-similar-ask"));
                out.join("\n")
            }
            IdeaStep::Similar => {
                if answer.trim().eq_ignore_ascii_case("post")
                    || answer.trim().eq_ignore_ascii_case("postio")
                {
                    return self.post_idea(actor, s).await;
                }
                let ids: Vec<IdeaId> = s.similar.iter().map(|i| i.id).collect();
                let Some(id) = pick(answer, &ids, |id| id.to_string()) else {
                    let reply = format!(
                        "{}\n{}",
                        r.text("console-pick-a-number"),
                        r.text("console-idea-similar-ask")
                    );
                    self.dialogue = Dialogue::Idea(s);
                    return Ok(reply);
                };
                let supporters = self.core.support(actor, id).await?;
                return Ok(r.msg(
                    &Msg::new("support-added")
                        .arg("id", id.get())
                        .arg("supporters", supporters),
                ));
            }
        };
        self.dialogue = Dialogue::Idea(s);
        Ok(reply)
    }

    fn kind_prompt(&self, r: &crate::Renderer<'_>) -> String {
        let mut out = vec![r.text("console-idea-ask-kind")];
        for (n, k) in IdeaKind::ALL.iter().enumerate() {
            out.push(format!("  {}. {}", n + 1, r.kind(*k)));
        }
        out.join("\n")
    }

    async fn post_idea(&mut self, actor: &Actor, s: Posting) -> Result<String, Error> {
        let r = self.renderer(Some(actor));
        let (Some(challenge), Some(title)) = (s.challenge, s.title) else {
            return Ok(r.text("conversation-cancelled"));
        };
        let draft = IdeaDraft {
            challenge,
            title: IdeaTitle::parse(title)?,
            body: IdeaBody::parse(s.body.unwrap_or_default())?,
            kind: s.kind,
            origin: Origin::Chat(Platform::Console),
        };
        let outcome = self.core.submit_idea(actor, draft).await?;
        let id = outcome.idea.id.get();
        if outcome.held_for.is_empty() {
            Ok(r.msg(&Msg::new("console-idea-posted").arg("id", id)))
        } else {
            Ok(
                r.msg(&Msg::new("console-idea-posted-held").arg("id", id).arg(
                    "reasons",
                    crowdsprint_core::domain::words::pii_kinds(&outcome.held_for),
                )),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picking_from_a_list_by_number_or_word() {
        let kinds = IdeaKind::ALL;
        assert_eq!(
            pick("2", kinds, |k| k.as_str().to_owned()),
            Some(IdeaKind::Experience)
        );
        assert_eq!(
            pick("idea", kinds, |k| k.as_str().to_owned()),
            Some(IdeaKind::Idea)
        );
        assert_eq!(pick("0", kinds, |k| k.as_str().to_owned()), None);
        assert_eq!(pick("9", kinds, |k| k.as_str().to_owned()), None);
    }
}
