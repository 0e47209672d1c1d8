//! Runs a command through core and renders its `Reply` as terminal text. The rules and the
//! core calls live in `Core::execute`, shared with the chat bots; this file only lays out what
//! came back and starts the console's own conversations.

use super::Console;
use crowdsprint_core::Error;
use crowdsprint_core::command::{COMMANDS, Command, find_command};
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ExportFormat, Reply};

impl Console {
    pub(crate) async fn run_command(
        &mut self,
        actor: Option<&Actor>,
        command: Command,
    ) -> Result<String, Error> {
        let reply = self.core.execute(actor, &self.identity, command).await?;
        // The language may just have changed: render in the one now stored.
        let actor = self.core.actor_for(&self.identity).await?;
        self.render_reply(actor.as_ref(), reply).await
    }

    async fn render_reply(&mut self, actor: Option<&Actor>, reply: Reply) -> Result<String, Error> {
        let r = self.renderer(actor);
        Ok(match reply {
            Reply::Text(msg) => r.msg(&msg),
            // Rendered in the language now stored (read again above).
            Reply::LanguageSet(locale) => r.msg(&Reply::language_set(locale)),
            Reply::Lines { lines, empty, .. } if lines.is_empty() => r.msg(&empty),
            Reply::Lines { lines, .. } => join(lines.iter().map(|m| r.msg(m))),
            Reply::Help { role, topic } => self.help(actor, role, topic.as_deref()),
            Reply::Idea(view) => r.idea_card(&view),
            Reply::Ideas { page, order } => r.idea_page(&page, order.as_str()),
            Reply::Sprint(overview) => r.sprint_overview(&overview),
            Reply::Sprints(sprints) if sprints.is_empty() => r.text("error-no-open-sprint"),
            Reply::Sprints(sprints) => join(sprints.iter().map(|s| r.sprint_line(s))),
            Reply::SprintChanged(sprint) => r.sprint_line(&sprint),
            Reply::Challenges(overview) => r.challenge_list(&overview.challenges),
            Reply::Review(queue) => r.review_queue(&queue),
            Reply::Stats(stats) => r.stats(&stats),
            Reply::Audit(entries) => join(entries.iter().map(|e| r.audit_entry(e))),
            Reply::MyData(data) => {
                let json = serde_json::to_string_pretty(&data)?;
                format!(
                    "{}\n{}\n{json}",
                    r.text("mydata-heading"),
                    r.msg(&data.summary())
                )
            }
            Reply::Welcome => {
                r.msg(&Msg::new("member-welcome-back").arg("name", self.name.as_str()))
            }
            Reply::Register => self.start_registration().await?,
            Reply::PostIdea(overview) => match actor {
                Some(actor) => self.start_posting(actor, &overview, None).await?,
                None => r.msg(&UserError::NotRegistered.to_msg()),
            },
            Reply::ConfirmForget => self.start_forget(actor).await?,
            Reply::Announce { .. } => r.text("announce-group-only"),
            Reply::Export {
                sprint,
                format,
                withheld,
            } => match actor {
                Some(actor) => self.export(actor, sprint, format, withheld).await?,
                None => r.msg(&UserError::NotRegistered.to_msg()),
            },
        })
    }

    fn help(&self, actor: Option<&Actor>, role: Role, topic: Option<&str>) -> String {
        let r = self.renderer(actor);
        if let Some(topic) = topic {
            return match find_command(topic) {
                Some(info) => r.text(info.help_id),
                None => r.msg(&Msg::new("parse-unknown-command").arg("command", topic)),
            };
        }
        let mut out = vec![r.text("help-heading")];
        let mut last_role = Role::Member;
        for info in COMMANDS.iter().filter(|c| c.role <= role) {
            if info.role != last_role {
                out.push(r.msg(&Msg::new("help-section").arg("role", info.role.to_msg())));
                last_role = info.role;
            }
            // A help text may span lines; indent them all under the heading.
            for line in r.text(info.help_id).lines() {
                out.push(format!("  {line}"));
            }
        }
        out.push(r.text("help-footer"));
        out.join("\n")
    }

    /// Writes the export next to the console (or where `set_export_dir` says).
    async fn export(
        &self,
        actor: &Actor,
        sprint: SprintId,
        format: ExportFormat,
        withheld: bool,
    ) -> Result<String, Error> {
        let extension = match format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        };
        let path = self
            .export_dir
            .join(format!("crowdsprint-sprint-{sprint}.{extension}"));
        let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        let count = self
            .core
            .export_sprint_as_asked(actor, sprint, format, withheld, file)
            .await?;
        Ok(self.renderer(Some(actor)).msg(
            &Msg::new("console-exported")
                .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
                .arg("path", path.display().to_string()),
        ))
    }
}

fn join(lines: impl Iterator<Item = String>) -> String {
    lines.collect::<Vec<_>>().join("\n")
}
