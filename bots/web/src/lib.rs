//! The public web board: sprints, their challenges, themes and Big Ideas, each challenge's
//! ideas and each idea's comments and the team's responses, for anyone to read without joining
//! a chat. Server-rendered HTML that works without JavaScript, every word through Fluent, in
//! the reader's language (`?lang=`, else `Accept-Language`).
//!
//! It shows only what core shows to someone signed in nowhere (`Core::public_*`,
//! `Core::idea_view(None, ..)`): nothing held, hidden, merged or waiting for review, no draft
//! sprint, and "a former member" for anyone erased. It sets no cookies for readers, loads
//! nothing from another site, and answers with a strict Content-Security-Policy (`headers.rs`).
//!
//! Under `/staff`, the dashboard for champions, moderators and admins (`staff`), signed in
//! with a single-use link that `/web` sends in a chat.

mod frame;
mod headers;
mod language;
mod pages;
mod staff;

use axum::Router;
use axum::routing::get;
use crowdsprint_core::Core;
use crowdsprint_core::i18n::Catalog;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

/// Where a reader can take part from a page: the chat bots' addresses.
#[derive(Debug, Clone, Default)]
pub struct JoinLinks {
    /// The Telegram bot's chat (`https://t.me/crowdsprint_bot`); an idea page adds
    /// `?start=idea_34`, which opens that idea in the chat.
    pub telegram: Option<String>,
}

/// What every page handler needs.
#[derive(Clone)]
pub(crate) struct Board {
    pub core: Core,
    pub catalog: Arc<Catalog>,
    pub join: Arc<JoinLinks>,
}

impl std::fmt::Debug for Board {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Board")
    }
}

/// The board's routes, to merge beside `/healthz` on `CROWDSPRINT_HTTP_ADDR`.
pub fn router(core: Core, catalog: Arc<Catalog>, join: JoinLinks) -> Router {
    Router::new()
        .route("/", get(pages::sprints::page))
        .route("/sprints/{id}", get(pages::sprint::page))
        .route("/challenges/{id}", get(pages::challenge::page))
        .route("/ideas/{id}", get(pages::idea::page))
        .route(headers::STYLESHEET_PATH, get(headers::stylesheet))
        // Public pages are gzipped (a challenge page shrinks to about a fifth). Staff pages are
        // not: a compressed page holding a secret (the CSRF token) beside text an attacker can
        // influence is what BREACH reads secrets from.
        .layer(CompressionLayer::new())
        .merge(staff::routes())
        .layer(axum::middleware::from_fn(headers::secure))
        .with_state(Board {
            core,
            catalog,
            join: Arc::new(join),
        })
}
