//! Core outcomes as Discord messages: idea cards as embeds with Support / Comment / Follow /
//! Similar buttons, lists with paging buttons, the review queue with Approve / Hide / Respond
//! on each item, and plain answers as text. Everything people typed is escaped; every word we
//! write comes from Fluent. Personal answers are ephemeral, public cards are not.

use crate::action::Action;
use crate::markdown::{escape, truncate};
use crate::note::Note;
use crate::slash::{MEMBER_COMMANDS, MOD_COMMAND, MOD_SUBCOMMANDS};
use crowdsprint_core::conversation::{AnswerStyle, Choice, Prompt};
use crowdsprint_core::domain::words;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::layout::{self, Doc, Markup, Renderer};
use crowdsprint_core::service::{IdeaPage, IdeaView, ListOrder, ReviewItem, ReviewQueue};
use serenity::builder::{CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};
use serenity::model::application::ButtonStyle;

/// Embed limits (Discord): title 256, description 4,096, field value 1,024, 25 fields.
const MAX_TITLE: usize = 256;
const MAX_DESCRIPTION: usize = 4096;
const MAX_FIELD: usize = 1024;
/// Comments shown on a card; the rest are counted.
const CARD_COMMENTS: usize = 5;
/// Button labels are cut at 80 characters by Discord.
const MAX_LABEL: usize = 80;
/// crowdsprint's colour on embeds.
const COLOUR: u32 = 0x0000_5EB8;

/// Discord's markdown: typed text escaped, headings bold, details in italics.
const MARKDOWN: Markup = Markup {
    escape,
    strong: "**",
    quiet: "*",
    indent: "  ",
};

/// Renders in one language.
#[derive(Debug, Clone, Copy)]
pub struct Look<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    /// The web board's address, when it is public: a published idea's card links to its page.
    pub web: Option<&'a PublicUrl>,
}

