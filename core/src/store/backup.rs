//! Backing up and restoring an embedded SQLite database while the service runs.
//!
//! A backup is `VACUUM INTO` a new file from a reading connection: SQLite copies one
//! consistent snapshot (one read transaction) page by page, while `serve` goes on writing
//! through its own connection. A restore first checks the backup (integrity, and that it is a
//! crowdsprint database), then refuses a target any process has open: under WAL every
//! connection keeps a shared lock, so an exclusive lock taken with no waiting succeeds only
//! when nobody else is connected (`serve` always keeps its writer connection open). The
//! database it replaces is kept beside it, renamed, never deleted.
//!
//! PostgreSQL has its own tools (`pg_dump`, `pg_restore`): see the README.

use super::{Pools, Store};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteLockingMode};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

/// Why a backup or restore did nothing.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "backups of PostgreSQL are made with pg_dump and restored with pg_restore (see the README)"
    )]
    NotSqlite,
    #[error("{} already exists: choose a new file, so no backup is ever overwritten", .0.display())]
    Exists(PathBuf),
    #[error("{} is in use: stop every crowdsprint process using it (serve, console), then restore", .0.display())]
    InUse(PathBuf),
    #[error("{} is not a crowdsprint backup: {why}", file.display())]
    NotABackup { file: PathBuf, why: String },
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("file error")]
    Io(#[from] std::io::Error),
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Where the database now restored from the backup lives.
    pub database: PathBuf,
    /// Where the database it replaced was moved, if there was one.
    pub kept: Option<PathBuf>,
}

impl Store {
    /// Writes a consistent copy of the whole database to `file` (which must not exist) and
    /// returns its size in bytes. Safe while the service runs: it only reads.
    pub async fn backup_to(&self, file: &Path) -> Result<u64, BackupError> {
        let Pools::Sqlite { reader, .. } = &self.pools else {
            return Err(BackupError::NotSqlite);
        };
        if file.exists() {
            return Err(BackupError::Exists(file.to_owned()));
        }
        let mut conn = reader.acquire().await?;
        sqlx::query("VACUUM INTO $1")
            .bind(file.to_string_lossy().into_owned())
            .execute(&mut *conn)
            .await?;
        Ok(std::fs::metadata(file)?.len())
    }
}

/// The file of the SQLite database at `url`; `None` for PostgreSQL.
pub fn sqlite_file(url: &str) -> Result<Option<PathBuf>, BackupError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(None);
    }
    Ok(Some(
        SqliteConnectOptions::from_str(url)?
            .get_filename()
            .to_owned(),
    ))
}

/// Restores the backup `file` as the SQLite database at `url`, which nobody may be using.
pub async fn restore_sqlite(file: &Path, url: &str) -> Result<Restored, BackupError> {
    let target = sqlite_file(url)?.ok_or(BackupError::NotSqlite)?;
    check_backup(file).await?;
    let kept = if target.exists() {
        ensure_unused(&target).await?;
        let aside = kept_name(&target);
        std::fs::rename(&target, &aside)?;
        Some(aside)
    } else {
        None
    };
    let mut source = SqliteConnection::connect_with(&read_only(file)).await?;
    sqlx::query("VACUUM INTO $1")
        .bind(target.to_string_lossy().into_owned())
        .execute(&mut source)
        .await?;
    source.close().await?;
    Ok(Restored {
        database: target,
        kept,
    })
}

fn read_only(file: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .create_if_missing(false)
}

/// A backup must be a whole, undamaged SQLite file that crowdsprint migrated.
async fn check_backup(file: &Path) -> Result<(), BackupError> {
    let not = |why: &str| BackupError::NotABackup {
        file: file.to_owned(),
        why: why.to_owned(),
    };
    if !file.is_file() {
        return Err(not("no such file"));
    }
    let mut conn = SqliteConnection::connect_with(&read_only(file))
        .await
        .map_err(|_| not("not a SQLite database"))?;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .map_err(|_| not("not a SQLite database"))?;
    if integrity != "ok" {
        return Err(not(&format!("damaged ({integrity})")));
    }
    let migrated: Option<i64> = sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations")
        .fetch_one(&mut conn)
        .await
        .map_err(|_| not("it holds no crowdsprint schema"))?;
    if migrated.is_none() {
        return Err(not("it holds no crowdsprint schema"));
    }
    conn.close().await?;
    Ok(())
}

/// Fails with `InUse` unless this process alone can lock `target`; on success the lock is let
/// go, and with it the write-ahead log is folded back in and removed.
async fn ensure_unused(target: &Path) -> Result<(), BackupError> {
    let options = SqliteConnectOptions::new()
        .filename(target)
        .create_if_missing(false)
        .locking_mode(SqliteLockingMode::Exclusive)
        .busy_timeout(Duration::ZERO);
    let in_use = || BackupError::InUse(target.to_owned());
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(|_| in_use())?;
    sqlx::query("BEGIN EXCLUSIVE")
        .execute(&mut conn)
        .await
        .map_err(|_| in_use())?;
    sqlx::query("COMMIT").execute(&mut conn).await?;
    conn.close().await?;
    Ok(())
}

/// `crowdsprint.db` -> `crowdsprint.db.before-restore-1764871200`.
fn kept_name(target: &Path) -> PathBuf {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let mut name = target.as_os_str().to_owned();
    name.push(format!(".before-restore-{now}"));
    PathBuf::from(name)
}
