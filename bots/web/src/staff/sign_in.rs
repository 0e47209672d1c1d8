//! Signing in and out. The link from `/web` opens a page with one button: the link is spent
//! only when the button is pressed, so a chat's link preview (Telegram's servers fetch links
//! to draw them) cannot use it up before the person does.

use super::{from_this_site, session_cookie, signed_in, signed_out, stale_form};
use crate::Board;
use crate::frame::Frame;
use crate::pages::{Reader, failure, html, problem};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use crowdsprint_core::Error;
use crowdsprint_core::domain::{Msg, UserError};
use crowdsprint_core::service::SESSION_HOURS;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "staff_sign_in.html")]
struct SignInPage {
    frame: Frame,
    heading: String,
    intro: String,
    button: String,
    action: String,
}

/// `GET /staff/sign-in/{token}`: "Sign in" if the link is still good.
pub async fn confirm(
    State(board): State<Board>,
    reader: Reader,
    Path(token): Path<String>,
) -> Response {
    match board.core.web_sign_in_is_open(&token).await {
        Ok(true) => {}
        Ok(false) => return expired(&board, &reader),
        Err(error) => return failure(&board, &reader, &error),
    }
    let words = reader.words(&board);
    let heading = words.text("web-sign-in-heading");
    let page = SignInPage {
        frame: reader.frame(&board, heading.clone()),
        heading,
        intro: words.msg(&Msg::new("web-sign-in-intro").arg("hours", SESSION_HOURS)),
        button: words.text("web-sign-in-button"),
        action: reader.link(&reader.path),
    };
    // The address holds the secret. The board's `Referrer-Policy: same-origin` already keeps
    // it from any other site; `no-referrer` would also make the browser send `Origin: null`
    // with the form, which `from_this_site` rightly refuses.
    html(&page)
}

/// `POST /staff/sign-in/{token}`: spends the link, sets the session cookie and goes to the
/// dashboard.
pub async fn open(
    State(board): State<Board>,
    reader: Reader,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    if !from_this_site(&board, &headers) {
        return stale_form(&board, &reader);
    }
    match board.core.open_web_session(&token).await {
        Ok(opened) => {
            let max_age = SESSION_HOURS * 3600;
            let mut response = Redirect::to(&reader.link("/staff")).into_response();
            response
                .headers_mut()
                .insert(header::SET_COOKIE, session_cookie(&opened.token, max_age));
            response
        }
        Err(Error::User(UserError::SignInLinkInvalid | UserError::NotRegistered)) => {
            expired(&board, &reader)
        }
        Err(Error::User(_)) => signed_out(&board, &reader),
        Err(error) => failure(&board, &reader, &error),
    }
}

#[derive(Debug, Deserialize)]
pub struct SignOutForm {
    csrf: String,
}

/// `POST /staff/sign-out`: ends the session here and in the browser.
pub async fn close(
    State(board): State<Board>,
    reader: Reader,
    headers: HeaderMap,
    Form(form): Form<SignOutForm>,
) -> Response {
    let (session, token) = match signed_in(&board, &reader, &headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    if !from_this_site(&board, &headers) || !session.csrf_matches(&form.csrf) {
        return stale_form(&board, &reader);
    }
    if let Err(error) = board.core.close_web_session(&token).await {
        return failure(&board, &reader, &error);
    }
    let mut response = signed_out(&board, &reader);
    *response.status_mut() = StatusCode::OK;
    response
        .headers_mut()
        .insert(header::SET_COOKIE, session_cookie("", 0));
    response
}

/// "This link has been used or has run out."
fn expired(board: &Board, reader: &Reader) -> Response {
    let text = reader
        .words(board)
        .msg(&UserError::SignInLinkInvalid.to_msg());
    problem(board, reader, StatusCode::GONE, "web-sign-in-heading", text)
}
