//! Connections and transactions over either backend, and the `with_conn!` macro that runs one
//! query text on whichever is in use.

use crate::error::Result;
use sqlx::pool::PoolConnection;
use sqlx::{PgConnection, Postgres, Sqlite, SqliteConnection, Transaction};

/// A borrowed connection to either backend: the receiver of every query method.
#[derive(Debug)]
pub enum Db<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

/// Runs `$body` with `$c` bound to the concrete connection (`&mut SqliteConnection` or
/// `&mut PgConnection`); the body is compiled once per backend, so the query text and bound
/// types must suit both.
macro_rules! with_conn {
    ($db:expr, $c:ident => $body:expr) => {
        match $db {
            $crate::store::Db::Sqlite(conn) => {
                let $c: &mut sqlx::SqliteConnection = &mut **conn;
                $body
            }
            $crate::store::Db::Postgres(conn) => {
                let $c: &mut sqlx::PgConnection = &mut **conn;
                $body
            }
        }
    };
}
pub(crate) use with_conn;

/// A write transaction. Dropped without `commit`, it rolls back. It knows when it began, so
/// commits report how long the write lock (SQLite) or the row locks were held.
#[derive(Debug)]
pub struct Tx(TxInner, std::time::Instant);

#[derive(Debug)]
enum TxInner {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub(super) fn sqlite(tx: Transaction<'static, Sqlite>) -> Self {
        Tx(TxInner::Sqlite(tx), std::time::Instant::now())
    }

    pub(super) fn postgres(tx: Transaction<'static, Postgres>) -> Self {
        Tx(TxInner::Postgres(tx), std::time::Instant::now())
    }

    pub fn db(&mut self) -> Db<'_> {
        match &mut self.0 {
            TxInner::Sqlite(tx) => Db::Sqlite(tx),
            TxInner::Postgres(tx) => Db::Postgres(tx),
        }
    }

    pub async fn commit(self) -> Result<()> {
        let began = self.1;
        match self.0 {
            TxInner::Sqlite(tx) => tx.commit().await?,
            TxInner::Postgres(tx) => tx.commit().await?,
        }
        crate::metrics::transaction_committed(began.elapsed());
        Ok(())
    }
}

/// A pooled connection for reads.
#[derive(Debug)]
pub struct Conn(ConnInner);

#[derive(Debug)]
enum ConnInner {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

impl Conn {
    pub(super) fn sqlite(conn: PoolConnection<Sqlite>) -> Self {
        Conn(ConnInner::Sqlite(conn))
    }

    pub(super) fn postgres(conn: PoolConnection<Postgres>) -> Self {
        Conn(ConnInner::Postgres(conn))
    }

    pub fn db(&mut self) -> Db<'_> {
        match &mut self.0 {
            ConnInner::Sqlite(conn) => Db::Sqlite(conn),
            ConnInner::Postgres(conn) => Db::Postgres(conn),
        }
    }
}
