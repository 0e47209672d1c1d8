//! crowdsprint-console: the crowdsprint conversation in a terminal. It speaks the same commands
//! the Telegram bot will, through the same parser and the same core, so it is both a way to try
//! crowdsprint with no tokens and a faithful rehearsal of the chat bots.

mod commands;
mod dialogue;

use crowdsprint_core::layout::{self, Renderer};

use crowdsprint_core::command::{self, ParseError};
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::{Core, Error};
use std::sync::Arc;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

/// One person's conversation in the terminal.
#[derive(Debug)]
pub struct Console {
    core: Core,
    catalog: Arc<Catalog>,
    identity: Identity,
    /// The name given with `--as`, offered during registration.
    name: String,
    /// Language before registration (and for people who have not chosen one).
    preferred: Locale,
    /// Whether the last reply asked a question (core holds the conversation itself): only
    /// for the prompt sign.
    in_conversation: bool,
    /// Where `/export` writes its files.
    export_dir: std::path::PathBuf,
}

impl Console {
    /// A conversation as `name` (identity `console:<name>`).
    pub fn new(core: Core, catalog: Arc<Catalog>, name: &str, preferred: Locale) -> Console {
        Console {
            core,
            catalog,
            identity: Identity::new(Platform::Console, name.trim()),
            name: name.trim().to_owned(),
            preferred,
            in_conversation: false,
            export_dir: std::path::PathBuf::from("."),
        }
    }

    /// Where `/export` writes files (the working directory by default).
    pub fn set_export_dir(&mut self, dir: impl Into<std::path::PathBuf>) {
        self.export_dir = dir.into();
    }

    /// The greeting shown when the console starts.
    pub async fn greeting(&mut self) -> String {
        let actor = self.core.actor_for(&self.identity).await.ok().flatten();
        let r = self.renderer(actor.as_ref());
        match actor {
            Some(_) => r.msg(&Msg::new("member-welcome-back").arg("name", self.name.as_str())),
            None => r.msg(&Msg::new("console-welcome").arg("name", self.name.as_str())),
        }
    }

    /// Handles one line the person typed and returns the reply. Never fails: mistakes become
    /// explanations, internal problems an apology with a reference to find them in the logs.
    pub async fn handle_line(&mut self, line: &str) -> String {
        let actor = match self.core.actor_for(&self.identity).await {
            Ok(actor) => actor,
            Err(error) => return self.internal_error(None, &error),
        };
        let result = self.dispatch(actor.as_ref(), line).await;
        // The language may have changed (registration, /language): read the actor again.
        let actor = self.core.actor_for(&self.identity).await.ok().flatten();
        match result {
            Ok(reply) => reply,
            Err(Error::User(user)) => self.renderer(actor.as_ref()).msg(&user.to_msg()),
            Err(error) => self.internal_error(actor.as_ref(), &error),
        }
    }

    async fn dispatch(&mut self, actor: Option<&Actor>, line: &str) -> Result<String, Error> {
        let line = line.trim_end_matches(['\r', '\n']);
        let is_command = line.trim_start().starts_with('/');
        if !is_command && let Some(reply) = self.converse(actor, line).await? {
            return Ok(reply);
        }
        if line.trim() == "/cancel" {
            self.in_conversation = false;
            let id = if self.core.end_conversation(&self.identity).await? {
                "conversation-cancelled"
            } else {
                "conversation-nothing-to-cancel"
            };
            return Ok(self.renderer(actor).text(id));
        }
        if is_command && self.in_conversation {
            tracing::debug!("conversation interrupted by a command");
            self.in_conversation = false;
            self.core.end_conversation(&self.identity).await?;
        }
        if line.trim().is_empty() {
            return Ok(String::new());
        }
        match command::parse(line) {
            Ok(cmd) => self.run_command(actor, cmd).await,
            Err(ParseError::NotACommand) => self.offer_idea(actor, line).await,
            Err(error) => Ok(self.parse_error(actor, &error)),
        }
    }

    fn parse_error(&self, actor: Option<&Actor>, error: &ParseError) -> String {
        self.renderer(actor).doc(&layout::parse_error(error))
    }

    fn internal_error(&self, actor: Option<&Actor>, error: &Error) -> String {
        let reference = format!("{:08x}", rand::random::<u32>());
        tracing::error!(%reference, error = %error, source = ?std::error::Error::source(error), "request failed");
        self.renderer(actor)
            .msg(&Msg::new("error-internal").arg("reference", reference))
    }

    fn locale(&self, actor: Option<&Actor>) -> Locale {
        actor.map(Actor::locale).unwrap_or(self.preferred)
    }

    fn renderer(&self, actor: Option<&Actor>) -> Renderer<'_> {
        Renderer::new(&self.catalog, self.locale(actor))
    }

    /// The prompt to show before reading the next line.
    pub fn prompt(&self) -> &'static str {
        if self.in_conversation { "? " } else { "> " }
    }
}

/// Runs a console conversation until the input ends or the person types `/quit`.
pub async fn run<R, W>(
    console: &mut Console,
    input: R,
    mut output: W,
    interactive: bool,
) -> std::io::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let greeting = console.greeting().await;
    output.write_all(format!("{greeting}\n").as_bytes()).await?;
    let mut lines = input.lines();
    loop {
        if interactive {
            output.write_all(console.prompt().as_bytes()).await?;
        }
        output.flush().await?;
        let Some(line) = lines.next_line().await? else {
            break;
        };
        if matches!(line.trim(), "/quit" | "/exit") {
            break;
        }
        let reply = console.handle_line(&line).await;
        if !reply.is_empty() {
            output.write_all(format!("{reply}\n").as_bytes()).await?;
        }
    }
    output.flush().await
}
