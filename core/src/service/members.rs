//! Registration, the actor behind an identity, language and digest settings, and linking a
//! second chat account to the same member.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::store::NewMemberRow;
use crate::store::members::MemberSetting;
use rand::Rng;

/// What a person gives when they register.
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub display_name: DisplayName,
    pub describes: Describes,
    pub organisation: Option<Organisation>,
    pub region: Option<Region>,
    pub locale: Locale,
    /// They agreed to the privacy note; nothing is stored without it.
    pub consent: bool,
}

/// Letters and digits that cannot be mistaken for each other when read aloud or typed.
const LINK_CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

impl Core {
    /// The actor behind a chat identity, or `None` if they have not registered. Bootstrap admins
    /// are admins whatever the database says.
    #[tracing::instrument(skip_all, fields(platform = %identity.platform))]
    pub async fn actor_for(&self, identity: &Identity) -> Result<Option<Actor>> {
        self.actor_granted(identity, None).await
    }

    /// Like `actor_for`, where the operator maps a platform's own roles to ours (Discord's
    /// `DISCORD_MODERATOR_ROLE_IDS`): a member holding such a role acts with `granted` when it
    /// is above their stored role, for as long as they hold it. Admin is never granted this
    /// way, and a ban still stands.
    pub async fn actor_granted(
        &self,
        identity: &Identity,
        granted: Option<Role>,
    ) -> Result<Option<Actor>> {
        let mut conn = self.store.read().await?;
        let member = conn.db().member_by_identity(identity).await?;
        Ok(member.map(|m| {
            let role = if self.is_bootstrap_admin(identity) {
                Role::Admin
            } else {
                let granted = granted.map_or(Role::Member, |r| r.min(Role::Moderator));
                m.role.max(granted)
            };
            Actor::new(m.id, role, m.banned, m.locale)
        }))
    }

    /// Like `actor_for`, but an unregistered person gets `NotRegistered`.
    pub async fn require_actor(&self, identity: &Identity) -> Result<Actor> {
        self.actor_for(identity)
            .await?
            .ok_or_else(|| UserError::NotRegistered.into())
    }

    pub(super) fn is_bootstrap_admin(&self, identity: &Identity) -> bool {
        self.settings.bootstrap_admins.contains(identity)
    }

    /// Registers a person behind `identity`.
    #[tracing::instrument(skip_all, fields(platform = %identity.platform))]
    pub async fn register(
        &self,
        identity: &Identity,
        registration: Registration,
    ) -> Result<Member> {
        if !registration.consent {
            return Err(UserError::ConsentRequired.into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        if db.member_by_identity(identity).await?.is_some() {
            return Err(UserError::AlreadyRegistered.into());
        }
        let role = if self.is_bootstrap_admin(identity) {
            Role::Admin
        } else {
            Role::Member
        };
        let row = NewMemberRow {
            display_name: registration.display_name.into_inner(),
            describes: registration.describes,
            organisation: registration.organisation.map(Organisation::into_inner),
            region: registration.region.map(Region::into_inner),
            locale: registration.locale,
            role,
            now,
        };
        // Erasing yourself does not lift a ban: the account comes back banned.
        let remembered_ban = db.remembered_ban(identity).await?;
        let id = db.insert_member(&row).await?;
        // An identity left behind by an erased member is gone already; a stale one is replaced.
        db.insert_identity(identity, id, now).await?;
        if let Some(by) = remembered_ban {
            db.set_banned(id, Some(("banned before erasing themselves", by)))
                .await?;
        }
        let member = db.member(id).await?;
        tx.commit().await?;
        tracing::info!(member = %id, "member registered");
        member.ok_or_else(|| crate::Error::Corrupt("member vanished after insert".into()))
    }

    /// The actor's own profile.
    pub async fn profile(&self, actor: &Actor) -> Result<Member> {
        let mut conn = self.store.read().await?;
        conn.db()
            .member(actor.member())
            .await?
            .ok_or_else(|| UserError::NotRegistered.into())
    }

    /// Changes the language replies come in.
    pub async fn set_language(&self, actor: &Actor, locale: Locale) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db()
            .set_member_text(actor.member(), MemberSetting::Locale(locale))
            .await?;
        tx.commit().await
    }

    /// Changes how often the digest comes.
    pub async fn set_digest(&self, actor: &Actor, frequency: DigestFrequency) -> Result<()> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        tx.db().set_digest(actor.member(), frequency, now).await?;
        tx.commit().await
    }

