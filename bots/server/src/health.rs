//! The HTTP side of `serve`: health checks (`/healthz`: the process is up; `/readyz`: the
//! database answers and every bot works, as JSON of each part's state), served beside the
//! bots and their webhooks. The listener is exposed
//! (webhooks need it), so every request is bounded: its head must arrive within
//! `HttpLimits::header_read_timeout`, its body may not exceed `max_body_bytes`, and it is
//! answered 408 after `request_timeout`.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use crowdsprint_core::Core;
use crowdsprint_core::health::Health;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::pin::pin;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// What one request may take from the listener.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpLimits {
    /// To send the request line and headers: a client that trickles them (slowloris) is
    /// disconnected instead of holding a connection for ever.
    pub header_read_timeout: Duration,
    /// To send the body and be answered; after it, 408. Our slowest answer, a Discord
    /// interaction, takes about 2 s before it defers.
    pub request_timeout: Duration,
    /// The largest body taken: a Telegram update or a Discord interaction is a few KiB.
    pub max_body_bytes: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            header_read_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_body_bytes: 1024 * 1024,
        }
    }
}

/// Serves `router` (health checks, and webhooks when configured) on `addr` until `shutdown`
/// resolves; the bots run beside it.
pub async fn serve_http(
    router: Router,
    addr: &str,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    tracing::info!(%addr, "HTTP endpoint listening");
    serve_on(listener, router, HttpLimits::default(), shutdown).await;
    Ok(())
}

/// Serves `router` on `listener` within `limits` until `shutdown` resolves, then lets the
/// requests under way finish. Hyper directly rather than `axum::serve`, which cannot be given
/// a header read timeout.
pub async fn serve_on(
    listener: TcpListener,
    router: Router,
    limits: HttpLimits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) {
    let router = bounded(router, limits);
    let mut shutdown = pin!(shutdown);
    let stop = CancellationToken::new();
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    let connection = serve_connection(stream, router.clone(), limits, stop.clone());
                    connections.spawn(connection);
                }
                Err(error) => refused(error).await,
            },
            // Finished connections are collected as they end, not all at shutdown.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    stop.cancel();
    while connections.join_next().await.is_some() {}
}

/// `router` with the body limit and request timeout of `limits`, on every route.
fn bounded(router: Router, limits: HttpLimits) -> Router {
    router
        // Read by axum's body extractors (Bytes, String, Json): a chunked body too large is
        // cut off there with a 413.
        .layer(DefaultBodyLimit::max(limits.max_body_bytes))
        .layer(middleware::from_fn_with_state(limits, bound_request))
}

/// Refuses a body declared too large before reading any of it, and answers 408 to a request
/// not done within `request_timeout`.
async fn bound_request(State(limits): State<HttpLimits>, request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let most = u64::try_from(limits.max_body_bytes).unwrap_or(u64::MAX);
    if declared.is_some_and(|length| length > most) {
        return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response();
    }
    match tokio::time::timeout(limits.request_timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => (StatusCode::REQUEST_TIMEOUT, "request timed out").into_response(),
    }
}

/// One connection, HTTP/1.1 with keep-alive, until it ends or `stop` (then gracefully).
async fn serve_connection(
    stream: TcpStream,
    router: Router,
    limits: HttpLimits,
    stop: CancellationToken,
) {
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let connection =
        builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router));
    let mut connection = pin!(connection);
    let ended = tokio::select! {
        ended = connection.as_mut() => ended,
        () = stop.cancelled() => {
            connection.as_mut().graceful_shutdown();
            connection.await
        }
    };
    if let Err(error) = ended {
        // Timeouts and clients that hang up are routine on an exposed port.
        tracing::debug!(%error, "HTTP connection ended");
    }
}

