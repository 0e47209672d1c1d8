//! Approve, hide (with a reason) and respond from the dashboard: each a form that core acts on
//! with its own permission checks and audit entry, then back to the dashboard with a note of
//! what was done (post, redirect, get: reloading the page does not act twice).

use super::{from_this_site, signed_in, staff_reader, stale_form};
use crate::Board;
use crate::pages::{Reader, failure, problem};
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use crowdsprint_core::Error;
use crowdsprint_core::domain::{CommentBody, Reason, Target};
use crowdsprint_core::service::StaffSession;
use serde::Deserialize;

/// What every dashboard form carries.
#[derive(Debug, Deserialize)]
pub struct ActionForm {
    csrf: String,
    target: String,
    /// The sprint the dashboard showed, to go back to.
    #[serde(default)]
    sprint: Option<i64>,
    /// The hide reason or the response's text.
    #[serde(default)]
    text: String,
}

/// Which action a form asked for; also the `done=` word of the note shown after it.
#[derive(Debug, Clone, Copy)]
enum Act {
    Approve,
    Hide,
    Respond,
}

impl Act {
    fn word(self) -> &'static str {
        match self {
            Act::Approve => "approve",
            Act::Hide => "hide",
            Act::Respond => "respond",
        }
    }
}

pub async fn approve(
    state: State<Board>,
    reader: Reader,
    headers: HeaderMap,
    form: Form<ActionForm>,
) -> Response {
    act(state, reader, headers, form, Act::Approve).await
}

pub async fn hide(
    state: State<Board>,
    reader: Reader,
    headers: HeaderMap,
    form: Form<ActionForm>,
) -> Response {
    act(state, reader, headers, form, Act::Hide).await
}

pub async fn respond(
    state: State<Board>,
    reader: Reader,
    headers: HeaderMap,
    form: Form<ActionForm>,
) -> Response {
    act(state, reader, headers, form, Act::Respond).await
}

async fn act(
    State(board): State<Board>,
    reader: Reader,
    headers: HeaderMap,
    Form(form): Form<ActionForm>,
    act: Act,
) -> Response {
    let (session, _) = match signed_in(&board, &reader, &headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let reader = staff_reader(&reader, &session);
    if !from_this_site(&board, &headers) || !session.csrf_matches(&form.csrf) {
        return stale_form(&board, &reader);
    }
    let Ok(target) = form.target.parse::<Target>() else {
        let text = reader.words(&board).text("web-staff-unknown-target");
        return refused(&board, &reader, text);
    };
    match run(&board, &session, act, target, form.text).await {
        Ok(()) => {
            let mut query = vec![
                format!("done={}", act.word()),
                format!("target={}", word(target)),
            ];
            if let Some(sprint) = form.sprint.filter(|s| *s > 0) {
                query.push(format!("sprint={sprint}"));
            }
            query.extend(reader.chosen.param());
            Redirect::to(&format!("/staff?{}#{}", query.join("&"), act.word())).into_response()
        }
        Err(Error::User(error)) => {
            let text = reader.words(&board).msg(&error.to_msg());
            refused(&board, &reader, text)
        }
        Err(error) => failure(&board, &reader, &error),
    }
}

async fn run(
    board: &Board,
    session: &StaffSession,
    act: Act,
    target: Target,
    text: String,
) -> crowdsprint_core::Result<()> {
    let actor = &session.actor;
    match act {
        Act::Approve => board.core.approve(actor, target).await,
        Act::Hide => board.core.hide(actor, target, Reason::parse(text)?).await,
        Act::Respond => board
            .core
            .respond(actor, target, CommentBody::parse(text)?)
            .await
            .map(|_| ()),
    }
}

/// A target as the `target=` word: `12` for an idea, `c34` for a comment.
pub fn word(target: Target) -> String {
    match target {
        Target::Idea(id) => id.to_string(),
        Target::Comment(id) => format!("c{id}"),
    }
}

/// "That could not be done", with why, in the reader's language. Nothing changed.
fn refused(board: &Board, reader: &Reader, text: String) -> Response {
    problem(
        board,
        reader,
        StatusCode::UNPROCESSABLE_ENTITY,
        "web-staff-failed-heading",
        text,
    )
}
