//! What is held about one member besides their profile and what they posted, for `/mydata`:
//! messages waiting for them or sent to them (with where they went), and audit entries about
//! them, their ideas or comments, or by them.

use super::conn::{Db, with_conn};
use super::rows::time;
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A message to the member: queued, being sent, sent, or given up on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeldDelivery {
    pub platform: String,
    /// Their chat there.
    pub address: String,
    /// `waiting` when not yet handed to a platform; else the delivery's state.
    pub state: String,
    /// What it says, as stored (titles as they were when it was written).
    pub message: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// An audit entry about the member or their words, or of something they did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditAbout {
    /// They did it (a role of theirs), rather than someone to them or their words.
    pub by_you: bool,
    pub action: String,
    pub target: String,
    pub reason: Option<String>,
    pub details: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow)]
struct DeliveryRecord {
    platform: Option<String>,
    address: Option<String>,
    state: String,
    payload: String,
    created_at: i64,
    sent_at: Option<i64>,
}

#[derive(Debug, sqlx::FromRow)]
struct AuditRecord {
    actor_id: Option<i64>,
    action: String,
    target: String,
    reason: Option<String>,
    details: String,
    created_at: i64,
}

impl Db<'_> {
    /// Deliveries to `member`, then what is addressed to them and not yet queued, oldest first.
    pub async fn deliveries_held_for(&mut self, member: MemberId) -> Result<Vec<HeldDelivery>> {
        let sql = "SELECT platform, address, state, payload, created_at, sent_at \
            FROM deliveries WHERE member_id = $1 \
            UNION ALL \
            SELECT NULL, NULL, 'waiting', o.payload, o.created_at, NULL FROM outbox o \
            WHERE o.recipient_id = $1 \
            AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.outbox_id = o.id) \
            ORDER BY created_at";
        let rows: Vec<DeliveryRecord> =
            with_conn!(self, c => sqlx::query_as(sql).bind(member.get()).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .map(|r| HeldDelivery {
                platform: r.platform.unwrap_or_default(),
                address: r.address.unwrap_or_default(),
                state: r.state,
                // An unreadable payload is still theirs to see, as text.
                message: serde_json::from_str(&r.payload)
                    .unwrap_or(serde_json::Value::String(r.payload)),
                created_at: time(r.created_at),
                sent_at: r.sent_at.map(time),
            })
            .collect())
    }

    /// Audit entries by `member`, or about them, their ideas or their comments (targets are
    /// spelt as erasure reads them: `member:N`, `#N` / `idea:N`, `cN` / `comment:N`).
    pub async fn audit_about(&mut self, member: MemberId) -> Result<Vec<AuditAbout>> {
        let sql = "SELECT actor_id, action, target, reason, details, created_at FROM audit_log \
            WHERE actor_id = $1 \
            OR target = 'member:' || CAST($1 AS TEXT) \
            OR target IN (SELECT '#' || CAST(id AS TEXT) FROM ideas WHERE author_id = $1) \
            OR target IN (SELECT 'idea:' || CAST(id AS TEXT) FROM ideas WHERE author_id = $1) \
            OR target IN (SELECT 'c' || CAST(id AS TEXT) FROM comments WHERE author_id = $1) \
            OR target IN (SELECT 'comment:' || CAST(id AS TEXT) FROM comments \
                WHERE author_id = $1) \
            ORDER BY id";
        let rows: Vec<AuditRecord> =
            with_conn!(self, c => sqlx::query_as(sql).bind(member.get()).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .map(|r| AuditAbout {
                by_you: r.actor_id == Some(member.get()),
                action: r.action,
                target: r.target,
                reason: r.reason,
                details: r.details,
                at: time(r.created_at),
            })
            .collect())
    }
}
