//! What each layout shows on each surface, written out as a person reads it in plain text and
//! in Discord-style markdown. Telegram's HTML of the same layouts is pinned in
//! `bots/telegram/src/render/tests.rs`.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::{IdeaView, ReviewItem, ReviewQueue};
use crate::store::AuditEntry;
use chrono::{TimeZone, Utc};
use std::sync::LazyLock;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::load().unwrap());

fn plain() -> Renderer<'static> {
    Renderer::new(&CATALOG, Locale::EnGb)
}

fn markdown() -> Renderer<'static> {
    Renderer {
        markup: Markup {
            escape: |s| s.replace('*', "\\*"),
            strong: "**",
            quiet: "*",
            indent: "  ",
        },
        ..plain()
    }
}

fn idea(visibility: Visibility) -> Idea {
    Idea {
        id: IdeaId(12),
        sprint_id: SprintId(3),
        challenge_id: ChallengeId(2),
        author_id: Some(MemberId(5)),
        author_name: Some("Jo *Ward 7*".into()),
        title: "Fewer *waits*".into(),
        body: "Patients wait.\n\nA board would help.".into(),
        kind: IdeaKind::Idea,
        origin: Origin::Chat(Platform::Telegram),
        visibility,
        review: ReviewState::Approved,
        held_for: vec![pii::PiiKind::PhoneNumber],
        stage: DevelopmentStage::Submitted,
        supporters: 5,
        comments: 1,
        created_at: Utc.with_ymd_and_hms(2026, 6, 12, 9, 0, 0).single().unwrap(),
    }
}

fn view(visibility: Visibility, comments: bool) -> IdeaView {
    let comment = Comment {
        id: CommentId(3),
        idea_id: IdeaId(12),
        parent_id: None,
        author_id: None,
        author_name: None,
        author_role: None,
        body: "Yes *please*".into(),
        visibility: Visibility::Visible,
        review: ReviewState::Approved,
        is_response: false,
        created_at: Utc.with_ymd_and_hms(2026, 6, 13, 9, 0, 0).single().unwrap(),
    };
    let reply = Comment {
        id: CommentId(4),
        parent_id: Some(CommentId(3)),
        author_name: Some("Priya".into()),
        body: "We will.".into(),
        is_response: true,
        ..comment.clone()
    };
    IdeaView {
        idea: idea(visibility),
        challenge: Challenge {
            id: ChallengeId(2),
            sprint_id: SprintId(3),
            title: "Flow".into(),
            description: String::new(),
        },
        comments: if comments {
            vec![comment, reply]
        } else {
            Vec::new()
        },
        themes: Vec::new(),
        supported: true,
        following: false,
    }
}

#[test]
fn a_card_typed_shows_counts_and_commands_with_buttons_neither() {
    let typed = plain().doc(&idea_card(&view(Visibility::Visible, true), Surface::Typed));
    assert_eq!(
        typed,
        "\
#12 Fewer *waits*
Idea · Flow · by Jo *Ward 7* · 2026-06-12

Patients wait.

A board would help.

5 supporters · stage: Submitted · you back this
Comments:
  c3 a former member: Yes *please*
    ↳ c4 ✔ Response from Priya: We will.
/support 12 · /comment 12 text · /follow 12"
    );
    let buttons = plain().doc(&idea_card(
        &view(Visibility::Visible, true),
        Surface::Buttons,
    ));
    assert!(buttons.contains("Stage: Submitted"), "{buttons}");
    assert!(
        !buttons.contains("5 supporters"),
        "counts live on the buttons: {buttons}"
    );
    assert!(!buttons.contains("/support"), "{buttons}");
}

#[test]
fn an_empty_card_invites_a_comment_only_where_one_can_be_added() {
    // (visibility, surface, the invitation expected)
    let cases = [
        (Visibility::Visible, Surface::Typed, Some("/comment 12")),
        (Visibility::Visible, Surface::Buttons, Some("💬 Comment")),
        (Visibility::Pending, Surface::Typed, Some("/comment 12")),
        (Visibility::Pending, Surface::Buttons, None),
    ];
    for (visibility, surface, invitation) in cases {
        let card = plain().doc(&idea_card(&view(visibility.clone(), false), surface));
        let no_comments_line = card.lines().find(|l| l.starts_with("No comments yet"));
        match invitation {
            Some(words) => assert!(
                no_comments_line.is_some_and(|l| l.contains(words)),
                "{visibility:?} {surface:?}: {card}"
            ),
            None => assert_eq!(no_comments_line, None, "{card}"),
        }
        let held = card.contains("Held for review");
        assert_eq!(held, visibility == Visibility::Pending, "{card}");
    }
}

