//! The things crowdsprint keeps: members, sprints, challenges, ideas, comments, themes, Big Ideas.

use super::enums::*;
use super::ids::*;
use super::locale::Locale;
use super::pii::PiiKind;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A chat account: the platform and the platform's own id for the person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Identity {
    pub platform: Platform,
    pub user_id: String,
}

impl Identity {
    pub fn new(platform: Platform, user_id: impl Into<String>) -> Self {
        Identity {
            platform,
            user_id: user_id.into(),
        }
    }

    /// Parses `telegram:12345`, the form used in `CROWDSPRINT_ADMINS`.
    pub fn parse(text: &str) -> Option<Identity> {
        let (platform, user) = text.trim().split_once(':')?;
        let platform = platform.parse().ok()?;
        let user = user.trim();
        (!user.is_empty()).then(|| Identity::new(platform, user))
    }
}

impl Identity {
    /// A one-way hash of this account, kept when a banned member erases themselves so the ban
    /// still stands if they register again. It names nobody; chat ids are short numbers, so it
    /// is pseudonymous rather than anonymous, and it is kept for that one purpose only.
    pub fn ban_hash(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        hash.update(b"crowdsprint banned identity v1\0");
        hash.update(self.platform.as_str().as_bytes());
        hash.update(b":");
        hash.update(self.user_id.as_bytes());
        hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl std::fmt::Display for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.platform, self.user_id)
    }
}

/// A registered person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: MemberId,
    pub display_name: String,
    pub describes: Describes,
    pub organisation: Option<String>,
    pub region: Option<String>,
    pub locale: Locale,
    pub role: Role,
    pub banned: bool,
    pub digest: DigestFrequency,
    pub consented_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
}

/// A crowdsourcing sprint ("Solving Together").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sprint {
    pub id: SprintId,
    pub title: String,
    pub description: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub stage: SprintStage,
    /// Its own response target in working days; `None` keeps the service's.
    pub response_target_days: Option<u32>,
}

impl Sprint {
    /// Ideas and votes are taken only while the sprint is open and inside its window.
    pub fn accepts_contributions(&self, now: DateTime<Utc>) -> bool {
        self.stage == SprintStage::Open && self.opens_at <= now && now < self.closes_at
    }
}

/// A question a sprint asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub id: ChallengeId,
    pub sprint_id: SprintId,
    pub title: String,
    pub description: String,
}

/// Where an idea came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Origin {
    Chat(Platform),
    /// Collated from a chat or connect session, named by whoever imported it.
    Import(String),
    /// Posted by a champion on a group's behalf during a capture session: the session's name
    /// and day ("Ward 4 huddle, 2026-12-05"). The group's idea, not the champion's own.
    Captured(String),
}

impl Origin {
    /// Stored as `telegram`, `discord`, `console`, `import:<source>` or
    /// `captured:<session>`.
    pub fn to_stored(&self) -> String {
        match self {
            Origin::Chat(p) => p.as_str().to_owned(),
            Origin::Import(source) => format!("import:{source}"),
            Origin::Captured(session) => format!("captured:{session}"),
        }
    }

    /// The capture session an idea was posted in on a group's behalf, if it was.
    pub fn captured_at(&self) -> Option<&str> {
        match self {
            Origin::Captured(session) => Some(session),
            _ => None,
        }
    }

    pub fn from_stored(text: &str) -> Origin {
        if let Some(session) = text.strip_prefix("captured:") {
            return Origin::Captured(session.to_owned());
        }
        match text.strip_prefix("import:") {
            Some(source) => Origin::Import(source.to_owned()),
            None => text
                .parse()
                .map(Origin::Chat)
                .unwrap_or_else(|_| Origin::Import(text.to_owned())),
        }
    }
}

/// Who can see an idea or comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Held until a human looks: only the author and the sprint team see it.
    Pending,
    Visible,
    Hidden {
        reason: String,
    },
    /// A duplicate folded into another idea; its votes moved there.
    Merged {
        into: IdeaId,
    },
}

impl Visibility {
    pub fn word(&self) -> &'static str {
        match self {
            Visibility::Pending => "pending",
            Visibility::Visible => "visible",
            Visibility::Hidden { .. } => "hidden",
            Visibility::Merged { .. } => "merged",
        }
    }
}

