//! Telling the channels' followers that public copies must follow a change: an idea or a
//! comment hidden, held, restored, merged away, or its author erased. Written in the same
//! transaction as the change; the followers (Telegram announcer, Discord mirror) redraw or
//! take down every copy they made, from core's state at the time they act.

use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::Db;
use chrono::{DateTime, Utc};

/// The idea's public copies must be drawn again.
pub(super) async fn revise_idea(
    db: &mut Db<'_>,
    idea: IdeaId,
    sprint: SprintId,
    now: DateTime<Utc>,
) -> Result<()> {
    db.enqueue(&Event::IdeaRevised { idea }, None, Some(sprint), now)
        .await
}

/// The comment's public copies must follow its state.
pub(super) async fn revise_comment(
    db: &mut Db<'_>,
    comment: &Comment,
    now: DateTime<Utc>,
) -> Result<()> {
    let sprint = db.idea(comment.idea_id).await?.map(|i| i.sprint_id);
    let event = Event::CommentRevised {
        idea: comment.idea_id,
        comment: comment.id,
    };
    db.enqueue(&event, None, sprint, now).await
}