    /// Sets the member's time zone (digests and quiet hours follow it), or forgets it.
    pub async fn set_timezone(&self, actor: &Actor, zone: Option<chrono_tz::Tz>) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db()
            .set_timezone(actor.member(), zone.map(|z| z.name()))
            .await?;
        tx.commit().await
    }

    /// A one-time code to type on another platform (`/link CODE`) to join that account to this
    /// member. Valid for `link_code_minutes`.
    pub async fn create_link_code(&self, actor: &Actor) -> Result<String> {
        self.within_limit(LimitKind::LinkCode, actor)?;
        // The thread-local generator must not live across an await: the future would no
        // longer be `Send`, and multi-threaded runtimes (every bot) could not run it.
        let code: String = {
            let mut rng = rand::rng();
            (0..8)
                .map(|_| LINK_CODE_ALPHABET[rng.random_range(0..LINK_CODE_ALPHABET.len())] as char)
                .collect()
        };
        let expires = self.now() + chrono::Duration::minutes(self.settings.link_code_minutes);
        let mut tx = self.store.begin().await?;
        tx.db()
            .insert_link_code(&code, actor.member(), expires)
            .await?;
        tx.commit().await?;
        Ok(code)
    }

    /// Joins `identity` to the member who made `code`. If the identity already belonged to
    /// another registration, that registration's ideas, votes and comments move across too.
    #[tracing::instrument(skip_all, fields(platform = %identity.platform))]
    pub async fn redeem_link_code(&self, identity: &Identity, code: &str) -> Result<Member> {
        // Every try counts, right or wrong: a few a quarter of an hour, so codes cannot be
        // guessed, whoever is trying (they need not be registered).
        self.limits
            .check_link_attempt(&identity.to_string())
            .map_err(UserError::SlowDown)?;
        let code = code.trim().to_uppercase();
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let Some(owner) = db.take_link_code(&code, now).await? else {
            return Err(UserError::LinkCodeInvalid.into());
        };
        // An account whose member was banned and then erased brings no one its ban's way out.
        if db.remembered_ban(identity).await?.is_some() {
            return Err(UserError::Banned.into());
        }
        match db.member_by_identity(identity).await? {
            Some(existing) if existing.id == owner => return Err(UserError::AlreadyLinked.into()),
            // Folding a banned registration into another would shed the ban.
            Some(existing) if existing.banned => return Err(UserError::Banned.into()),
            Some(existing) => db.fold_member_into(existing.id, owner, now).await?,
            None => db.insert_identity(identity, owner, now).await?,
        }
        let member = db.member(owner).await?.ok_or(UserError::LinkCodeInvalid)?;
        tx.commit().await?;
        Ok(member)
    }
}

impl Core {
    /// The platform said this identity cannot be reached (the bot was blocked, DMs closed):
    /// deliveries to it stop until they are heard from again. Nothing else changes.
    pub async fn mark_unreachable(&self, identity: &Identity) -> Result<()> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let known = tx
            .db()
            .set_identity_unreachable(identity, Some(now))
            .await?;
        tx.commit().await?;
        if known {
            tracing::info!(platform = %identity.platform, "identity marked unreachable");
        }
        Ok(())
    }

    /// The person wrote to us again: they can be reached. Cheap when nothing changes.
    pub async fn mark_reachable(&self, identity: &Identity) -> Result<()> {
        let mut conn = self.store.read().await?;
        if conn
            .db()
            .identity_unreachable_since(identity)
            .await?
            .is_none()
        {
            return Ok(());
        }
        drop(conn);
        let mut tx = self.store.begin().await?;
        tx.db().set_identity_unreachable(identity, None).await?;
        tx.commit().await
    }

    /// Since when `identity` has been unreachable, if it is.
    pub async fn unreachable_since(
        &self,
        identity: &Identity,
    ) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        let mut conn = self.store.read().await?;
        conn.db().identity_unreachable_since(identity).await
    }
}
