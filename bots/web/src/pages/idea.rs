//! `/ideas/{id}`: an idea with its published comments and the team's responses, and a link
//! that opens it in the Telegram bot to support it or comment. An idea
//! merged into another sends the reader on to that one, so an old link still leads somewhere.

use super::{Link, Reader, failure, html, id_from, not_here};
use crate::Board;
use crate::frame::Frame;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use crowdsprint_core::Error;
use crowdsprint_core::command::StartLink;
use crowdsprint_core::domain::{IdeaId, Msg, UserError, words};

#[derive(Debug)]
pub struct CommentItem {
    pub id: i64,
    pub author: String,
    pub date: String,
    pub body: String,
    pub response: bool,
    pub reply: bool,
    /// "Response from the sprint team" on a response.
    pub label: Option<String>,
}

#[derive(Template)]
#[template(path = "idea.html")]
struct IdeaPage {
    frame: Frame,
    crumbs_label: String,
    challenge: Link,
    title: String,
    meta: String,
    body: Vec<String>,
    stage: String,
    supporters: String,
    themes: String,
    comments_heading: String,
    no_comments: String,
    comments: Vec<CommentItem>,
    /// Support or comment on it in the Telegram bot, which opens this idea.
    join: Option<Link>,
    /// What became of it, once the team has said: the heading, the outcome and the note.
    outcome: Option<(String, String, String)>,
}

pub async fn page(State(board): State<Board>, reader: Reader, Path(raw): Path<String>) -> Response {
    let Some(id) = id_from(&raw) else {
        return not_here(&board, &reader);
    };
    let view = match board.core.idea_view(None, IdeaId(id)).await {
        Ok(view) => view,
        Err(Error::User(UserError::IdeaMerged { into, .. })) => {
            return Redirect::permanent(&reader.link(&format!("/ideas/{into}"))).into_response();
        }
        Err(error) => return failure(&board, &reader, &error),
    };
    let outcome = match board.core.idea_outcome(IdeaId(id)).await {
        Ok(outcome) => outcome,
        Err(error) => return failure(&board, &reader, &error),
    };
    let words = reader.words(&board);
    let idea = &view.idea;
    let name = |name: Option<&str>| name.map_or_else(|| words.text("former-member"), str::to_owned);
    // Top-level comments in order, each followed by its replies.
    let mut comments = Vec::new();
    for top in view.comments.iter().filter(|c| c.parent_id.is_none()) {
        let replies = view.comments.iter().filter(|r| r.parent_id == Some(top.id));
        for (comment, reply) in std::iter::once((top, false)).chain(replies.map(|r| (r, true))) {
            comments.push(CommentItem {
                id: comment.id.get(),
                author: name(comment.author_name.as_deref()),
                date: words::date(comment.created_at),
                body: comment.body.clone(),
                response: comment.is_response,
                reply,
                label: comment.is_response.then(|| words.text("web-response")),
            });
        }
    }
    let page = IdeaPage {
        frame: reader.frame(&board, idea.title.clone()),
        crumbs_label: words.text("web-breadcrumbs"),
        challenge: Link {
            href: reader.link(&format!("/challenges/{}", view.challenge.id)),
            text: view.challenge.title.clone(),
        },
        title: idea.title.clone(),
        meta: words.msg(
            &Msg::new("idea-meta")
                .arg("kind", idea.kind.to_msg())
                .arg("challenge", view.challenge.title.as_str())
                .arg("author", words::byline(idea))
                .arg("date", words::date(idea.created_at)),
        ),
        body: idea
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect(),
        stage: words.msg(&Msg::new("web-stage").arg("stage", idea.stage.to_msg())),
        supporters: words.msg(&Msg::new("web-supporters").arg("count", idea.supporters)),
        themes: if view.themes.is_empty() {
            String::new()
        } else {
            words.msg(&Msg::new("web-themes").arg("themes", view.themes.join(", ")))
        },
        comments_heading: words.text("web-comments-heading"),
        no_comments: words.text("web-no-comments"),
        comments,
        outcome: outcome.map(|(outcome, note)| {
            (
                words.text("web-outcome-heading"),
                words.msg(&outcome.to_msg()),
                note,
            )
        }),
        join: board.join.telegram.as_ref().map(|chat| Link {
            href: format!("{chat}?start={}", StartLink::Idea(idea.id).payload()),
            text: words.text("web-join-telegram"),
        }),
    };
    html(&page)
}
