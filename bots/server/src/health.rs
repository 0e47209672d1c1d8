//! The HTTP side of `serve`: health checks (`/healthz`: the process is up; `/readyz`: the
//! database answers), served beside the bots and their webhooks.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use crowdsprint_core::Core;

/// Serves `router` (health checks, and webhooks when configured) on `addr` until `shutdown`
/// resolves; the bots run beside it.
pub async fn serve_http(
    router: Router,
    addr: &str,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, "HTTP endpoint listening");
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// The health routes, shared with the bots' own HTTP listeners.
pub fn router(core: Core) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .with_state(core)
}

async fn ready(State(core): State<Core>) -> (StatusCode, &'static str) {
    match core.store().ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crowdsprint_core::service::CoreSettings;
    use crowdsprint_core::{Store, SystemClock};
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn get(addr: std::net::SocketAddr, path: &str) -> String {
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        let request = format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.expect("send");
        let mut response = String::new();
        stream.read_to_string(&mut response).await.expect("read");
        response
    }

    #[tokio::test]
    async fn readiness_reflects_the_database() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("h.db").display());
        let store = Store::connect(&url).await.expect("store");
        store.migrate().await.expect("migrate");
        let core = Core::new(
            store.clone(),
            Arc::new(SystemClock),
            CoreSettings::default(),
        )
        .expect("default limits");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move { axum::serve(listener, router(core)).await });
        assert!(get(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
        assert!(get(addr, "/readyz").await.contains("ready"));
        store.close().await;
        assert!(get(addr, "/readyz").await.starts_with("HTTP/1.1 503"));
    }
}
