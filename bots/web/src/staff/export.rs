//! `/staff/export.csv` and `/staff/export.json`: the sprint's export (core's, the same files
//! `/export` sends in a chat: what everyone can read), as a download; `?table=updates` or
//! `?table=responses` for the team's updates or each comment's wait for a response, as
//! `/export updates` does. Moderators and admins only, as in the chat; core checks and audits
//! it.

use super::{signed_in, staff_reader};
use crate::Board;
use crate::pages::{Reader, failure, problem};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use crowdsprint_core::Error;
use crowdsprint_core::domain::{ExportFormat, ExportTable, SprintId};

pub async fn csv(state: State<Board>, reader: Reader, headers: HeaderMap) -> Response {
    download(state, reader, headers, ExportFormat::Csv).await
}

pub async fn json(state: State<Board>, reader: Reader, headers: HeaderMap) -> Response {
    download(state, reader, headers, ExportFormat::Json).await
}

async fn download(
    State(board): State<Board>,
    reader: Reader,
    headers: HeaderMap,
    format: ExportFormat,
) -> Response {
    let (session, _) = match signed_in(&board, &reader, &headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let reader = staff_reader(&reader, &session);
    // `?sprint=N`; anything else there means the current sprint, as in the chat.
    let sprint = match reader.query("sprint").and_then(|s| s.parse::<i64>().ok()) {
        Some(id) => SprintId(id),
        None => match board.core.current_sprint().await {
            Ok(sprint) => sprint.id,
            Err(error) => return failure(&board, &reader, &error),
        },
    };
    // `?table=`; anything else there means the ideas, the file the page has always offered.
    let table = reader
        .query("table")
        .and_then(|t| t.parse().ok())
        .unwrap_or(ExportTable::Ideas);
    // An export is a few megabytes at most (it is what `/export` uploads to a chat), so it is
    // written whole before the answer starts: a failure half-way is an error page, not a
    // truncated file that looks complete.
    let mut file = Vec::new();
    match board
        .core
        .export_as_asked(&session.actor, sprint, table, format, false, &mut file)
        .await
    {
        Ok(_) => {}
        Err(Error::User(error)) => {
            let text = reader.words(&board).msg(&error.to_msg());
            return problem(
                &board,
                &reader,
                StatusCode::FORBIDDEN,
                "web-staff-failed-heading",
                text,
            );
        }
        Err(error) => return failure(&board, &reader, &error),
    }
    let kind = match format {
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Json => "application/json",
    };
    let name = table.file_name(sprint, format);
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, kind.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        file,
    )
        .into_response()
}
