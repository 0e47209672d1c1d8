//! Use cases: one module each. Every one takes an `Actor` (or an identity, for registration)
//! and validated input, checks permissions here in core, writes in one transaction and returns
//! a typed outcome or a typed user error.

mod big_ideas;
mod board;
mod capture;
mod channels;
mod commands;
mod comments;
mod conversations;
mod dashboard;
mod deliveries;
mod digests;
mod export;
mod export_tables;
mod followers;
mod follows;
mod forums;
mod ideas;
mod import;
mod members;
mod moderation;
mod nudges;
mod outcomes;
mod pace;
mod privacy;
mod reply;
mod review;
mod revisions;
mod schedule;
mod sprints;
mod staff_sign_in;
mod stats;
mod still_public;
mod themes;
mod updates;
mod votes;

pub use crate::domain::{ExportFormat, ListOrder, Target};
pub use board::{PublicChallenge, PublicSprint};
pub use capture::CaptureSession;
pub use comments::CommentPosted;
pub use conversations::{CONVERSATION_HOURS, Outcome, Said, update_posted};
pub use dashboard::{AwaitingItem, DASHBOARD_QUEUE, Dashboard};
pub use deliveries::DeliveryReport;
pub use digests::{DIGEST_PAGE, DigestRun};
pub use ideas::{IdeaDraft, IdeaPage, IdeaSubmitted, IdeaView};
pub use import::{ImportError, ImportReport};
pub use members::Registration;
pub use privacy::MyData;
pub use reply::{Audience, Reply};
pub use review::{ReviewItem, ReviewQueue};
pub use schedule::ScheduleRun;
pub use sprints::{SprintDraft, SprintOverview};
pub use staff_sign_in::{OpenedSession, SESSION_HOURS, SIGN_IN_MINUTES, StaffSession};
pub use stats::SprintStats;
pub use updates::UPDATES_LISTED;

use crate::clock::Clock;
use crate::domain::{Actor, Identity, LimitKind, UserError};
use crate::limits::{InvalidRate, MemberLimits};
use crate::store::Store;
use std::sync::Arc;

/// Settings core needs from the operator.
#[derive(Debug, Clone)]
pub struct CoreSettings {
    /// Identities made admins on sight (`CROWDSPRINT_ADMINS`).
    pub bootstrap_admins: Vec<Identity>,
    /// How long a `/link` code works.
    pub link_code_minutes: i64,
    /// Ideas per page in lists.
    pub page_size: i64,
    /// When notifications that are not urgent wait for the morning (`None`: never).
    pub quiet_hours: Option<crate::notify::QuietHours>,
    /// The operator's time zone: quiet hours for members whose own zone is not known.
    pub timezone: chrono_tz::Tz,
    /// When digests go out, in each member's local time.
    pub digest: crate::notify::DigestSchedule,
    /// How long before a member's digest time it may be composed and queued (to go out at
    /// that time), so composing thousands does not compete with sending them. Zero: composed
    /// when due.
    pub digest_lookahead: chrono::Duration,
    /// How long a delivery worker holds what it claimed. After a crash, what it had not
    /// reported waits this long before another worker sends it.
    pub delivery_lease: std::time::Duration,
    /// How old the sprint's news (opened, closed, moved on, closing soon) may be when it is
    /// fanned out and still be sent to subscribers as a message. Older news (written by a tool
    /// while nothing was serving, or waiting through a long downtime) is only marked done: a
    /// restart never floods people with stale announcements. Personal notifications are sent
    /// whatever their age.
    pub sprint_news_max_age: chrono::Duration,
    /// Per-member limits on ideas, votes, comments and linking (`[limits]`).
    pub limits: crate::limits::LimitSettings,
    /// Where the web board is reached from outside (`CROWDSPRINT_PUBLIC_URL`): cards then
    /// carry "Open on the web". `None`: no links to the board.
    pub public_url: Option<crate::domain::PublicUrl>,
    /// The response promise: a member's comment has the team's first response within this
    /// many working days (`response_target_days`, default 5).
    pub response_target_days: u32,
}

impl Default for CoreSettings {
    fn default() -> Self {
        CoreSettings {
            bootstrap_admins: Vec::new(),
            link_code_minutes: 15,
            page_size: 5,
            quiet_hours: Some(crate::notify::QuietHours::default()),
            timezone: chrono_tz::Europe::London,
            digest: crate::notify::DigestSchedule::default(),
            digest_lookahead: chrono::Duration::zero(),
            delivery_lease: std::time::Duration::from_secs(120),
            sprint_news_max_age: chrono::Duration::days(1),
            limits: crate::limits::LimitSettings::default(),
            public_url: None,
            response_target_days: 5,
        }
    }
}

/// The application core: storage, clock, settings and the per-member limits. Cheap to clone;
/// share one per process.
#[derive(Debug, Clone)]
pub struct Core {
    store: Store,
    clock: Arc<dyn Clock>,
    settings: Arc<CoreSettings>,
    limits: Arc<MemberLimits>,
}

impl Core {
    /// Fails only when a configured limit cannot be enforced (a count or period of zero).
    pub fn new(
        store: Store,
        clock: Arc<dyn Clock>,
        settings: CoreSettings,
    ) -> std::result::Result<Self, InvalidRate> {
        let limits = MemberLimits::new(&settings.limits)?;
        Ok(Core {
            store,
            clock,
            settings: Arc::new(settings),
            limits: Arc::new(limits),
        })
    }

    /// Counts one `kind` for the actor, or says kindly how long to wait.
    fn within_limit(&self, kind: LimitKind, actor: &Actor) -> crate::Result<()> {
        self.limits
            .check(kind, actor.member())
            .map_err(|slow| UserError::SlowDown(slow).into())
    }

    /// The same core without per-member limits, for what the operator loads in one go (the
    /// demo), never for what people send.
    pub(crate) fn without_member_limits(&self) -> Core {
        let lifted = crate::limits::Rate {
            count: 1_000_000,
            per_seconds: 1,
        };
        let settings = crate::limits::LimitSettings {
            ideas: lifted,
            votes: lifted,
            comments: lifted,
            link_codes: lifted,
            link_attempts: lifted,
        };
        // A million a second is always a valid rate; were it not, the usual limits stay.
        let limits = MemberLimits::new(&settings)
            .map(Arc::new)
            .unwrap_or_else(|_| self.limits.clone());
        Core {
            limits,
            ..self.clone()
        }
    }

    /// Forgets limits that have refilled; `serve` calls it now and then.
    pub fn housekeeping(&self) {
        self.limits.retain_recent();
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn settings(&self) -> &CoreSettings {
        &self.settings
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}
