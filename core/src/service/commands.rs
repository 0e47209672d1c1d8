//! Running a parsed chat command: one core call per command, the outcome as a `Reply`. Shared
//! by the console and the chat bots, so a command behaves the same wherever it is typed. No
//! rule lives here; every call checks the actor's permissions itself.

use super::{Audience, Core, Reply, SprintDraft, SprintOverview, Target};
use crate::Result;
use crate::command::{CaptureStep, Command, StartLink};
use crate::domain::words::{author, pii_kinds};
use crate::domain::*;

impl Core {
    /// Runs `command` for `identity` (registered as `actor`, or not yet registered).
    pub async fn execute(
        &self,
        actor: Option<&Actor>,
        identity: &Identity,
        command: Command,
    ) -> Result<Reply> {
        use Command as C;
        match command {
            C::Start(link) => self.start(actor, link).await,
            C::Help(topic) => Ok(Reply::Help {
                role: actor.map(Actor::role).unwrap_or(Role::Member),
                topic,
            }),
            C::Sprint(id) => Ok(Reply::Sprint(Box::new(
                self.sprint_overview(actor, id).await?,
            ))),
            C::Sprints => Ok(Reply::Sprints(self.sprints(actor).await?)),
            C::Challenges(id) => Ok(Reply::Challenges(Box::new(
                self.sprint_overview(actor, id).await?,
            ))),
            C::Idea => Ok(Reply::PostIdea(Box::new(
                self.sprint_for_posting(registered(actor)?).await?,
            ))),
            C::Ideas { order, page } => Ok(Reply::Ideas {
                page: self.list_ideas(actor, None, order, page).await?,
                order,
            }),
            C::Show(id) => Ok(Reply::Idea(Box::new(self.idea_view(actor, id).await?))),
            C::Outcomes(sprint) => {
                let (sprint, outcomes) = self.outcomes(actor, sprint).await?;
                let mut lines = Vec::with_capacity(outcomes.len() + 1);
                if !outcomes.is_empty() {
                    lines.push(Msg::new("outcomes-heading").arg("sprint", sprint.title.as_str()));
                }
                lines.extend(outcomes.iter().map(outcome_line));
                Ok(Reply::Lines {
                    lines,
                    empty: Msg::new("outcomes-none").arg("sprint", sprint.title.as_str()),
                    audience: Audience::Everyone,
                })
            }
            C::Updates(sprint) => {
                let (sprint, updates) = self.updates(actor, sprint).await?;
                let mut lines = Vec::with_capacity(updates.len() + 2);
                if let Some(newest) = updates.first() {
                    lines.push(Msg::new("updates-heading").arg("sprint", sprint.title.as_str()));
                    lines.push(newest.to_msg());
                    lines.extend(updates.iter().skip(1).map(TeamUpdate::line));
                }
                Ok(Reply::Lines {
                    lines,
                    empty: Msg::new("updates-none").arg("sprint", sprint.title.as_str()),
                    audience: Audience::Everyone,
                })
            }
            C::Claim(code) => {
                // Only the claimer is told: who took part in a huddle is theirs to share.
                let idea = self.claim(identity, registered(actor)?, &code).await?;
                let claimed = Msg::new("idea-claimed")
                    .arg("id", idea.id.get())
                    .arg("title", idea.title.as_str());
                Ok(Reply::Lines {
                    lines: vec![claimed.clone()],
                    empty: claimed,
                    audience: Audience::Asker,
                })
            }
            C::Link(Some(code)) => {
                // Linking from an account that is already registered folds it into the other.
                self.redeem_link_code(identity, &code).await?;
                Ok(Msg::new("account-linked").into())
            }
            C::Web => {
                // Made from the identity alone: a role granted by a Discord server role does
                // not reach the web (see `staff_sign_in`).
                registered(actor)?;
                let link = self.web_sign_in_link(identity).await?;
                Ok(Reply::Lines {
                    lines: vec![
                        Msg::new("web-sign-in-link")
                            .arg("link", Arg::Link(link))
                            .arg("minutes", super::SIGN_IN_MINUTES),
                    ],
                    empty: Msg::new("web-sign-in-link"),
                    audience: Audience::Asker,
                })
            }
            other => self.member_command(registered(actor)?, other).await,
        }
    }

