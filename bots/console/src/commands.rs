//! One function per command family: call core, render the outcome. No rules live here; core
//! checks every permission again whatever the console shows.

use super::Console;
use crowdsprint_core::Error;
use crowdsprint_core::command::{COMMANDS, Command, StartLink, find_command};
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ListOrder, SprintDraft, Target};

type Reply = Result<String, Error>;

impl Console {
    pub(crate) async fn run_command(&mut self, actor: Option<&Actor>, command: Command) -> Reply {
        use Command as C;
        match command {
            C::Start(link) => self.start(actor, link).await,
            C::Help(topic) => Ok(self.help(actor, topic.as_deref())),
            C::Sprint(id) => {
                let overview = self.core.sprint_overview(actor, id).await?;
                Ok(self.renderer(actor).sprint_overview(&overview))
            }
            C::Sprints => {
                let r = self.renderer(actor);
                let sprints = self.core.sprints(actor).await?;
                if sprints.is_empty() {
                    return Ok(r.text("error-no-open-sprint"));
                }
                Ok(sprints
                    .iter()
                    .map(|s| r.sprint_line(s))
                    .collect::<Vec<_>>()
                    .join("\n"))
            }
            C::Challenges(id) => {
                let overview = self.core.sprint_overview(actor, id).await?;
                Ok(self.renderer(actor).challenge_list(&overview.challenges))
            }
            C::Idea => {
                let actor = registered(actor)?;
                self.start_idea(actor, None).await
            }
            C::Ideas { order, page } => {
                let list = match order {
                    ListOrder::Top => "top",
                    ListOrder::New => "new",
                    ListOrder::Mine => "mine",
                };
                let page = self.core.list_ideas(actor, None, order, page).await?;
                Ok(self.renderer(actor).idea_page(&page, list))
            }
            C::Show(id) => self.show(actor, id).await,
            other => {
                let actor = registered(actor)?.clone();
                self.member_command(&actor, other).await
            }
        }
    }

    async fn start(&mut self, actor: Option<&Actor>, link: Option<StartLink>) -> Reply {
        let Some(actor) = actor else {
            return Ok(self.start_registration());
        };
        let r = self.renderer(Some(actor));
        let welcome = r.msg(&Msg::new("console-welcome-back").arg("name", self.name.as_str()));
        Ok(match link {
            None => welcome,
            Some(StartLink::Idea(id)) => self.show(Some(actor), id).await?,
            Some(StartLink::Sprint(id)) => {
                let overview = self.core.sprint_overview(Some(actor), Some(id)).await?;
                r.sprint_overview(&overview)
            }
        })
    }

    fn help(&self, actor: Option<&Actor>, topic: Option<&str>) -> String {
        let r = self.renderer(actor);
        if let Some(topic) = topic {
            return match find_command(topic) {
                Some(info) => r.text(info.help_id),
                None => r.msg(&Msg::new("parse-unknown-command").arg("command", topic)),
            };
        }
        let role = actor.map(Actor::role).unwrap_or(Role::Member);
        let mut out = vec![r.text("console-help-heading")];
        let mut last_role = Role::Member;
        for info in COMMANDS.iter().filter(|c| c.role <= role) {
            if info.role != last_role {
                out.push(r.msg(&Msg::new("console-help-section").arg("role", r.role(info.role))));
                last_role = info.role;
            }
            // A help text may span lines; indent them all under the heading.
            for line in r.text(info.help_id).lines() {
                out.push(format!("  {line}"));
            }
        }
        out.push(r.text("console-help-footer"));
        out.join("\n")
    }

    async fn show(&mut self, actor: Option<&Actor>, id: IdeaId) -> Reply {
        let view = self.core.idea_view(actor, id).await?;
        Ok(self.renderer(actor).idea_card(&view))
    }

