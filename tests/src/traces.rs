//! Looking for a person in the raw database: every table, every column, read as text. The
//! erasure tests use it to prove that nothing that could identify someone outlives `/forgetme`,
//! whatever table a future change adds.

use crate::{Backend, TestEnv};
use sqlx::{Connection, Row};

impl TestEnv {
    /// The tables (as `table.column`, or `table` on PostgreSQL where the whole row is read)
    /// holding `needle` anywhere in their text, case-insensitively.
    pub async fn tables_holding(&self, needle: &str) -> Vec<String> {
        let pattern = format!("%{}%", needle.to_lowercase());
        match self.backend {
            Backend::Sqlite => self.sqlite_tables_holding(&pattern).await,
            Backend::Postgres => self.postgres_tables_holding(&pattern).await,
        }
    }

    async fn sqlite_tables_holding(&self, pattern: &str) -> Vec<String> {
        let mut conn = sqlx::SqliteConnection::connect(&self.url)
            .await
            .expect("open the test database");
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name NOT LIKE '_sqlx%'",
        )
        .fetch_all(&mut conn)
        .await
        .expect("list tables");
        let mut found = Vec::new();
        for table in tables {
            let columns: Vec<String> = sqlx::query(sqlx::AssertSqlSafe(format!(
                "PRAGMA table_info(\"{table}\")"
            )))
            .fetch_all(&mut conn)
            .await
            .expect("list columns")
            .iter()
            .map(|row| row.get::<String, _>("name"))
            .collect();
            for column in columns {
                let sql = format!(
                    "SELECT COUNT(*) FROM \"{table}\" WHERE LOWER(CAST(\"{column}\" AS TEXT)) LIKE $1"
                );
                let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                    .bind(pattern)
                    .fetch_one(&mut conn)
                    .await
                    .expect("scan a column");
                if n > 0 {
                    found.push(format!("{table}.{column}"));
                }
            }
        }
        found
    }

    async fn postgres_tables_holding(&self, pattern: &str) -> Vec<String> {
        let mut conn = sqlx::PgConnection::connect(&self.url)
            .await
            .expect("open the test database");
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' \
             AND table_name NOT LIKE '_sqlx%'",
        )
        .fetch_all(&mut conn)
        .await
        .expect("list tables");
        let mut found = Vec::new();
        for table in tables {
            // A whole row cast to text holds every column, tsvectors included.
            let sql = format!("SELECT COUNT(*) FROM \"{table}\" t WHERE LOWER(t::text) LIKE $1");
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(pattern)
                .fetch_one(&mut conn)
                .await
                .expect("scan a table");
            if n > 0 {
                found.push(table);
            }
        }
        found
    }
}