    /// Checks that `actor` may post now and returns the sprint to post in, for an adapter
    /// about to start its idea dialogue.
    pub async fn sprint_for_posting(&self, actor: &Actor) -> Result<SprintOverview> {
        actor.may(Action::Contribute)?;
        let overview = self.sprint_overview(Some(actor), None).await?;
        if !overview.accepting {
            return Err(UserError::SprintNotOpen {
                id: overview.sprint.id,
            }
            .into());
        }
        Ok(overview)
    }

    async fn start(&self, actor: Option<&Actor>, link: Option<StartLink>) -> Result<Reply> {
        let Some(actor) = actor else {
            return Ok(Reply::Register);
        };
        Ok(match link {
            None => Reply::Welcome,
            Some(StartLink::Idea(id)) => {
                Reply::Idea(Box::new(self.idea_view(Some(actor), id).await?))
            }
            Some(StartLink::Sprint(id)) => {
                Reply::Sprint(Box::new(self.sprint_overview(Some(actor), Some(id)).await?))
            }
        })
    }

    /// Commands that need a registered member.
    async fn member_command(&self, actor: &Actor, command: Command) -> Result<Reply> {
        use Command as C;
        let reply = match command {
            C::Support(id) => {
                let n = self.support(actor, id).await?;
                Msg::new("support-added")
                    .arg("id", id.get())
                    .arg("supporters", n)
            }
            C::Unsupport(id) => {
                let n = self.withdraw_support(actor, id).await?;
                Msg::new("support-removed")
                    .arg("id", id.get())
                    .arg("supporters", n)
            }
            C::Comment { idea, text } => {
                let posted = self
                    .comment(actor, idea, None, CommentBody::parse(text)?)
                    .await?;
                posted.to_msg()
            }
            C::Reply { comment, text } => {
                let posted = self
                    .reply(actor, comment, CommentBody::parse(text)?)
                    .await?;
                posted.to_msg()
            }
            C::Follow(id) => {
                self.follow(actor, id).await?;
                Msg::new("follow-added").arg("id", id.get())
            }
            C::Unfollow(id) => {
                self.unfollow(actor, id).await?;
                Msg::new("follow-removed").arg("id", id.get())
            }
            C::Subscribe(frequency) => {
                self.set_digest(actor, frequency).await?;
                Msg::new("digest-subscribed").arg("frequency", frequency.to_msg())
            }
            C::Timezone(zone) => {
                self.set_timezone(actor, zone).await?;
                match zone {
                    Some(zone) => Msg::new("notify-timezone-set").arg("zone", zone.name()),
                    None => {
                        Msg::new("notify-timezone-off").arg("zone", self.settings.timezone.name())
                    }
                }
            }
            C::Pause(days) => match self.pause_notifications(actor, days).await? {
                Some(until) => {
                    Msg::new("notify-paused").arg("until", crate::domain::words::date(until))
                }
                None => Msg::new("notify-resumed"),
            },
            C::Mute { idea, muted } => {
                self.mute_idea(actor, idea, muted).await?;
                Msg::new(if muted {
                    "notify-muted"
                } else {
                    "notify-unmuted"
                })
                .arg("id", idea.get())
            }
            C::Language(None) => {
                let names: Vec<String> = Locale::ALL
                    .iter()
                    .map(|l| format!("{} ({})", l.native_name(), l.tag()))
                    .collect();
                Msg::new("language-current")
                    .arg("language", actor.locale().native_name())
                    .arg("choices", names.join(", "))
            }
            C::Language(Some(locale)) => {
                self.set_language(actor, locale).await?;
                return Ok(Reply::LanguageSet(locale));
            }
            C::Link(None) => {
                let code = self.create_link_code(actor).await?;
                Msg::new("account-link-code")
                    .arg("code", code)
                    .arg("minutes", self.settings().link_code_minutes)
            }
            C::MyData => return Ok(Reply::MyData(Box::new(self.my_data(actor).await?))),
            C::ForgetMe => return Ok(Reply::ConfirmForget),
            other => return self.staff_command(actor, other).await,
        };
        Ok(reply.into())
    }

