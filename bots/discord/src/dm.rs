//! Buttons under direct messages: "Open idea" under a personal notification; under a digest,
//! Support, Follow and Open for the new ideas it names, Open for the others, and a one-tap
//! Unsubscribe. When the board is public, a link to "Open on the web" beside them: the idea's
//! page, or for a digest the board's front page. Pressing one answers privately and leaves the message as it was.

use crate::action::Action;
use crate::render::{Look, button};
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::{Digest, Event};
use serenity::builder::{CreateActionRow, CreateButton};
use serenity::model::application::ButtonStyle;

/// Discord shows at most five rows of five buttons under a message.
const MAX_ROWS: usize = 5;
const MAX_PER_ROW: usize = 5;

/// The buttons under one notification.
pub fn notification_rows(look: &Look<'_>, event: &Event) -> Vec<CreateActionRow> {
    match event {
        Event::Digest(digest) => digest_rows(look, digest),
        other => match other.idea() {
            Some(idea) => {
                let open = button(
                    Action::Open(idea.get()),
                    look.msg(&Msg::new("notify-button-open").arg("id", idea.get())),
                    false,
                );
                let web = look
                    .web
                    .zip(other.public_idea())
                    .map(|(web, id)| web.idea(id));
                let buttons = std::iter::once(open).chain(web_link(look, web)).collect();
                vec![CreateActionRow::Buttons(buttons)]
            }
            None => Vec::new(),
        },
    }
}

/// "Open on the web": a link button Discord opens itself, when there is a page to open.
fn web_link(look: &Look<'_>, url: Option<String>) -> Option<CreateButton> {
    url.map(|url| CreateButton::new_link(url).label(look.msg(&Msg::new("chat-button-web"))))
}

fn digest_rows(look: &Look<'_>, digest: &Digest) -> Vec<CreateActionRow> {
    let label = |id: &'static str, idea: IdeaId| look.msg(&Msg::new(id).arg("id", idea.get()));
    let mut rows = Vec::new();
    let mut open_only: Vec<CreateButton> = Vec::new();
    for idea in digest.ideas() {
        // Only the top ideas are new enough to ask for support; every idea can be opened.
        let is_new = digest.top_ideas.iter().any(|i| i.id == idea);
        if is_new && rows.len() < MAX_ROWS - 2 {
            rows.push(CreateActionRow::Buttons(vec![
                button(
                    Action::Support(idea.get()),
                    label("digest-button-support", idea),
                    true,
                ),
                button(
                    Action::Follow(idea.get()),
                    label("digest-button-follow", idea),
                    false,
                ),
                button(
                    Action::Open(idea.get()),
                    label("digest-button-open", idea),
                    false,
                ),
            ]));
        } else {
            open_only.push(button(
                Action::Open(idea.get()),
                label("digest-button-open", idea),
                false,
            ));
        }
    }
    // The rest can be opened from the row left before Unsubscribe; the text names them all.
    if let Some(row) = open_only.chunks(MAX_PER_ROW).next() {
        rows.push(CreateActionRow::Buttons(row.to_vec()));
    }
    let unsubscribe = button(
        Action::Unsubscribe,
        look.msg(&Msg::new("digest-button-unsubscribe")),
        false,
    )
    .style(ButtonStyle::Danger);
    // The board's front page beside it, when the board is public.
    let home = web_link(look, look.web.map(PublicUrl::home));
    let last = std::iter::once(unsubscribe).chain(home).collect();
    rows.push(CreateActionRow::Buttons(last));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crowdsprint_core::i18n::Catalog;
    use crowdsprint_core::notify::digest::DigestItem;

    fn item(id: i64) -> DigestItem<IdeaId> {
        DigestItem {
            id: IdeaId(id),
            title: format!("Idea {id}"),
            count: 1,
            outcome: None,
        }
    }

    #[test]
    fn a_full_digest_fits_discords_five_rows() {
        let catalog = Catalog::load().expect("catalog");
        let look = Look {
            catalog: &catalog,
            locale: Locale::EnGb,
            web: None,
        };
        let digest = Digest {
            top_ideas: (1..=3).map(item).collect(),
            followed: (4..=6).map(item).collect(),
            responses: (7..=9).map(item).collect(),
            ..Digest::default()
        };
        let rows: Vec<serde_json::Value> =
            notification_rows(&look, &Event::Digest(Box::new(digest)))
                .iter()
                .map(|r| serde_json::to_value(r).expect("serialise"))
                .collect();
        assert!(rows.len() <= MAX_ROWS, "{rows:?}");
        let ids: Vec<String> = rows
            .iter()
            .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
            .filter_map(|b| b["custom_id"].as_str().map(str::to_owned))
            .collect();
        assert!(
            ids.contains(&"support:1".to_owned()) && ids.contains(&"open:7".to_owned()),
            "{ids:?}"
        );
        assert!(
            !ids.contains(&"support:4".to_owned()),
            "followed ideas are not new: {ids:?}"
        );
        assert_eq!(ids.last().map(String::as_str), Some("unsubscribe"));
        assert!(rows.iter().all(|r| {
            r["components"]
                .as_array()
                .is_some_and(|b| b.len() <= MAX_PER_ROW)
        }));
    }

    #[test]
    fn notifications_link_to_the_web_only_what_is_public() {
        let catalog = Catalog::load().expect("catalog");
        let web = PublicUrl::parse("https://ideas.example.nhs.uk").expect("an address");
        let look = Look {
            catalog: &catalog,
            locale: Locale::EnGb,
            web: Some(&web),
        };
        let links = |rows: Vec<CreateActionRow>| -> Vec<String> {
            rows.iter()
                .map(|r| serde_json::to_value(r).expect("serialise"))
                .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
                .filter_map(|b| b["url"].as_str().map(str::to_owned))
                .collect()
        };
        let approved = Event::IdeaApproved {
            idea: IdeaId(12),
            title: "Drivers".into(),
        };
        assert_eq!(
            links(notification_rows(&look, &approved)),
            ["https://ideas.example.nhs.uk/ideas/12"]
        );
        let hidden = Event::IdeaHidden {
            idea: IdeaId(12),
            title: "Drivers".into(),
            reason: "rude".into(),
        };
        assert!(links(notification_rows(&look, &hidden)).is_empty());
        let digest = Event::Digest(Box::default());
        assert_eq!(
            links(notification_rows(&look, &digest)),
            ["https://ideas.example.nhs.uk/"]
        );
        let private = Look { web: None, ..look };
        assert!(links(notification_rows(&private, &approved)).is_empty());
    }
}
