//! The theming team's working file: a sprint's ideas with challenges, themes, votes, comments
//! and responses, as CSV or JSON, streamed a page at a time; and beside it the team's updates
//! and the response promise comment by comment (`ExportTable`, in `export_tables`).
//!
//! The file leaves the service (it travels as a chat attachment), so by default it holds only
//! what everyone can already read. Held and hidden ideas and comments go in only when an admin
//! asks for them by name (`withheld`), audited as such, each marked by its visibility.

use super::Core;
use crate::domain::*;
use crate::error::Result;
use crate::store::ExportRow;
use serde::Serialize;
use std::io::Write;

/// What goes into an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ExportScope {
    /// What everyone can read.
    Public,
    /// Held and hidden too (never merged duplicates: their content lives on in the target).
    WithWithheld,
}

impl ExportScope {
    fn includes(self, visibility: &Visibility) -> bool {
        match self {
            ExportScope::Public => *visibility == Visibility::Visible,
            ExportScope::WithWithheld => true,
        }
    }
}

/// Ideas read from the database per round trip while exporting.
const PAGE: i64 = 200;

/// One idea in the JSON export.
#[derive(Debug, Serialize)]
struct JsonIdea<'a> {
    id: i64,
    challenge: &'a str,
    title: &'a str,
    body: &'a str,
    kind: IdeaKind,
    origin: String,
    author: Option<&'a str>,
    visibility: &'static str,
    review: ReviewState,
    stage: DevelopmentStage,
    /// What became of it ("you said, we did"), once the team has said.
    outcome: Option<Outcome>,
    outcome_note: Option<&'a str>,
    supporters: i64,
    themes: &'a [String],
    comments: Vec<JsonComment<'a>>,
    created_at: String,
}

#[derive(Debug, Serialize)]
struct JsonComment<'a> {
    id: i64,
    visibility: &'static str,
    reply_to: Option<i64>,
    author: Option<&'a str>,
    body: &'a str,
    is_response: bool,
    created_at: String,
}

const CSV_HEADER: [&str; 17] = [
    "id",
    "challenge",
    "title",
    "body",
    "kind",
    "origin",
    "author",
    "visibility",
    "review",
    "stage",
    "outcome",
    "outcome_note",
    "supporters",
    "comments",
    "themes",
    "responses",
    "created_at",
];

