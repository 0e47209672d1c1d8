//! A core `Reply` as Telegram messages: an idea as a card with buttons, a list with a pager,
//! the review queue one item per message with Approve / Hide / Respond, an export as a
//! document, and everything else as escaped HTML text.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crate::CardState;
use crate::html::escape;
use crowdsprint_core::command::{COMMANDS, find_command};
use crowdsprint_core::conversation::Conversation;
use crowdsprint_core::domain::words::sprint_line;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ExportFormat, IdeaPage, IdeaView, Reply, ReviewItem};

impl App {
    pub async fn render_reply(&self, ctx: &mut Ctx, reply: Reply) -> Vec<Outgoing> {
        let locale = ctx.locale();
        let r = self.html(locale);
        let keys = self.keys(locale);
        let text = |html: String| vec![Outgoing::text(html)];
        match reply {
            Reply::Text(msg) => text(r.msg(&msg)),
            Reply::LanguageSet(new) => text(self.html(new).msg(&Reply::language_set(new))),
            Reply::Lines { lines, empty, .. } if lines.is_empty() => text(r.msg(&empty)),
            Reply::Lines { lines, .. } => text(join(lines.iter().map(|m| r.msg(m)))),
            Reply::Help { role, topic } => text(self.help(locale, role, topic.as_deref())),
            Reply::Idea(view) => vec![self.card(ctx, &view)],
            Reply::Ideas { page, order } => vec![self.idea_page(&page, order, locale)],
            Reply::Sprint(overview) => text(r.sprint_overview(&overview)),
            Reply::Sprints(sprints) if sprints.is_empty() => {
                text(r.msg(&Msg::new("error-no-open-sprint")))
            }
            Reply::Sprints(sprints) => text(join(sprints.iter().map(|s| r.msg(&sprint_line(s))))),
            Reply::SprintChanged(sprint) => text(r.msg(&sprint_line(&sprint))),
            Reply::Challenges(overview) => text(r.challenge_list(&overview.challenges)),
            Reply::Review(queue) => {
                if queue.items.is_empty() {
                    return text(r.msg(&Msg::new("error-nothing-to-review")));
                }
                let mut out = vec![Outgoing::text(r.review_heading(&queue))];
                for item in &queue.items {
                    let target = match item {
                        ReviewItem::Idea(idea) => crowdsprint_core::service::Target::Idea(idea.id),
                        ReviewItem::Comment { comment, .. } => {
                            crowdsprint_core::service::Target::Comment(comment.id)
                        }
                    };
                    out.push(Outgoing::with(
                        r.review_item(item),
                        keys.review_item(target),
                    ));
                }
                out
            }
            Reply::Stats(stats) => {
                let mut lines = vec![
                    r.msg(&sprint_line(&stats.sprint)),
                    r.msg(&stats.total.to_msg()),
                ];
                for (challenge, counts) in &stats.challenges {
                    lines.push(format!(
                        "• {}: {}",
                        escape(&challenge.title),
                        r.msg(&counts.to_msg())
                    ));
                }
                text(lines.join("\n"))
            }
            Reply::Audit(entries) => text(join(
                entries.iter().map(|e| e.line(r.msg(&e.to_msg()), escape)),
            )),
            Reply::MyData(data) => {
                let json = serde_json::to_string_pretty(&data).unwrap_or_default();
                text(format!(
                    "{}\n{}\n<pre>{}</pre>",
                    r.msg(&Msg::new("mydata-heading")),
                    r.msg(&data.summary()),
                    escape(&json)
                ))
            }
            Reply::Welcome => {
                if let Some(actor) = &ctx.actor {
                    super::publish_staff_menu(self, ctx.chat, actor).await;
                }
                text(r.msg(&Msg::new("member-welcome-back").arg("name", ctx.first_name())))
            }
            Reply::Register => vec![self.start_registration(ctx).await],
            Reply::PostIdea(overview) => vec![self.start_posting(ctx, &overview, None).await],
            Reply::ConfirmForget => vec![self.ask_for(ctx, Conversation::ConfirmForget).await],
            Reply::Export {
                sprint,
                format,
                withheld,
            } => self.export(ctx, sprint, format, withheld).await,
            Reply::Announce { challenge, off } => match self.tie_here(ctx, challenge, off).await {
                Ok(msg) => text(r.msg(&msg)),
                Err(error) => text(self.failure_text(locale, &error)),
            },
        }
    }

