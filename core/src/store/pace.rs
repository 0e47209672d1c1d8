//! The shared send pace's one row per bot: slots taken in blocks, and pauses after a 429.
//! Both statements are single atomic upserts, so replicas racing for slots never get the same.

use super::conn::{Db, with_conn};
use crate::error::Result;

/// A block of send slots: `count` of them, `interval_us` apart from `first_us`, and when the
/// bot's current pause ends (microsecond Unix times).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotBlock {
    pub first_us: i64,
    pub paused_until_us: i64,
}

impl Db<'_> {
    /// Takes the next `span_us` of `bot`'s sending time, starting no earlier than `now_us`
    /// and not inside a pause.
    pub async fn take_send_slots(
        &mut self,
        bot: &str,
        now_us: i64,
        span_us: i64,
    ) -> Result<SlotBlock> {
        // `max` of several values is `max(...)` in SQLite and `GREATEST(...)` in PostgreSQL.
        let greatest = match self {
            Db::Sqlite(_) => "max",
            Db::Postgres(_) => "GREATEST",
        };
        let sql = format!(
            "INSERT INTO send_pace (bot, next_slot_us, paused_until_us) VALUES ($1, $2 + $3, 0) \
             ON CONFLICT (bot) DO UPDATE SET next_slot_us = \
                 {greatest}(send_pace.next_slot_us, $2, send_pace.paused_until_us) + $3 \
             RETURNING next_slot_us, paused_until_us"
        );
        let (next, paused_until): (i64, i64) = with_conn!(self, c => {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(bot)
                .bind(now_us)
                .bind(span_us)
                .fetch_one(c)
                .await?
        });
        Ok(SlotBlock {
            first_us: next - span_us,
            paused_until_us: paused_until,
        })
    }

    /// Holds every send of `bot` until `until_us` (a later pause already set stands).
    pub async fn pause_sends(&mut self, bot: &str, until_us: i64) -> Result<()> {
        let greatest = match self {
            Db::Sqlite(_) => "max",
            Db::Postgres(_) => "GREATEST",
        };
        let sql = format!(
            "INSERT INTO send_pace (bot, next_slot_us, paused_until_us) VALUES ($1, $2, $2) \
             ON CONFLICT (bot) DO UPDATE SET \
                 paused_until_us = {greatest}(send_pace.paused_until_us, $2), \
                 next_slot_us = {greatest}(send_pace.next_slot_us, $2)"
        );
        with_conn!(self, c => {
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(bot).bind(until_us).execute(c).await?;
        });
        Ok(())
    }
}
