//! `/sprints/{id}`: a sprint's window, numbers, challenges, themes and Big Ideas.

use super::{Link, Reader, failure, html, id_from, not_here};
use crate::Board;
use crate::frame::Frame;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use crowdsprint_core::domain::{Locale, Msg, SprintId, TeamUpdate, words};

#[derive(Debug)]
pub struct ChallengeCard {
    pub href: String,
    pub title: String,
    pub description: String,
}

#[derive(Debug)]
pub struct ThemeCard {
    pub name: String,
    pub ideas: String,
    pub description: String,
}

#[derive(Debug)]
pub struct BigIdeaCard {
    pub title: String,
    pub stage: String,
    pub description: String,
}

/// A team update as the reader reads it: in Welsh when they read Welsh and the team gave
/// Welsh words.
#[derive(Debug)]
pub struct UpdateCard {
    pub title: String,
    pub date: String,
    pub body: String,
    pub link: Option<String>,
}

impl UpdateCard {
    fn of(update: &TeamUpdate, locale: Locale) -> UpdateCard {
        let (title, body) = match (&update.welsh_title, &update.welsh_body) {
            (Some(title), Some(body)) if locale == Locale::Cy => (title, body),
            _ => (&update.title, &update.body),
        };
        UpdateCard {
            title: title.clone(),
            date: words::date(update.created_at),
            body: body.clone(),
            link: update.link.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "sprint.html")]
struct SprintPage {
    frame: Frame,
    crumbs_label: String,
    all_sprints: Link,
    title: String,
    stage: String,
    window: String,
    description: String,
    counts: String,
    challenges_heading: String,
    no_challenges: String,
    challenges: Vec<ChallengeCard>,
    themes_heading: String,
    themes: Vec<ThemeCard>,
    big_ideas_heading: String,
    big_ideas: Vec<BigIdeaCard>,
    updates_heading: String,
    updates: Vec<UpdateCard>,
}

pub async fn page(State(board): State<Board>, reader: Reader, Path(raw): Path<String>) -> Response {
    let Some(id) = id_from(&raw) else {
        return not_here(&board, &reader);
    };
    let sprint = match board.core.public_sprint(SprintId(id)).await {
        Ok(sprint) => sprint,
        Err(error) => return failure(&board, &reader, &error),
    };
    let words = reader.words(&board);
    let o = &sprint.overview;
    let s = &o.sprint;
    let page = SprintPage {
        frame: reader.frame(&board, s.title.clone()),
        crumbs_label: words.text("web-breadcrumbs"),
        all_sprints: Link {
            href: reader.link("/"),
            text: words.text("web-all-sprints"),
        },
        title: s.title.clone(),
        stage: words.msg(&s.stage.to_msg()),
        window: words.msg(&words::sprint_window(s, o.accepting)),
        description: s.description.clone(),
        counts: words.msg(&o.counts.to_msg()),
        challenges_heading: words.text("web-challenges-heading"),
        no_challenges: words.text("no-challenges"),
        challenges: o
            .challenges
            .iter()
            .map(|c| ChallengeCard {
                href: reader.link(&format!("/challenges/{}", c.id)),
                title: c.title.clone(),
                description: c.description.clone(),
            })
            .collect(),
        themes_heading: words.text("web-themes-heading"),
        themes: sprint
            .themes
            .iter()
            .map(|t| ThemeCard {
                name: t.name.clone(),
                ideas: words.msg(&Msg::new("web-theme-ideas").arg("count", t.ideas)),
                description: t.description.clone(),
            })
            .collect(),
        big_ideas_heading: words.text("web-big-ideas-heading"),
        big_ideas: sprint
            .big_ideas
            .iter()
            .map(|b| BigIdeaCard {
                title: b.title.clone(),
                stage: words.msg(&b.stage.to_msg()),
                description: b.description.clone(),
            })
            .collect(),
        updates_heading: words.text("web-updates-heading"),
        updates: sprint
            .updates
            .iter()
            .map(|u| UpdateCard::of(u, reader.chosen.locale))
            .collect(),
    };
    html(&page)
}