#[test]
fn markdown_escapes_what_people_typed_and_marks_tones() {
    let card = markdown().doc(&idea_card(
        &view(Visibility::Visible, false),
        Surface::Buttons,
    ));
    let lines: Vec<&str> = card.lines().collect();
    assert_eq!(lines[0], r"**#12 Fewer \*waits\***");
    assert_eq!(lines[1], r"*Idea · Flow · by Jo \*Ward 7\* · 2026-06-12*");
    // A blank line inside a body is not wrapped in marks.
    assert!(lines.contains(&""), "{card}");
    assert!(!card.contains("****"), "{card}");
}

#[test]
fn a_list_page_says_where_it_is_once_per_surface() {
    let page = crate::service::IdeaPage {
        ideas: vec![
            idea(Visibility::Visible),
            idea(Visibility::Hidden {
                reason: "dup".into(),
            }),
        ],
        page: 0,
        total: 12,
        page_size: 2,
    };
    let typed = plain().doc(&idea_page(&page, ListOrder::Top, Surface::Typed));
    let buttons = plain().doc(&idea_page(&page, ListOrder::Top, Surface::Buttons));
    assert!(
        typed.lines().last().unwrap().contains("/ideas top 2"),
        "{typed}"
    );
    assert!(
        buttons.lines().next().unwrap().contains("page 1 of 6"),
        "{buttons}"
    );
    for text in [&typed, &buttons] {
        assert!(
            text.contains("#12 Fewer *waits* — 5 supporters, 1 comment [Hidden]"),
            "{text}"
        );
    }
}

#[test]
fn help_indents_every_line_of_a_long_help_text() {
    let doc = help(Role::Admin, None);
    let text = plain().doc(&doc);
    let first = text.lines().next().unwrap();
    assert_eq!(first, "What you can do:");
    // Every command line sits under its section, however many lines its help has.
    let unindented: Vec<&str> = text.lines().filter(|l| l.starts_with('/')).collect();
    assert_eq!(
        unindented,
        Vec::<&str>::new(),
        "help lines sit under a heading"
    );
    assert!(
        text.lines().filter(|l| l.starts_with("  /")).count() > 20,
        "{text}"
    );
    assert!(text.contains("/audit"), "admins see admin commands");
    assert!(!plain().doc(&help(Role::Member, None)).contains("/audit"));
}

#[test]
fn review_typed_ends_each_item_with_its_commands() {
    let queue = ReviewQueue {
        items: vec![ReviewItem::Idea(idea(Visibility::Pending))],
        ideas_waiting: 1,
        comments_waiting: 0,
    };
    let typed = plain().doc(&review_queue(&queue, Surface::Typed));
    assert!(
        typed.contains("Patients wait."),
        "the body is there to judge: {typed}"
    );
    assert!(
        typed.contains("Waiting for review: 1 idea, 0 comments."),
        "{typed}"
    );
    assert!(typed.contains("  /approve 12"), "{typed}");
    let buttons = plain().doc(&review_queue(&queue, Surface::Buttons));
    assert!(!buttons.contains("/approve"), "{buttons}");
}

#[test]
fn an_audit_line_escapes_the_reason_and_details() {
    let entry = AuditEntry {
        actor: Some(MemberId(3)),
        action: "idea.hide".into(),
        target: "idea:12".into(),
        reason: Some("names a *patient*".into()),
        details: String::new(),
        at: Utc
            .with_ymd_and_hms(2026, 12, 4, 10, 0, 0)
            .single()
            .unwrap(),
    };
    let line = markdown().line(&audit_line(&entry));
    assert!(line.ends_with(r" (names a \*patient\*)"), "{line}");
}