    /// Champion, moderator and admin commands. Each core call refuses anyone without the role.
    async fn staff_command(&self, actor: &Actor, command: Command) -> Result<Reply> {
        use Command as C;
        let target = |t: Target| t.to_string();
        let reply =
            match command {
                C::Review => return Ok(Reply::Review(self.review_queue(actor, 5).await?)),
                C::Approve(t) => {
                    self.approve(actor, t).await?;
                    Msg::new("review-approved").arg("target", target(t))
                }
                C::Respond { target: t, text } => {
                    let response = self.respond(actor, t, CommentBody::parse(text)?).await?;
                    if response.visibility == Visibility::Pending {
                        let found = crate::domain::pii::scan(&response.body);
                        Msg::new("comment-held")
                            .arg("id", response.id.get())
                            .arg("reasons", pii_kinds(&found))
                    } else {
                        Msg::new("review-responded")
                            .arg("target", target(t))
                            .arg("id", response.id.get())
                    }
                }
                C::Hide { target: t, reason } => {
                    self.hide(actor, t, Reason::parse(reason)?).await?;
                    Msg::new("review-hidden").arg("target", target(t))
                }
                C::Restore(t) => {
                    self.restore(actor, t).await?;
                    Msg::new("review-restored").arg("target", target(t))
                }
                C::Awaiting => {
                    let comments = self.awaiting_response(actor, 20).await?;
                    let mut lines = Vec::with_capacity(comments.len() + 1);
                    if !comments.is_empty() {
                        lines.push(Msg::new("awaiting-heading").arg("count", comments.len()));
                    }
                    lines.extend(comments.iter().map(|c| {
                        Msg::new("awaiting-line")
                            .arg("id", c.id.get())
                            .arg("idea", c.idea_id.get())
                            .arg("author", author(c.author_name.as_deref()))
                            .arg("body", c.body.as_str())
                    }));
                    return Ok(Reply::Lines {
                        lines,
                        empty: Msg::new("awaiting-none"),
                        audience: Audience::Asker,
                    });
                }
                C::Stats(sprint) => {
                    return Ok(Reply::Stats(Box::new(self.stats(actor, sprint).await?)));
                }
                C::Capture(step) => self.capture_step(actor, step).await?,
                C::WriteUpdate(when) => {
                    return Ok(Reply::WriteUpdate(Box::new(
                        self.begin_update(actor, when).await?,
                    )));
                }
                C::PostUpdate {
                    when,
                    title,
                    body,
                    link,
                    welsh,
                } => {
                    let draft = UpdateDraft {
                        title: Title::parse(title)?,
                        body: UpdateBody::parse(body)?,
                        link: link.as_deref().map(UpdateLink::parse).transpose()?,
                        welsh: match welsh {
                            Some((title, body)) => {
                                Some((Title::parse(title)?, UpdateBody::parse(body)?))
                            }
                            None => None,
                        },
                        when,
                    };
                    super::update_posted(&self.post_update(actor, None, draft).await?)
                }
                C::SetOutcome { of, outcome, note } => {
                    let told = self
                        .set_outcome(actor, of, outcome, OutcomeNote::parse(note)?)
                        .await?;
                    Msg::new("outcome-set")
                        .arg("of", of.to_string())
                        .arg("outcome", outcome.to_msg())
                        .arg("count", i64::try_from(told).unwrap_or(i64::MAX))
                }
                C::Merge { from, into } => {
                    let merged = self.merge(actor, from, into).await?;
                    Msg::new("review-merged")
                        .arg("from", from.get())
                        .arg("into", into.get())
                        .arg("supporters", merged.supporters)
                }
                C::SprintNew {
                    opens_at,
                    closes_at,
                    title,
                    description,
                } => {
                    let draft = SprintDraft {
                        title: Title::parse(title)?,
                        description: Description::parse(description)?,
                        opens_at,
                        closes_at,
                    };
                    let sprint = self.create_sprint(actor, draft).await?;
                    Msg::new("sprint-created")
                        .arg("id", sprint.id.get())
                        .arg("title", sprint.title.as_str())
                }
                C::SprintWindow {
                    sprint,
                    opens_at,
                    closes_at,
                } => {
                    let sprint = self
                        .set_sprint_window(actor, sprint, opens_at, closes_at)
                        .await?;
                    return Ok(Reply::SprintChanged(sprint));
                }
                C::SprintTarget { sprint, days } => {
                    let sprint = self.set_response_target(actor, sprint, days).await?;
                    Msg::new("sprint-target-set")
                        .arg("id", sprint.id.get())
                        .arg("title", sprint.title.as_str())
                        .arg("days", i64::from(self.response_target(&sprint)))
                        .arg("own", if days.is_some() { "yes" } else { "no" })
                }
                C::SprintStage { sprint, stage } => {
                    let sprint = self.set_sprint_stage(actor, sprint, stage).await?;
                    return Ok(Reply::SprintChanged(sprint));
                }
                C::ChallengeAdd {
                    sprint,
                    title,
                    description,
                } => {
                    let c = self
                        .add_challenge(
                            actor,
                            sprint,
                            Title::parse(title)?,
                            Description::parse(description)?,
                        )
                        .await?;
                    Msg::new("challenge-added")
                        .arg("id", c.id.get())
                        .arg("title", c.title.as_str())
                }
                C::IdeaStage { idea, stage } => {
                    self.set_idea_stage(actor, idea, stage).await?;
                    Msg::new("idea-stage-set")
                        .arg("id", idea.get())
                        .arg("stage", stage.to_msg())
                }
                C::ThemeNew {
                    sprint,
                    name,
                    description,
                } => {
                    let theme = self
                        .create_theme(
                            actor,
                            sprint,
                            Title::parse(name)?,
                            Description::parse(description)?,
                        )
                        .await?;
                    Msg::new("theme-created")
                        .arg("id", theme.id.get())
                        .arg("name", theme.name.as_str())
                }
                C::ThemeAdd { theme, idea } => {
                    let theme = self.add_to_theme(actor, theme, idea).await?;
                    Msg::new("theme-added")
                        .arg("idea", idea.get())
                        .arg("name", theme.name.as_str())
                        .arg("count", theme.ideas)
                }
                C::Themes(sprint) => {
                    let sprint = self.sprint_or_current(sprint).await?;
                    let lines = self
                        .themes(sprint)
                        .await?
                        .iter()
                        .map(|t| {
                            Msg::new("theme-line")
                                .arg("id", t.id.get())
                                .arg("name", t.name.as_str())
                                .arg("count", t.ideas)
                        })
                        .collect();
                    return Ok(Reply::Lines {
                        lines,
                        empty: Msg::new("no-themes"),
                        audience: Audience::Everyone,
                    });
                }
                C::BigIdeaNew {
                    sprint,
                    themes,
                    title,
                    description,
                } => {
                    let big = self
                        .create_big_idea(
                            actor,
                            sprint,
                            Title::parse(title)?,
                            Description::parse(description)?,
                            &themes,
                        )
                        .await?;
                    Msg::new("big-idea-created")
                        .arg("id", big.id.get())
                        .arg("title", big.title.as_str())
                }
                C::BigIdeaStage { big_idea, stage } => {
                    let told = self.set_big_idea_stage(actor, big_idea, stage).await?;
                    Msg::new("big-idea-stage-set")
                        .arg("id", big_idea.get())
                        .arg("stage", stage.to_msg())
                        .arg("people", i64::try_from(told).unwrap_or(i64::MAX))
                }
                C::BigIdeas(sprint) => {
                    let sprint = self.sprint_or_current(sprint).await?;
                    let lines = self
                        .big_ideas(sprint)
                        .await?
                        .iter()
                        .map(|b| {
                            Msg::new("big-idea-line")
                                .arg("id", b.id.get())
                                .arg("title", b.title.as_str())
                                .arg("stage", b.stage.to_msg())
                        })
                        .collect();
                    return Ok(Reply::Lines {
                        lines,
                        empty: Msg::new("no-big-ideas"),
                        audience: Audience::Everyone,
                    });
                }
                C::Ban { member, reason } => {
                    self.ban(actor, member, Reason::parse(reason)?).await?;
                    Msg::new("member-banned").arg("member", member.get())
                }
                C::Unban(member) => {
                    self.unban(actor, member).await?;
                    Msg::new("member-unbanned").arg("member", member.get())
                }
                C::Role { member, role } => {
                    let m = self.set_role(actor, member, role).await?;
                    Msg::new("member-role-set")
                        .arg("member", m.id.get())
                        .arg("name", m.display_name.as_str())
                        .arg("role", role.to_msg())
                }
                C::Export {
                    sprint,
                    table,
                    format,
                    withheld,
                } => {
                    actor.may(Action::Export)?;
                    if withheld && actor.role() < Role::Admin {
                        return Err(UserError::NotAllowed {
                            needed: Role::Admin,
                        }
                        .into());
                    }
                    let sprint = self.sprint_or_current(sprint).await?;
                    return Ok(Reply::Export {
                        sprint,
                        table,
                        format,
                        withheld,
                    });
                }
                C::Audit => return Ok(Reply::Audit(self.audit_log(actor, 20).await?)),
                C::Deliveries => {
                    let report = self.delivery_report(actor, 10).await?;
                    let [pending, sending, sent, dead, duplicate] = report.counts.map(|(_, n)| n);
                    let mut lines = vec![
                        Msg::new("deliveries-counts")
                            .arg("pending", pending)
                            .arg("sending", sending)
                            .arg("sent", sent)
                            .arg("dead", dead)
                            .arg("duplicate", duplicate),
                    ];
                    lines.extend(report.dead.into_iter().map(
                        |(id, member, platform, why, about)| {
                            Msg::new("deliveries-dead-line")
                                .arg("id", id)
                                .arg("member", member.get())
                                .arg("platform", platform)
                                .arg("event", about)
                                .arg("reason", why)
                        },
                    ));
                    return Ok(Reply::Lines {
                        lines,
                        empty: Msg::new("deliveries-counts"),
                        audience: Audience::Asker,
                    });
                }
                C::Announce { challenge, off } => {
                    actor.may(Action::Moderate)?;
                    return Ok(Reply::Announce { challenge, off });
                }
                // Commands that do not need registration are answered in `execute`.
                C::Start(_)
                | C::Help(_)
                | C::Sprint(_)
                | C::Sprints
                | C::Challenges(_)
                | C::Idea
                | C::Ideas { .. }
                | C::Show(_)
                | C::Link(Some(_))
                | C::Outcomes(_)
                | C::Updates(_)
                | C::Claim(_)
                | C::Web => return Err(UserError::NotRegistered.into()),
                C::Support(_)
                | C::Unsupport(_)
                | C::Comment { .. }
                | C::Reply { .. }
                | C::Follow(_)
                | C::Unfollow(_)
                | C::Subscribe(_)
                | C::Timezone(_)
                | C::Pause(_)
                | C::Mute { .. }
                | C::Language(_)
                | C::Link(None)
                | C::MyData
                | C::ForgetMe => return Err(UserError::NotRegistered.into()),
            };
        Ok(reply.into())
    }

