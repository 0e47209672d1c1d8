//! Answers sent through REST: for the gateway, every answer; for the interactions endpoint,
//! the ones that came too late for the HTTP response or carry a file.

use crate::note::{Answer, Note};
use serenity::builder::{Builder, CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::http::Http;
use serenity::model::id::InteractionId;
use std::time::Duration;

/// How long we work on an answer before telling Discord "thinking…". Discord allows 3 s in
/// all, and the request and response take some of that.
pub const ANSWER_WITHIN: Duration = Duration::from_millis(2000);

/// "Thinking…", visible to the member only: the answer follows with `finish`.
pub fn deferral() -> CreateInteractionResponse {
    CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true))
}

/// Gateway mode: answers with what `work` produces if it is ready within `ANSWER_WITHIN`,
/// otherwise defers first and completes the interaction when it is.
pub async fn in_time(
    http: &Http,
    id: InteractionId,
    token: &str,
    mut work: tokio::task::JoinHandle<Answer>,
) {
    match tokio::time::timeout(ANSWER_WITHIN, &mut work).await {
        Ok(Ok(answer)) => first(http, id, token, answer).await,
        Ok(Err(error)) => tracing::error!(%error, "an interaction handler stopped"),
        Err(_) => {
            if let Err(error) = deferral().execute(http, (id, token)).await {
                tracing::warn!(%error, "could not defer an interaction");
            }
            match work.await {
                Ok(answer) => finish(http, token, answer).await,
                Err(error) => tracing::error!(%error, "an interaction handler stopped"),
            }
        }
    }
}

/// Sends the first response to an interaction (gateway mode).
pub async fn first(http: &Http, id: InteractionId, token: &str, answer: Answer) {
    let response: CreateInteractionResponse = answer.into_response();
    if let Err(error) = response.execute(http, (id, token)).await {
        tracing::warn!(%error, "could not answer an interaction");
    }
}

/// Completes a deferred interaction with `answer`, replacing the "thinking…" message.
pub async fn finish(http: &Http, token: &str, answer: Answer) {
    let note = match answer {
        Answer::Send(note) | Answer::Update(note) => note,
        // A form cannot follow a deferral; say so rather than leave "thinking…".
        Answer::Form(_) | Answer::Choices(_) => Note::private("…"),
    };
    let files = note.file.clone().into_iter().collect();
    let mut body = match serde_json::to_value(note.into_message()) {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "could not serialise a deferred answer");
            return;
        }
    };
    // Visibility was settled by the deferral; an edit may not change it.
    if let Some(map) = body.as_object_mut() {
        map.remove("flags");
    }
    if let Err(error) = http
        .edit_original_interaction_response(token, &body, files)
        .await
    {
        tracing::warn!(%error, "could not complete a deferred interaction");
    }
}