    /// A page of ideas with its buttons, marked as showing them (a public copy in a group).
    pub fn idea_page(&self, page: &IdeaPage, order: ListOrder, locale: Locale) -> Outgoing {
        Outgoing::with(
            self.html(locale).idea_page(page, order),
            self.keys(locale).idea_page(page, order),
        )
        .page_of(page, order, locale)
    }

    /// An idea's card. In a group the buttons show counts only: "✓ supported" is personal.
    pub fn card(&self, ctx: &Ctx, view: &IdeaView) -> Outgoing {
        let locale = ctx.locale();
        let r = self.html(locale);
        let mut state = CardState::of(view);
        let mut html = r.idea_card(view);
        if !ctx.private {
            state.supported = false;
            state.following = false;
            html = r.public_card(view.idea.id, &html);
        }
        Outgoing::with(html, self.keys(locale).idea_card(state)).card_of(view.idea.id, locale)
    }

    fn help(&self, locale: Locale, role: Role, topic: Option<&str>) -> String {
        let r = self.html(locale);
        if let Some(topic) = topic {
            return match find_command(topic) {
                Some(info) => r.msg(&Msg::new(info.help_id)),
                None => r.msg(&Msg::new("parse-unknown-command").arg("command", topic)),
            };
        }
        let mut out = vec![format!("<b>{}</b>", r.msg(&Msg::new("help-heading")))];
        let mut last_role = Role::Member;
        for info in COMMANDS.iter().filter(|c| c.role <= role) {
            if info.role != last_role {
                out.push(format!(
                    "\n<b>{}</b>",
                    r.msg(&Msg::new("help-section").arg("role", info.role.to_msg()))
                ));
                last_role = info.role;
            }
            out.push(r.msg(&Msg::new(info.help_id)));
        }
        out.push(String::new());
        out.push(r.msg(&Msg::new("help-footer")));
        out.join("\n")
    }

    /// Streams the export into memory and sends it as a document.
    async fn export(
        &self,
        ctx: &Ctx,
        sprint: SprintId,
        format: ExportFormat,
        withheld: bool,
    ) -> Vec<Outgoing> {
        let locale = ctx.locale();
        let Some(actor) = ctx.actor.as_ref() else {
            return vec![Outgoing::text(
                self.html(locale).user_error(&UserError::NotRegistered),
            )];
        };
        let extension = match format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        };
        let mut bytes = Vec::new();
        let count = match self
            .core
            .export_sprint_as_asked(actor, sprint, format, withheld, &mut bytes)
            .await
        {
            Ok(count) => count,
            Err(error) => return vec![Outgoing::text(self.failure_text(locale, &error))],
        };
        let caption = self.html(locale).msg(
            &Msg::new("telegram-exported")
                .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
                .arg("sprint", sprint.get()),
        );
        let name = format!("crowdsprint-sprint-{sprint}.{extension}");
        if let Err(error) = self
            .sender
            .document(ctx.chat, ctx.thread, name, bytes, caption)
            .await
        {
            tracing::warn!(%error, "could not send the export");
            let error = crowdsprint_core::Error::Io(std::io::Error::other(error.to_string()));
            return vec![Outgoing::text(self.failure_text(locale, &error))];
        }
        Vec::new()
    }
}

fn join(lines: impl Iterator<Item = String>) -> String {
    lines.collect::<Vec<_>>().join("\n")
}
