//! Chat commands: `/support 42`, `/hide 12 off topic`, ... parsed into typed requests by a pure
//! function, shared by the console and the Telegram bot. Errors name a Fluent message.

mod args;
mod catalogue;
mod parse;

pub use catalogue::{COMMANDS, CommandInfo, find as find_command};
pub use parse::{ParseError, parse};

use crate::domain::*;
use chrono::{DateTime, Utc};

/// A parsed chat command.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Register, or open what a deep link points at (`/start idea_42`).
    Start(Option<StartLink>),
    Help(Option<String>),
    /// Show a sprint (the current one when no number is given).
    Sprint(Option<SprintId>),
    SprintNew {
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
        title: String,
        description: String,
    },
    SprintWindow {
        sprint: SprintId,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
    },
    Sprints,
    Challenges(Option<SprintId>),
    ChallengeAdd {
        sprint: SprintId,
        title: String,
        description: String,
    },
    /// Start posting an idea (a short dialogue follows).
    Idea,
    Ideas {
        order: ListOrder,
        page: i64,
    },
    Show(IdeaId),
    Support(IdeaId),
    Unsupport(IdeaId),
    Comment {
        idea: IdeaId,
        text: String,
    },
    Reply {
        comment: CommentId,
        text: String,
    },
    Follow(IdeaId),
    Unfollow(IdeaId),
    Subscribe(DigestFrequency),
    /// Hold notifications for some days; `None` resumes them.
    Pause(Option<i64>),
    /// Digests and quiet hours in this time zone; `None` goes back to the operator's.
    Timezone(Option<chrono_tz::Tz>),
    /// Stop (or restart) notifications about one idea.
    Mute {
        idea: IdeaId,
        muted: bool,
    },
    Language(Option<Locale>),
    /// `/link` makes a code; `/link CODE` uses one.
    Link(Option<String>),
    MyData,
    ForgetMe,
    Review,
    Approve(Target),
    Respond {
        target: Target,
        text: String,
    },
    Hide {
        target: Target,
        reason: String,
    },
    Restore(Target),
    Awaiting,
    Merge {
        from: IdeaId,
        into: IdeaId,
    },
    ThemeNew {
        sprint: SprintId,
        name: String,
        description: String,
    },
    ThemeAdd {
        theme: ThemeId,
        idea: IdeaId,
    },
    Themes(Option<SprintId>),
    BigIdeaNew {
        sprint: SprintId,
        themes: Vec<ThemeId>,
        title: String,
        description: String,
    },
    BigIdeaStage {
        big_idea: BigIdeaId,
        stage: DevelopmentStage,
    },
    BigIdeas(Option<SprintId>),
    SprintStage {
        sprint: SprintId,
        stage: SprintStage,
    },
    IdeaStage {
        idea: IdeaId,
        stage: DevelopmentStage,
    },
    Ban {
        member: MemberId,
        reason: String,
    },
    Unban(MemberId),
    Role {
        member: MemberId,
        role: Role,
    },
    Stats(Option<SprintId>),
    Export {
        sprint: Option<SprintId>,
        /// `ideas` (the default), `updates` or `responses`.
        table: ExportTable,
        format: ExportFormat,
        /// `withheld`: held and hidden items too (admins only, audited).
        withheld: bool,
    },
    Audit,
    /// The delivery queue: counts and the latest deliveries that could not be made.
    Deliveries,
    /// A single-use sign-in link to the staff dashboard on the web board, sent privately.
    Web,
    /// What became of an idea or a Big Idea, with a public note (required when it is not
    /// taken forward).
    SetOutcome {
        of: OutcomeOf,
        outcome: Outcome,
        note: String,
    },
    /// The outcomes of a sprint (the current one when none is given).
    Outcomes(Option<SprintId>),
    /// A champion capturing ideas on a group's behalf: `/capture Ward 4 huddle` starts,
    /// `/capture off` ends, `/capture` alone says whether a session is under way.
    Capture(CaptureStep),
    /// Become a co-author of an idea captured on your group's behalf (`/claim K7Q2XM`).
    Claim(String),
    /// A team update to the current sprint's people: `/update now|digest Title | text
    /// [| link [| Welsh title | Welsh text]]` (an empty link part means none).
    PostUpdate {
        when: UpdateWhen,
        title: String,
        body: String,
        link: Option<String>,
        welsh: Option<(String, String)>,
    },
    /// A sprint's own response target in working days (`/sprint target 3 7`), or the
    /// service's again (`/sprint target 3 default`).
    SprintTarget {
        sprint: SprintId,
        days: Option<u32>,
    },
    /// `/update` (or `/update now|digest`) with nothing more: write the update part by part,
    /// in a dialogue on Telegram and the console and in a form on Discord.
    WriteUpdate(Option<UpdateWhen>),
    /// A sprint's team updates (the current one when none is given).
    Updates(Option<SprintId>),
    /// Announce new ideas of the current sprint (or one challenge) in this group or topic;
    /// `/announce off` stops.
    Announce {
        challenge: Option<ChallengeId>,
        off: bool,
    },
}

/// What `/capture` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureStep {
    Status,
    Start(String),
    Stop,
}

/// Where a `/start` deep link points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartLink {
    Idea(IdeaId),
    Sprint(SprintId),
}

impl StartLink {
    /// What follows `/start` (and `?start=` in a `t.me` link): `idea_42`, `sprint_3`.
    pub fn payload(&self) -> String {
        match self {
            StartLink::Idea(id) => format!("idea_{id}"),
            StartLink::Sprint(id) => format!("sprint_{id}"),
        }
    }
}
