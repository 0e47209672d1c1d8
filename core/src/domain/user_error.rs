//! Mistakes a person can make, each shown to them in their own language.
//!
//! Every variant maps to exactly one Fluent message id (`message_id`); a test checks that every
//! locale defines every one. Anything that is not the person's doing is an internal error instead.

use super::enums::Role;
use super::ids::{BigIdeaId, ChallengeId, CommentId, IdeaId, MemberId, SprintId, ThemeId};
use super::message::Msg;
use super::slow_down::SlowDown;
use super::text::TextField;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserError {
    #[error("text is empty")]
    TextEmpty { field: TextField },
    #[error("text is too long")]
    TextTooLong {
        field: TextField,
        max: usize,
        actual: usize,
    },
    #[error("text has control characters")]
    TextHasControlCharacters { field: TextField },
    #[error("not registered")]
    NotRegistered,
    #[error("already registered")]
    AlreadyRegistered,
    #[error("consent is required")]
    ConsentRequired,
    #[error("not allowed")]
    NotAllowed { needed: Role },
    #[error("banned")]
    Banned,
    #[error("no such sprint")]
    SprintNotFound { id: SprintId },
    #[error("no such challenge")]
    ChallengeNotFound { id: ChallengeId },
    #[error("no such idea")]
    IdeaNotFound { id: IdeaId },
    #[error("no such comment")]
    CommentNotFound { id: CommentId },
    #[error("no such theme")]
    ThemeNotFound { id: ThemeId },
    #[error("no such big idea")]
    BigIdeaNotFound { id: BigIdeaId },
    #[error("no such member")]
    MemberNotFound,
    #[error("sprint is not open")]
    SprintNotOpen { id: SprintId },
    #[error("no sprint is open")]
    NoOpenSprint,
    #[error("already supported")]
    AlreadySupported { id: IdeaId },
    #[error("not supported")]
    NotSupported { id: IdeaId },
    #[error("replies go one level deep")]
    ReplyTooDeep,
    #[error("cannot merge an idea into itself")]
    MergeIntoItself,
    #[error("ideas are in different sprints")]
    MergeAcrossSprints,
    #[error("idea was merged")]
    IdeaMerged { id: IdeaId, into: IdeaId },
    #[error("already visible")]
    AlreadyVisible,
    #[error("already hidden")]
    AlreadyHidden,
    #[error("closing time is before opening time")]
    WindowBackwards,
    #[error("link code is unknown or expired")]
    LinkCodeInvalid,
    #[error("identity already belongs to this member")]
    AlreadyLinked,
    #[error("cannot act on yourself")]
    NotOnYourself,
    #[error("member is already banned")]
    AlreadyBanned { member: MemberId },
    #[error("member is not banned")]
    NotBanned { member: MemberId },
    #[error("the review queue is empty")]
    NothingToReview,
    #[error("the stage is unchanged")]
    StageUnchanged,
    #[error("a pause is at most {max} days")]
    PauseTooLong { max: i64 },
    #[error("a response target is 1 to {max} working days")]
    TargetOutOfRange { max: i64 },
    #[error("already in that theme")]
    AlreadyInTheme,
    #[error("the challenge is in another sprint")]
    ChallengeInOtherSprint,
    #[error("the theme is in another sprint")]
    ThemeInOtherSprint,
    #[error("an idea not taken forward needs a reason")]
    OutcomeNeedsNote,
    #[error("the web board has no public address")]
    WebNotConfigured,
    #[error("sign-in link is used or expired")]
    SignInLinkInvalid,
    #[error("the link is not a web address")]
    UpdateLinkInvalid,
    #[error("claim code is unknown")]
    ClaimCodeInvalid,
    #[error("idea already claimed by this member")]
    AlreadyClaimed { id: IdeaId },
    #[error("{0}")]
    SlowDown(SlowDown),
}

