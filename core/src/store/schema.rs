//! How far the database's schema is from the migrations built into this binary, read without
//! changing anything (for `crowdsprint doctor`): sqlx's own record of what it applied, compared
//! with the embedded `Migrator` of the backend.

use super::{Pools, Store};
use crate::error::Result;
use sqlx::migrate::{Migrate, Migrator};
use std::collections::BTreeMap;

/// The embedded migrations for SQLite.
pub(super) static SQLITE: Migrator = sqlx::migrate!("../migrations/sqlite");
/// The embedded migrations for PostgreSQL.
pub(super) static POSTGRES: Migrator = sqlx::migrate!("../migrations/postgres");

/// The schema compared with this binary's migrations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchemaState {
    /// Migrations this binary has, applied.
    pub applied: usize,
    /// Migrations this binary has and the database has not: `(version, description)`.
    pub pending: Vec<(i64, String)>,
    /// Versions the database has applied that this binary does not know (a newer release
    /// migrated it).
    pub unknown: Vec<i64>,
    /// Versions applied from a different text than this binary's (an edited migration).
    pub changed: Vec<i64>,
    /// A migration that started and failed part way, if any.
    pub failed: Option<i64>,
}

impl SchemaState {
    /// Every migration applied, as this binary has them, and nothing else.
    pub fn is_current(&self) -> bool {
        self.pending.is_empty()
            && self.unknown.is_empty()
            && self.changed.is_empty()
            && self.failed.is_none()
    }
}

impl Store {
    /// Reads sqlx's migrations table (through a read-only connection on SQLite) and compares
    /// it with the migrations built in. A database sqlx never migrated has them all pending.
    pub async fn schema_state(&self) -> Result<SchemaState> {
        let (migrator, applied, failed) = match &self.pools {
            Pools::Sqlite { reader, .. } => {
                let mut conn = reader.acquire().await?;
                let table = SQLITE.table_name.as_ref();
                let (exists,): (bool,) = sqlx::query_as(
                    "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1)",
                )
                .bind(table)
                .fetch_one(&mut *conn)
                .await?;
                if exists {
                    let applied = conn.list_applied_migrations(table).await?;
                    let failed = conn.dirty_version(table).await?;
                    (&SQLITE, applied, failed)
                } else {
                    (&SQLITE, Vec::new(), None)
                }
            }
            Pools::Postgres(pool) => {
                let mut conn = pool.acquire().await?;
                let table = POSTGRES.table_name.as_ref();
                let (exists,): (bool,) = sqlx::query_as("SELECT to_regclass($1) IS NOT NULL")
                    .bind(table)
                    .fetch_one(&mut *conn)
                    .await?;
                if exists {
                    let applied = conn.list_applied_migrations(table).await?;
                    let failed = conn.dirty_version(table).await?;
                    (&POSTGRES, applied, failed)
                } else {
                    (&POSTGRES, Vec::new(), None)
                }
            }
        };
        let applied: BTreeMap<i64, Vec<u8>> = applied
            .into_iter()
            .map(|m| (m.version, m.checksum.into_owned()))
            .collect();
        let mut state = SchemaState {
            failed,
            ..SchemaState::default()
        };
        // Down migrations are not used here, but `iter` would list them too.
        let ups = migrator
            .iter()
            .filter(|m| m.migration_type.is_up_migration());
        for migration in ups.clone() {
            match applied.get(&migration.version) {
                None => state
                    .pending
                    .push((migration.version, migration.description.to_string())),
                Some(sum) if sum.as_slice() != migration.checksum.as_ref() => {
                    state.changed.push(migration.version);
                }
                Some(_) => state.applied += 1,
            }
        }
        state.unknown = applied
            .keys()
            .filter(|version| !ups.clone().any(|m| m.version == **version))
            .copied()
            .collect();
        Ok(state)
    }
}
