//! `GET /staff`: one sprint's dashboard (`?sprint=N`, else the current one): the review queue
//! and the comments awaiting a response, each with its age and its actions, then the charts
//! and the downloads.

use super::actions::word;
use super::charts::{self, Chart};
use super::{signed_in, staff_reader};
use crate::Board;
use crate::frame::Frame;
use crate::pages::{Link, Reader, failure, html};
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, Duration, Utc};
use crowdsprint_core::domain::{
    Comment, ExportTable, Msg, Role, SprintId, Target, Visibility, words,
};
use crowdsprint_core::layout::Renderer;
use crowdsprint_core::service::{Dashboard, ReviewItem};

/// One item of a queue, with what its forms need.
#[derive(Debug)]
pub struct QueueItem {
    /// `12` or `c34`, as the forms send it.
    pub target: String,
    pub heading: String,
    pub body: String,
    pub meta: String,
    /// Why it waits, when it was held for personal details.
    pub held: Option<String>,
}

#[derive(Debug)]
pub struct SprintChoice {
    pub id: i64,
    pub title: String,
    pub current: bool,
}

/// The words of the forms, the same on every item.
#[derive(Debug)]
pub struct FormWords {
    pub approve: String,
    pub hide: String,
    pub reason: String,
    pub respond: String,
    pub response: String,
}

#[derive(Template)]
#[template(path = "staff.html")]
struct DashboardPage {
    frame: Frame,
    heading: String,
    signed_in: String,
    sign_out: String,
    csrf: String,
    sprint_label: String,
    show: String,
    sprints: Vec<SprintChoice>,
    sprint: i64,
    notice: Option<String>,
    review_heading: String,
    review_count: String,
    review: Vec<QueueItem>,
    awaiting_heading: String,
    awaiting_count: String,
    awaiting: Vec<QueueItem>,
    forms: FormWords,
    charts_heading: String,
    median: String,
    charts: Vec<Chart>,
    chart_data: String,
    downloads_heading: String,
    downloads: Vec<Link>,
}

