//! `crowdsprint locales render`: the translators' review file, every message of a language
//! rendered with realistic arguments (see `crowdsprint_core::i18n::review`), to read top to
//! bottom as a careful editor would. CI writes one per language.

use anyhow::Context;
use crowdsprint_core::domain::Locale;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::i18n::review::review;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct LocalesArgs {
    #[command(subcommand)]
    command: LocalesCommand,
}

#[derive(Debug, clap::Subcommand)]
enum LocalesCommand {
    /// Write every message of a language with realistic arguments, for a reviewer to read.
    Render {
        /// The language's tag (en-GB, cy, pl, ro, pa, ur, pt, ar), or `all`.
        #[arg(long)]
        lang: String,
        /// Where to write: a file for one language (standard output if left out), a folder
        /// (one `<tag>.txt` each) for `all`.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

pub fn run(args: LocalesArgs) -> anyhow::Result<ExitCode> {
    let LocalesCommand::Render { lang, out } = args.command;
    let catalog = Catalog::load().context("the embedded messages do not load")?;
    if lang.eq_ignore_ascii_case("all") {
        let folder = out.context("--lang all writes one file per language: give --out FOLDER")?;
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("cannot create {}", folder.display()))?;
        for locale in Locale::ALL {
            let path = folder.join(format!("{}.txt", locale.tag()));
            write(&path, &review(&catalog, *locale))?;
        }
        println!(
            "Wrote the review of {} languages to {}.",
            Locale::ALL.len(),
            folder.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let Some(locale) = Locale::from_tag(&lang).or_else(|| Locale::negotiate(&lang)) else {
        let known: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        anyhow::bail!(
            "no language {lang:?}: choose one of {} or all",
            known.join(", ")
        );
    };
    let text = review(&catalog, locale);
    match out {
        Some(path) => {
            write(&path, &text)?;
            println!("Wrote the {} review to {}.", locale.tag(), path.display());
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn write(path: &PathBuf, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}
