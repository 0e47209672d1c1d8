//! `crowdsprint backup FILE` and `crowdsprint restore FILE`: a consistent copy of the embedded
//! SQLite database taken while `serve` runs, and putting one back while nothing runs. Neither
//! opens the database for the service (no migration): a backup must not change what it copies.

use crate::settings::Settings;
use anyhow::Context;
use crowdsprint_core::Store;
use crowdsprint_core::store::{BackupError, restore_sqlite, sqlite_file};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// The new file to write (never overwritten).
    file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A file made by `crowdsprint backup`.
    file: PathBuf,
}

pub async fn backup(settings: &Settings, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let url = settings.database_url.expose();
    // Opening a missing file would create an empty database and back that up.
    if let Some(path) = sqlite_file(url)? {
        anyhow::ensure!(path.is_file(), "there is no database at {}", path.display());
    }
    let store = Store::connect(url)
        .await
        .with_context(|| format!("cannot open the database at {}", settings.database_label()))?;
    let written = store.backup_to(&args.file).await;
    store.close().await;
    match written {
        Ok(bytes) => {
            println!(
                "Backed up {} to {} ({bytes} bytes).",
                settings.database_label(),
                args.file.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => refused(error),
    }
}

pub async fn restore(settings: &Settings, args: RestoreArgs) -> anyhow::Result<ExitCode> {
    match restore_sqlite(&args.file, settings.database_url.expose()).await {
        Ok(restored) => {
            println!(
                "Restored {} from {}.",
                restored.database.display(),
                args.file.display()
            );
            if let Some(kept) = restored.kept {
                println!("The database it replaced is kept as {}.", kept.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => refused(error),
    }
}

/// A refusal is said plainly and exits 1; a database or file error keeps its cause.
fn refused(error: BackupError) -> anyhow::Result<ExitCode> {
    match error {
        BackupError::Database(_) | BackupError::Io(_) => Err(error.into()),
        plain => {
            eprintln!("crowdsprint: {plain}");
            Ok(ExitCode::FAILURE)
        }
    }
}
