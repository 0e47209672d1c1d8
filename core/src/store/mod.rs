//! Storage: one `Store` over SQLite (embedded default) or PostgreSQL (for several replicas).
//! Every SQL statement of the project lives under this module.
//!
//! Queries are written once with `$1` placeholders and run on either backend through the
//! `with_conn!` macro; where the two dialects differ (full-text search, transaction start) the
//! code says so explicitly.

mod audit;
mod backup;
mod broadcasts;
mod captures;
mod channels;
mod comments;
mod conn;
mod conversations;
mod deliveries;
mod digests;
mod export;
mod follows;
mod forums;
mod ideas;
pub(crate) mod members;
mod my_data;
mod nudges;
mod outbox;
mod outcomes;
mod pace;
mod rows;
mod schema;
mod search;
mod sprints;
mod stats;
mod themes;
mod updates;
mod votes;
mod web_sessions;

pub use audit::AuditEntry;
pub use backup::{BackupError, Restored, restore_sqlite, sqlite_file};
pub use broadcasts::{BroadcastJob, PublishedCopy};
pub use conn::{Conn, Db, Tx};
pub use deliveries::{DeadRow, DeliveryRow, FanOut, Reader};
pub use digests::{DueMember, QueuedDigest};
pub use export::ExportRow;
pub use ideas::{IdeaOrder, IdeaScope, NewIdeaRow};
pub use members::MemberSetting;
pub use members::NewMemberRow;
pub use my_data::{AuditAbout, HeldDelivery};
pub use nudges::StaffMember;
pub use outbox::OutboxRow;
pub use pace::SlotBlock;
pub use schema::SchemaState;
pub use sprints::DueSprint;
pub use stats::{Counts, DayActivity, FirstResponse, ResponseRow};
pub use web_sessions::SessionRow;

use crate::error::Result;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

/// The file used when `DATABASE_URL` is not set.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://crowdsprint.db";

/// How long a PostgreSQL connection may sit idle and still be handed out without a ping.
const PG_TRUST_IDLE: Duration = Duration::from_secs(1);

/// Which database a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone)]
enum Pools {
    /// SQLite allows one writer at a time: a pool of one connection queues writers in-process
    /// instead of failing with "database is locked"; readers use their own pool under WAL.
    Sqlite {
        writer: SqlitePool,
        reader: SqlitePool,
    },
    Postgres(PgPool),
}

/// The database, cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    pools: Pools,
}

impl Store {
    /// Connects to `url` (`sqlite://path` or `postgres://...`), creating a SQLite file if missing.
    /// Does not migrate; call `migrate` (the binary does on start).
    pub async fn connect(url: &str) -> Result<Store> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?;
            // sqlx pings every connection when it comes back to the pool; pinging it again
            // when it is handed out costs a round trip in every transaction. Only a connection
            // that has sat idle for a while (the server may have gone away since) is checked.
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .test_before_acquire(false)
                .before_acquire(|conn, meta| {
                    Box::pin(async move {
                        if meta.idle_for >= PG_TRUST_IDLE {
                            sqlx::Connection::ping(conn).await?;
                        }
                        Ok(true)
                    })
                })
                .connect_with(options)
                .await?;
            return Ok(Store {
                pools: Pools::Postgres(pool),
            });
        }
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        // No ping before handing out a connection: a SQLite connection is a file handle in
        // this process with no far end to go away, and sqlx already pings it when it comes
        // back to the pool. On the single writer that ping was one more trip to the
        // connection's thread inside every write.
        // The writer stays connected while the store lives: it is also how a restore knows
        // the database is in use (see `backup.rs`).
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(30))
            .test_before_acquire(false)
            .connect_with(options.create_if_missing(false).read_only(true))
            .await?;
        Ok(Store {
            pools: Pools::Sqlite { writer, reader },
        })
    }

    /// Applies the embedded migrations for this backend.
    pub async fn migrate(&self) -> Result<()> {
        match &self.pools {
            Pools::Sqlite { writer, .. } => schema::SQLITE.run(writer).await?,
            Pools::Postgres(pool) => schema::POSTGRES.run(pool).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self.pools {
            Pools::Sqlite { .. } => Backend::Sqlite,
            Pools::Postgres(_) => Backend::Postgres,
        }
    }

    /// Starts a write transaction. On SQLite it takes the write lock up front (`BEGIN
    /// IMMEDIATE`), so a read-then-write never fails half way with "database is locked".
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match &self.pools {
            Pools::Sqlite { writer, .. } => Tx::sqlite(writer.begin_with("BEGIN IMMEDIATE").await?),
            Pools::Postgres(pool) => Tx::postgres(pool.begin().await?),
        })
    }

    /// A connection for reads outside any transaction.
    pub async fn read(&self) -> Result<Conn> {
        Ok(match &self.pools {
            Pools::Sqlite { reader, .. } => Conn::sqlite(reader.acquire().await?),
            Pools::Postgres(pool) => Conn::postgres(pool.acquire().await?),
        })
    }

    /// Checks the database answers (for health checks).
    pub async fn ping(&self) -> Result<()> {
        let mut conn = self.read().await?;
        match conn.db() {
            Db::Sqlite(c) => {
                sqlx::query("SELECT 1").execute(c).await?;
            }
            Db::Postgres(c) => {
                sqlx::query("SELECT 1").execute(c).await?;
            }
        }
        Ok(())
    }

    /// (pool, idle, busy) connections of each pool, for the metrics.
    pub fn connections(&self) -> Vec<(&'static str, u32, u32)> {
        let count = |name, size: u32, idle: usize| {
            let idle = u32::try_from(idle).unwrap_or(u32::MAX).min(size);
            (name, idle, size - idle)
        };
        match &self.pools {
            Pools::Sqlite { writer, reader } => vec![
                count("writer", writer.size(), writer.num_idle()),
                count("reader", reader.size(), reader.num_idle()),
            ],
            Pools::Postgres(pool) => vec![count("writer", pool.size(), pool.num_idle())],
        }
    }

    /// Closes every connection (flushes SQLite's WAL on the last one).
    pub async fn close(&self) {
        match &self.pools {
            Pools::Sqlite { writer, reader } => {
                reader.close().await;
                writer.close().await;
            }
            Pools::Postgres(pool) => pool.close().await,
        }
    }
}
