//! One module per kind of page; here what they share: who is reading (their language), how a
//! template becomes an answer, and the pages for "not here" and "went wrong".

pub mod challenge;
pub mod idea;
pub mod sprint;
pub mod sprints;

use crate::Board;
use crate::frame::Frame;
use crate::language::Chosen;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use crowdsprint_core::Error;
use crowdsprint_core::domain::Msg;
use crowdsprint_core::layout::Renderer;
use std::convert::Infallible;

/// The reader of a page: the path they asked for, their language, and the query words
/// (`order`, `page`) the list pages read.
#[derive(Debug, Clone)]
pub struct Reader {
    pub path: String,
    pub chosen: Chosen,
    query: Vec<(String, String)>,
}

impl<S: Send + Sync> FromRequestParts<S> for Reader {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Reader, Infallible> {
        // Only plain words are read from the query (`lang=cy`, `order=new`, `page=2`), so
        // nothing needs decoding: anything else is simply not understood and ignored.
        let query: Vec<(String, String)> = parts
            .uri
            .query()
            .unwrap_or_default()
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let lang = query
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        let accept = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Ok(Reader {
            path: parts.uri.path().to_owned(),
            chosen: Chosen::from_request(lang, accept),
            query,
        })
    }
}

impl Reader {
    /// Our words in the reader's language, as plain text (the templates escape them).
    pub fn words<'a>(&self, board: &'a Board) -> Renderer<'a> {
        Renderer::new(&board.catalog, self.chosen.locale)
    }

    pub fn frame(&self, board: &Board, title: String) -> Frame {
        Frame::new(&self.words(board), self.chosen, &self.path, title)
    }

    /// A word from the query string, if given.
    pub fn query(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A link to `path` that keeps the reader's language.
    pub fn link(&self, path: &str) -> String {
        format!("{path}{}", self.chosen.query())
    }
}

/// A template as an HTML answer; a template that cannot render (a bug) is logged and answered
/// as an error page.
pub fn html(template: &impl Template) -> Response {
    match template.render() {
        Ok(body) => Html(body).into_response(),
        Err(error) => {
            tracing::error!(%error, "a board template failed to render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "problem.html")]
struct Problem {
    frame: Frame,
    heading: String,
    text: String,
}

/// The answer for a core error: "not here" for anything the reader may not see or that does
/// not exist (the same answer for both, so the board does not tell which), "went wrong" with a
/// reference for the rest.
pub fn failure(board: &Board, reader: &Reader, error: &Error) -> Response {
    if let Error::User(_) = error {
        return not_here(board, reader);
    }
    let words = reader.words(board);
    let reference = format!("{:08x}", rand::random::<u32>());
    tracing::error!(%reference, %error, "a board page failed");
    let text = words.msg(&Msg::new("web-error").arg("reference", reference));
    problem(
        board,
        reader,
        StatusCode::INTERNAL_SERVER_ERROR,
        "web-error-heading",
        text,
    )
}

/// The page for a path that names nothing the reader may see.
pub fn not_here(board: &Board, reader: &Reader) -> Response {
    let text = reader.words(board).text("web-not-found");
    problem(
        board,
        reader,
        StatusCode::NOT_FOUND,
        "web-not-found-heading",
        text,
    )
}

pub fn problem(
    board: &Board,
    reader: &Reader,
    status: StatusCode,
    heading: &'static str,
    text: String,
) -> Response {
    let heading = reader.words(board).text(heading);
    let page = Problem {
        frame: reader.frame(board, heading.clone()),
        heading,
        text,
    };
    (status, html(&page)).into_response()
}

/// An id from the path; a path that is not one is "not here", like an id that does not exist.
pub fn id_from(raw: &str) -> Option<i64> {
    raw.parse().ok().filter(|id: &i64| *id > 0)
}

/// A link with its words.
#[derive(Debug, Clone)]
pub struct Link {
    pub href: String,
    pub text: String,
}
