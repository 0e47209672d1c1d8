//! Which moderator or admin action an audit log entry records: one variant per action, with
//! the name it is stored under.
//!
//! The stored names are the ones earlier versions wrote (some plain, some dotted), kept as they
//! are so that existing rows, `/audit` lines and exports read the same. Renaming them would
//! need a migration of `audit_log.action` on both backends.

use super::{Msg, UnknownWord};
use std::fmt;
use std::str::FromStr;

/// An audited action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    BigIdeaCreate,
    BigIdeaStage,
    ChallengeCreate,
    CommentRespond,
    Export,
    ExportWithheld,
    IdeaMerge,
    IdeaStage,
    /// An idea's or a Big Idea's outcome was set.
    OutcomeSet,
    Import,
    MemberBan,
    MemberRole,
    MemberUnban,
    ReviewApprove,
    ReviewHide,
    ReviewRestore,
    SprintCreate,
    SprintStage,
    SprintWindow,
    /// A sprint's own response target was set or cleared.
    SprintTarget,
    ThemeAdd,
    ThemeCreate,
    /// A staff member opened a dashboard session with a sign-in link.
    WebSignIn,
    /// A moderator posted a team update.
    UpdatePost,
}

impl AuditAction {
    /// Every action, for tests and listings.
    pub const ALL: [AuditAction; 24] = [
        AuditAction::BigIdeaCreate,
        AuditAction::BigIdeaStage,
        AuditAction::ChallengeCreate,
        AuditAction::CommentRespond,
        AuditAction::Export,
        AuditAction::ExportWithheld,
        AuditAction::IdeaMerge,
        AuditAction::IdeaStage,
        AuditAction::OutcomeSet,
        AuditAction::Import,
        AuditAction::MemberBan,
        AuditAction::MemberRole,
        AuditAction::MemberUnban,
        AuditAction::ReviewApprove,
        AuditAction::ReviewHide,
        AuditAction::ReviewRestore,
        AuditAction::SprintCreate,
        AuditAction::SprintStage,
        AuditAction::SprintWindow,
        AuditAction::SprintTarget,
        AuditAction::ThemeAdd,
        AuditAction::ThemeCreate,
        AuditAction::WebSignIn,
        AuditAction::UpdatePost,
    ];

    /// The name stored in `audit_log.action` and shown in `/audit`.
    pub fn as_str(&self) -> &'static str {
        match self {
            AuditAction::BigIdeaCreate => "bigidea.create",
            AuditAction::BigIdeaStage => "bigidea.stage",
            AuditAction::ChallengeCreate => "challenge.create",
            AuditAction::CommentRespond => "respond",
            AuditAction::Export => "export",
            AuditAction::ExportWithheld => "export.withheld",
            AuditAction::IdeaMerge => "merge",
            AuditAction::IdeaStage => "idea.stage",
            AuditAction::OutcomeSet => "outcome",
            AuditAction::Import => "import",
            AuditAction::MemberBan => "ban",
            AuditAction::MemberRole => "role",
            AuditAction::MemberUnban => "unban",
            AuditAction::ReviewApprove => "approve",
            AuditAction::ReviewHide => "hide",
            AuditAction::ReviewRestore => "restore",
            AuditAction::SprintCreate => "sprint.create",
            AuditAction::SprintStage => "sprint.stage",
            AuditAction::SprintWindow => "sprint.window",
            AuditAction::SprintTarget => "sprint.target",
            AuditAction::ThemeAdd => "theme.add",
            AuditAction::ThemeCreate => "theme.create",
            AuditAction::WebSignIn => "web.sign_in",
            AuditAction::UpdatePost => "update.post",
        }
    }
}

impl AuditAction {
    /// The word for it in `/audit`, in the reader's language: the `audit-action` message
    /// selects on this key (Fluent keys cannot hold the stored names' dots).
    pub fn key(&self) -> &'static str {
        match self {
            AuditAction::BigIdeaCreate => "bigidea-create",
            AuditAction::BigIdeaStage => "bigidea-stage",
            AuditAction::ChallengeCreate => "challenge-create",
            AuditAction::CommentRespond => "comment-respond",
            AuditAction::Export => "export",
            AuditAction::ExportWithheld => "export-withheld",
            AuditAction::IdeaMerge => "idea-merge",
            AuditAction::IdeaStage => "idea-stage",
            AuditAction::OutcomeSet => "outcome-set",
            AuditAction::Import => "import",
            AuditAction::MemberBan => "member-ban",
            AuditAction::MemberRole => "member-role",
            AuditAction::MemberUnban => "member-unban",
            AuditAction::ReviewApprove => "review-approve",
            AuditAction::ReviewHide => "review-hide",
            AuditAction::ReviewRestore => "review-restore",
            AuditAction::SprintCreate => "sprint-create",
            AuditAction::SprintStage => "sprint-stage",
            AuditAction::SprintWindow => "sprint-window",
            AuditAction::SprintTarget => "sprint-target",
            AuditAction::ThemeAdd => "theme-add",
            AuditAction::ThemeCreate => "theme-create",
            AuditAction::WebSignIn => "web-sign-in",
            AuditAction::UpdatePost => "update-post",
        }
    }

    /// Its words: an action stored by a version that knew more is shown by its stored name.
    pub fn describe(stored: &str) -> Msg {
        let key = stored.parse::<AuditAction>().map_or("other", |a| a.key());
        Msg::new("audit-action")
            .arg("action", key)
            .arg("stored", stored)
    }
}

impl FromStr for AuditAction {
    type Err = UnknownWord;
    /// Reads a stored name back.
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        AuditAction::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or(UnknownWord)
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_stored_name() {
        for action in AuditAction::ALL {
            assert_eq!(action.as_str().parse::<AuditAction>(), Ok(action));
        }
    }

    #[test]
    fn stored_names_are_distinct() {
        let mut names: Vec<_> = AuditAction::ALL.iter().map(AuditAction::as_str).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AuditAction::ALL.len());
    }

    #[test]
    fn every_action_has_words_in_every_language() {
        let catalog = crate::i18n::Catalog::load().expect("the catalog loads");
        for locale in crate::domain::Locale::ALL {
            // Each action has its own words rather than the stored name the catch-all shows
            // (a language's word may equal the stored name: Polish says "import").
            for action in AuditAction::ALL {
                let marked = Msg::new("audit-action")
                    .arg("action", action.key())
                    .arg("stored", "STORED-NAME");
                let words = catalog.render(*locale, &marked);
                assert!(
                    !words.contains("STORED-NAME"),
                    "{locale:?} {action:?} has no words"
                );
            }
            let unknown = catalog.render(*locale, &AuditAction::describe("frobnicate"));
            // (A right-to-left language marks the line's direction before it.)
            assert_eq!(
                unknown.trim_start_matches(crate::i18n::direction::RLM),
                "frobnicate",
                "a newer version's action shows as stored"
            );
        }
    }

    #[test]
    fn an_unknown_name_is_an_error() {
        assert_eq!("frobnicate".parse::<AuditAction>(), Err(UnknownWord));
    }
}
