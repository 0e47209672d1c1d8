//! Sample sprints, ideas and comments for the rendering and keyboard tests: the sample idea's
//! title holds `<`, `&` and an emoji, as people's titles do.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, TimeZone, Utc};
use crowdsprint_core::domain::pii::PiiKind;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::{IdeaPage, IdeaView, SprintOverview};
use crowdsprint_core::store::Counts;
use std::sync::LazyLock;

/// Loaded once for all tests.
pub static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::load().unwrap());

pub fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, day, 9, 30, 0)
        .single()
        .unwrap()
}

pub fn challenge() -> Challenge {
    Challenge {
        id: ChallengeId(2),
        sprint_id: SprintId(3),
        title: "People & teams".into(),
        description: String::new(),
    }
}

pub fn idea() -> Idea {
    Idea {
        id: IdeaId(12),
        sprint_id: SprintId(3),
        challenge_id: ChallengeId(2),
        author_id: Some(MemberId(5)),
        author_name: Some("Jo <Ward 7>".into()),
        title: "Less <waiting> & more 🏥 care".into(),
        body: "Patients wait & wait.\nA <b>board</b> would help.".into(),
        kind: IdeaKind::Idea,
        origin: Origin::Chat(Platform::Telegram),
        visibility: Visibility::Visible,
        review: ReviewState::Approved,
        held_for: Vec::new(),
        stage: DevelopmentStage::Submitted,
        supporters: 5,
        comments: 2,
        created_at: at(12),
    }
}

pub fn held_idea() -> Idea {
    Idea {
        id: IdeaId(13),
        title: "Call Mrs Jones".into(),
        body: "Her number is 07700 900123".into(),
        visibility: Visibility::Pending,
        review: ReviewState::Unreviewed,
        held_for: vec![PiiKind::PhoneNumber],
        supporters: 0,
        comments: 0,
        ..idea()
    }
}

pub fn comment(id: i64, parent: Option<i64>, author: &str, body: &str, response: bool) -> Comment {
    Comment {
        id: CommentId(id),
        idea_id: IdeaId(12),
        parent_id: parent.map(CommentId),
        author_id: Some(MemberId(id)),
        author_name: Some(author.into()),
        author_role: None,
        body: body.into(),
        visibility: Visibility::Visible,
        review: ReviewState::Approved,
        is_response: response,
        created_at: at(13),
    }
}

pub fn view() -> IdeaView {
    IdeaView {
        idea: idea(),
        challenge: challenge(),
        comments: vec![
            comment(3, None, "Sam", "I agree <3 & more", false),
            comment(4, Some(3), "Priya", "Thanks — we'll look at it.", true),
        ],
        themes: vec!["Flow & discharge".into()],
        supported: true,
        following: false,
    }
}

pub fn page() -> IdeaPage {
    IdeaPage {
        ideas: vec![idea(), held_idea()],
        page: 1,
        total: 12,
        page_size: 5,
    }
}

pub fn overview() -> SprintOverview {
    SprintOverview {
        sprint: Sprint {
            id: SprintId(3),
            title: "Home for noon".into(),
            description: "Getting people home <sooner> & safer.".into(),
            opens_at: at(1),
            closes_at: at(30),
            stage: SprintStage::Open,
            response_target_days: None,
        },
        challenges: vec![
            challenge(),
            Challenge {
                id: ChallengeId(4),
                title: "Organisations, including systems".into(),
                ..challenge()
            },
        ],
        counts: Counts {
            people: 40,
            ideas: 12,
            votes: 80,
            comments: 9,
        },
        accepting: true,
    }
}
