//! A core `Reply` as Telegram messages: an idea as a card with buttons, a list with a pager,
//! the review queue one item per message with Approve / Hide / Respond, an export as a
//! document, and everything else as escaped HTML text.

use super::app::{App, Ctx};
use super::send::Outgoing;
use crate::CardState;
use crate::html::escape;
use crowdsprint_core::conversation::Conversation;
use crowdsprint_core::domain::*;
use crowdsprint_core::layout::{self, Surface};
use crowdsprint_core::service::{ExportFormat, IdeaPage, IdeaView, Reply};

impl App {
    pub async fn render_reply(&self, ctx: &mut Ctx, reply: Reply) -> Vec<Outgoing> {
        let locale = ctx.locale();
        let r = self.html(locale);
        let keys = self.keys(locale);
        let text = |html: String| vec![Outgoing::text(html)];
        match reply {
            Reply::LanguageSet(new) => text(self.html(new).msg(&Reply::language_set(new))),
            Reply::Idea(view) => vec![self.card(ctx, &view)],
            Reply::Ideas { page, order } => vec![self.idea_page(&page, order, locale)],
            // One message per item, each with its own Approve / Hide / Respond.
            Reply::Review(queue) if !queue.items.is_empty() => {
                let heading = Outgoing::text(r.review_heading(&queue));
                let items = queue.items.iter().map(|item| {
                    Outgoing::with(r.review_item(item), keys.review_item(item.target()))
                });
                std::iter::once(heading).chain(items).collect()
            }
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
            Reply::WriteUpdate(updating) => {
                vec![self.ask_for(ctx, Conversation::Update(*updating)).await]
            }
            Reply::Export {
                sprint,
                table,
                format,
                withheld,
            } => self.export(ctx, sprint, table, format, withheld).await,
            Reply::Announce { challenge, off } => match self.tie_here(ctx, challenge, off).await {
                Ok(msg) => text(r.msg(&msg)),
                Err(error) => text(self.failure_text(locale, &error)),
            },
            other => match layout::text_reply(&other, Surface::Buttons) {
                Some(doc) => text(r.doc(&doc)),
                // Every reply core has no layout for is matched above; a new kind of reply
                // shows up here in the log rather than as a panic in front of a member.
                None => {
                    tracing::error!("a reply with no layout reached the text fallback");
                    Vec::new()
                }
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

    /// Streams the export into memory and sends it as a document.
    async fn export(
        &self,
        ctx: &Ctx,
        sprint: SprintId,
        table: ExportTable,
        format: ExportFormat,
        withheld: bool,
    ) -> Vec<Outgoing> {
        let locale = ctx.locale();
        let Some(actor) = ctx.actor.as_ref() else {
            return vec![Outgoing::text(
                self.html(locale).user_error(&UserError::NotRegistered),
            )];
        };
        let mut bytes = Vec::new();
        let count = match self
            .core
            .export_as_asked(actor, sprint, table, format, withheld, &mut bytes)
            .await
        {
            Ok(count) => count,
            Err(error) => return vec![Outgoing::text(self.failure_text(locale, &error))],
        };
        let caption = self.html(locale).msg(
            &Msg::new("telegram-exported")
                .arg("count", i64::try_from(count).unwrap_or(i64::MAX))
                .arg("table", table.as_str())
                .arg("sprint", sprint.get()),
        );
        let name = table.file_name(sprint, format);
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
