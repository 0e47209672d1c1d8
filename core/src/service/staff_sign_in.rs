//! Signing staff in to the web dashboard without passwords. `/web` in a chat makes a
//! single-use link valid for `SIGN_IN_MINUTES`; following it (and pressing "Sign in", so a
//! link preview fetching the page does not spend it) opens a session of `SESSION_HOURS`.
//!
//! The secrets are 256 random bits; only their SHA-256 hashes are stored. A session remembers
//! the chat identity that asked, and every request looks the actor up again from it, so a
//! role taken away, a ban or an erasure ends what they can do at once. A role granted only by
//! a Discord server role (`DISCORD_MODERATOR_ROLE_IDS`) is not carried to the web, where we
//! cannot see whether they still hold it.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::store::SessionRow;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// How long a sign-in link works.
pub const SIGN_IN_MINUTES: i64 = 10;
/// How long a dashboard session lasts: a working shift, then sign in again.
pub const SESSION_HOURS: i64 = 8;

/// A dashboard session just opened: the secret for the browser's cookie.
#[derive(Debug, Clone)]
pub struct OpenedSession {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// The staff member behind a dashboard request, and the token their forms must carry.
#[derive(Debug, Clone)]
pub struct StaffSession {
    pub actor: Actor,
    pub csrf: String,
}

impl StaffSession {
    /// Whether a form's CSRF token is this session's (compared in constant time).
    pub fn csrf_matches(&self, given: &str) -> bool {
        let (a, b) = (self.csrf.as_bytes(), given.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl Core {
    /// A single-use link to the staff dashboard for the champion, moderator or admin behind
    /// `identity`. Counted like `/link` codes, so links cannot be made in bulk.
    pub async fn web_sign_in_link(&self, identity: &Identity) -> Result<String> {
        let actor = self.staff_behind(identity).await?;
        let base = self
            .settings
            .public_url
            .clone()
            .ok_or(UserError::WebNotConfigured)?;
        self.within_limit(LimitKind::LinkCode, &actor)?;
        let token = secret();
        let expires = self.now() + chrono::Duration::minutes(SIGN_IN_MINUTES);
        let mut tx = self.store.begin().await?;
        tx.db()
            .insert_web_sign_in(&hash(&token), actor.member(), identity, expires)
            .await?;
        tx.commit().await?;
        Ok(base.sign_in(&token))
    }

    /// Whether a sign-in link can still be used (shown before the person presses "Sign in").
    pub async fn web_sign_in_is_open(&self, token: &str) -> Result<bool> {
        let mut conn = self.store.read().await?;
        conn.db().web_sign_in_open(&hash(token), self.now()).await
    }

    /// Spends a sign-in link and opens a session; the person must still be staff.
    #[tracing::instrument(skip_all)]
    pub async fn open_web_session(&self, token: &str) -> Result<OpenedSession> {
        let now = self.now();
        // Spent first, in a transaction of its own: a link works once, even for someone who
        // is no longer staff.
        let mut tx = self.store.begin().await?;
        let taken = tx.db().take_web_sign_in(&hash(token), now).await?;
        tx.commit().await?;
        let (member, identity) = taken.ok_or(UserError::SignInLinkInvalid)?;
        let actor = self.staff_behind(&identity).await?;
        if actor.member() != member {
            return Err(UserError::SignInLinkInvalid.into());
        }
        let opened = OpenedSession {
            token: secret(),
            expires_at: now + chrono::Duration::hours(SESSION_HOURS),
        };
        let row = SessionRow {
            member,
            identity,
            csrf: secret(),
            expires_at: opened.expires_at,
        };
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.insert_web_session(&hash(&opened.token), &row, now)
            .await?;
        db.audit(
            member,
            AuditAction::WebSignIn,
            &format!("member:{member}"),
            None,
            "",
            now,
        )
        .await?;
        // Ended links and sessions are swept here, where one is being made anyway.
        db.delete_ended_web_sessions(now).await?;
        tx.commit().await?;
        Ok(opened)
    }

    /// The staff member behind a session cookie, if the session is open and they are still
    /// staff. `None` sends them to sign in again.
    pub async fn web_session(&self, token: &str) -> Result<Option<StaffSession>> {
        let row = {
            let mut conn = self.store.read().await?;
            conn.db().web_session(&hash(token), self.now()).await?
        };
        let Some(row) = row else { return Ok(None) };
        let actor = match self.staff_behind(&row.identity).await {
            Ok(actor) if actor.member() == row.member => actor,
            Ok(_) | Err(crate::Error::User(_)) => return Ok(None),
            Err(other) => return Err(other),
        };
        Ok(Some(StaffSession {
            actor,
            csrf: row.csrf,
        }))
    }

    /// Signs out: the session ends here, whatever the browser keeps.
    pub async fn close_web_session(&self, token: &str) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db().delete_web_session(&hash(token)).await?;
        tx.commit().await
    }

    /// The actor behind `identity`, if they are a champion or above and not banned.
    async fn staff_behind(&self, identity: &Identity) -> Result<Actor> {
        let actor = self.require_actor(identity).await?;
        actor.may(Action::Review)?;
        Ok(actor)
    }
}

/// 256 random bits as 64 hex digits.
fn secret() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_random_and_only_their_hash_is_kept() {
        let (a, b) = (secret(), secret());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_ne!(hash(&a), a);
        assert_eq!(hash(&a), hash(&a));
    }

    #[test]
    fn a_csrf_token_must_match_exactly() {
        let session = StaffSession {
            actor: Actor::new(MemberId(1), Role::Champion, false, Locale::EnGb),
            csrf: "abc123".into(),
        };
        assert!(session.csrf_matches("abc123"));
        for wrong in ["", "abc12", "abc1234", "ABC123", "abc124"] {
            assert!(!session.csrf_matches(wrong), "{wrong:?}");
        }
    }
}
