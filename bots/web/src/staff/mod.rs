//! The staff dashboard under `/staff`: signed in with a single-use link from `/web` in a chat
//! (`sign_in`), then a session cookie. It shows the review and awaiting-response queues with
//! their ages and the sprint's charts (`dashboard`, `charts`), takes approve, hide and respond
//! (`actions`), and downloads the sprint's export (`export`). Every action is core's own, with
//! its permission checks and audit log; nothing here decides who may do what.
//!
//! The cookie is `__Host-` prefixed, `HttpOnly`, `Secure` and `SameSite=Strict`; every form
//! carries the session's CSRF token, and a request whose `Origin` is another site is refused
//! before that. Staff pages are never cached (`no-store`).

mod actions;
mod charts;
mod dashboard;
mod export;
mod sign_in;

use crate::Board;
use crate::language::Chosen;
use crate::pages::{Reader, failure, problem};
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use crowdsprint_core::domain::Msg;
use crowdsprint_core::service::{SIGN_IN_MINUTES, StaffSession};

/// The session cookie. `__Host-` makes the browser refuse it unless it is `Secure`, for this
/// host only and for every path.
const COOKIE: &str = "__Host-crowdsprint-staff";

pub fn routes() -> Router<Board> {
    Router::new()
        .route("/staff", get(dashboard::page))
        .route(
            "/staff/sign-in/{token}",
            get(sign_in::confirm).post(sign_in::open),
        )
        .route("/staff/sign-out", post(sign_in::close))
        .route("/staff/approve", post(actions::approve))
        .route("/staff/hide", post(actions::hide))
        .route("/staff/respond", post(actions::respond))
        .route("/staff/export.csv", get(export::csv))
        .route("/staff/export.json", get(export::json))
        .layer(axum::middleware::from_fn(never_cached))
}

/// Staff pages show what is not public: no browser or proxy may keep them.
async fn never_cached(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The session token from the request's cookie, if it has one.
fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty())
}

/// The staff member signed in on this request, or the answer to send instead: "signed out"
/// for no session (or one that has ended, or whose holder is no longer staff).
async fn signed_in(
    board: &Board,
    reader: &Reader,
    headers: &HeaderMap,
) -> Result<(StaffSession, String), Response> {
    let Some(token) = session_token(headers) else {
        return Err(signed_out(board, reader));
    };
    match board.core.web_session(&token).await {
        Ok(Some(session)) => Ok((session, token)),
        Ok(None) => Err(signed_out(board, reader)),
        Err(error) => Err(failure(board, reader, &error)),
    }
}

/// Whether a form came from a page of ours: a browser names the page's origin in `Origin` on
/// every POST, and it must be the board's public address (`CROWDSPRINT_PUBLIC_URL`) or this
/// request's host (a proxy that rewrites `Host` still matches the first).
fn from_this_site(board: &Board, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        // Older browsers send none on same-origin forms; the CSRF token still guards them.
        return true;
    };
    if let Some(public) = &board.core.settings().public_url
        && origin == public.origin()
    {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    host.is_some() && origin_host == host
}

/// The staff reader's language: the switch if they used it, else the language they chose in
/// the chat.
fn staff_reader(reader: &Reader, session: &StaffSession) -> Reader {
    let mut reader = reader.clone();
    if !reader.chosen.by_switch {
        reader.chosen = Chosen {
            locale: session.actor.locale(),
            by_switch: false,
        };
    }
    reader
}

/// "You are signed out: send /web in your chat for a link."
fn signed_out(board: &Board, reader: &Reader) -> Response {
    let words = reader.words(board);
    let text = words.msg(&Msg::new("web-signed-out").arg("minutes", SIGN_IN_MINUTES));
    problem(
        board,
        reader,
        StatusCode::FORBIDDEN,
        "web-signed-out-heading",
        text,
    )
}

/// The cookie that holds a session for `max_age` seconds (zero: forget it now).
fn session_cookie(token: &str, max_age: i64) -> HeaderValue {
    let cookie =
        format!("{COOKIE}={token}; Path=/; Max-Age={max_age}; HttpOnly; Secure; SameSite=Strict");
    HeaderValue::from_str(&cookie).expect("a cookie of hex digits is a valid header")
}

/// A form that did not come from our page (no or wrong CSRF token, another site's origin).
fn stale_form(board: &Board, reader: &Reader) -> Response {
    let text = reader.words(board).text("web-staff-stale-form");
    problem(
        board,
        reader,
        StatusCode::FORBIDDEN,
        "web-staff-failed-heading",
        text,
    )
    .into_response()
}
