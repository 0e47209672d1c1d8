//! The interactions endpoint: Discord POSTs each interaction to our HTTPS address instead of
//! sending it down the gateway (deployments behind a load balancer). Every request must carry
//! a valid Ed25519 signature and a recent timestamp, else 401; a body we cannot read gets 400.
//! The answer goes back in the HTTP response when it is ready within `ANSWER_WITHIN`; later
//! than that, Discord is told "thinking…" and the answer follows through REST (the
//! interaction's token lives 15 minutes), so Discord's 3-second deadline is never missed.

use crate::app::App;
use crate::note::Answer;
use crate::respond::{self, ANSWER_WITHIN};
use crate::verify::RequestVerifier;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serenity::builder::{CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::model::application::Interaction;
use std::sync::Arc;

/// Where Discord posts interactions (set it as the application's Interactions Endpoint URL).
pub const PATH: &str = "/discord/interactions";

#[derive(Clone)]
struct Endpoint {
    app: Arc<App>,
    verifier: RequestVerifier,
}

/// The endpoint's route, to mount on the service's HTTP listener.
pub fn router(app: Arc<App>, verifier: RequestVerifier) -> Router {
    Router::new()
        .route(PATH, post(receive))
        .with_state(Endpoint { app, verifier })
}

async fn receive(State(endpoint): State<Endpoint>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let now = chrono::Utc::now().timestamp();
    if let Err(rejected) = endpoint.verifier.check(
        header("x-signature-ed25519"),
        header("x-signature-timestamp"),
        &body,
        now,
    ) {
        tracing::warn!(%rejected, "interaction refused");
        return (StatusCode::UNAUTHORIZED, "invalid request signature").into_response();
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(interaction) => interaction,
        Err(error) => {
            tracing::warn!(%error, "unreadable interaction");
            // Signed by Discord, so saying what did not parse helps whoever reads their logs.
            return (
                StatusCode::BAD_REQUEST,
                format!("unreadable interaction: {error}"),
            )
                .into_response();
        }
    };
    if let Interaction::Ping(_) = interaction {
        return json(&CreateInteractionResponse::Pong);
    }
    let token = interaction_token(&interaction);
    let app = endpoint.app.clone();
    let mut work = tokio::spawn(async move { app.answer(interaction).await });
    match tokio::time::timeout(ANSWER_WITHIN, &mut work).await {
        Ok(Ok(answer)) if !answer.has_file() => json(&answer.into_response()),
        Ok(Ok(answer)) => {
            // A file goes by REST: acknowledge now, upload next.
            let (defer, private) = deferral(&answer);
            let http = endpoint.app.http.clone();
            tokio::spawn(async move { respond::finish(&http, &token, answer).await });
            respond_deferred(defer, private)
        }
        Ok(Err(error)) => {
            tracing::error!(%error, "an interaction handler stopped");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
        Err(_) => {
            let http = endpoint.app.http.clone();
            tokio::spawn(async move {
                match work.await {
                    Ok(answer) => respond::finish(&http, &token, answer).await,
                    Err(error) => tracing::error!(%error, "an interaction handler stopped"),
                }
            });
            // Not knowing yet, say "thinking…" to the member only.
            json(&respond::deferral())
        }
    }
}

/// Whether to defer as a new message (`true`) or as an update, and privately.
fn deferral(answer: &Answer) -> (bool, bool) {
    match answer {
        Answer::Send(note) => (true, note.ephemeral),
        Answer::Update(note) => (false, note.ephemeral),
        Answer::Form(_) | Answer::Choices(_) => (true, true),
    }
}

fn respond_deferred(new_message: bool, private: bool) -> Response {
    if new_message {
        json(&CreateInteractionResponse::Defer(
            CreateInteractionResponseMessage::new().ephemeral(private),
        ))
    } else {
        json(&CreateInteractionResponse::Acknowledge)
    }
}

fn json(response: &CreateInteractionResponse) -> Response {
    axum::Json(response).into_response()
}

fn interaction_token(interaction: &Interaction) -> String {
    match interaction {
        Interaction::Command(i) | Interaction::Autocomplete(i) => i.token.clone(),
        Interaction::Component(i) => i.token.clone(),
        Interaction::Modal(i) => i.token.clone(),
        Interaction::Ping(i) => i.token.clone(),
        _ => String::new(),
    }
}
