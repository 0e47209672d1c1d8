//! `GET /metrics`: everything `crowdsprint_core::metrics` names, in Prometheus's text format,
//! from the recorder `serve` installs at start. The gauges that describe the database (the
//! delivery queue, the outbox's lag, the pools) are read at each scrape, so they are never
//! staler than the scrape; counters and histograms are kept as things happen. The route sits
//! on the same listener as the webhooks: keep it off the public address at your proxy (the
//! Caddyfile in `deploy/compose` does).

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use crowdsprint_core::Core;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How often histogram samples are folded in when nobody scrapes: memory stays bounded.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// Installs the process's recorder; `None` (logged) if one is installed already.
pub fn install(shutdown: CancellationToken) -> Option<PrometheusHandle> {
    let built = PrometheusBuilder::new()
        .set_buckets(crowdsprint_core::metrics::BUCKETS)
        .and_then(PrometheusBuilder::install_recorder);
    match built {
        Ok(handle) => {
            crowdsprint_core::metrics::describe();
            let upkeep = handle.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(UPKEEP_EVERY);
                loop {
                    tokio::select! {
                        () = shutdown.cancelled() => break,
                        _ = tick.tick() => upkeep.run_upkeep(),
                    }
                }
            });
            Some(handle)
        }
        Err(error) => {
            tracing::warn!(%error, "metrics are off: no recorder could be installed");
            None
        }
    }
}

/// The `/metrics` route.
pub fn router(core: Core, handle: PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(Scrape { core, handle })
}

#[derive(Clone)]
struct Scrape {
    core: Core,
    handle: PrometheusHandle,
}

async fn scrape(State(scrape): State<Scrape>) -> Response {
    match scrape.core.sample_metrics().await {
        Ok(sampled) => crowdsprint_core::metrics::record_sampled(&sampled),
        // The rest is still worth having; the database's own state says what went wrong.
        Err(error) => tracing::warn!(%error, "metrics: could not read the delivery queue"),
    }
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        scrape.handle.render(),
    )
        .into_response()
}