pub async fn page(State(board): State<Board>, reader: Reader, headers: HeaderMap) -> Response {
    let (session, _) = match signed_in(&board, &reader, &headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let reader = staff_reader(&reader, &session);
    let sprint = reader
        .query("sprint")
        .and_then(|s| s.parse::<i64>().ok())
        .map(SprintId);
    let dashboard = match board.core.dashboard(&session.actor, sprint).await {
        Ok(dashboard) => dashboard,
        Err(error) => return failure(&board, &reader, &error),
    };
    let words = reader.words(&board);
    let sprint = dashboard.stats.sprint.id;
    let heading = words.text("web-staff-heading");
    let role = words.msg(&Msg::new("role-name").arg("role", session.actor.role().as_str()));
    let exports = session.actor.role() >= Role::Moderator;
    let waits: Vec<Duration> = dashboard
        .stats
        .first_responses
        .iter()
        .map(|r| r.wait())
        .collect();
    let page = DashboardPage {
        frame: reader.frame(&board, heading.clone()),
        heading,
        signed_in: words.msg(&Msg::new("web-staff-signed-in").arg("role", role)),
        sign_out: words.text("web-staff-sign-out"),
        csrf: session.csrf.clone(),
        sprint_label: words.text("web-staff-sprint"),
        show: words.text("web-staff-show"),
        sprints: dashboard
            .sprints
            .iter()
            .map(|s| SprintChoice {
                id: s.id.get(),
                title: s.title.clone(),
                current: s.id == sprint,
            })
            .collect(),
        sprint: sprint.get(),
        notice: notice(&words, &reader),
        review_heading: words.text("web-staff-review-heading"),
        review_count: words.msg(
            &Msg::new("review-heading")
                .arg("ideas", dashboard.review.ideas_waiting)
                .arg("comments", dashboard.review.comments_waiting),
        ),
        review: review_items(&words, &dashboard),
        awaiting_heading: words.text("web-staff-awaiting-heading"),
        awaiting_count: if dashboard.awaiting.is_empty() {
            words.text("awaiting-none")
        } else {
            words.msg(&Msg::new("web-staff-awaiting-count").arg("count", dashboard.awaiting.len()))
        },
        awaiting: awaiting_items(&words, &dashboard),
        forms: FormWords {
            approve: words.text("web-staff-approve"),
            hide: words.text("web-staff-hide"),
            reason: words.text("web-staff-hide-reason"),
            respond: words.text("web-staff-respond"),
            response: words.text("web-staff-response"),
        },
        charts_heading: words.text("web-staff-charts-heading"),
        median: words.msg(&dashboard.stats.responses.to_msg()),
        charts: vec![
            charts::activity(&words, &dashboard.activity),
            charts::challenges(&words, &dashboard.stats.challenges),
            charts::described(&words, &dashboard.described),
            charts::first_responses(&words, &waits),
        ],
        chart_data: words.text("web-chart-data"),
        downloads_heading: words.text("web-staff-downloads"),
        downloads: if exports {
            let tables = [
                ExportTable::Ideas,
                ExportTable::Updates,
                ExportTable::Responses,
            ];
            tables
                .into_iter()
                .flat_map(|table| ["csv", "json"].map(|format| (table, format)))
                .map(|(table, format)| Link {
                    href: match table {
                        ExportTable::Ideas => format!("/staff/export.{format}?sprint={sprint}"),
                        other => format!(
                            "/staff/export.{format}?sprint={sprint}&table={}",
                            other.as_str()
                        ),
                    },
                    text: words.msg(
                        &Msg::new("web-staff-download")
                            .arg("table", table.as_str())
                            .arg("format", format),
                    ),
                })
                .collect()
        } else {
            Vec::new()
        },
    };
    html(&page)
}

/// The note of what the last form did (`?done=approve&target=12`).
fn notice(words: &Renderer<'_>, reader: &Reader) -> Option<String> {
    let done = reader.query("done")?;
    let target = reader.query("target")?.parse::<Target>().ok()?;
    let action = match done {
        "approve" | "hide" | "respond" => done,
        _ => return None,
    };
    Some(
        words.msg(
            &Msg::new("web-staff-done")
                .arg("action", action)
                .arg("target", target.to_string()),
        ),
    )
}

fn review_items(words: &Renderer<'_>, dashboard: &Dashboard) -> Vec<QueueItem> {
    let held = |visibility: &Visibility| {
        (*visibility == Visibility::Pending).then(|| words.text("web-staff-held"))
    };
    dashboard
        .review
        .items
        .iter()
        .map(|item| match item {
            ReviewItem::Idea(idea) => QueueItem {
                target: word(item.target()),
                heading: words.msg(
                    &Msg::new("web-staff-idea")
                        .arg("id", idea.id.get())
                        .arg("title", idea.title.as_str()),
                ),
                body: idea.body.clone(),
                meta: meta(
                    words,
                    idea.author_name.as_deref(),
                    idea.created_at,
                    dashboard.now,
                ),
                held: held(&idea.visibility),
            },
            ReviewItem::Comment {
                comment,
                idea_title,
            } => comment_item(words, comment, idea_title, dashboard.now)
                .with_held(held(&comment.visibility)),
        })
        .collect()
}

fn awaiting_items(words: &Renderer<'_>, dashboard: &Dashboard) -> Vec<QueueItem> {
    dashboard
        .awaiting
        .iter()
        .map(|item| comment_item(words, &item.comment, &item.idea_title, dashboard.now))
        .collect()
}

/// A comment in either queue.
fn comment_item(
    words: &Renderer<'_>,
    comment: &Comment,
    idea_title: &str,
    now: DateTime<Utc>,
) -> QueueItem {
    QueueItem {
        target: word(Target::Comment(comment.id)),
        heading: words.msg(
            &Msg::new("web-staff-comment")
                .arg("id", comment.id.get())
                .arg("title", idea_title),
        ),
        body: comment.body.clone(),
        meta: meta(
            words,
            comment.author_name.as_deref(),
            comment.created_at,
            now,
        ),
        held: None,
    }
}

impl QueueItem {
    fn with_held(self, held: Option<String>) -> QueueItem {
        QueueItem { held, ..self }
    }
}

/// "Sam · waiting 3 hours".
fn meta(
    words: &Renderer<'_>,
    author: Option<&str>,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> String {
    words.msg(
        &Msg::new("web-staff-waiting")
            .arg("author", words::author(author))
            .arg("age", age(words, now - since)),
    )
}

/// A wait, in words.
fn age(words: &Renderer<'_>, wait: Duration) -> String {
    words.msg(&words::wait(wait))
}
