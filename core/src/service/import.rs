//! Importing ideas collated from chat and connect sessions, from CSV, recording where they
//! came from. Every row is checked first; one bad row rejects the file and nothing is written.

use super::Core;
use crate::domain::pii;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::NewIdeaRow;
use serde::Serialize;
use std::io::Read;

/// A row that cannot be imported, with the line it is on (1 is the header).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportError {
    pub line: u64,
    pub problem: Msg,
}

/// What an import did. When `rejected` is not empty, nothing was imported.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub imported: u64,
    pub held: u64,
    pub rejected: Vec<ImportError>,
}

#[derive(Debug)]
struct ValidRow {
    challenge: ChallengeId,
    title: IdeaTitle,
    body: IdeaBody,
    kind: IdeaKind,
}

impl Core {
    /// Imports ideas into `sprint` from CSV with the columns `challenge` (number or exact title),
    /// `title`, and optionally `body` and `kind`. `source` names the session they came from
    /// (e.g. "chat session 2026-08-15"). `progress(done, total)` is called as rows are written.
    #[tracing::instrument(skip_all, fields(sprint = %sprint))]
    pub async fn import_ideas<R: Read + Send>(
        &self,
        actor: &Actor,
        sprint: SprintId,
        source: Title,
        input: R,
        mut progress: impl FnMut(u64, u64) + Send,
    ) -> Result<ImportReport> {
        actor.may(Action::Moderate)?;
        let challenges = {
            let mut conn = self.store.read().await?;
            let mut db = conn.db();
            db.sprint(sprint).await?.or_not_found(sprint)?;
            db.challenges(sprint).await?
        };
        let (rows, rejected) = parse_rows(input, &challenges)?;
        if !rejected.is_empty() || rows.is_empty() {
            return Ok(ImportReport {
                rejected,
                ..ImportReport::default()
            });
        }
        let origin = Origin::Import(source.into_inner());
        let now = self.now();
        let total = rows.len() as u64;
        let mut report = ImportReport::default();
        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        for (done, row) in rows.iter().enumerate() {
            let held_for = pii::scan(&format!("{}\n{}", row.title, row.body));
            let visibility = if held_for.is_empty() {
                Visibility::Visible
            } else {
                Visibility::Pending
            };
            let id = db
                .insert_idea(&NewIdeaRow {
                    sprint,
                    challenge: row.challenge,
                    author: None,
                    title: row.title.as_str(),
                    body: row.body.as_str(),
                    kind: row.kind,
                    origin: &origin,
                    visibility: &visibility,
                    held_for: &held_for,
                    now,
                })
                .await?;
            if held_for.is_empty() {
                let event = Event::IdeaPublished {
                    idea: id,
                    sprint,
                    challenge: row.challenge,
                    title: row.title.to_string(),
                };
                db.enqueue(&event, None, Some(sprint), now).await?;
            } else {
                report.held += 1;
            }
            report.imported += 1;
            progress(done as u64 + 1, total);
        }
        let details = format!("{} ideas from {}", report.imported, origin.to_stored());
        db.audit(
            actor.member(),
            AuditAction::Import,
            &format!("sprint:{sprint}"),
            None,
            &details,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }
}

/// Reads and checks every row; returns the good ones and a problem for each bad one.
fn parse_rows<R: Read>(
    input: R,
    challenges: &[Challenge],
) -> Result<(Vec<ValidRow>, Vec<ImportError>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::Headers)
        .from_reader(input);
    let headers: Vec<String> = reader.headers()?.iter().map(|h| h.to_lowercase()).collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let mut rejected = Vec::new();
    let (Some(challenge_col), Some(title_col)) = (column("challenge"), column("title")) else {
        let missing = if column("challenge").is_none() {
            "challenge"
        } else {
            "title"
        };
        rejected.push(ImportError {
            line: 1,
            problem: Msg::new("import-missing-column").arg("column", missing),
        });
        return Ok((Vec::new(), rejected));
    };
    let (body_col, kind_col) = (column("body"), column("kind"));
    let mut rows = Vec::new();
    // The line a row starts on, as a text editor shows it: a quoted cell can span several
    // lines and blank lines are skipped, so counting records would point at the wrong line.
    let mut last_line = 1;
    for record in reader.records() {
        let position = match &record {
            Ok(r) => r.position(),
            Err(e) => e.position(),
        };
        let line = position.map_or(last_line + 1, csv::Position::line);
        last_line = line;
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                rejected.push(ImportError {
                    line,
                    problem: Msg::new("import-unreadable-row"),
                });
                continue;
            }
        };
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).unwrap_or("").trim();
        let challenge_text = cell(Some(challenge_col));
        let challenge = challenges.iter().find(|c| {
            challenge_text
                .parse::<ChallengeId>()
                .is_ok_and(|id| id == c.id)
                || c.title.eq_ignore_ascii_case(challenge_text)
        });
        let Some(challenge) = challenge else {
            rejected.push(ImportError {
                line,
                problem: Msg::new("import-unknown-challenge").arg("challenge", challenge_text),
            });
            continue;
        };
        let kind_text = cell(kind_col);
        let kind = if kind_text.is_empty() {
            Ok(IdeaKind::Idea)
        } else {
            kind_text.parse()
        };
        let Ok(kind) = kind else {
            rejected.push(ImportError {
                line,
                problem: Msg::new("import-unknown-kind").arg("kind", kind_text),
            });
            continue;
        };
        match (
            IdeaTitle::parse(cell(Some(title_col))),
            IdeaBody::parse(cell(body_col)),
        ) {
            (Ok(title), Ok(body)) => rows.push(ValidRow {
                challenge: challenge.id,
                title,
                body,
                kind,
            }),
            (Err(e), _) | (_, Err(e)) => rejected.push(ImportError {
                line,
                problem: e.to_msg(),
            }),
        }
    }
    Ok((rows, rejected))
}
