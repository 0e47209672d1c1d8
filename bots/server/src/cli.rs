//! The command-line subcommands other than `serve`: console, import, export and seed-demo.

use crate::operator_identity;
use anyhow::Context;
use crowdsprint_core::Core;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::{ExportFormat, Registration};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, clap::Args)]
pub struct ConsoleArgs {
    /// Who you are in this conversation (your console identity), e.g. --as priya.
    #[arg(
        long = "as",
        value_name = "NAME",
        env = "USER",
        default_value = "guest"
    )]
    name: String,
    /// Language before you register: en-GB or cy.
    #[arg(long, default_value = "en-GB")]
    lang: String,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The sprint to import into.
    #[arg(long)]
    sprint: i64,
    /// Where the ideas came from, e.g. "chat session 2026-08-15".
    #[arg(long)]
    source: String,
    /// CSV file with columns challenge, title, body (optional), kind (optional).
    file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The sprint to export.
    #[arg(long)]
    sprint: i64,
    /// csv (default) or json.
    #[arg(long, default_value = "csv")]
    format: String,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Include held and hidden ideas and comments, marked as such (audited).
    #[arg(long)]
    include_withheld: bool,
}

fn catalog() -> anyhow::Result<Arc<Catalog>> {
    Ok(Arc::new(
        Catalog::load().context("loading the message catalogue")?,
    ))
}

/// Renders a core error for the operator in British English, or passes internal errors on.
fn explain(catalog: &Catalog, error: crowdsprint_core::Error) -> anyhow::Error {
    match error.as_user() {
        Some(user) => anyhow::anyhow!(catalog.render(Locale::EnGb, &user.to_msg())),
        None => anyhow::Error::new(error),
    }
}

pub async fn console(core: Core, args: ConsoleArgs) -> anyhow::Result<ExitCode> {
    let locale = Locale::negotiate(&args.lang).unwrap_or_default();
    let mut console = crowdsprint_console::Console::new(core, catalog()?, &args.name, locale);
    let interactive = std::io::stdin().is_terminal();
    let input = tokio::io::BufReader::new(tokio::io::stdin());
    crowdsprint_console::run(&mut console, input, tokio::io::stdout(), interactive).await?;
    Ok(ExitCode::SUCCESS)
}

/// The operator actor for command-line tools, registered on first use.
async fn operator(core: &Core) -> anyhow::Result<Actor> {
    let identity = operator_identity();
    if let Some(actor) = core.actor_for(&identity).await? {
        return Ok(actor);
    }
    let registration = Registration {
        display_name: DisplayName::parse("Operator").map_err(|e| anyhow::anyhow!("{e}"))?,
        describes: Describes::Other,
        organisation: None,
        region: None,
        locale: Locale::EnGb,
        consent: true,
    };
    core.register(&identity, registration).await?;
    Ok(core.require_actor(&identity).await?)
}

pub async fn import(core: Core, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let catalog = catalog()?;
    let actor = operator(&core).await?;
    let source = Title::parse(&args.source)
        .map_err(|e| anyhow::anyhow!(catalog.render(Locale::EnGb, &e.to_msg())))?;
    let file = std::fs::File::open(&args.file)
        .with_context(|| format!("cannot open {}", args.file.display()))?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} ideas")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = {
        let bar = bar.clone();
        move |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
        }
    };
    let report = core
        .import_ideas(
            &actor,
            SprintId(args.sprint),
            source,
            std::io::BufReader::new(file),
            progress,
        )
        .await
        .map_err(|e| explain(&catalog, e))?;
    bar.finish_and_clear();
    if !report.rejected.is_empty() {
        eprintln!(
            "Nothing was imported: {} rows need fixing.",
            report.rejected.len()
        );
        for problem in &report.rejected {
            eprintln!(
                "  line {}: {}",
                problem.line,
                catalog.render(Locale::EnGb, &problem.problem)
            );
        }
        return Ok(ExitCode::FAILURE);
    }
    println!(
        "Imported {} ideas ({} held for review).",
        report.imported, report.held
    );
    Ok(ExitCode::SUCCESS)
}

pub async fn export(core: Core, args: ExportArgs) -> anyhow::Result<ExitCode> {
    let catalog = catalog()?;
    let actor = operator(&core).await?;
    let format: ExportFormat = args
        .format
        .parse()
        .map_err(|_| anyhow::anyhow!("--format must be csv or json, not {:?}", args.format))?;
    let sprint = SprintId(args.sprint);
    let count = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            core.export_sprint_as_asked(
                &actor,
                sprint,
                format,
                args.include_withheld,
                std::io::BufWriter::new(file),
            )
            .await
        }
        None => {
            core.export_sprint_as_asked(
                &actor,
                sprint,
                format,
                args.include_withheld,
                std::io::BufWriter::new(std::io::stdout()),
            )
            .await
        }
    }
    .map_err(|e| explain(&catalog, e))?;
    eprintln!("Exported {count} ideas.");
    Ok(ExitCode::SUCCESS)
}

pub async fn seed_demo(core: Core) -> anyhow::Result<ExitCode> {
    let catalog = catalog()?;
    let actor = operator(&core).await?;
    let summary = crowdsprint_core::demo::seed_demo(&core, &actor, chrono::Utc::now())
        .await
        .map_err(|e| explain(&catalog, e))?;
    if summary.already_present {
        println!("The demo is already loaded: nothing was changed.");
    } else {
        println!(
            "Loaded the demo: {} sprints, {} challenges, {} members, {} ideas ({} held for review), {} votes, {} comments.",
            summary.sprints,
            summary.challenges,
            summary.members,
            summary.ideas,
            summary.held_ideas,
            summary.votes,
            summary.comments
        );
    }
    println!(
        "Try it: `crowdsprint console --as YOURNAME`, then /start. To see the sprint team's view, \
         `crowdsprint console --as {}` (champion) or `--as {}` (moderator).",
        summary.champion.user_id, summary.moderator.user_id
    );
    Ok(ExitCode::SUCCESS)
}
