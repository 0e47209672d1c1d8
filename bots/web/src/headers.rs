//! The headers every answer carries, and the one stylesheet.
//!
//! - A strict Content-Security-Policy: nothing but our own stylesheet and images, no scripts,
//!   no frames, forms only to ourselves. Nothing is loaded from another site.
//! - `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin` (a link followed out of
//!   the board does not tell the other site which idea was read), no cookies at all.
//! - Pages may be cached for a minute by the reader's own browser, never by a shared cache
//!   (`private`): a proxy or CDN keeping a page would be a public copy that goes on showing an
//!   idea after it is hidden, which no copy of ours may do. They vary by `Accept-Language`.
//!   The stylesheet's address names its version, so it is cached for a year, anywhere.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
                   base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The stylesheet, named by the version that serves it.
pub const STYLESHEET_PATH: &str = concat!("/static/board-", env!("CARGO_PKG_VERSION"), ".css");
const STYLESHEET: &str = include_str!("board.css");

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// Adds the security headers, and caching for pages that did not set their own.
pub async fn secure(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !headers.contains_key(header::CACHE_CONTROL) {
        let cache = if response.status().is_success() {
            "private, max-age=60"
        } else {
            "no-store"
        };
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    response
}
