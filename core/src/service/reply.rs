//! `Reply`: what a chat command produced, before any platform renders it. Most replies are a
//! message (or a list of them); the rest carry the data an adapter lays out its own way (an
//! idea card with buttons, a page of ideas, the review queue), or ask the adapter to start one
//! of its conversations (registration, posting an idea, confirming `/forgetme`, sending a file).
//!
//! Every reply also says who may see it (`Reply::audience`), decided here from the data it
//! carries, so no adapter can post a held idea or the review queue into a group by forgetting.

use super::SprintStats;
use super::{ExportFormat, IdeaPage, IdeaView, ListOrder, MyData, ReviewQueue, SprintOverview};
use crate::domain::*;
use crate::store::AuditEntry;

/// The outcome of one command, ready to render.
#[derive(Debug)]
pub enum Reply {
    /// One message.
    Text(Msg),
    /// The asker's language just changed: the confirmation is said in the new one (the
    /// adapter's context still holds the old), with `Reply::language_set`.
    LanguageSet(Locale),
    /// One message per line (a list); `empty` is shown when there are none.
    Lines {
        lines: Vec<Msg>,
        empty: Msg,
        /// Who may see the list: `Everyone` only for lists of public things (themes).
        audience: Audience,
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
    /// A sprint's challenges (the overview, so its stage decides who may see it).
    Challenges(Box<SprintOverview>),
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
    /// `/update` alone, permission checked: the adapter asks for the update part by part (a
    /// dialogue, or a form on Discord) starting from this.
    WriteUpdate(Box<crate::conversation::Updating>),
    /// `/announce`, permission checked: the adapter ties (or with `off` unties) the group or
    /// topic it was typed in with `Core::tie_channel`.
    Announce {
        challenge: Option<ChallengeId>,
        off: bool,
    },
    /// `/export`, permission checked: the adapter streams the file where its people can get it.
    Export {
        sprint: SprintId,
        table: ExportTable,
        format: ExportFormat,
        /// Held and hidden items too (an admin asked for them by name).
        withheld: bool,
    },
}

/// Who may see a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Built only from what everyone may read: fine in a group or a public channel.
    Everyone,
    /// Personal, or shows something not visible to everyone (a held idea, the review queue,
    /// the audit log): only the person who asked, in a private chat or an ephemeral message.
    Asker,
}

impl Reply {
    /// Who may see this reply. Anything not built wholly from public data is for the asker.
    pub fn audience(&self) -> Audience {
        let public = match self {
            Reply::Lines { audience, .. } => return *audience,
            // Staff help lists staff commands: harmless, but theirs.
            Reply::Help { role, .. } => *role == Role::Member,
            Reply::Idea(view) => view.is_public(),
            Reply::Ideas { page, order } => {
                *order != ListOrder::Mine
                    && page
                        .ideas
                        .iter()
                        .all(|i| i.visibility == Visibility::Visible)
            }
            Reply::Sprint(overview) | Reply::Challenges(overview) => {
                overview.sprint.stage != SprintStage::Draft
            }
            Reply::Sprints(sprints) => sprints.iter().all(|s| s.stage != SprintStage::Draft),
            // Tying the chat it was typed in: the answer ("ideas will be announced here") is
            // for that chat, and only the adapter there can tie it.
            Reply::Announce { .. } => true,
            // Confirmations and answers about the asker's own doing, staff views and files.
            Reply::Text(_)
            | Reply::LanguageSet(_)
            | Reply::SprintChanged(_)
            | Reply::Review(_)
            | Reply::Stats(_)
            | Reply::Audit(_)
            | Reply::MyData(_)
            | Reply::Welcome
            | Reply::Register
            | Reply::PostIdea(_)
            | Reply::ConfirmForget
            | Reply::WriteUpdate(_)
            | Reply::Export { .. } => false,
        };
        if public {
            Audience::Everyone
        } else {
            Audience::Asker
        }
    }
}

impl Reply {
    /// What `LanguageSet(locale)` says, to render in `locale`.
    pub fn language_set(locale: Locale) -> Msg {
        Msg::new("language-set").arg("language", locale.native_name())
    }
}

impl IdeaView {
    /// True when everything in this view is visible to everyone: the idea and every comment
    /// shown with it (staff see held and hidden comments too).
    pub fn is_public(&self) -> bool {
        self.idea.visibility == Visibility::Visible
            && self
                .comments
                .iter()
                .all(|c| c.visibility == Visibility::Visible)
    }
}

impl From<Msg> for Reply {
    fn from(msg: Msg) -> Self {
        Reply::Text(msg)
    }
}