    /// Commands that need a registered member.
    async fn member_command(&mut self, actor: &Actor, command: Command) -> Reply {
        use Command as C;
        let core = self.core.clone();
        let r = self.renderer(Some(actor));
        let done = |id: &'static str| Ok(r.text(id));
        match command {
            C::Support(id) => {
                let n = core.support(actor, id).await?;
                Ok(r.msg(
                    &Msg::new("console-supported")
                        .arg("id", id.get())
                        .arg("supporters", n),
                ))
            }
            C::Unsupport(id) => {
                let n = core.withdraw_support(actor, id).await?;
                Ok(r.msg(
                    &Msg::new("console-unsupported")
                        .arg("id", id.get())
                        .arg("supporters", n),
                ))
            }
            C::Comment { idea, text } => {
                let posted = core
                    .comment(actor, idea, None, CommentBody::parse(text)?)
                    .await?;
                Ok(self.comment_posted(actor, &posted))
            }
            C::Reply { comment, text } => {
                let posted = core
                    .reply(actor, comment, CommentBody::parse(text)?)
                    .await?;
                Ok(self.comment_posted(actor, &posted))
            }
            C::Follow(id) => {
                core.follow(actor, id).await?;
                Ok(r.msg(&Msg::new("console-following").arg("id", id.get())))
            }
            C::Unfollow(id) => {
                core.unfollow(actor, id).await?;
                Ok(r.msg(&Msg::new("console-unfollowed").arg("id", id.get())))
            }
            C::Subscribe(frequency) => {
                core.set_digest(actor, frequency).await?;
                Ok(r.msg(&Msg::new("console-subscribed").arg("frequency", r.digest(frequency))))
            }
            C::Language(None) => {
                let names: Vec<String> = Locale::ALL
                    .iter()
                    .map(|l| format!("{} ({})", l.native_name(), l.tag()))
                    .collect();
                Ok(r.msg(
                    &Msg::new("console-language-current")
                        .arg("language", actor.locale().native_name())
                        .arg("choices", names.join(", ")),
                ))
            }
            C::Language(Some(locale)) => {
                core.set_language(actor, locale).await?;
                let r = crate::Renderer {
                    catalog: &self.catalog,
                    locale,
                };
                Ok(r.msg(&Msg::new("console-language-set").arg("language", locale.native_name())))
            }
            C::Link(None) => {
                let code = core.create_link_code(actor).await?;
                Ok(r.msg(
                    &Msg::new("console-link-code")
                        .arg("code", code)
                        .arg("minutes", core.settings().link_code_minutes),
                ))
            }
            C::Link(Some(code)) => {
                // Linking from an account that is already registered folds it into the other.
                core.redeem_link_code(&self.identity, &code).await?;
                done("console-linked")
            }
            C::MyData => {
                let data = core.my_data(actor).await?;
                let json = serde_json::to_string_pretty(&data)?;
                Ok(format!("{}\n{json}", r.text("console-mydata-heading")))
            }
            C::ForgetMe => Ok(self.start_forget(actor)),
            other => self.staff_command(actor, other).await,
        }
    }

    fn comment_posted(
        &self,
        actor: &Actor,
        posted: &crowdsprint_core::service::CommentPosted,
    ) -> String {
        let r = self.renderer(Some(actor));
        let id = posted.comment.id.get();
        if posted.held_for.is_empty() {
            r.msg(
                &Msg::new("console-commented")
                    .arg("id", id)
                    .arg("idea", posted.comment.idea_id.get()),
            )
        } else {
            r.msg(
                &Msg::new("console-comment-held")
                    .arg("id", id)
                    .arg("reasons", r.pii_kinds(&posted.held_for)),
            )
        }
    }

