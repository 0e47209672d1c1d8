//! The export's two small tables beside the ideas file: the team's updates, and the response
//! promise comment by comment (`/export updates`, `/export responses`). Each is read whole (a
//! sprint has a few updates and at most some thousands of comments) and written as CSV with a
//! header row, people's text made spreadsheet-safe, or as a JSON array.

use super::Core;
use super::export::{ExportScope, spreadsheet_safe};
use crate::domain::working_days::response_due;
use crate::domain::*;
use crate::error::Result;
use crate::store::ResponseRow;
use serde::Serialize;
use std::io::Write;

/// The updates a sprint export holds at most: a few a month is the norm.
const EXPORT_UPDATES: i64 = 10_000;

/// One team update in the export.
#[derive(Debug, Serialize)]
struct UpdateRecord<'a> {
    id: i64,
    sent: &'static str,
    created_at: String,
    title: &'a str,
    body: &'a str,
    link: &'a str,
    welsh_title: &'a str,
    welsh_body: &'a str,
}

impl<'a> UpdateRecord<'a> {
    fn of(update: &'a TeamUpdate) -> UpdateRecord<'a> {
        UpdateRecord {
            id: update.id.get(),
            sent: update.when.as_str(),
            created_at: update.created_at.to_rfc3339(),
            title: &update.title,
            body: &update.body,
            link: update.link.as_deref().unwrap_or_default(),
            welsh_title: update.welsh_title.as_deref().unwrap_or_default(),
            welsh_body: update.welsh_body.as_deref().unwrap_or_default(),
        }
    }
}

/// One comment awaiting (or given) the team's response in the export. No author and no
/// words: how the promise is kept, not who asked what.
#[derive(Debug, Serialize)]
struct ResponseRecord<'a> {
    comment: i64,
    idea: i64,
    challenge: &'a str,
    asked_at: String,
    due_at: String,
    first_response_at: String,
    /// Hours from the comment to the first response (or to now, while it waits).
    waited_hours: i64,
    /// `within_target`, `late`, `waiting` or `overdue`.
    status: &'static str,
    target_days: u32,
}

impl<'a> ResponseRecord<'a> {
    fn of(
        row: &'a ResponseRow,
        days: u32,
        zone: chrono_tz::Tz,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        let due = response_due(row.asked, days, zone);
        let status = match row.answered {
            Some(answered) if answered <= due => "within_target",
            Some(_) => "late",
            None if now <= due => "waiting",
            None => "overdue",
        };
        let waited = row.answered.unwrap_or(now) - row.asked;
        ResponseRecord {
            comment: row.comment.get(),
            idea: row.idea.get(),
            challenge: &row.challenge,
            asked_at: row.asked.to_rfc3339(),
            due_at: due.to_rfc3339(),
            first_response_at: row.answered.map(|a| a.to_rfc3339()).unwrap_or_default(),
            waited_hours: waited.num_hours().max(0),
            status,
            target_days: days,
        }
    }
}

impl Core {
    /// The sprint's team updates, newest first.
    pub(super) async fn export_updates<W: Write + Send>(
        &self,
        sprint: SprintId,
        format: ExportFormat,
        out: W,
    ) -> Result<u64> {
        let updates = {
            let mut conn = self.store.read().await?;
            conn.db().sprint_updates(sprint, EXPORT_UPDATES).await?
        };
        let records: Vec<UpdateRecord> = updates.iter().map(UpdateRecord::of).collect();
        write_table(&records, format, out)
    }

    /// The response promise, one row per comment that asked for a response.
    pub(super) async fn export_responses<W: Write + Send>(
        &self,
        sprint: &Sprint,
        scope: ExportScope,
        format: ExportFormat,
        out: W,
    ) -> Result<u64> {
        let rows = {
            let mut conn = self.store.read().await?;
            conn.db().response_rows(sprint.id).await?
        };
        let (days, zone, now) = (
            self.response_target(sprint),
            self.settings.timezone,
            self.now(),
        );
        let records: Vec<ResponseRecord> = rows
            .iter()
            .filter(|row| row.public || scope == ExportScope::WithWithheld)
            .map(|row| ResponseRecord::of(row, days, zone, now))
            .collect();
        write_table(&records, format, out)
    }
}

/// A small table of the export (updates, responses): its CSV header and cells, and its
/// JSON from `Serialize`.
trait Table: Serialize {
    const HEADER: &'static [&'static str];
    /// The row's cells in `HEADER`'s order, people's text made spreadsheet-safe.
    fn cells(&self) -> Vec<String>;
}

impl Table for UpdateRecord<'_> {
    const HEADER: &'static [&'static str] = &[
        "id",
        "sent",
        "created_at",
        "title",
        "body",
        "link",
        "welsh_title",
        "welsh_body",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.sent.to_owned(),
            self.created_at.clone(),
            spreadsheet_safe(self.title),
            spreadsheet_safe(self.body),
            self.link.to_owned(),
            spreadsheet_safe(self.welsh_title),
            spreadsheet_safe(self.welsh_body),
        ]
    }
}

impl Table for ResponseRecord<'_> {
    const HEADER: &'static [&'static str] = &[
        "comment",
        "idea",
        "challenge",
        "asked_at",
        "due_at",
        "first_response_at",
        "waited_hours",
        "status",
        "target_days",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.comment.to_string(),
            self.idea.to_string(),
            spreadsheet_safe(self.challenge),
            self.asked_at.clone(),
            self.due_at.clone(),
            self.first_response_at.clone(),
            self.waited_hours.to_string(),
            self.status.to_owned(),
            self.target_days.to_string(),
        ]
    }
}

/// A small table written whole (it is read whole: a sprint has a few updates and, at most,
/// some thousands of comments): CSV with its header, or a JSON array.
fn write_table<W: Write, T: Table>(records: &[T], format: ExportFormat, mut out: W) -> Result<u64> {
    match format {
        ExportFormat::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(T::HEADER)?;
            for record in records {
                csv.write_record(record.cells())?;
            }
            csv.flush()?;
        }
        ExportFormat::Json => {
            serde_json::to_writer(&mut out, records)?;
            out.write_all(b"\n")?;
            out.flush()?;
        }
    }
    Ok(records.len() as u64)
}
