//! The audit log: who did what to what, when, and why, for every moderator and admin action.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// One audited action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub actor: Option<MemberId>,
    pub action: String,
    pub target: String,
    pub reason: Option<String>,
    pub details: String,
    pub at: DateTime<Utc>,
}

impl AuditEntry {
    /// "2026-12-04 10:00 member 3: hid #12", in the reader's language; the reason and
    /// details, typed by a person, follow in `layout::audit_line`.
    pub fn to_msg(&self) -> Msg {
        Msg::new("audit-line")
            .arg("at", self.at.format("%Y-%m-%d %H:%M").to_string())
            .arg("member", self.actor.map(MemberId::get).unwrap_or_default())
            .arg("action", AuditAction::describe(&self.action))
            .arg("target", self.target.as_str())
    }
}

#[derive(Debug, sqlx::FromRow)]
struct AuditRow {
    actor_id: Option<i64>,
    action: String,
    target: String,
    reason: Option<String>,
    details: String,
    created_at: i64,
}

impl Db<'_> {
    pub async fn audit(
        &mut self,
        actor: MemberId,
        action: AuditAction,
        target: &str,
        reason: Option<&str>,
        details: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO audit_log (actor_id, action, target, reason, details, created_at) \
            VALUES ($1, $2, $3, $4, $5, $6)";
        with_conn!(self, c => sqlx::query(sql)
            .bind(actor.get())
            .bind(action.as_str())
            .bind(target)
            .bind(reason)
            .bind(details)
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The newest entries first.
    pub async fn audit_entries(&mut self, limit: i64) -> Result<Vec<AuditEntry>> {
        let sql = "SELECT actor_id, action, target, reason, details, created_at FROM audit_log \
            ORDER BY id DESC LIMIT $1";
        let rows: Vec<AuditRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(limit).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry {
                actor: r.actor_id.map(MemberId),
                action: r.action,
                target: r.target,
                reason: r.reason,
                details: r.details,
                at: time(r.created_at),
            })
            .collect())
    }
}