    /// Champion, moderator and admin commands. Core refuses anyone without the role.
    async fn staff_command(&mut self, actor: &Actor, command: Command) -> Reply {
        use Command as C;
        let core = self.core.clone();
        let r = self.renderer(Some(actor));
        let target_arg = |t: Target| t.to_string();
        match command {
            C::Review => Ok(r.review_queue(&core.review_queue(actor, 5).await?)),
            C::Approve(t) => {
                core.approve(actor, t).await?;
                Ok(r.msg(&Msg::new("console-approved").arg("target", target_arg(t))))
            }
            C::Respond { target, text } => {
                let response = core
                    .respond(actor, target, CommentBody::parse(text)?)
                    .await?;
                Ok(r.msg(
                    &Msg::new("console-responded")
                        .arg("target", target_arg(target))
                        .arg("id", response.id.get()),
                ))
            }
            C::Hide { target, reason } => {
                core.hide(actor, target, Reason::parse(reason)?).await?;
                Ok(r.msg(&Msg::new("console-hidden").arg("target", target_arg(target))))
            }
            C::Restore(t) => {
                core.restore(actor, t).await?;
                Ok(r.msg(&Msg::new("console-restored").arg("target", target_arg(t))))
            }
            C::Awaiting => {
                let comments = core.awaiting_response(actor, 20).await?;
                if comments.is_empty() {
                    return Ok(r.text("console-awaiting-none"));
                }
                let mut out =
                    vec![r.msg(&Msg::new("console-awaiting-heading").arg("count", comments.len()))];
                for c in &comments {
                    out.push(
                        r.msg(
                            &Msg::new("console-awaiting-line")
                                .arg("id", c.id.get())
                                .arg("idea", c.idea_id.get())
                                .arg("author", r.author(c.author_name.as_deref()))
                                .arg("body", c.body.as_str()),
                        ),
                    );
                }
                Ok(out.join("\n"))
            }
            C::Stats(sprint) => Ok(r.stats(&core.stats(actor, sprint).await?)),
            C::Merge { from, into } => {
                let merged = core.merge(actor, from, into).await?;
                Ok(r.msg(
                    &Msg::new("console-merged")
                        .arg("from", from.get())
                        .arg("into", into.get())
                        .arg("supporters", merged.supporters),
                ))
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
                let sprint = core.create_sprint(actor, draft).await?;
                Ok(r.msg(
                    &Msg::new("console-sprint-created")
                        .arg("id", sprint.id.get())
                        .arg("title", sprint.title.as_str()),
                ))
            }
            C::SprintWindow {
                sprint,
                opens_at,
                closes_at,
            } => {
                let sprint = core
                    .set_sprint_window(actor, sprint, opens_at, closes_at)
                    .await?;
                Ok(r.sprint_line(&sprint))
            }
            C::SprintStage { sprint, stage } => {
                let sprint = core.set_sprint_stage(actor, sprint, stage).await?;
                Ok(r.sprint_line(&sprint))
            }
            C::ChallengeAdd {
                sprint,
                title,
                description,
            } => {
                let c = core
                    .add_challenge(
                        actor,
                        sprint,
                        Title::parse(title)?,
                        Description::parse(description)?,
                    )
                    .await?;
                Ok(r.msg(
                    &Msg::new("console-challenge-added")
                        .arg("id", c.id.get())
                        .arg("title", c.title.as_str()),
                ))
            }
            C::IdeaStage { idea, stage } => {
                core.set_idea_stage(actor, idea, stage).await?;
                Ok(r.msg(
                    &Msg::new("console-idea-stage-set")
                        .arg("id", idea.get())
                        .arg("stage", r.development_stage(stage)),
                ))
            }
            C::ThemeNew {
                sprint,
                name,
                description,
            } => {
                let theme = core
                    .create_theme(
                        actor,
                        sprint,
                        Title::parse(name)?,
                        Description::parse(description)?,
                    )
                    .await?;
                Ok(r.msg(
                    &Msg::new("console-theme-created")
                        .arg("id", theme.id.get())
                        .arg("name", theme.name.as_str()),
                ))
            }
            C::ThemeAdd { theme, idea } => {
                let theme = core.add_to_theme(actor, theme, idea).await?;
                Ok(r.msg(
                    &Msg::new("console-theme-added")
                        .arg("idea", idea.get())
                        .arg("name", theme.name.as_str())
                        .arg("count", theme.ideas),
                ))
            }
            C::Themes(sprint) => {
                let sprint = self.sprint_or_current(sprint).await?;
                let themes = core.themes(sprint).await?;
                if themes.is_empty() {
                    return Ok(r.text("console-no-themes"));
                }
                Ok(themes
                    .iter()
                    .map(|t| {
                        r.msg(
                            &Msg::new("console-theme-line")
                                .arg("id", t.id.get())
                                .arg("name", t.name.as_str())
                                .arg("count", t.ideas),
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"))
            }
            C::BigIdeaNew {
                sprint,
                themes,
                title,
                description,
            } => {
                let big = core
                    .create_big_idea(
                        actor,
                        sprint,
                        Title::parse(title)?,
                        Description::parse(description)?,
                        &themes,
                    )
                    .await?;
                Ok(r.msg(
                    &Msg::new("console-big-idea-created")
                        .arg("id", big.id.get())
                        .arg("title", big.title.as_str()),
                ))
            }
            C::BigIdeaStage { big_idea, stage } => {
                let told = core.set_big_idea_stage(actor, big_idea, stage).await?;
                Ok(r.msg(
                    &Msg::new("console-big-idea-stage-set")
                        .arg("id", big_idea.get())
                        .arg("stage", r.development_stage(stage))
                        .arg("people", i64::try_from(told).unwrap_or(i64::MAX)),
                ))
            }
            C::BigIdeas(sprint) => {
                let sprint = self.sprint_or_current(sprint).await?;
                let bigs = core.big_ideas(sprint).await?;
                if bigs.is_empty() {
                    return Ok(r.text("console-no-big-ideas"));
                }
                Ok(bigs
                    .iter()
                    .map(|b| {
                        r.msg(
                            &Msg::new("console-big-idea-line")
                                .arg("id", b.id.get())
                                .arg("title", b.title.as_str())
                                .arg("stage", r.development_stage(b.stage)),
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"))
            }
            C::Ban { member, reason } => {
                core.ban(actor, member, Reason::parse(reason)?).await?;
                Ok(r.msg(&Msg::new("console-banned").arg("member", member.get())))
            }
            C::Unban(member) => {
                core.unban(actor, member).await?;
                Ok(r.msg(&Msg::new("console-unbanned").arg("member", member.get())))
            }
            C::Role { member, role } => {
                let m = core.set_role(actor, member, role).await?;
                Ok(r.msg(
                    &Msg::new("console-role-set")
                        .arg("member", m.id.get())
                        .arg("name", m.display_name.as_str())
                        .arg("role", r.role(role)),
                ))
            }
            C::Export { sprint, format } => {
                actor.may(Action::Export)?;
                let sprint = self.sprint_or_current(sprint).await?;
                let extension = match format {
                    crowdsprint_core::service::ExportFormat::Csv => "csv",
                    crowdsprint_core::service::ExportFormat::Json => "json",
                };
                let path = self
                    .export_dir
                    .join(format!("crowdsprint-sprint-{sprint}.{extension}"));
                let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
                let count = core.export_sprint(actor, sprint, format, file).await?;
                Ok(r.msg(
                    &Msg::new("console-exported")
                        .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
                        .arg("path", path.display().to_string()),
                ))
            }
            C::Audit => {
                let entries = core.audit_log(actor, 20).await?;
                Ok(entries
                    .iter()
                    .map(|e| r.audit_entry(e))
                    .collect::<Vec<_>>()
                    .join("\n"))
            }
            // Handled before reaching here.
            C::Start(_)
            | C::Help(_)
            | C::Sprint(_)
            | C::Sprints
            | C::Challenges(_)
            | C::Idea
            | C::Ideas { .. }
            | C::Show(_) => Ok(String::new()),
            C::Support(_)
            | C::Unsupport(_)
            | C::Comment { .. }
            | C::Reply { .. }
            | C::Follow(_)
            | C::Unfollow(_) => Ok(String::new()),
            C::Subscribe(_) | C::Language(_) | C::Link(_) | C::MyData | C::ForgetMe => {
                Ok(String::new())
            }
        }
    }

    async fn sprint_or_current(&self, sprint: Option<SprintId>) -> Result<SprintId, Error> {
        match sprint {
            Some(id) => Ok(id),
            None => Ok(self.core.current_sprint().await?.id),
        }
    }
}

/// The actor, or "please register first".
fn registered(actor: Option<&Actor>) -> Result<&Actor, Error> {
    actor.ok_or_else(|| UserError::NotRegistered.into())
}