impl UserError {
    /// The Fluent id shown for this error; one per variant.
    pub fn message_id(&self) -> &'static str {
        use UserError::*;
        match self {
            TextEmpty { .. } => "error-text-empty",
            TextTooLong { .. } => "error-text-too-long",
            TextHasControlCharacters { .. } => "error-text-control-characters",
            NotRegistered => "error-not-registered",
            AlreadyRegistered => "error-already-registered",
            ConsentRequired => "error-consent-required",
            NotAllowed { .. } => "error-not-allowed",
            Banned => "error-banned",
            SprintNotFound { .. } => "error-sprint-not-found",
            ChallengeNotFound { .. } => "error-challenge-not-found",
            IdeaNotFound { .. } => "error-idea-not-found",
            CommentNotFound { .. } => "error-comment-not-found",
            ThemeNotFound { .. } => "error-theme-not-found",
            BigIdeaNotFound { .. } => "error-big-idea-not-found",
            MemberNotFound => "error-member-not-found",
            SprintNotOpen { .. } => "error-sprint-not-open",
            NoOpenSprint => "error-no-open-sprint",
            AlreadySupported { .. } => "error-already-supported",
            NotSupported { .. } => "error-not-supported",
            ReplyTooDeep => "error-reply-too-deep",
            MergeIntoItself => "error-merge-into-itself",
            MergeAcrossSprints => "error-merge-across-sprints",
            IdeaMerged { .. } => "error-idea-merged",
            AlreadyVisible => "error-already-visible",
            AlreadyHidden => "error-already-hidden",
            WindowBackwards => "error-window-backwards",
            LinkCodeInvalid => "error-link-code-invalid",
            AlreadyLinked => "error-already-linked",
            NotOnYourself => "error-not-on-yourself",
            AlreadyBanned { .. } => "error-already-banned",
            NotBanned { .. } => "error-not-banned",
            NothingToReview => "error-nothing-to-review",
            StageUnchanged => "error-stage-unchanged",
            PauseTooLong { .. } => "error-pause-too-long",
            TargetOutOfRange { .. } => "error-target-out-of-range",
            AlreadyInTheme => "error-already-in-theme",
            ChallengeInOtherSprint => "error-challenge-in-other-sprint",
            ThemeInOtherSprint => "error-theme-in-other-sprint",
            OutcomeNeedsNote => "error-outcome-needs-note",
            WebNotConfigured => "error-web-not-configured",
            SignInLinkInvalid => "error-sign-in-link-invalid",
            UpdateLinkInvalid => "error-update-link-invalid",
            ClaimCodeInvalid => "error-claim-code-invalid",
            AlreadyClaimed { .. } => "error-already-claimed",
            SlowDown(_) => "slow-down",
        }
    }

    /// The message to show, with the arguments its text needs.
    pub fn to_msg(&self) -> Msg {
        use UserError::*;
        if let SlowDown(slow) = self {
            return slow.to_msg();
        }
        let msg = Msg::new(self.message_id());
        match self {
            TextEmpty { field } | TextHasControlCharacters { field } => {
                msg.arg("field", field.key())
            }
            TextTooLong { field, max, actual } => msg
                .arg("field", field.key())
                .arg("max", *max)
                .arg("actual", *actual),
            NotAllowed { needed } => msg.arg("role", needed.as_str()),
            SprintNotFound { id } | SprintNotOpen { id } => msg.arg("id", id.get()),
            ChallengeNotFound { id } => msg.arg("id", id.get()),
            IdeaNotFound { id }
            | AlreadySupported { id }
            | NotSupported { id }
            | AlreadyClaimed { id } => msg.arg("id", id.get()),
            CommentNotFound { id } => msg.arg("id", id.get()),
            ThemeNotFound { id } => msg.arg("id", id.get()),
            BigIdeaNotFound { id } => msg.arg("id", id.get()),
            IdeaMerged { id, into } => msg.arg("id", id.get()).arg("into", into.get()),
            AlreadyBanned { member } | NotBanned { member } => msg.arg("member", member.get()),
            PauseTooLong { max } | TargetOutOfRange { max } => msg.arg("max", *max),
            _ => msg,
        }
    }

    /// One example of every variant, so tests can check each has a message in every language.
    pub fn examples() -> Vec<UserError> {
        use UserError::*;
        let field = TextField::Title;
        vec![
            TextEmpty { field },
            TextTooLong {
                field,
                max: 120,
                actual: 121,
            },
            TextHasControlCharacters { field },
            NotRegistered,
            AlreadyRegistered,
            ConsentRequired,
            NotAllowed {
                needed: Role::Moderator,
            },
            Banned,
            SprintNotFound { id: SprintId(1) },
            ChallengeNotFound { id: ChallengeId(1) },
            IdeaNotFound { id: IdeaId(1) },
            CommentNotFound { id: CommentId(1) },
            ThemeNotFound { id: ThemeId(1) },
            BigIdeaNotFound { id: BigIdeaId(1) },
            MemberNotFound,
            SprintNotOpen { id: SprintId(1) },
            NoOpenSprint,
            AlreadySupported { id: IdeaId(1) },
            NotSupported { id: IdeaId(1) },
            ReplyTooDeep,
            MergeIntoItself,
            MergeAcrossSprints,
            IdeaMerged {
                id: IdeaId(1),
                into: IdeaId(2),
            },
            AlreadyVisible,
            AlreadyHidden,
            WindowBackwards,
            LinkCodeInvalid,
            AlreadyLinked,
            NotOnYourself,
            AlreadyBanned {
                member: MemberId(1),
            },
            NotBanned {
                member: MemberId(1),
            },
            NothingToReview,
            StageUnchanged,
            PauseTooLong { max: 90 },
            TargetOutOfRange { max: 60 },
            AlreadyInTheme,
            ChallengeInOtherSprint,
            ThemeInOtherSprint,
            OutcomeNeedsNote,
            WebNotConfigured,
            SignInLinkInvalid,
            UpdateLinkInvalid,
            ClaimCodeInvalid,
            AlreadyClaimed { id: IdeaId(1) },
            SlowDown(super::slow_down::SlowDown {
                kind: super::slow_down::LimitKind::Comment,
                retry_after: std::time::Duration::from_secs(30),
            }),
        ]
    }
}
