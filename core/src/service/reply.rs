//! `Reply`: what a chat command produced, before any platform renders it. Most replies are a
//! message (or a list of them); the rest carry the data an adapter lays out its own way (an
//! idea card with buttons, a page of ideas, the review queue), or ask the adapter to start one
//! of its conversations (registration, posting an idea, confirming `/forgetme`, sending a file).

use super::SprintStats;
use super::{ExportFormat, IdeaPage, IdeaView, ListOrder, MyData, ReviewQueue, SprintOverview};
use crate::domain::*;
use crate::store::AuditEntry;

/// The outcome of one command, ready to render.
#[derive(Debug)]
pub enum Reply {
    /// One message.
    Text(Msg),
    /// One message per line (a list); `empty` is shown when there are none.
    Lines {
        lines: Vec<Msg>,
        empty: Msg,
    },
    /// The help text, for everyone or about one command.
    Help {
        role: Role,
        topic: Option<String>,
    },
    Idea(Box<IdeaView>),
    Ideas {
        page: IdeaPage,
        order: ListOrder,
    },
    Sprint(Box<SprintOverview>),
    Sprints(Vec<Sprint>),
    /// A sprint whose window or stage just changed.
    SprintChanged(Sprint),
    Challenges(Vec<Challenge>),
    Review(ReviewQueue),
    Stats(Box<SprintStats>),
    Audit(Vec<AuditEntry>),
    MyData(Box<MyData>),
    /// `/start` by a registered member with no link.
    Welcome,
    /// `/start` by someone not yet registered: the adapter runs its registration dialogue.
    Register,
    /// `/idea` or a plain message: the adapter runs its idea dialogue over these challenges.
    PostIdea(Box<SprintOverview>),
    /// `/forgetme`: the adapter asks for confirmation, then calls `Core::forget_me`.
    ConfirmForget,
    /// `/announce`, permission checked: the adapter ties (or with `off` unties) the group or
    /// topic it was typed in with `Core::tie_channel`.
    Announce {
        challenge: Option<ChallengeId>,
        off: bool,
    },
    /// `/export`, permission checked: the adapter streams the file where its people can get it.
    Export {
        sprint: SprintId,
        format: ExportFormat,
    },
}

impl From<Msg> for Reply {
    fn from(msg: Msg) -> Self {
        Reply::Text(msg)
    }
}
