//! Ideas captured on a group's behalf (see `domain::capture`): a champion's capture session,
//! the claim code each captured idea gets, and `/claim`, which makes a participant its
//! co-author: they follow it and hear what its author hears.

use super::Core;
use crate::domain::capture::{CAPTURE_HOURS, CLAIM_ALPHABET, CLAIM_CODE_LEN, session_label};
use crate::domain::*;
use crate::error::Result;
use crate::store::Db;
use chrono::{DateTime, Duration, Utc};
use rand::Rng;

/// A capture session under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureSession {
    /// As the origin of its ideas names it: "Ward 4 huddle, 2026-12-05".
    pub label: String,
    pub started_at: DateTime<Utc>,
    /// Ideas captured in it so far.
    pub captured: i64,
}

impl Core {
    /// Starts capturing ideas on a group's behalf (champions and above): until `/capture off`
    /// or `CAPTURE_HOURS` pass, every idea the actor posts is the group's, with a claim code.
    /// Starting again names a new session.
    pub async fn start_capture(&self, actor: &Actor, name: Title) -> Result<CaptureSession> {
        actor.may(Action::Review)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.start_capture(actor.member(), name.as_str(), now).await?;
        let session = self.session(&mut db, actor).await?;
        tx.commit().await?;
        Ok(session.unwrap_or(CaptureSession {
            label: session_label(name.as_str(), now, self.settings.timezone),
            started_at: now,
            captured: 0,
        }))
    }

    /// Ends the actor's capture session; the session it ended, if one was under way.
    pub async fn stop_capture(&self, actor: &Actor) -> Result<Option<CaptureSession>> {
        actor.may(Action::Review)?;
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let session = self.session(&mut db, actor).await?;
        db.stop_capture(actor.member()).await?;
        tx.commit().await?;
        Ok(session)
    }

    /// The actor's capture session under way, if any.
    pub async fn capture_session(&self, actor: &Actor) -> Result<Option<CaptureSession>> {
        actor.may(Action::Review)?;
        let mut conn = self.store.read().await?;
        self.session(&mut conn.db(), actor).await
    }

    /// Makes the actor a co-author of the captured idea with this claim code: they follow it
    /// and hear what its author hears. Every try counts against the same allowance as link
    /// codes, so codes cannot be guessed.
    #[tracing::instrument(skip_all)]
    pub async fn claim(&self, identity: &Identity, actor: &Actor, code: &str) -> Result<Idea> {
        actor.may(Action::Contribute)?;
        self.limits
            .check_link_attempt(&identity.to_string())
            .map_err(UserError::SlowDown)?;
        let code = ClaimCode::parse(code)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let found = match db.idea_by_claim_code(&code).await? {
            Some(id) => db.idea(id).await?,
            None => None,
        };
        // A hidden or merged-away idea has nothing left to claim: the code is spent.
        let Some(idea) = found.filter(|i| {
            !matches!(
                i.visibility,
                Visibility::Hidden { .. } | Visibility::Merged { .. }
            )
        }) else {
            return Err(UserError::ClaimCodeInvalid.into());
        };
        if !db.claim_idea(idea.id, actor.member(), now).await? {
            return Err(UserError::AlreadyClaimed { id: idea.id }.into());
        }
        db.follow(actor.member(), idea.id, true, now).await?;
        tx.commit().await?;
        tracing::info!(idea = %idea.id, "captured idea claimed");
        Ok(idea)
    }

    async fn session(&self, db: &mut Db<'_>, actor: &Actor) -> Result<Option<CaptureSession>> {
        let since = self.now() - Duration::hours(CAPTURE_HOURS);
        let Some((name, started_at)) = db.capture_session(actor.member(), since).await? else {
            return Ok(None);
        };
        let label = session_label(&name, started_at, self.settings.timezone);
        let captured = db.count_captured(&Origin::Captured(label.clone())).await?;
        Ok(Some(CaptureSession {
            label,
            started_at,
            captured,
        }))
    }

    /// Where an idea the actor is posting now comes from: their capture session's, if they
    /// are a champion or above capturing one, or as drafted.
    pub(super) async fn origin_for(
        &self,
        db: &mut Db<'_>,
        actor: &Actor,
        drafted: Origin,
    ) -> Result<Origin> {
        if actor.may(Action::Review).is_err() {
            return Ok(drafted);
        }
        // Only the session's name and start are needed here, not how many it holds.
        let since = self.now() - Duration::hours(CAPTURE_HOURS);
        Ok(match db.capture_session(actor.member(), since).await? {
            Some((name, started)) => {
                Origin::Captured(session_label(&name, started, self.settings.timezone))
            }
            None => drafted,
        })
    }
}

/// Gives a captured idea an unused claim code.
pub(super) async fn give_claim_code(db: &mut Db<'_>, idea: IdeaId) -> Result<ClaimCode> {
    loop {
        // The thread-local generator must not live across an await (see `create_link_code`).
        let code = {
            let mut rng = rand::rng();
            ClaimCode::from_indices(
                (0..CLAIM_CODE_LEN).map(|_| rng.random_range(0..CLAIM_ALPHABET.len())),
            )
        };
        if !db.claim_code_taken(&code).await? {
            db.set_claim_code(idea, &code).await?;
            return Ok(code);
        }
    }
}
