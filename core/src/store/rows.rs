//! Rows as stored and their conversion into domain values. Times are stored as milliseconds
//! since the epoch and enums as their words, which both backends handle the same way.

use crate::domain::pii::PiiKind;
use crate::domain::*;
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use std::str::FromStr;

pub fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub fn time(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// Parses a stored word, reporting a corrupt row instead of guessing.
pub fn word<T: FromStr>(column: &str, value: &str) -> Result<T> {
    value
        .parse()
        .map_err(|_| Error::Corrupt(format!("{column} = {value:?}")))
}

pub fn locale(value: &str) -> Locale {
    Locale::from_tag(value).unwrap_or_default()
}

pub fn visibility(
    word: &str,
    reason: Option<String>,
    merged_into: Option<i64>,
) -> Result<Visibility> {
    Ok(match word {
        "pending" => Visibility::Pending,
        "visible" => Visibility::Visible,
        "hidden" => Visibility::Hidden {
            reason: reason.unwrap_or_default(),
        },
        "merged" => Visibility::Merged {
            into: IdeaId(
                merged_into.ok_or_else(|| Error::Corrupt("merged idea without target".into()))?,
            ),
        },
        other => return Err(Error::Corrupt(format!("visibility = {other:?}"))),
    })
}

pub fn held_for(value: &str) -> Vec<PiiKind> {
    value.split(',').filter_map(PiiKind::parse).collect()
}

pub fn held_for_text(kinds: &[PiiKind]) -> String {
    kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

#[derive(Debug, sqlx::FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub display_name: Option<String>,
    pub describes: String,
    pub organisation: Option<String>,
    pub region: Option<String>,
    pub locale: String,
    pub role: String,
    pub banned: bool,
    pub digest: String,
    pub consented_at: i64,
    pub created_at: i64,
}

impl TryFrom<MemberRow> for Member {
    type Error = Error;
    fn try_from(r: MemberRow) -> Result<Member> {
        Ok(Member {
            id: MemberId(r.id),
            display_name: r.display_name.unwrap_or_default(),
            describes: word("describes", &r.describes)?,
            organisation: r.organisation,
            region: r.region,
            locale: locale(&r.locale),
            role: word("role", &r.role)?,
            banned: r.banned,
            digest: word("digest", &r.digest)?,
            consented_at: time(r.consented_at),
            created_at: time(r.created_at),
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct SprintRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub stage: String,
    pub response_target_days: Option<i64>,
}

impl TryFrom<SprintRow> for Sprint {
    type Error = Error;
    fn try_from(r: SprintRow) -> Result<Sprint> {
        Ok(Sprint {
            id: SprintId(r.id),
            title: r.title,
            description: r.description,
            opens_at: time(r.opens_at),
            closes_at: time(r.closes_at),
            stage: word("stage", &r.stage)?,
            response_target_days: r.response_target_days.and_then(|d| u32::try_from(d).ok()),
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct ChallengeRow {
    pub id: i64,
    pub sprint_id: i64,
    pub title: String,
    pub description: String,
}

impl From<ChallengeRow> for Challenge {
    fn from(r: ChallengeRow) -> Challenge {
        Challenge {
            id: ChallengeId(r.id),
            sprint_id: SprintId(r.sprint_id),
            title: r.title,
            description: r.description,
        }
    }
}

/// `SELECT <idea columns> FROM <ideas with author> <rest>`, as one static string: the author's
/// id and name read as null once they erased themselves. `from <tables>` replaces `ideas i`
/// when another table must come first (it must still name the ideas table `i`).
macro_rules! select_ideas {
    ($rest:literal) => {
        select_ideas!(from "ideas i", $rest)
    };
    (from $from:literal, $rest:literal) => {
        concat!(
            "SELECT i.id, i.sprint_id, i.challenge_id, ",
            "CASE WHEN m.erased_at IS NULL THEN i.author_id END AS author_id, ",
            "CASE WHEN m.erased_at IS NULL THEN m.display_name END AS author_name, ",
            "i.title, i.body, i.kind, i.origin, i.visibility, i.hidden_reason, i.merged_into, ",
            "i.review_state, i.held_for, i.stage, i.supporters, i.comment_count, i.created_at ",
            "FROM ",
            $from,
            " LEFT JOIN members m ON m.id = i.author_id ",
            $rest
        )
    };
}
pub(crate) use select_ideas;

#[derive(Debug, sqlx::FromRow)]
pub struct IdeaRow {
    pub id: i64,
    pub sprint_id: i64,
    pub challenge_id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub title: String,
    pub body: String,
    pub kind: String,
    pub origin: String,
    pub visibility: String,
    pub hidden_reason: Option<String>,
    pub merged_into: Option<i64>,
    pub review_state: String,
    pub held_for: String,
    pub stage: String,
    pub supporters: i64,
    pub comment_count: i64,
    pub created_at: i64,
}

impl TryFrom<IdeaRow> for Idea {
    type Error = Error;
    fn try_from(r: IdeaRow) -> Result<Idea> {
        Ok(Idea {
            id: IdeaId(r.id),
            sprint_id: SprintId(r.sprint_id),
            challenge_id: ChallengeId(r.challenge_id),
            author_id: r.author_id.map(MemberId),
            author_name: r.author_name,
            title: r.title,
            body: r.body,
            kind: word("kind", &r.kind)?,
            origin: Origin::from_stored(&r.origin),
            visibility: visibility(&r.visibility, r.hidden_reason, r.merged_into)?,
            review: word("review_state", &r.review_state)?,
            held_for: held_for(&r.held_for),
            stage: word("stage", &r.stage)?,
            supporters: r.supporters,
            comments: r.comment_count,
            created_at: time(r.created_at),
        })
    }
}

/// `SELECT <comment columns> FROM <comments with author> <rest>`, as one static string.
macro_rules! select_comments {
    ($rest:literal) => {
        concat!(
            "SELECT c.id, c.idea_id, c.parent_id, ",
            "CASE WHEN m.erased_at IS NULL THEN c.author_id END AS author_id, ",
            "CASE WHEN m.erased_at IS NULL THEN m.display_name END AS author_name, ",
            "m.role AS author_role, c.body, c.visibility, c.hidden_reason, c.review_state, ",
            "c.is_response, c.created_at ",
            "FROM comments c LEFT JOIN members m ON m.id = c.author_id ",
            $rest
        )
    };
}
pub(crate) use select_comments;

#[derive(Debug, sqlx::FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub idea_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub author_role: Option<String>,
    pub body: String,
    pub visibility: String,
    pub hidden_reason: Option<String>,
    pub review_state: String,
    pub is_response: bool,
    pub created_at: i64,
}

impl TryFrom<CommentRow> for Comment {
    type Error = Error;
    fn try_from(r: CommentRow) -> Result<Comment> {
        Ok(Comment {
            id: CommentId(r.id),
            idea_id: IdeaId(r.idea_id),
            parent_id: r.parent_id.map(CommentId),
            author_id: r.author_id.map(MemberId),
            author_name: r.author_name,
            author_role: r.author_role.as_deref().and_then(|w| w.parse().ok()),
            body: r.body,
            visibility: visibility(&r.visibility, r.hidden_reason, None)?,
            review: word("review_state", &r.review_state)?,
            is_response: r.is_response,
            created_at: time(r.created_at),
        })
    }
}