impl<'a> Look<'a> {
    /// Core's layouts in Discord's markdown, for what needs no buttons.
    pub fn text(&self) -> Renderer<'a> {
        Renderer {
            catalog: self.catalog,
            locale: self.locale,
            markup: MARKDOWN,
        }
    }

    pub fn msg(&self, msg: &Msg) -> String {
        self.text().msg(msg)
    }

    fn word(&self, id: &'static str) -> String {
        self.catalog.text(self.locale, id)
    }

    /// An idea's card. `viewer_specific` shows "✓ Supported" for the member who asked; cards
    /// in public channels show counts only.
    pub fn idea_card(&self, view: &IdeaView, viewer_specific: bool) -> Note {
        let idea = &view.idea;
        let mut embed = CreateEmbed::new()
            .colour(COLOUR)
            .title(truncate(
                &format!("#{} {}", idea.id, escape(&idea.title)),
                MAX_TITLE,
            ))
            .field(
                self.word("discord-field-challenge"),
                truncate(&escape(&view.challenge.title), MAX_FIELD),
                true,
            )
            .field(
                self.word("discord-field-kind"),
                self.msg(&idea.kind.to_msg()),
                true,
            )
            .field(
                self.word("discord-field-stage"),
                self.msg(&idea.stage.to_msg()),
                true,
            );
        let mut description = vec![
            self.msg(
                &Msg::new("chat-review-idea-meta")
                    .arg("kind", idea.kind.to_msg())
                    .arg("author", words::byline(idea))
                    .arg("date", words::date(idea.created_at)),
            ),
        ];
        if !idea.body.is_empty() {
            description.push(String::new());
            description.push(escape(&idea.body));
        }
        if let Some(note) = layout::visibility_note(idea) {
            description.push(String::new());
            description.push(self.msg(&note));
        }
        embed = embed.description(truncate(&description.join("\n"), MAX_DESCRIPTION));
        if !view.themes.is_empty() {
            let themes: Vec<String> = view.themes.iter().map(|t| escape(t)).collect();
            embed = embed.field(
                self.word("discord-field-themes"),
                truncate(&themes.join(", "), MAX_FIELD),
                false,
            );
        }
        let top_level: Vec<&Comment> = view.comments.iter().rev().take(CARD_COMMENTS).collect();
        for comment in top_level.into_iter().rev() {
            embed = embed.field(
                truncate(&self.comment_heading(comment), MAX_TITLE),
                truncate(&escape(&comment.body), MAX_FIELD),
                false,
            );
        }
        if view.comments.is_empty() {
            embed = embed.footer(CreateEmbedFooter::new(self.word("discord-no-comments")));
        }
        let supported = viewer_specific && view.supported;
        let following = viewer_specific && view.following;
        let support = self.msg(
            &Msg::new(if supported {
                "chat-button-supported"
            } else {
                "chat-button-support"
            })
            .arg("count", idea.supporters),
        );
        let mut buttons = vec![
            button(Action::Support(idea.id.get()), support, supported),
            button(
                Action::Comment(idea.id.get()),
                self.word("chat-button-comment"),
                false,
            ),
            button(
                Action::Follow(idea.id.get()),
                self.word(if following {
                    "chat-button-following"
                } else {
                    "chat-button-follow"
                }),
                following,
            ),
            button(
                Action::Similar(idea.id.get()),
                self.word("chat-button-similar"),
                false,
            ),
        ];
        // The fifth and last button a row may hold: the idea's page, once it is public.
        if let Some(web) = self.web.filter(|_| idea.visibility == Visibility::Visible) {
            buttons.push(
                CreateButton::new_link(web.idea(idea.id))
                    .label(truncate(&self.word("chat-button-web"), MAX_LABEL)),
            );
        }
        Note::public("")
            .embed(embed)
            .row(CreateActionRow::Buttons(buttons))
    }

    /// "c12 · Ann", or "⭐ c12 · Ann (sprint team)" for a response; the name escaped.
    pub fn comment_heading(&self, comment: &Comment) -> String {
        let id = if comment.is_response {
            "discord-response-by"
        } else {
            "discord-comment-by"
        };
        self.msg(
            &Msg::new(id)
                .arg("id", comment.id.get())
                .arg("author", words::author(comment.author_name.as_deref())),
        )
    }

    /// A page of ideas: one line each, a button to open each, and paging.
    pub fn idea_page(&self, page: &IdeaPage, order: ListOrder) -> Note {
        if page.ideas.is_empty() {
            return Note::private(self.word("no-ideas"));
        }
        let heading = self.msg(
            &Msg::new("chat-list-heading")
                .arg("list", order.as_str())
                .arg("page", page.page + 1)
                .arg("pages", page.pages()),
        );
        let lines: Doc = page.ideas.iter().map(layout::idea_line).collect();
        let embed = CreateEmbed::new()
            .colour(COLOUR)
            .title(truncate(&heading, MAX_TITLE))
            .description(truncate(&self.text().doc(&lines), MAX_DESCRIPTION));
        let open: Vec<CreateButton> = page
            .ideas
            .iter()
            .take(5)
            .map(|i| {
                let label = self.msg(
                    &Msg::new("chat-button-open")
                        .arg("id", i.id.get())
                        .arg("title", i.title.as_str()),
                );
                button(Action::Open(i.id.get()), label, false)
            })
            .collect();
        let mut note = Note::public("")
            .embed(embed)
            .row(CreateActionRow::Buttons(open));
        if page.pages() > 1 {
            let previous = button(
                Action::Page(order, page.page.max(1)),
                self.word("chat-button-previous"),
                false,
            )
            .disabled(page.page == 0);
            let next = button(
                Action::Page(order, page.page + 2),
                self.word("chat-button-next"),
                false,
            )
            .disabled(page.page + 1 >= page.pages());
            note = note.row(CreateActionRow::Buttons(vec![previous, next]));
        }
        // "Your ideas" is personal.
        note.ephemeral(order == ListOrder::Mine)
    }

    /// The review queue: one embed per item, each with its own row of buttons.
    pub fn review_queue(&self, queue: &ReviewQueue) -> Note {
        if queue.items.is_empty() {
            return Note::private(self.word("error-nothing-to-review"));
        }
        let mut note = Note::private(self.text().line(&layout::review_heading(queue)));
        // Discord allows five rows: the queue is asked for five items.
        for item in queue.items.iter().take(5) {
            let target = item.target();
            let mut doc = layout::review_item(item);
            let mut embed = CreateEmbed::new();
            // An idea's title line becomes the embed's title: it survives when the budget
            // for all embeds trims the descriptions (`embed_budget`).
            if let ReviewItem::Idea(idea) = item {
                embed = embed.title(truncate(
                    &format!("#{} {}", idea.id, escape(&idea.title)),
                    MAX_TITLE,
                ));
                doc.remove(0);
            }
            let embed = embed.description(truncate(&self.text().doc(&doc), MAX_DESCRIPTION));
            let label = |id: &'static str| format!("{} {target}", self.word(id));
            note = note
                .embed(embed.colour(COLOUR))
                .row(CreateActionRow::Buttons(vec![
                    button(Action::Approve(target), label("chat-button-approve"), true),
                    button(Action::Hide(target), label("chat-button-hide"), false),
                    button(Action::Respond(target), label("chat-button-respond"), false),
                ]));
        }
        note
    }

    /// "Support one of these instead, or post yours anyway?", with the draft shown so the
    /// "post mine anyway" button can carry it (the form's text rides in the embed).
    pub fn similar_offer(&self, draft: &Draft, similar: &[Idea]) -> Note {
        let mut buttons: Vec<CreateButton> = similar
            .iter()
            .take(4)
            .map(|i| {
                let label = self.msg(
                    &Msg::new("chat-button-support-instead")
                        .arg("id", i.id.get())
                        .arg("title", i.title.as_str()),
                );
                button(Action::Support(i.id.get()), label, false)
            })
            .collect();
        buttons.push(button(
            Action::Post {
                challenge: draft.challenge,
                kind: draft.kind,
            },
            self.word("chat-button-post-anyway"),
            true,
        ));
        Note::private(self.word("chat-idea-similar-ask"))
            .embed(draft.embed())
            .row(CreateActionRow::Buttons(buttons))
    }

    /// `/help`: the Discord commands this member may use, in their language, in an embed:
    /// a moderator's list runs to about 2,750 characters in some languages, past the 2,000 a
    /// message's text may hold, and well within an embed's 4,096.
    pub fn help(&self, role: Role) -> Note {
        let mut lines = Vec::new();
        for slash in MEMBER_COMMANDS {
            lines.push(self.help_line(slash.name, &format!("discord-describe-{}", slash.name)));
        }
        let staff: Vec<_> = MOD_SUBCOMMANDS.iter().filter(|s| s.role <= role).collect();
        if !staff.is_empty() {
            lines.push(String::new());
            lines.push(format!("**{}**", self.word("discord-help-staff")));
            for sub in staff {
                lines.push(self.help_line(
                    &format!("{MOD_COMMAND} {}", sub.name),
                    &format!("discord-describe-mod-{}", sub.name),
                ));
            }
        }
        let embed = CreateEmbed::new()
            .colour(COLOUR)
            .title(truncate(&self.word("help-heading"), MAX_TITLE))
            .description(truncate(&lines.join("\n"), MAX_DESCRIPTION));
        Note::private("").embed(embed)
    }

    fn help_line(&self, command: &str, id: &str) -> String {
        let text = self.catalog.lookup(self.locale, id).unwrap_or_default();
        format!("`/{command}` — {text}")
    }
}