/// Text as a spreadsheet will show it, never run it: a cell starting with `=`, `+`, `-`, `@`
/// (or a tab or carriage return) is a formula to Excel and friends, so anyone could plant one
/// in an idea. A leading apostrophe makes it plain text; the JSON export stays untouched.
pub fn spreadsheet_safe(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

impl Core {
    /// Writes a sprint's working file to `out`: what everyone can read. Returns how many
    /// ideas were written.
    pub async fn export_sprint<W: Write + Send>(
        &self,
        actor: &Actor,
        sprint: SprintId,
        format: ExportFormat,
        out: W,
    ) -> Result<u64> {
        self.export_sprint_as_asked(actor, sprint, format, false, out)
            .await
    }

    /// Like `export_sprint`; with `withheld`, held and hidden ideas and comments go in too,
    /// marked as such: admins only, and audited apart from ordinary exports.
    pub async fn export_sprint_as_asked<W: Write + Send>(
        &self,
        actor: &Actor,
        sprint: SprintId,
        format: ExportFormat,
        withheld: bool,
        out: W,
    ) -> Result<u64> {
        self.export_as_asked(actor, sprint, ExportTable::Ideas, format, withheld, out)
            .await
    }

    /// Writes one of a sprint's tables to `out` (see `export_sprint_as_asked` for
    /// `withheld`); returns how many rows were written.
    pub async fn export_as_asked<W: Write + Send>(
        &self,
        actor: &Actor,
        sprint: SprintId,
        table: ExportTable,
        format: ExportFormat,
        withheld: bool,
        out: W,
    ) -> Result<u64> {
        let scope = if withheld {
            if actor.role() < Role::Admin {
                return Err(UserError::NotAllowed {
                    needed: Role::Admin,
                }
                .into());
            }
            ExportScope::WithWithheld
        } else {
            ExportScope::Public
        };
        self.export(actor, sprint, table, format, scope, out).await
    }

    #[tracing::instrument(skip_all, fields(sprint = %sprint, table = table.as_str(), scope = ?scope))]
    async fn export<W: Write + Send>(
        &self,
        actor: &Actor,
        sprint: SprintId,
        table: ExportTable,
        format: ExportFormat,
        scope: ExportScope,
        out: W,
    ) -> Result<u64> {
        actor.may(Action::Export)?;
        let now = self.now();
        let sprint_row = {
            let mut conn = self.store.read().await?;
            conn.db().sprint(sprint).await?.or_not_found(sprint)?
        };
        let written = match (table, format) {
            (ExportTable::Ideas, ExportFormat::Csv) => self.export_csv(sprint, scope, out).await?,
            (ExportTable::Ideas, ExportFormat::Json) => {
                self.export_json(sprint, scope, out).await?
            }
            (ExportTable::Updates, format) => self.export_updates(sprint, format, out).await?,
            (ExportTable::Responses, format) => {
                self.export_responses(&sprint_row, scope, format, out)
                    .await?
            }
        };
        let mut tx = self.store.begin().await?;
        let details = format!("{written} {} as {format:?}", table.as_str());
        let action = match scope {
            ExportScope::Public => AuditAction::Export,
            ExportScope::WithWithheld => AuditAction::ExportWithheld,
        };
        tx.db()
            .audit(
                actor.member(),
                action,
                &format!("sprint:{sprint}"),
                None,
                &details,
                now,
            )
            .await?;
        tx.commit().await?;
        Ok(written)
    }

    /// Calls `each` for every exportable idea of a sprint, a page at a time.
    async fn for_each_export_row(
        &self,
        sprint: SprintId,
        scope: ExportScope,
        mut each: impl FnMut(&ExportRow) -> Result<()> + Send,
    ) -> Result<u64> {
        let mut after = IdeaId(0);
        let mut count = 0;
        loop {
            let page = {
                let mut conn = self.store.read().await?;
                conn.db().export_page(sprint, after, PAGE).await?
            };
            let mut page = page;
            let Some(last) = page.last() else { break };
            after = last.idea.id;
            for row in page
                .iter_mut()
                .filter(|row| scope.includes(&row.idea.visibility))
            {
                row.comments.retain(|c| scope.includes(&c.visibility));
                each(row)?;
                count += 1;
            }
        }
        Ok(count)
    }

    async fn export_csv<W: Write + Send>(
        &self,
        sprint: SprintId,
        scope: ExportScope,
        out: W,
    ) -> Result<u64> {
        let mut csv = csv::Writer::from_writer(out);
        csv.write_record(CSV_HEADER)?;
        let count = self
            .for_each_export_row(sprint, scope, |row| {
                let idea = &row.idea;
                let visible: Vec<&Comment> = row.comments.iter().collect();
                let responses: Vec<&str> = visible
                    .iter()
                    .filter(|c| c.is_response)
                    .map(|c| c.body.as_str())
                    .collect();
                csv.write_record([
                    idea.id.to_string(),
                    spreadsheet_safe(&row.challenge),
                    spreadsheet_safe(&idea.title),
                    spreadsheet_safe(&idea.body),
                    idea.kind.as_str().to_owned(),
                    idea.origin.to_stored(),
                    spreadsheet_safe(own_author(idea).unwrap_or_default()),
                    idea.visibility.word().to_owned(),
                    idea.review.as_str().to_owned(),
                    idea.stage.as_str().to_owned(),
                    row.outcome
                        .as_ref()
                        .map(|(o, _)| o.as_str().to_owned())
                        .unwrap_or_default(),
                    spreadsheet_safe(row.outcome.as_ref().map_or("", |(_, note)| note.as_str())),
                    idea.supporters.to_string(),
                    visible.len().to_string(),
                    spreadsheet_safe(&row.themes.join("; ")),
                    spreadsheet_safe(&responses.join("\n---\n")),
                    idea.created_at.to_rfc3339(),
                ])?;
                Ok(())
            })
            .await?;
        csv.flush()?;
        Ok(count)
    }

    async fn export_json<W: Write + Send>(
        &self,
        sprint: SprintId,
        scope: ExportScope,
        mut out: W,
    ) -> Result<u64> {
        out.write_all(b"[")?;
        let mut first = true;
        let count = self
            .for_each_export_row(sprint, scope, |row| {
                let idea = &row.idea;
                let comments = row
                    .comments
                    .iter()
                    .map(|c| JsonComment {
                        id: c.id.get(),
                        visibility: c.visibility.word(),
                        reply_to: c.parent_id.map(CommentId::get),
                        author: c.author_name.as_deref(),
                        body: &c.body,
                        is_response: c.is_response,
                        created_at: c.created_at.to_rfc3339(),
                    })
                    .collect();
                let item = JsonIdea {
                    id: idea.id.get(),
                    challenge: &row.challenge,
                    title: &idea.title,
                    body: &idea.body,
                    kind: idea.kind,
                    origin: idea.origin.to_stored(),
                    author: own_author(idea),
                    visibility: idea.visibility.word(),
                    review: idea.review,
                    stage: idea.stage,
                    outcome: row.outcome.as_ref().map(|(o, _)| *o),
                    outcome_note: row.outcome.as_ref().map(|(_, note)| note.as_str()),
                    supporters: idea.supporters,
                    themes: &row.themes,
                    comments,
                    created_at: idea.created_at.to_rfc3339(),
                };
                if !first {
                    out.write_all(b",\n")?;
                }
                first = false;
                serde_json::to_writer(&mut out, &item)?;
                Ok(())
            })
            .await?;
        out.write_all(b"]\n")?;
        out.flush()?;
        Ok(count)
    }
}

/// The author column: empty for an idea captured on a group's behalf (its origin names the
/// session), which is the group's and not the champion's who typed it.
fn own_author(idea: &Idea) -> Option<&str> {
    match idea.origin.captured_at() {
        Some(_) => None,
        None => idea.author_name.as_deref(),
    }
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formulas_become_plain_text_in_the_csv() {
        assert_eq!(
            spreadsheet_safe("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(spreadsheet_safe("+44 idea"), "'+44 idea");
        assert_eq!(spreadsheet_safe("@everyone"), "'@everyone");
        assert_eq!(spreadsheet_safe("Plain idea - fine"), "Plain idea - fine");
        assert_eq!(spreadsheet_safe(""), "");
    }
}