    /// `/capture`: start, end or look at the champion's capture session.
    async fn capture_step(&self, actor: &Actor, step: CaptureStep) -> Result<Msg> {
        let (session, said) = match step {
            CaptureStep::Start(name) => {
                let session = self.start_capture(actor, Title::parse(name)?).await?;
                return Ok(Msg::new("capture-started")
                    .arg("session", session.label)
                    .arg("hours", crate::domain::capture::CAPTURE_HOURS));
            }
            CaptureStep::Status => (self.capture_session(actor).await?, "capture-status"),
            CaptureStep::Stop => (self.stop_capture(actor).await?, "capture-stopped"),
        };
        Ok(match session {
            Some(session) => Msg::new(said)
                .arg("session", session.label)
                .arg("count", session.captured),
            None => Msg::new("capture-none"),
        })
    }

    async fn sprint_or_current(&self, sprint: Option<SprintId>) -> Result<SprintId> {
        match sprint {
            Some(id) => Ok(id),
            None => Ok(self.current_sprint().await?.id),
        }
    }
}

impl super::CommentPosted {
    /// "Comment c12 posted on #3", or held with the personal details found.
    pub fn to_msg(&self) -> Msg {
        let id = self.comment.id.get();
        if self.held_for.is_empty() {
            Msg::new("comment-added")
                .arg("id", id)
                .arg("idea", self.comment.idea_id.get())
        } else {
            Msg::new("comment-held")
                .arg("id", id)
                .arg("reasons", pii_kinds(&self.held_for))
        }
    }
}

/// One outcome in `/outcomes`: "#12 Title: Adopted — the note".
fn outcome_line(record: &OutcomeRecord) -> Msg {
    let id = if record.note.is_empty() {
        "outcomes-line"
    } else {
        "outcomes-line-noted"
    };
    Msg::new(id)
        .arg("of", record.of.to_string())
        .arg("title", record.title.as_str())
        .arg("outcome", record.outcome.to_msg())
        .arg("note", record.note.as_str())
}

/// The actor, or "please register first".
fn registered(actor: Option<&Actor>) -> Result<&Actor> {
    actor.ok_or_else(|| UserError::NotRegistered.into())
}
