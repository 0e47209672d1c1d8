//! Check 2: the database answers and holds exactly the migrations of this release. Nothing is
//! created or migrated: a missing SQLite file is reported, not made.

use super::PATIENCE;
use super::report::Report;
use crate::settings::Settings;
use crowdsprint_core::Store;
use crowdsprint_core::store::{SchemaState, sqlite_file};

pub async fn check(settings: &Settings, report: &mut Report) {
    let label = settings.database_label();
    let url = settings.database_url.expose();
    match sqlite_file(url) {
        Err(error) => {
            report.fail(
                format!("Database: DATABASE_URL cannot be read ({error})."),
                "set DATABASE_URL to sqlite://path/to/crowdsprint.db or \
                 postgres://user:password@host/database.",
            );
            return;
        }
        // Connecting would create an empty file, and doctor changes nothing.
        Ok(Some(path)) if !path.is_file() => {
            report.fail(
                format!("Database: there is no database at {}.", path.display()),
                "create it with crowdsprint migrate (or correct DATABASE_URL if it should \
                 already exist).",
            );
            return;
        }
        Ok(_) => {}
    }
    let store = match tokio::time::timeout(PATIENCE, Store::connect(url)).await {
        Ok(Ok(store)) => store,
        Ok(Err(error)) => {
            report.fail(
                format!(
                    "Database: cannot open {label}: {:#}.",
                    anyhow::Error::from(error)
                ),
                "check DATABASE_URL, that the database server runs and is reachable from \
                 here, and the user and password.",
            );
            return;
        }
        Err(_) => {
            report.fail(
                format!(
                    "Database: {label} did not answer within {} s.",
                    PATIENCE.as_secs()
                ),
                "check that the database server runs and that DATABASE_URL names its host \
                 and port.",
            );
            return;
        }
    };
    match store.schema_state().await {
        Ok(state) => describe(&state, &label, report),
        Err(error) => report.fail(
            format!(
                "Database: {label} answers, but its migrations cannot be read: {:#}.",
                anyhow::Error::from(error)
            ),
            "check that the database user may read the database (SELECT on its tables).",
        ),
    }
    store.close().await;
}

fn describe(state: &SchemaState, label: &str, report: &mut Report) {
    if state.is_current() {
        report.pass(format!(
            "Database: {label} is reachable and has all {} migrations of this release.",
            state.applied
        ));
        return;
    }
    if let Some((version, description)) = state.pending.first() {
        let count = state.pending.len();
        let what = if state.applied == 0 && state.unknown.is_empty() {
            format!("has none of the {count} migrations of this release (a new database?)")
        } else {
            format!("lacks {count} migrations of this release, from {version} ({description})")
        };
        report.fail(
            format!("Database: {label} is reachable but {what}."),
            "run crowdsprint migrate (after a backup, if it holds data); serve would also \
             apply them when it starts.",
        );
    }
    if !state.unknown.is_empty() {
        report.fail(
            format!(
                "Database: {label} has migrations this release does not know ({}): a newer \
                 crowdsprint migrated it.",
                versions(&state.unknown)
            ),
            "run the release that migrated it (or newer), or restore a backup taken before it.",
        );
    }
    if !state.changed.is_empty() {
        report.fail(
            format!(
                "Database: {label} applied migrations {} from a different text than this \
                 release has.",
                versions(&state.changed)
            ),
            "run the release that migrated it; migrations are never edited once released.",
        );
    }
    if let Some(version) = state.failed {
        report.fail(
            format!("Database: migration {version} failed part way in {label}."),
            "restore the backup taken before the migration, then run crowdsprint migrate \
             again.",
        );
    }
}

fn versions(versions: &[i64]) -> String {
    versions
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
