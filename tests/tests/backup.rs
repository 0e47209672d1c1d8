//! Backups of the embedded SQLite database: one taken in the middle of a digest run is a
//! consistent copy and restores into a fresh directory with every row as it was backed up;
//! a restore never replaces a database something has open, and keeps the one it replaces;
//! anything but a crowdsprint backup is refused; PostgreSQL is pointed at its own tools.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::DIGEST_PAGE;
use crowdsprint_core::store::{BackupError, restore_sqlite};
use crowdsprint_tests::{Backend, TestEnv, crowdsprint_core};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

/// Every row of every table (the schema's own bookkeeping included), each written out by
/// SQLite's `quote()`, sorted: two databases are equal here when they hold the same rows.
async fn rows_of(url: &str) -> BTreeMap<String, Vec<String>> {
    let options = SqliteConnectOptions::from_str(url).unwrap().read_only(true);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    let mut all = BTreeMap::new();
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
            .bind(&table)
            .fetch_all(&mut conn)
            .await
            .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let sql = format!("SELECT {row} FROM \"{table}\"");
        let mut rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        rows.sort();
        all.insert(table, rows);
    }
    conn.close().await.unwrap();
    all
}

fn url_of(file: &Path) -> String {
    format!("sqlite://{}", file.display())
}

/// A sprint with 200 members taking the digest, each with their first digest due.
async fn busy_sprint(env: &TestEnv) {
    let (_, challenges) = env.open_sprint().await;
    let mut members = Vec::new();
    for n in 0..200 {
        let identity = Identity::new(Platform::Telegram, format!("{}", 5000 + n));
        members.push(
            env.member_on(identity, &format!("Member {n}"), Role::Member)
                .await,
        );
    }
    // Their first digest time is set now; the ideas after it are the news of the next one.
    env.core.run_digests(DIGEST_PAGE).await.unwrap();
    env.clock.advance(chrono::Duration::days(1));
    for (n, member) in members.iter().take(20).enumerate() {
        let title = format!("Idea number {n} about discharge");
        env.approved_idea(member, challenges[n % challenges.len()].id, &title)
            .await;
    }
    env.clock.advance(chrono::Duration::days(7));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_during_a_digest_run_restores_with_every_row_intact() {
    let env = TestEnv::new(Backend::Sqlite).await;
    busy_sprint(&env).await;
    let dir = tempfile::tempdir().unwrap();
    let store = env.core.store().clone();

    // The digest run works through 201 members (queueing each one's digest and writing their
    // next digest time, a page per transaction) while the backup copies the database.
    let core = env.core.clone();
    let run = tokio::spawn(async move { core.run_digests(DIGEST_PAGE).await });
    let during = dir.path().join("during.db");
    let bytes = store.backup_to(&during).await.unwrap();
    assert!(bytes > 0);
    let run = run.await.unwrap().unwrap();
    assert_eq!(run.due, 201, "the admin and 200 members: {run:?}");
    assert_eq!(
        run.queued, 200,
        "a digest for each member with a chat: {run:?}"
    );

    // Taken once the run is over, a backup holds exactly what the database holds.
    let after = dir.path().join("after.db");
    store.backup_to(&after).await.unwrap();
    assert_eq!(rows_of(&url_of(&after)).await, rows_of(&env.url).await);
    assert!(
        matches!(store.backup_to(&after).await, Err(BackupError::Exists(_))),
        "a backup is never overwritten"
    );

    // The one taken mid-run restores into a fresh directory with every row it holds.
    let fresh = tempfile::tempdir().unwrap();
    let target = url_of(&fresh.path().join("crowdsprint.db"));
    let restored = restore_sqlite(&during, &target).await.unwrap();
    assert_eq!(restored.kept, None, "there was nothing to keep");
    let backed_up = rows_of(&url_of(&during)).await;
    assert_eq!(rows_of(&target).await, backed_up);
    assert_eq!(backed_up["members"].len(), 201, "the admin and 200 members");
    // crowdsprint opens it as it would after a restore, and it is whole.
    let reopened = crowdsprint_core::Store::connect(&target).await.unwrap();
    reopened.migrate().await.unwrap();
    reopened.close().await;
}

#[tokio::test]
async fn a_restore_never_replaces_a_database_in_use() {
    let env = TestEnv::new(Backend::Sqlite).await;
    env.open_sprint().await;
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.db");
    env.core.store().backup_to(&backup).await.unwrap();
    env.member("Late Joiner", Role::Member).await;
    let before = rows_of(&env.url).await;

    // The test's own store is open on it, as `serve` would be.
    let refused = restore_sqlite(&backup, &env.url).await;
    assert!(matches!(refused, Err(BackupError::InUse(_))), "{refused:?}");
    assert_eq!(rows_of(&env.url).await, before, "nothing changed");

    // Stopped, it is replaced, and the database it replaced is kept beside it.
    env.core.store().close().await;
    let restored = restore_sqlite(&backup, &env.url).await.unwrap();
    let kept = restored.kept.expect("the replaced database is kept");
    assert_eq!(rows_of(&url_of(&kept)).await, before);
    assert_eq!(rows_of(&env.url).await, rows_of(&url_of(&backup)).await);
    assert_ne!(
        rows_of(&env.url).await,
        before,
        "the late joiner is not in the backup"
    );
}

#[tokio::test]
async fn only_a_crowdsprint_backup_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let target = url_of(&dir.path().join("crowdsprint.db"));
    let missing = restore_sqlite(&dir.path().join("nothing.db"), &target).await;
    assert!(
        matches!(missing, Err(BackupError::NotABackup { .. })),
        "{missing:?}"
    );
    let junk = dir.path().join("notes.txt");
    std::fs::write(&junk, "shopping list: milk, bread").unwrap();
    let refused = restore_sqlite(&junk, &target).await;
    assert!(
        matches!(refused, Err(BackupError::NotABackup { .. })),
        "{refused:?}"
    );
    // A SQLite file that crowdsprint never migrated.
    let other = dir.path().join("other.db");
    let options = SqliteConnectOptions::from_str(&url_of(&other))
        .unwrap()
        .create_if_missing(true);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    sqlx::query("CREATE TABLE t (x)")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let refused = restore_sqlite(&other, &target).await;
    assert!(
        matches!(refused, Err(BackupError::NotABackup { .. })),
        "{refused:?}"
    );
    assert!(
        !dir.path().join("crowdsprint.db").exists(),
        "nothing was written"
    );
}

#[tokio::test]
async fn postgresql_is_pointed_at_its_own_tools() {
    let env = TestEnv::new(Backend::Postgres).await;
    let dir = tempfile::tempdir().unwrap();
    let backup = env.core.store().backup_to(&dir.path().join("b.db")).await;
    assert!(matches!(backup, Err(BackupError::NotSqlite)), "{backup:?}");
    let message = backup.unwrap_err().to_string();
    assert!(message.contains("pg_dump"), "{message}");
    let restore = restore_sqlite(&dir.path().join("b.db"), &env.url).await;
    assert!(
        matches!(restore, Err(BackupError::NotSqlite)),
        "{restore:?}"
    );
}
