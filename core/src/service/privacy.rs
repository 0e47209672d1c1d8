//! A member's own data: download it, or erase themselves.

use super::Core;
use super::revisions::{revise_comment, revise_idea};
use crate::domain::*;
use crate::error::Result;
use crate::store::{AuditAbout, HeldDelivery};
use serde::Serialize;

/// Everything crowdsprint holds about a member, as they can download it.
#[derive(Debug, Clone, Serialize)]
pub struct MyData {
    pub member: Member,
    pub identities: Vec<Identity>,
    pub ideas: Vec<Idea>,
    pub comments: Vec<Comment>,
    pub supported: Vec<IdeaId>,
    pub following: Vec<IdeaId>,
    /// Messages to them: waiting, being sent, sent (kept a while) or given up on.
    pub deliveries: Vec<HeldDelivery>,
    /// What the sprint team did about them or their words, and what they did as staff.
    pub audit: Vec<AuditAbout>,
}

impl MyData {
    /// One line saying how much of each kind there is, to head the full record.
    pub fn summary(&self) -> Msg {
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        Msg::new("mydata-summary")
            .arg("accounts", count(self.identities.len()))
            .arg("ideas", count(self.ideas.len()))
            .arg("comments", count(self.comments.len()))
            .arg("supported", count(self.supported.len()))
            .arg("following", count(self.following.len()))
            .arg("deliveries", count(self.deliveries.len()))
            .arg("audit", count(self.audit.len()))
    }
}

impl Core {
    /// All the actor's data.
    pub async fn my_data(&self, actor: &Actor) -> Result<MyData> {
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let member = db
            .member(actor.member())
            .await?
            .ok_or(UserError::NotRegistered)?;
        let identities = db.identities_of(actor.member()).await?;
        let ideas = db.ideas_by_author(actor.member(), i64::MAX, 0).await?;
        let comments = db.comments_by_author(actor.member()).await?;
        let supported = db.votes_of(actor.member()).await?;
        let following = db
            .follows_of(actor.member())
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let deliveries = db.deliveries_held_for(actor.member()).await?;
        let audit = db.audit_about(actor.member()).await?;
        Ok(MyData {
            member,
            identities,
            ideas,
            comments,
            supported,
            following,
            deliveries,
            audit,
        })
    }

    /// Erases the actor: identities and profile go; ideas, comments and votes stay, attributed
    /// to "a former member". Anyone may do this, banned or not; a ban outlives it (as one-way
    /// hashes of their accounts), so erasing is no way round one.
    #[tracing::instrument(skip_all)]
    pub async fn forget_me(&self, actor: &Actor) -> Result<()> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        if let Some(by) = db.banned_by_role(actor.member()).await? {
            let identities = db.identities_of(actor.member()).await?;
            db.remember_ban(&identities, by, now).await?;
        }
        let ideas = db.ideas_by_author(actor.member(), i64::MAX, 0).await?;
        let comments = db.comments_by_author(actor.member()).await?;
        db.erase_member(actor.member(), now).await?;
        // Cards and forum copies already out there name them: the followers draw each again,
        // as from "a former member".
        for idea in ideas.iter().filter(|i| i.visibility == Visibility::Visible) {
            revise_idea(&mut db, idea.id, idea.sprint_id, now).await?;
        }
        for comment in comments
            .iter()
            .filter(|c| c.visibility == Visibility::Visible)
        {
            revise_comment(&mut db, comment, now).await?;
        }
        tx.commit().await?;
        tracing::info!(member = %actor.member(), "member erased themselves");
        Ok(())
    }
}
