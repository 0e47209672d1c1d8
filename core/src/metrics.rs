//! The numbers an operator graphs and alerts on, served as `GET /metrics` in Prometheus's
//! text format. Every metric is named here once, with its help text and its labels. Label
//! values come from closed sets (platforms, outcomes, states, limit and detail kinds), never
//! from people, ids or words, so a trust with a million members has as many series as one
//! with ten. Calls go through the `metrics` facade, like `tracing`: with no recorder
//! installed (the console, the tests of core) they cost a branch and record nothing.

use crate::domain::pii::PiiKind;
use crate::domain::{LimitKind, Platform};
use crate::notify::Settled;
use metrics::{Unit, counter, describe_counter, describe_gauge, describe_histogram, gauge};
use std::time::Duration;

pub const UPDATES: &str = "crowdsprint_updates_total";
pub const UPDATE_SECONDS: &str = "crowdsprint_update_seconds";
pub const DELIVERIES: &str = "crowdsprint_deliveries";
pub const DELIVERIES_SETTLED: &str = "crowdsprint_deliveries_settled_total";
pub const DELIVERIES_TAKEN_OVER: &str = "crowdsprint_deliveries_taken_over";
pub const RATE_LIMITED: &str = "crowdsprint_platform_rate_limited_total";
pub const SEND_PAUSES: &str = "crowdsprint_send_pauses_total";
pub const DIGEST_RUNS: &str = "crowdsprint_digest_runs_total";
pub const DIGEST_MEMBERS: &str = "crowdsprint_digest_members_total";
pub const DIGEST_RUN_SECONDS: &str = "crowdsprint_digest_run_seconds";
pub const OUTBOX_LAG_SECONDS: &str = "crowdsprint_outbox_lag_seconds";
pub const DB_CONNECTIONS: &str = "crowdsprint_db_connections";
pub const DB_TRANSACTION_SECONDS: &str = "crowdsprint_db_transaction_seconds";
pub const LIMIT_REFUSALS: &str = "crowdsprint_limit_refusals_total";
pub const PII_HOLDS: &str = "crowdsprint_pii_holds_total";

/// Every metric, for the checks that the alert rules and the README name only real ones.
pub const ALL: &[&str] = &[
    UPDATES,
    UPDATE_SECONDS,
    DELIVERIES,
    DELIVERIES_SETTLED,
    DELIVERIES_TAKEN_OVER,
    RATE_LIMITED,
    SEND_PAUSES,
    DIGEST_RUNS,
    DIGEST_MEMBERS,
    DIGEST_RUN_SECONDS,
    OUTBOX_LAG_SECONDS,
    DB_CONNECTIONS,
    DB_TRANSACTION_SECONDS,
    LIMIT_REFUSALS,
    PII_HOLDS,
];

/// Histogram buckets, in seconds, for everything timed here: from a fast query (1 ms) to a
/// digest run over many thousands of members (a few minutes).
pub const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0,
];

/// Says what each metric means, for the `# HELP` lines; call once after installing a recorder.
pub fn describe() {
    describe_counter!(
        UPDATES,
        "Updates (Telegram) and interactions or messages (Discord) handled, by platform and outcome: ok, refused (a user error answered), failed"
    );
    describe_histogram!(
        UPDATE_SECONDS,
        Unit::Seconds,
        "Time to handle one update or interaction, by platform"
    );
    describe_gauge!(
        DELIVERIES,
        "Deliveries in the queue now, by platform and state: pending, sending, sent (kept 30 days), dead (parked)"
    );
    describe_counter!(
        DELIVERIES_SETTLED,
        "Deliveries settled by this process, by platform and outcome: sent, retried, parked, duplicate (sent after its lease ran out)"
    );
    describe_gauge!(
        DELIVERIES_TAKEN_OVER,
        "Deliveries taken over from a worker whose lease ran out (each may have been sent twice)"
    );
    describe_counter!(
        RATE_LIMITED,
        "Sends the platform refused with 429 (retry_after), by platform"
    );
    describe_counter!(
        SEND_PAUSES,
        "Times a platform's retry_after held every send of this process, by platform"
    );
    describe_counter!(DIGEST_RUNS, "Digest runs completed");
    describe_counter!(
        DIGEST_MEMBERS,
        "Members seen by digest runs, by result: due, queued (a digest was sent), empty (nothing new), scheduled (first time set)"
    );
    describe_histogram!(DIGEST_RUN_SECONDS, Unit::Seconds, "Time a digest run took");
    describe_gauge!(
        OUTBOX_LAG_SECONDS,
        Unit::Seconds,
        "Age of the oldest notification not yet fanned out to deliveries (0 when none waits)"
    );
    describe_gauge!(
        DB_CONNECTIONS,
        "Database connections, by pool (writer, reader) and state (idle, busy)"
    );
    describe_histogram!(
        DB_TRANSACTION_SECONDS,
        Unit::Seconds,
        "Time from beginning a write transaction to its commit"
    );
    describe_counter!(
        LIMIT_REFUSALS,
        "Actions refused by a per-member limit, by kind: idea, vote, comment, link"
    );
    describe_counter!(
        PII_HOLDS,
        "Ideas and comments held because they look like they carry personal details, by kind"
    );
}

