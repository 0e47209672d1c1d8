//! `/`: every sprint that is not a draft, newest first.

use super::{Reader, failure, html};
use crate::Board;
use crate::frame::Frame;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use crowdsprint_core::domain::words;

#[derive(Debug)]
pub struct SprintCard {
    pub href: String,
    pub title: String,
    pub stage: String,
    pub window: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "sprints.html")]
struct SprintsPage {
    frame: Frame,
    heading: String,
    intro: String,
    empty: String,
    sprints: Vec<SprintCard>,
}

pub async fn page(State(board): State<Board>, reader: Reader) -> Response {
    let sprints = match board.core.public_sprints().await {
        Ok(sprints) => sprints,
        Err(error) => return failure(&board, &reader, &error),
    };
    let words = reader.words(&board);
    let heading = words.text("web-sprints-heading");
    let page = SprintsPage {
        frame: reader.frame(&board, heading.clone()),
        heading,
        intro: words.text("web-sprints-intro"),
        empty: words.text("web-no-sprints"),
        sprints: sprints
            .iter()
            .map(|(s, accepting)| SprintCard {
                href: reader.link(&format!("/sprints/{}", s.id)),
                title: s.title.clone(),
                stage: words.msg(&s.stage.to_msg()),
                window: words.msg(&words::sprint_window(s, *accepting)),
                description: s.description.clone(),
            })
            .collect(),
    };
    html(&page)
}
