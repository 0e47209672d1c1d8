//! The public web board: sprints, their challenges, themes and Big Ideas, each challenge's
//! ideas and each idea's comments and the team's responses, for anyone to read without joining
//! a chat. Server-rendered HTML that works without JavaScript, every word through Fluent, in
//! the reader's language (`?lang=`, else `Accept-Language`).
//!
//! It shows only what core shows to someone signed in nowhere (`Core::public_*`,
//! `Core::idea_view(None, ..)`): nothing held, hidden, merged or waiting for review, no draft
//! sprint, and "a former member" for anyone erased. It sets no cookies, loads nothing from
//! another site, and answers with a strict Content-Security-Policy (`headers.rs`).

mod frame;
mod headers;
mod language;
mod pages;

use axum::Router;
use axum::routing::get;
use crowdsprint_core::Core;
use crowdsprint_core::i18n::Catalog;
use std::sync::Arc;

/// What every page handler needs.
#[derive(Clone)]
pub(crate) struct Board {
    pub core: Core,
    pub catalog: Arc<Catalog>,
}

impl std::fmt::Debug for Board {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Board")
    }
}

/// The board's routes, to merge beside `/healthz` on `CROWDSPRINT_HTTP_ADDR`.
pub fn router(core: Core, catalog: Arc<Catalog>) -> Router {
    Router::new()
        .route("/", get(pages::sprints::page))
        .route("/sprints/{id}", get(pages::sprint::page))
        .route("/challenges/{id}", get(pages::challenge::page))
        .route("/ideas/{id}", get(pages::idea::page))
        .route(headers::STYLESHEET_PATH, get(headers::stylesheet))
        .layer(axum::middleware::from_fn(headers::secure))
        .with_state(Board { core, catalog })
}