/// How handling one update or interaction ended; the worst mark made while handling it wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Handled {
    Ok,
    /// Answered with a user error (bad input, not allowed, slow down...).
    Refused,
    /// Something went wrong on our side (logged).
    Failed,
}

impl Handled {
    fn as_str(self) -> &'static str {
        match self {
            Handled::Ok => "ok",
            Handled::Refused => "refused",
            Handled::Failed => "failed",
        }
    }
}

tokio::task_local! {
    /// How the update handled on this task is going (see `handling`).
    static OUTCOME: std::cell::Cell<Handled>;
}

/// Handles one update or interaction from `platform` with `work`, timing it and counting how it
/// ended: `Ok` unless the adapter `mark`s a refusal or a failure on the way (where it turns an
/// error into words for the person, so no handler has to return its outcome).
pub async fn handling<F: std::future::Future>(platform: Platform, work: F) -> F::Output {
    let started = std::time::Instant::now();
    let (output, outcome) = OUTCOME
        .scope(std::cell::Cell::new(Handled::Ok), async {
            let output = work.await;
            (output, OUTCOME.with(std::cell::Cell::get))
        })
        .await;
    update_handled(platform, outcome, started.elapsed());
    output
}

/// Marks the update being handled on this task as refused or failed (outside `handling`,
/// nothing happens).
pub fn mark(outcome: Handled) {
    let _ = OUTCOME.try_with(|current| current.set(current.get().max(outcome)));
}

/// One update or interaction handled on `platform`, in `took`.
pub fn update_handled(platform: Platform, outcome: Handled, took: Duration) {
    counter!(UPDATES, "platform" => platform.as_str(), "outcome" => outcome.as_str()).increment(1);
    metrics::histogram!(UPDATE_SECONDS, "platform" => platform.as_str()).record(took.as_secs_f64());
}

/// A delivery on `platform` settled as `settled`.
pub fn delivery_settled(platform: Platform, settled: Settled) {
    let outcome = match settled {
        Settled::Sent => "sent",
        Settled::Duplicate => "duplicate",
        Settled::Retry(_) => "retried",
        Settled::Dead => "parked",
    };
    counter!(DELIVERIES_SETTLED, "platform" => platform.as_str(), "outcome" => outcome)
        .increment(1);
}

/// The platform answered a send with 429.
pub fn rate_limited(platform: Platform) {
    counter!(RATE_LIMITED, "platform" => platform.as_str()).increment(1);
}

/// A 429's `retry_after` now holds every send to `platform`.
pub fn send_paused(platform: Platform) {
    counter!(SEND_PAUSES, "platform" => platform.as_str()).increment(1);
}

/// A digest run's counts and how long it took.
pub fn digest_run(due: u64, queued: u64, empty: u64, scheduled: u64, took: Duration) {
    counter!(DIGEST_RUNS).increment(1);
    for (result, n) in [
        ("due", due),
        ("queued", queued),
        ("empty", empty),
        ("scheduled", scheduled),
    ] {
        counter!(DIGEST_MEMBERS, "result" => result).increment(n);
    }
    metrics::histogram!(DIGEST_RUN_SECONDS).record(took.as_secs_f64());
}

/// A per-member limit refused `kind`.
pub fn limit_refused(kind: LimitKind) {
    counter!(LIMIT_REFUSALS, "kind" => kind.as_str()).increment(1);
}

/// Text was held for the personal details it seems to carry.
pub fn pii_held(kinds: &[PiiKind]) {
    for kind in kinds {
        counter!(PII_HOLDS, "kind" => kind.as_str()).increment(1);
    }
}

/// A write transaction committed `took` after it began.
pub fn transaction_committed(took: Duration) {
    metrics::histogram!(DB_TRANSACTION_SECONDS).record(took.as_secs_f64());
}

/// The gauges read from the database and the pools when `/metrics` is scraped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sampled {
    /// (platform, state, count) for every platform and state with deliveries.
    pub deliveries: Vec<(String, &'static str, i64)>,
    pub taken_over: i64,
    pub outbox_lag: Duration,
    /// (pool, idle, busy).
    pub connections: Vec<(&'static str, u32, u32)>,
}

/// Sets the sampled gauges. A platform the queue no longer holds in a state goes to 0 rather
/// than keeping its last value: the states of the platforms we speak are always all set.
pub fn record_sampled(sampled: &Sampled) {
    for platform in [Platform::Telegram, Platform::Discord] {
        for state in DELIVERY_STATES {
            let n = sampled
                .deliveries
                .iter()
                .find(|(p, s, _)| p == platform.as_str() && s == state)
                .map_or(0, |(_, _, n)| *n);
            gauge!(DELIVERIES, "platform" => platform.as_str(), "state" => *state).set(n as f64);
        }
    }
    gauge!(DELIVERIES_TAKEN_OVER).set(sampled.taken_over as f64);
    gauge!(OUTBOX_LAG_SECONDS).set(sampled.outbox_lag.as_secs_f64());
    for (pool, idle, busy) in &sampled.connections {
        gauge!(DB_CONNECTIONS, "pool" => *pool, "state" => "idle").set(f64::from(*idle));
        gauge!(DB_CONNECTIONS, "pool" => *pool, "state" => "busy").set(f64::from(*busy));
    }
}

/// The delivery states as stored.
pub const DELIVERY_STATES: &[&str] = &["pending", "sending", "sent", "dead"];
