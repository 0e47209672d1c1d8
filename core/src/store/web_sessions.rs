//! The staff dashboard's sign-in links and sessions. Only hashes of their secrets are stored
//! (`service::staff_web` hashes them), so reading the database is not a way in.

use super::conn::{Db, with_conn};
use super::rows::{millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

/// A session found by its hash: who opened it (the chat identity that asked for the link),
/// its CSRF token and when it ends.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub member: MemberId,
    pub identity: Identity,
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
}

impl Db<'_> {
    pub async fn insert_web_sign_in(
        &mut self,
        token_hash: &str,
        member: MemberId,
        identity: &Identity,
        expires_at: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO web_sign_ins (token_hash, member_id, platform, user_id, expires_at) \
                   VALUES ($1, $2, $3, $4, $5)";
        with_conn!(self, c => sqlx::query(sql)
            .bind(token_hash)
            .bind(member.get())
            .bind(identity.platform.as_str())
            .bind(identity.user_id.as_str())
            .bind(millis(expires_at))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Whether this sign-in link is still good, without using it.
    pub async fn web_sign_in_open(&mut self, token_hash: &str, now: DateTime<Utc>) -> Result<bool> {
        let sql = "SELECT expires_at FROM web_sign_ins WHERE token_hash = $1";
        let row: Option<(i64,)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(token_hash).fetch_optional(c).await?);
        Ok(row.is_some_and(|(expires,)| time(expires) > now))
    }

    /// Deletes the sign-in link and returns who it was for, if it had not expired: a link
    /// works once.
    pub async fn take_web_sign_in(
        &mut self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(MemberId, Identity)>> {
        let sql = "DELETE FROM web_sign_ins WHERE token_hash = $1 \
                   RETURNING member_id, platform, user_id, expires_at";
        let row: Option<(i64, String, String, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(token_hash).fetch_optional(c).await?);
        Ok(row.filter(|(.., expires)| time(*expires) > now).and_then(
            |(member, platform, user, _)| {
                let platform = platform.parse::<Platform>().ok()?;
                Some((MemberId(member), Identity::new(platform, user)))
            },
        ))
    }

    pub async fn insert_web_session(
        &mut self,
        token_hash: &str,
        session: &SessionRow,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO web_sessions \
                   (token_hash, member_id, platform, user_id, csrf, created_at, expires_at) \
                   VALUES ($1, $2, $3, $4, $5, $6, $7)";
        with_conn!(self, c => sqlx::query(sql)
            .bind(token_hash)
            .bind(session.member.get())
            .bind(session.identity.platform.as_str())
            .bind(session.identity.user_id.as_str())
            .bind(session.csrf.as_str())
            .bind(millis(now))
            .bind(millis(session.expires_at))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The session with this hash, if it has not ended.
    pub async fn web_session(
        &mut self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionRow>> {
        let sql = "SELECT member_id, platform, user_id, csrf, expires_at FROM web_sessions \
                   WHERE token_hash = $1 AND expires_at > $2";
        let row: Option<(i64, String, String, String, i64)> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(token_hash)
            .bind(millis(now))
            .fetch_optional(c)
            .await?);
        Ok(row.and_then(|(member, platform, user, csrf, expires)| {
            Some(SessionRow {
                member: MemberId(member),
                identity: Identity::new(platform.parse::<Platform>().ok()?, user),
                csrf,
                expires_at: time(expires),
            })
        }))
    }

    pub async fn delete_web_session(&mut self, token_hash: &str) -> Result<()> {
        let sql = "DELETE FROM web_sessions WHERE token_hash = $1";
        with_conn!(self, c => sqlx::query(sql).bind(token_hash).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Forgets sign-in links and sessions that have ended, so the tables do not grow.
    pub async fn delete_ended_web_sessions(&mut self, now: DateTime<Utc>) -> Result<u64> {
        let mut deleted = 0;
        for sql in [
            "DELETE FROM web_sign_ins WHERE expires_at <= $1",
            "DELETE FROM web_sessions WHERE expires_at <= $1",
        ] {
            deleted += with_conn!(self, c => sqlx::query(sql).bind(millis(now)).execute(c).await?.rows_affected());
        }
        Ok(deleted)
    }
}