/// After a failed accept: a connection that failed on its own is skipped; anything else
/// (out of file descriptors, say) is logged and waited out briefly rather than spun on.
async fn refused(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::warn!(%error, "cannot accept HTTP connections; trying again in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// The health routes, shared with the bots' own HTTP listeners. A bot unavailable for longer
/// than `grace` makes `/readyz` answer 503.
pub fn router(core: Core, health: Health, grace: Duration) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .with_state(Readiness {
            core,
            health,
            grace,
        })
}

/// What `/readyz` looks at.
#[derive(Clone)]
struct Readiness {
    core: Core,
    health: Health,
    grace: Duration,
}

/// `{"database": "ok", "telegram": "ok", "discord": "reconnecting since …: why"}`: 200 when
/// the database answers and no bot has been unavailable for longer than the grace period,
/// else 503.
async fn ready(State(readiness): State<Readiness>) -> Response {
    let report = readiness.health.report(readiness.grace);
    let mut parts = serde_json::Map::new();
    // The database is asked now: a pool that cannot answer this cannot answer anyone.
    let database = match readiness.core.store().ping().await {
        Ok(()) => Ok(()),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed: the database does not answer");
            Err(format!("unavailable: {error}"))
        }
    };
    let ready = report.ready && database.is_ok();
    parts.insert(
        "database".to_owned(),
        database.err().unwrap_or_else(|| "ok".to_owned()).into(),
    );
    for (name, state) in report.parts {
        parts.insert(name.to_owned(), state.into());
    }
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::Value::Object(parts).to_string();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Bytes;
    use axum::routing::post;
    use crowdsprint_core::service::CoreSettings;
    use crowdsprint_core::{Store, SystemClock};
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// Long enough for any test machine to send a head, short enough to wait for.
    const QUICK: Duration = Duration::from_millis(300);

    async fn fetch(addr: std::net::SocketAddr, path: &str) -> String {
        let request = format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        exchange(addr, request.into_bytes()).await
    }

    /// Sends `request` while reading the answer (a refused body may never be read whole);
    /// the answer as text.
    async fn exchange(addr: std::net::SocketAddr, request: Vec<u8>) -> String {
        let stream = TcpStream::connect(addr).await.expect("connect");
        let (mut reader, mut writer) = stream.into_split();
        // The server may stop reading and close; the answer is still there to read.
        let sending = tokio::spawn(async move {
            let _ = writer.write_all(&request).await;
            writer
        });
        let mut response = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut response))
            .await
            .expect("answered in time");
        drop(sending);
        String::from_utf8_lossy(&response).into_owned()
    }

    async fn core_in(dir: &tempfile::TempDir) -> (Core, Store) {
        let url = format!("sqlite://{}", dir.path().join("h.db").display());
        let store = Store::connect(&url).await.expect("store");
        store.migrate().await.expect("migrate");
        let core = Core::new(
            store.clone(),
            Arc::new(SystemClock),
            CoreSettings::default(),
        )
        .expect("default limits");
        (core, store)
    }

    /// The health routes with a stand-in for the Discord endpoint (it reads the body as the
    /// real one does) and a slow route, served within `limits`.
    async fn start(core: Core, limits: HttpLimits) -> std::net::SocketAddr {
        let router = router(core, Health::default(), Duration::from_secs(60))
            .route(
                crowdsprint_discord::INTERACTIONS_PATH,
                post(|body: Bytes| async move { format!("read {}", body.len()) }),
            )
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(60)).await;
                    "late"
                }),
            );
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(serve_on(listener, router, limits, std::future::pending()));
        addr
    }

    fn post_request(body_len: usize, chunked: bool) -> Vec<u8> {
        let path = crowdsprint_discord::INTERACTIONS_PATH;
        let body = vec![b'x'; body_len];
        if chunked {
            let head = format!(
                "POST {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\
                 Transfer-Encoding: chunked\r\n\r\n{body_len:x}\r\n"
            );
            [head.as_bytes(), &body, b"\r\n0\r\n\r\n"].concat()
        } else {
            let head = format!(
                "POST {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\
                 Content-Length: {body_len}\r\n\r\n"
            );
            [head.as_bytes(), &body].concat()
        }
    }

    #[tokio::test]
    async fn readiness_reflects_the_database() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (core, store) = core_in(&dir).await;
        let addr = start(core, HttpLimits::default()).await;
        assert!(fetch(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
        let ready = fetch(addr, "/readyz").await;
        assert!(ready.starts_with("HTTP/1.1 200"), "{ready}");
        assert!(ready.ends_with(r#"{"database":"ok"}"#), "{ready}");
        store.close().await;
        let closed = fetch(addr, "/readyz").await;
        assert!(closed.starts_with("HTTP/1.1 503"), "{closed}");
        assert!(closed.contains(r#"{"database":"unavailable: "#), "{closed}");
    }

    #[tokio::test]
    async fn readiness_names_a_bot_down_past_the_grace_period() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (core, _store) = core_in(&dir).await;
        let health = Health::default();
        let telegram = health.part("telegram");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let grace = Duration::from_millis(200);
        let routes = router(core, health, grace);
        tokio::spawn(serve_on(
            listener,
            routes,
            HttpLimits::default(),
            std::future::pending(),
        ));
        telegram.up();
        let ready = fetch(addr, "/readyz").await;
        assert!(
            ready.ends_with(r#"{"database":"ok","telegram":"ok"}"#),
            "{ready}"
        );
        telegram.down("cannot reach the Bot API");
        assert!(fetch(addr, "/readyz").await.starts_with("HTTP/1.1 200"));
        tokio::time::sleep(grace * 2).await;
        let down = fetch(addr, "/readyz").await;
        assert!(down.starts_with("HTTP/1.1 503"), "{down}");
        assert!(
            down.contains(r#""telegram":"reconnecting since "#)
                && down.contains(": cannot reach the Bot API"),
            "{down}"
        );
        assert!(fetch(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
        telegram.up();
        assert!(fetch(addr, "/readyz").await.starts_with("HTTP/1.1 200"));
    }

    #[tokio::test]
    async fn a_body_over_a_mebibyte_is_refused_with_413() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (core, _store) = core_in(&dir).await;
        let addr = start(core, HttpLimits::default()).await;
        let two_mib = 2 * 1024 * 1024;
        for chunked in [false, true] {
            let answer = exchange(addr, post_request(two_mib, chunked)).await;
            assert!(
                answer.starts_with("HTTP/1.1 413"),
                "chunked {chunked}: {answer}"
            );
        }
        // What Discord and Telegram really send still gets through.
        for chunked in [false, true] {
            let answer = exchange(addr, post_request(64 * 1024, chunked)).await;
            assert!(
                answer.starts_with("HTTP/1.1 200"),
                "chunked {chunked}: {answer}"
            );
            assert!(answer.ends_with("read 65536"), "{answer}");
        }
        assert!(fetch(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
    }

    #[tokio::test]
    async fn a_client_that_stalls_in_its_headers_is_disconnected() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (core, _store) = core_in(&dir).await;
        let limits = HttpLimits {
            header_read_timeout: QUICK,
            ..HttpLimits::default()
        };
        let addr = start(core, limits).await;
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: te")
            .await
            .expect("send half a head");
        let started = std::time::Instant::now();
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(QUICK * 10, stream.read_to_end(&mut rest)).await;
        assert!(
            closed.is_ok(),
            "still connected after {:?}",
            started.elapsed()
        );
        assert!(started.elapsed() >= QUICK / 2, "{:?}", started.elapsed());
        // Everyone else is still served.
        assert!(fetch(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
    }

    #[tokio::test]
    async fn a_request_not_answered_in_time_gets_408() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (core, _store) = core_in(&dir).await;
        let limits = HttpLimits {
            request_timeout: QUICK,
            ..HttpLimits::default()
        };
        let addr = start(core, limits).await;
        assert!(fetch(addr, "/slow").await.starts_with("HTTP/1.1 408"));
        assert!(fetch(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
    }

    #[tokio::test]
    async fn shutdown_stops_the_listener() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (core, _store) = core_in(&dir).await;
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(serve_on(
            listener,
            router(core, Health::default(), Duration::from_secs(60)),
            HttpLimits::default(),
            async move {
                let _ = stopped.await;
            },
        ));
        assert!(fetch(addr, "/healthz").await.starts_with("HTTP/1.1 200"));
        let _ = stop.send(());
        tokio::time::timeout(Duration::from_secs(5), server)
            .await
            .expect("stopped in time")
            .expect("no panic");
        assert!(TcpStream::connect(addr).await.is_err());
    }
}