/// An idea as the form gave it, before it is posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub challenge: i64,
    pub kind: IdeaKind,
    pub title: String,
    pub body: String,
}

impl Draft {
    /// The draft shown back to its author: title and body exactly as typed, in a code-free
    /// embed whose fields `Draft::from_embed` reads back.
    fn embed(&self) -> CreateEmbed {
        CreateEmbed::new()
            .colour(COLOUR)
            .title(truncate(&escape(&self.title), MAX_TITLE))
            .description(truncate(&escape(&self.body), MAX_DESCRIPTION))
    }

    /// The draft shown in an earlier `similar_offer`, from the message's first embed.
    pub fn from_embed(
        challenge: i64,
        kind: IdeaKind,
        embed: &serenity::model::channel::Embed,
    ) -> Option<Draft> {
        Some(Draft {
            challenge,
            kind,
            title: crate::markdown::unescape(embed.title.as_deref()?),
            body: crate::markdown::unescape(embed.description.as_deref().unwrap_or_default()),
        })
    }
}

/// A button that sends `action` back to us. `primary` marks the state a member is in
/// ("✓ Supported") or the main choice.
impl Look<'_> {
    /// A conversation's prompt, privately: its words, then a button per choice (five to a
    /// row, as Discord allows); erasing is red, agreeing blue.
    pub fn prompt(&self, prompt: &Prompt) -> Note {
        let lines: Vec<String> = prompt
            .lines(AnswerStyle::Buttons)
            .iter()
            .map(|m| self.msg(m))
            .collect();
        let buttons: Vec<CreateButton> = prompt
            .offers
            .iter()
            .map(|offer| {
                let label = self.msg(&offer.label);
                let made = button(
                    Action::Choose(offer.choice),
                    label,
                    offer.choice == Choice::Consent(true),
                );
                if offer.choice == Choice::ConfirmForget {
                    made.style(ButtonStyle::Danger)
                } else {
                    made
                }
            })
            .collect();
        let mut note = Note::private(lines.join("\n\n"));
        for row in buttons.chunks(5) {
            note = note.row(CreateActionRow::Buttons(row.to_vec()));
        }
        note
    }
}

pub fn button(action: Action, label: String, primary: bool) -> CreateButton {
    CreateButton::new(action.encode())
        .label(truncate(&label, MAX_LABEL))
        .style(if primary {
            ButtonStyle::Primary
        } else {
            ButtonStyle::Secondary
        })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// An admin's `/help` lists every command; in every language it must fit the embed whole
    /// (a cut list hides the last commands without a word).
    #[test]
    fn the_longest_help_fits_its_embed_in_every_language() {
        let catalog = Catalog::load().unwrap();
        for &locale in Locale::ALL {
            let look = Look {
                catalog: &catalog,
                locale,
                web: None,
            };
            let note = look.help(Role::Admin);
            let embed = serde_json::to_value(&note.embeds[0]).unwrap();
            let description = embed["description"].as_str().unwrap();
            assert!(
                description.chars().count() < MAX_DESCRIPTION,
                "{locale:?}: {} characters",
                description.chars().count()
            );
            let last = MOD_SUBCOMMANDS.last().unwrap().name;
            assert!(
                description.contains(&format!("/{MOD_COMMAND} {last}")),
                "{locale:?}: {description}"
            );
        }
    }
}
