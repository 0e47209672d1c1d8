//! Moderators' tools for people and duplicates: merge, ban, unban, roles, idea stages, audit.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::AuditEntry;
use crate::store::members::MemberSetting;

impl Core {
    /// Folds a duplicate into another idea of the same sprint. Its supporters, followers and
    /// comments move across; a member who supported both counts once.
    #[tracing::instrument(skip_all, fields(from = %from, into = %into))]
    pub async fn merge(&self, actor: &Actor, from: IdeaId, into: IdeaId) -> Result<Idea> {
        actor.may(Action::Moderate)?;
        if from == into {
            return Err(UserError::MergeIntoItself.into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        // Both rows locked before they are checked: `/merge 1 2` racing `/merge 2 1`, or a
        // vote racing this merge, cannot leave a cycle or a vote on a merged idea.
        db.lock_ideas(&[from, into]).await?;
        let source = db.idea(from).await?.or_not_found(from)?;
        let target = db.idea(into).await?.or_not_found(into)?;
        for idea in [&source, &target] {
            if let Visibility::Merged { into: already } = idea.visibility {
                return Err(UserError::IdeaMerged {
                    id: idea.id,
                    into: already,
                }
                .into());
            }
        }
        if source.sprint_id != target.sprint_id {
            return Err(UserError::MergeAcrossSprints.into());
        }
        db.move_votes(from, into).await?;
        db.move_follows(from, into).await?;
        db.move_comments(from, into).await?;
        db.set_idea_visibility(
            from,
            &Visibility::Merged { into },
            ReviewState::Approved,
            now,
        )
        .await?;
        db.recount_idea(from).await?;
        db.recount_idea(into).await?;
        super::revisions::revise_idea(&mut db, from, source.sprint_id, now).await?;
        // The author and its co-authors keep following where their idea went.
        if let Some(author) = source.author_id {
            db.follow(author, into, false, now).await?;
        }
        for co_author in db.co_authors(from).await? {
            db.follow(co_author, into, false, now).await?;
        }
        let event = Event::IdeaMerged {
            idea: from,
            title: source.title.clone(),
            into,
            into_title: target.title.clone(),
        };
        db.enqueue_for_authors(&event, source.author_id, from, Some(source.sprint_id), now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::IdeaMerge,
            &format!("idea:{from}"),
            None,
            &format!("into idea:{into}"),
            now,
        )
        .await?;
        let merged = db.idea(into).await?.or_not_found(into)?;
        tx.commit().await?;
        Ok(merged)
    }

    /// Bans a member: they can still read, but no longer post, vote or comment.
    #[tracing::instrument(skip_all, fields(member = %member))]
    pub async fn ban(&self, actor: &Actor, member: MemberId, reason: Reason) -> Result<()> {
        actor.may(Action::Ban)?;
        if member == actor.member() {
            return Err(UserError::NotOnYourself.into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let target = db.member(member).await?.or_not_found(member)?;
        outranks(actor, self.effective_role(&mut db, &target).await?)?;
        if target.banned {
            return Err(UserError::AlreadyBanned { member }.into());
        }
        db.set_banned(member, Some((reason.as_str(), actor.role())))
            .await?;
        db.audit(
            actor.member(),
            AuditAction::MemberBan,
            &format!("member:{member}"),
            Some(reason.as_str()),
            "",
            now,
        )
        .await?;
        tx.commit().await
    }

    /// Lifts a ban: someone above the member, and at least of the rank of who banned them.
    pub async fn unban(&self, actor: &Actor, member: MemberId) -> Result<()> {
        actor.may(Action::Ban)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let target = db.member(member).await?.or_not_found(member)?;
        // The same ladder as banning: not their equal or superior, and not a ban put on by
        // someone above the actor (a moderator does not undo an admin's ban).
        outranks(actor, self.effective_role(&mut db, &target).await?)?;
        let Some(banned_by) = db.banned_by_role(member).await? else {
            return Err(UserError::NotBanned { member }.into());
        };
        if banned_by > actor.role() {
            return Err(UserError::NotAllowed { needed: banned_by }.into());
        }
        db.set_banned(member, None).await?;
        let identities = db.identities_of(member).await?;
        db.forget_remembered_ban(&identities).await?;
        db.audit(
            actor.member(),
            AuditAction::MemberUnban,
            &format!("member:{member}"),
            None,
            "",
            now,
        )
        .await?;
        tx.commit().await
    }

    /// Grants a role (admins only, never to themselves).
    #[tracing::instrument(skip_all, fields(member = %member, role = %role))]
    pub async fn set_role(&self, actor: &Actor, member: MemberId, role: Role) -> Result<Member> {
        actor.may(Action::GrantRoles)?;
        if member == actor.member() {
            return Err(UserError::NotOnYourself.into());
        }
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let before = db.member(member).await?.or_not_found(member)?;
        db.set_member_text(member, MemberSetting::Role(role))
            .await?;
        let details = format!("{} -> {}", before.role, role);
        db.audit(
            actor.member(),
            AuditAction::MemberRole,
            &format!("member:{member}"),
            None,
            &details,
            now,
        )
        .await?;
        let after = db.member(member).await?.or_not_found(member)?;
        tx.commit().await?;
        Ok(after)
    }

    /// Moves one idea along (prototyping, testing, ...), telling its author.
    pub async fn set_idea_stage(
        &self,
        actor: &Actor,
        id: IdeaId,
        stage: DevelopmentStage,
    ) -> Result<()> {
        actor.may(Action::Moderate)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let idea = db.idea(id).await?.or_not_found(id)?;
        if idea.stage == stage {
            return Err(UserError::StageUnchanged.into());
        }
        db.set_idea_stage(id, stage).await?;
        let event = Event::IdeaStageChanged {
            idea: id,
            title: idea.title,
            stage,
        };
        db.enqueue_for_authors(&event, idea.author_id, id, Some(idea.sprint_id), now)
            .await?;
        db.audit(
            actor.member(),
            AuditAction::IdeaStage,
            &format!("idea:{id}"),
            None,
            stage.as_str(),
            now,
        )
        .await?;
        tx.commit().await
    }

    /// The newest audit entries (moderators and admins).
    pub async fn audit_log(&self, actor: &Actor, limit: i64) -> Result<Vec<AuditEntry>> {
        actor.may(Action::Moderate)?;
        let mut conn = self.store.read().await?;
        conn.db().audit_entries(limit).await
    }
}

impl Core {
    /// The role a member acts with: an operator's bootstrap admin is an admin whatever is
    /// stored (they may have registered before the operator listed them).
    pub(super) async fn effective_role(
        &self,
        db: &mut crate::store::Db<'_>,
        member: &Member,
    ) -> Result<Role> {
        let identities = db.identities_of(member.id).await?;
        Ok(if identities.iter().any(|i| self.is_bootstrap_admin(i)) {
            Role::Admin
        } else {
            member.role
        })
    }
}

/// Nobody acts on their equal or their superior: that is for someone above both.
fn outranks(actor: &Actor, target: Role) -> Result<()> {
    if target >= actor.role() {
        return Err(UserError::NotAllowed {
            needed: Role::Admin,
        }
        .into());
    }
    Ok(())
}
