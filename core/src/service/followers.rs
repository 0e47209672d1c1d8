//! The channels' followers (the Telegram announcer, the Discord mirror): reading the
//! broadcasts as jobs, and keeping track of the public copies they make so that every copy
//! follows core's current state.
//!
//! A job is acted on at least once and, for one idea, in the order things happened: a
//! follower that dies mid-job leaves its lease to run out and another takes the job over. So a
//! handler must be safe to run twice (redrawing a card twice is; posting one twice is guarded
//! by the copies recorded).

use super::{Core, IdeaView};
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::PublishedCopy;
use std::future::Future;
use std::time::Duration;

/// Jobs claimed at once, and how long a claim holds before another replica may take it over.
const BATCH: i64 = 50;
const LEASE: Duration = Duration::from_secs(120);
/// How long a settled delivery (a chat address and a message about someone) is kept: long
/// enough to look into a complaint that a message never came, no longer.
pub const DELIVERY_RETENTION_DAYS: i64 = 30;

impl Core {
    /// Registers the follower `name`: every broadcast written from now on gets a job for it.
    /// Call when the bot starts (a bot added to an old database does not replay its history).
    pub async fn follow_broadcasts(&self, name: &str) -> Result<()> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        tx.db().register_follower(name, now).await?;
        tx.commit().await
    }

    /// Hands each of `name`'s jobs to `handle`, oldest first, until none is left. A job is
    /// done when its handler returns; one that fails stays claimed and is tried again once
    /// its lease runs out (by this or another replica), and the rest carry on. A job whose
    /// event cannot be read is logged and dropped instead of blocking the idea's later ones.
    pub async fn drain_broadcasts<F, Fut>(&self, name: &str, owner: &str, handle: F) -> Result<()>
    where
        F: Fn(Event) -> Fut,
        Fut: Future<Output = Result<()>>,
    {
        loop {
            let now = self.now();
            let lease_until = now + chrono::Duration::from_std(LEASE).unwrap_or_default();
            let jobs = {
                let mut tx = self.store.begin().await?;
                let jobs = tx
                    .db()
                    .claim_broadcast_jobs(name, owner, BATCH, now, lease_until)
                    .await?;
                tx.commit().await?;
                jobs
            };
            if jobs.is_empty() {
                return Ok(());
            }
            for job in jobs {
                match job.event {
                    Ok(event) => {
                        if let Err(error) = handle(event).await {
                            tracing::warn!(%error, job = job.id, follower = name, "a broadcast could not be acted on; it will be tried again");
                            continue;
                        }
                    }
                    Err(why) => {
                        tracing::warn!(outbox = job.outbox_id, follower = name, %why, "an unreadable broadcast was dropped");
                    }
                }
                let mut tx = self.store.begin().await?;
                tx.db().finish_broadcast_job(job.id, owner).await?;
                tx.commit().await?;
            }
        }
    }

    /// Drops what is kept only for a while: broadcast jobs no follower took for a week (a bot
    /// no longer run), and deliveries settled more than `DELIVERY_RETENTION_DAYS` ago with
    /// the personal outbox rows behind them, and conversations that expired. `serve` runs it with its schedule.
    pub async fn prune_history(&self) -> Result<()> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.prune_broadcast_jobs(now - chrono::Duration::days(7))
            .await?;
        db.prune_delivered(now - chrono::Duration::days(DELIVERY_RETENTION_DAYS))
            .await?;
        db.prune_conversations(now).await?;
        db.prune_nudges(now - chrono::Duration::days(super::nudges::NUDGE_RETENTION_DAYS))
            .await?;
        tx.commit().await
    }

    /// The idea as anyone may see it, or `None` when it is not public (held, hidden, merged).
    pub async fn public_view(&self, idea: IdeaId) -> Result<Option<IdeaView>> {
        match self.idea_view(None, idea).await {
            Ok(view) if view.idea.visibility == Visibility::Visible => Ok(Some(view)),
            Ok(_) => Ok(None),
            Err(crate::Error::User(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }

    /// The comment as anyone may see it: `None` when it, or its idea, is not public.
    pub async fn public_comment(&self, comment: CommentId) -> Result<Option<Comment>> {
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let Some(found) = db.comment(comment).await? else {
            return Ok(None);
        };
        let idea_public = db
            .idea(found.idea_id)
            .await?
            .is_some_and(|i| i.visibility == Visibility::Visible);
        Ok((idea_public && found.visibility == Visibility::Visible).then_some(found))
    }

    /// Remembers a message in a public place as a copy of each idea it shows, in place of
    /// whatever it showed before (a page turned, or drawn again without an idea).
    pub async fn record_shown(
        &self,
        platform: Platform,
        chat: &str,
        message: &str,
        shown: &ShownIdeas,
    ) -> Result<()> {
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        db.forget_message(platform, chat, message).await?;
        for idea in &shown.ideas {
            let copy = PublishedCopy {
                platform,
                chat: chat.to_owned(),
                message: message.to_owned(),
                idea: *idea,
                locale: shown.locale,
                shows: shown.what,
            };
            db.record_copy(&copy, now).await?;
        }
        tx.commit().await
    }

    /// A page of `/ideas top` or `/ideas new` as anyone may see it, to draw a public copy.
    pub async fn public_page(&self, order: ListOrder, page: i64) -> Result<super::IdeaPage> {
        self.list_ideas(None, None, order, page).await
    }

    /// Every public copy of `idea` on `platform`.
    pub async fn copies_of(&self, platform: Platform, idea: IdeaId) -> Result<Vec<PublishedCopy>> {
        let mut conn = self.store.read().await?;
        conn.db().copies_of(platform, idea).await
    }

    /// Forgets a copy that is gone from the platform.
    pub async fn forget_copy(&self, copy: &PublishedCopy) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.db().forget_copy(copy).await?;
        tx.commit().await
    }
}