/// An idea, experience or piece of good practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Idea {
    pub id: IdeaId,
    pub sprint_id: SprintId,
    pub challenge_id: ChallengeId,
    /// `None` once the author erased themselves ("a former member").
    pub author_id: Option<MemberId>,
    pub author_name: Option<String>,
    pub title: String,
    pub body: String,
    pub kind: IdeaKind,
    pub origin: Origin,
    pub visibility: Visibility,
    pub review: ReviewState,
    /// Why the idea was held for review, if it was.
    pub held_for: Vec<PiiKind>,
    pub stage: DevelopmentStage,
    pub supporters: i64,
    pub comments: i64,
    pub created_at: DateTime<Utc>,
}

impl Idea {
    /// Whether `viewer` may see this idea at all. Pending ideas are shown only to their author and
    /// the sprint team; hidden and merged ones only to the team.
    pub fn visible_to(&self, viewer: Option<MemberId>, viewer_is_staff: bool) -> bool {
        match self.visibility {
            Visibility::Visible => true,
            Visibility::Pending => {
                viewer_is_staff || (viewer.is_some() && viewer == self.author_id)
            }
            Visibility::Hidden { .. } | Visibility::Merged { .. } => viewer_is_staff,
        }
    }
}

/// A comment on an idea, or a reply to a comment (one level deep).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub id: CommentId,
    pub idea_id: IdeaId,
    pub parent_id: Option<CommentId>,
    pub author_id: Option<MemberId>,
    pub author_name: Option<String>,
    pub author_role: Option<Role>,
    pub body: String,
    pub visibility: Visibility,
    pub review: ReviewState,
    /// Marked by a champion or moderator as the official answer.
    pub is_response: bool,
    pub created_at: DateTime<Utc>,
}

/// A group of ideas within a sprint, found while theming.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub sprint_id: SprintId,
    pub name: String,
    pub description: String,
    pub ideas: i64,
}

/// A Big Idea developed from one or more themes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigIdea {
    pub id: BigIdeaId,
    pub sprint_id: SprintId,
    pub title: String,
    pub description: String,
    pub stage: DevelopmentStage,
    pub themes: Vec<ThemeId>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 6, day, 12, 0, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn a_sprint_takes_contributions_only_while_open_and_inside_its_window() {
        let sprint = Sprint {
            id: SprintId(1),
            title: "t".into(),
            description: String::new(),
            opens_at: at(10),
            closes_at: at(20),
            stage: SprintStage::Open,
            response_target_days: None,
        };
        assert!(!sprint.accepts_contributions(at(9)));
        assert!(sprint.accepts_contributions(at(10)));
        assert!(sprint.accepts_contributions(at(19)));
        assert!(!sprint.accepts_contributions(at(20)));
        let closed = Sprint {
            stage: SprintStage::Closed,
            ..sprint
        };
        assert!(!closed.accepts_contributions(at(15)));
    }

    #[test]
    fn identities_parse_from_the_admin_list_form() {
        assert_eq!(
            Identity::parse("telegram:12345"),
            Some(Identity::new(Platform::Telegram, "12345"))
        );
        assert_eq!(
            Identity::parse(" discord:6789 "),
            Some(Identity::new(Platform::Discord, "6789"))
        );
        assert_eq!(Identity::parse("myspace:1"), None);
        assert_eq!(Identity::parse("telegram:"), None);
    }

    #[test]
    fn origins_round_trip_through_storage() {
        for origin in [
            Origin::Chat(Platform::Discord),
            Origin::Import("chat session 2026-08-15".into()),
            Origin::Captured("Ward 4 huddle, 2026-12-05".into()),
        ] {
            assert_eq!(Origin::from_stored(&origin.to_stored()), origin);
        }
    }
}

/// A place in a chat platform: a group chat or channel, and maybe a topic (thread) in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    pub platform: Platform,
    pub chat: String,
    pub thread: Option<String>,
}

/// A place tied to a sprint (or one of its challenges): new visible ideas are announced there,
/// in `locale`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub id: i64,
    pub place: Place,
    pub sprint: SprintId,
    pub challenge: Option<ChallengeId>,
    pub locale: Locale,
}
