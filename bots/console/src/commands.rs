//! Runs a command through core and renders its `Reply` as terminal text. The rules and the
//! core calls live in `Core::execute`, shared with the chat bots; this file only lays out what
//! came back and starts the console's own conversations.

use super::Console;
use crowdsprint_core::Error;
use crowdsprint_core::command::Command;
use crowdsprint_core::conversation::Conversation;
use crowdsprint_core::domain::*;
use crowdsprint_core::layout::{self, Surface};
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
            // Rendered in the language now stored (read again above).
            Reply::LanguageSet(locale) => r.msg(&Reply::language_set(locale)),
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
            Reply::ConfirmForget => {
                self.start_conversation(actor, Conversation::ConfirmForget)
                    .await?
            }
            Reply::WriteUpdate(updating) => {
                self.start_conversation(actor, Conversation::Update(*updating))
                    .await?
            }
            Reply::Announce { .. } => r.text("announce-group-only"),
            Reply::Export {
                sprint,
                table,
                format,
                withheld,
            } => match actor {
                Some(actor) => self.export(actor, sprint, table, format, withheld).await?,
                None => r.msg(&UserError::NotRegistered.to_msg()),
            },
            other => match layout::text_reply(&other, Surface::Typed) {
                Some(doc) => r.doc(&doc),
                // Every reply core has no layout for is matched above.
                None => String::new(),
            },
        })
    }

    /// Writes the export next to the console (or where `set_export_dir` says).
    async fn export(
        &self,
        actor: &Actor,
        sprint: SprintId,
        table: ExportTable,
        format: ExportFormat,
        withheld: bool,
    ) -> Result<String, Error> {
        let path = self.export_dir.join(table.file_name(sprint, format));
        let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        let count = self
            .core
            .export_as_asked(actor, sprint, table, format, withheld, file)
            .await?;
        Ok(self.renderer(Some(actor)).msg(
            &Msg::new("console-exported")
                .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
                .arg("table", table.as_str())
                .arg("path", path.display().to_string()),
        ))
    }
}
