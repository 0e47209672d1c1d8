//! A message is written when something happens but may leave much later (a digest composed
//! ahead of its reader's morning, a night of quiet hours, a platform that was down). Before it
//! leaves, what it says about ideas and comments is checked again: an idea held, hidden or
//! merged away since, or a comment hidden or held, is left out of a digest, and a
//! notification about one is not sent at all, so nothing withdrawn reaches an inbox late.
//!
//! Checks are remembered for one claimed batch: a digest run's shared top ideas are looked
//! up once, not once per subscriber.

use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Db;
use std::collections::HashMap;

/// Whether ideas and comments are public now, looked up once each per batch.
#[derive(Debug, Default)]
pub(super) struct StillPublic {
    ideas: HashMap<IdeaId, bool>,
    comments: HashMap<CommentId, bool>,
}

impl StillPublic {
    /// Trims `event` to what is still public; `false` when nothing worth sending is left.
    pub async fn keep(&mut self, db: &mut Db<'_>, event: &mut Event) -> Result<bool> {
        match event {
            Event::Digest(digest) => {
                let mut removed = false;
                for list in [
                    &mut digest.top_ideas,
                    &mut digest.followed,
                    &mut digest.responses,
                    &mut digest.outcomes,
                ] {
                    let mut kept = Vec::with_capacity(list.len());
                    for item in list.drain(..) {
                        if self.idea(db, item.id).await? {
                            kept.push(item);
                        } else {
                            removed = true;
                        }
                    }
                    *list = kept;
                }
                Ok(!(removed && digest.is_empty()))
            }
            Event::ResponseToComment {
                idea,
                response: comment,
                ..
            }
            | Event::ResponseToIdea {
                idea,
                response: comment,
                ..
            }
            | Event::ReplyToComment {
                idea,
                reply: comment,
                ..
            } => Ok(self.idea(db, *idea).await? && self.comment(db, *comment).await?),
            Event::IdeaApproved { idea, .. }
            | Event::IdeaThemed { idea, .. }
            | Event::IdeaStageChanged { idea, .. } => self.idea(db, *idea).await,
            // The author hearing their idea or comment was held, hidden or merged is the point;
            // sprint news and broadcasts name no idea.
            _ => Ok(true),
        }
    }

    async fn idea(&mut self, db: &mut Db<'_>, id: IdeaId) -> Result<bool> {
        if let Some(known) = self.ideas.get(&id) {
            return Ok(*known);
        }
        let public = db
            .idea(id)
            .await?
            .is_some_and(|i| i.visibility == Visibility::Visible);
        self.ideas.insert(id, public);
        Ok(public)
    }

    async fn comment(&mut self, db: &mut Db<'_>, id: CommentId) -> Result<bool> {
        if let Some(known) = self.comments.get(&id) {
            return Ok(*known);
        }
        let public = db
            .comment(id)
            .await?
            .is_some_and(|c| c.visibility == Visibility::Visible);
        self.comments.insert(id, public);
        Ok(public)
    }
}
