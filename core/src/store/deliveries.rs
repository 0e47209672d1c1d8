//! The delivery queue's queries. PostgreSQL claims with `FOR UPDATE SKIP LOCKED`, so replicas
//! never hold the same row; SQLite has one writer, so a plain `UPDATE ... RETURNING` inside the
//! write transaction is already exclusive.

use super::conn::{Db, with_conn};
use super::rows::{locale, millis};
use crate::domain::event::Event;
use crate::domain::{IdeaId, Locale, MemberId};
use crate::error::Result;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// A claimed delivery as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveryRow {
    pub id: i64,
    pub member_id: i64,
    pub platform: String,
    pub address: String,
    pub payload: String,
    pub attempts: i32,
}

/// What one fan-out did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FanOut {
    /// Deliveries queued.
    pub deliveries: u64,
    /// Rows of sprint news too old to send as messages, marked processed without any.
    pub stale_news: u64,
}

/// Rows a claim may take: due and pending, or claimed by a worker whose lease ran out.
impl Db<'_> {
    /// Turns up to `limit` unprocessed outbox rows into deliveries: a personal row to each
    /// chat identity of its recipient that can be reached (the console has no inbox), a sprint
    /// broadcast to the chats of every member who was subscribed when it was written, if it
    /// was written at or after `news_since`. Other broadcasts (new ideas) are for tied channels
    /// only and are just marked processed, as is news older than `news_since`. Idempotent: a
    /// row fanned out twice (two replicas racing) yields its deliveries once.
    pub async fn fan_out_outbox(
        &mut self,
        limit: i64,
        now: DateTime<Utc>,
        news_since: DateTime<Utc>,
    ) -> Result<FanOut> {
        let pick = "SELECT id FROM outbox WHERE processed_at IS NULL ORDER BY id LIMIT $1";
        let ids: Vec<i64> = match self {
            Db::Sqlite(c) => {
                sqlx::query_scalar(pick)
                    .bind(limit)
                    .fetch_all(&mut **c)
                    .await?
            }
            Db::Postgres(c) => {
                let locked = format!("{pick} FOR UPDATE SKIP LOCKED");
                sqlx::query_scalar(sqlx::AssertSqlSafe(locked))
                    .bind(limit)
                    .fetch_all(&mut **c)
                    .await?
            }
        };
        let (Some(first), Some(last)) = (ids.first(), ids.last()) else {
            return Ok(FanOut::default());
        };
        // A paused member's deliveries wait until the pause ends; a muted idea's are dropped.
        let insert = "INSERT INTO deliveries \
            (outbox_id, member_id, platform, address, payload, state, not_before, created_at) \
            SELECT o.id, o.recipient_id, i.platform, i.user_id, o.payload, 'pending', \
                CASE WHEN m.paused_until > $3 THEN m.paused_until ELSE $3 END, $3 \
            FROM outbox o JOIN identities i ON i.member_id = o.recipient_id \
                JOIN members m ON m.id = o.recipient_id \
            WHERE o.id BETWEEN $1 AND $2 AND o.processed_at IS NULL AND o.recipient_id IS NOT NULL \
            AND i.platform <> 'console' AND i.unreachable_at IS NULL \
            AND NOT EXISTS (SELECT 1 FROM follows f \
                WHERE f.member_id = o.recipient_id AND f.idea_id = o.idea_id AND f.muted) \
            ON CONFLICT (outbox_id, member_id, platform) DO NOTHING";
        let personal = with_conn!(self, c => sqlx::query(insert).bind(first).bind(last).bind(millis(now)).execute(c).await?.rows_affected());
        let news = format!("('{}')", Event::FOR_SUBSCRIBERS.join("', '"));
        // Subscribers: members who take the digest hear the sprint's news too, but only news
        // from while they took it (a newcomer gets no backlog; nor does someone who just turned
        // the digest on) and only while it is news: older rows wait for nobody and are counted
        // here so the operator sees them, then marked processed below with the rest.
        let stale = format!(
            "SELECT COUNT(*) FROM outbox WHERE id BETWEEN $1 AND $2 AND processed_at IS NULL \
            AND recipient_id IS NULL AND event IN {news} AND created_at < $3"
        );
        let stale_news: i64 = with_conn!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(stale.clone())).bind(first).bind(last).bind(millis(news_since)).fetch_one(c).await?);
        // `subscribed_at` is NULL only in rows written without it: counted from joining.
        let subscribers = format!(
            "INSERT INTO deliveries \
            (outbox_id, member_id, platform, address, payload, state, not_before, created_at) \
            SELECT o.id, m.id, i.platform, i.user_id, o.payload, 'pending', \
                CASE WHEN m.paused_until > $3 THEN m.paused_until ELSE $3 END, $3 \
            FROM outbox o JOIN members m ON m.digest <> 'off' AND m.erased_at IS NULL \
                AND NOT m.banned AND COALESCE(m.subscribed_at, m.created_at) <= o.created_at \
            JOIN identities i ON i.member_id = m.id \
            WHERE o.id BETWEEN $1 AND $2 AND o.processed_at IS NULL AND o.recipient_id IS NULL \
            AND o.event IN {news} AND o.created_at >= $4 \
            AND i.platform <> 'console' AND i.unreachable_at IS NULL \
            ON CONFLICT (outbox_id, member_id, platform) DO NOTHING"
        );
        let broadcast = with_conn!(self, c => sqlx::query(sqlx::AssertSqlSafe(subscribers.clone())).bind(first).bind(last).bind(millis(now)).bind(millis(news_since)).execute(c).await?.rows_affected());
        let done = "UPDATE outbox SET processed_at = $3 WHERE id BETWEEN $1 AND $2 \
            AND processed_at IS NULL";
        with_conn!(self, c => sqlx::query(done).bind(first).bind(last).bind(millis(now)).execute(c).await?.rows_affected());
        Ok(FanOut {
            deliveries: personal + broadcast,
            stale_news: u64::try_from(stale_news).unwrap_or_default(),
        })
    }

    /// Claims up to `limit` due deliveries for `worker` until `lease_until`, on `platform` only
    /// when given.
    pub async fn claim_deliveries(
        &mut self,
        worker: &str,
        platform: Option<&str>,
        limit: i64,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
    ) -> Result<Vec<DeliveryRow>> {
        let lock = match self {
            Db::Sqlite(_) => "",
            Db::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        };
        // The platform is named only when given (workers always give it): an `OR` that
        // allows a missing one would keep the planner off `deliveries_pending`.
        let on_platform = if platform.is_some() {
            " AND platform = $5"
        } else {
            ""
        };
        // Two ordered walks of the partial indexes (due pending rows; leases run out), not
        // one `OR`: with 100,000 digests due at once, the `OR` made every claim gather and
        // sort them all.
        let sql = format!(
            "UPDATE deliveries SET state = 'sending', lease_owner = $1, lease_until = $2, \
             attempts = attempts + 1, \
             duplicates = duplicates + CASE WHEN state = 'sending' THEN 1 ELSE 0 END \
             WHERE id IN (SELECT id FROM ( \
                 SELECT id FROM (SELECT id FROM deliveries \
                     WHERE state = 'sending' AND lease_until < $3{on_platform} \
                     ORDER BY id LIMIT $4{lock}) AS expired \
                 UNION ALL \
                 SELECT id FROM (SELECT id FROM deliveries \
                     WHERE state = 'pending' AND not_before <= $3{on_platform} \
                     ORDER BY not_before, id LIMIT $4{lock}) AS due \
             ) AS claimable LIMIT $4) \
             RETURNING id, member_id, platform, address, payload, attempts"
        );
        let mut rows: Vec<DeliveryRow> = with_conn!(self, c => {
            let query = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(worker)
                .bind(millis(lease_until))
                .bind(millis(now))
                .bind(limit);
            match platform {
                Some(platform) => query.bind(platform),
                None => query,
            }
            .fetch_all(c)
            .await?
        });
        rows.sort_by_key(|r| r.id);
        Ok(rows)
    }

    /// Marks deliveries sent, those `worker` still holds, in one statement (a worker's whole
    /// batch at once). Returns the ids marked; one missing had its lease run out and another
    /// worker may have sent it too: a duplicate to count.
    pub async fn deliveries_sent(
        &mut self,
        ids: &[i64],
        worker: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Ids from our own rows, so they are inlined: one statement whatever the batch size.
        // The lease owner stays on a sent row: who sent it.
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        let sql = format!(
            "UPDATE deliveries SET state = 'sent', sent_at = $2, lease_until = NULL \
             WHERE id IN ({}) AND lease_owner = $1 AND state = 'sending' RETURNING id",
            ids.join(", ")
        );
        Ok(
            with_conn!(self, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone())).bind(worker).bind(millis(now)).fetch_all(c).await?),
        )
    }

    /// Puts a delivery back to wait until `not_before` (a retry), or parks it as dead when
    /// `not_before` is `None`, with the reason. Only the lease holder may.
    pub async fn delivery_failed(
        &mut self,
        id: i64,
        worker: &str,
        not_before: Option<DateTime<Utc>>,
        error: &str,
    ) -> Result<bool> {
        let sql = "UPDATE deliveries SET state = $3, not_before = COALESCE($4, not_before), \
            last_error = $5, lease_owner = NULL, lease_until = NULL \
            WHERE id = $1 AND lease_owner = $2 AND state = 'sending'";
        let state = if not_before.is_some() {
            "pending"
        } else {
            "dead"
        };
        let n = with_conn!(self, c => sqlx::query(sql)
            .bind(id)
            .bind(worker)
            .bind(state)
            .bind(not_before.map(millis))
            .bind(error)
            .execute(c)
            .await?
            .rows_affected());
        Ok(n > 0)
    }

    /// How many deliveries are in each state (states with none are left out).
    /// Settles a claimed delivery as withdrawn: what it was about stopped being public
    /// before it went, so it is not sent (and is pruned with the sent ones).
    pub async fn delivery_withdrawn(&mut self, id: i64, worker: &str, why: &str) -> Result<bool> {
        let sql = "UPDATE deliveries SET state = 'withdrawn', last_error = $3, \
            lease_owner = NULL, lease_until = NULL \
            WHERE id = $1 AND lease_owner = $2 AND state = 'sending'";
        let n = with_conn!(self, c => sqlx::query(sql)
            .bind(id)
            .bind(worker)
            .bind(why)
            .execute(c)
            .await?
            .rows_affected());
        Ok(n > 0)
    }

    pub async fn count_deliveries_by_state(&mut self) -> Result<Vec<(String, String, i64)>> {
        let sql = "SELECT platform, state, COUNT(*) FROM deliveries GROUP BY platform, state";
        Ok(with_conn!(self, c => sqlx::query_as(sql).fetch_all(c).await?))
    }

    /// When the oldest notification not yet fanned out to deliveries was written, if any
    /// waits (the outbox's lag: it grows when no worker runs).
    pub async fn oldest_unfanned_outbox(&mut self) -> Result<Option<DateTime<Utc>>> {
        let sql = "SELECT created_at FROM outbox WHERE processed_at IS NULL ORDER BY id LIMIT 1";
        let written: Option<i64> =
            with_conn!(self, c => sqlx::query_scalar(sql).fetch_optional(c).await?);
        Ok(written.map(super::rows::time))
    }

    /// The latest deliveries parked as dead, newest first: (id, member, platform, reason, event).
    pub async fn dead_deliveries(&mut self, limit: i64) -> Result<Vec<DeadRow>> {
        let sql = "SELECT id, member_id, platform, COALESCE(last_error, '') AS last_error, payload \
            FROM deliveries WHERE state = 'dead' ORDER BY id DESC LIMIT $1";
        Ok(with_conn!(self, c => sqlx::query_as(sql).bind(limit).fetch_all(c).await?))
    }
}

/// Who reads a delivery: their language and, if they gave one, their time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader {
    pub locale: Locale,
    pub timezone: Option<chrono_tz::Tz>,
}

/// A delivery parked as dead, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeadRow {
    pub id: i64,
    pub member_id: i64,
    pub platform: String,
    pub last_error: String,
    pub payload: String,
}

impl Db<'_> {
    /// Puts a claimed delivery back, untried, until `until`, with why (quiet hours, or the
    /// platform asking us to slow down): waiting is not the delivery's fault, so the try is
    /// not counted against it. Only the lease holder may.
    pub async fn put_back_untried(
        &mut self,
        id: i64,
        worker: &str,
        until: DateTime<Utc>,
        why: &str,
    ) -> Result<bool> {
        let sql = "UPDATE deliveries SET state = 'pending', not_before = $3, \
            attempts = attempts - 1, lease_owner = NULL, lease_until = NULL, last_error = $4 \
            WHERE id = $1 AND lease_owner = $2 AND state = 'sending'";
        let n = with_conn!(self, c => sqlx::query(sql).bind(id).bind(worker).bind(millis(until)).bind(why).execute(c).await?.rows_affected());
        Ok(n > 0)
    }

    /// The language and time zone of each of `members` who is still a member.
    pub async fn readers(&mut self, members: &[i64]) -> Result<HashMap<i64, Reader>> {
        if members.is_empty() {
            return Ok(HashMap::new());
        }
        // Ids from our own rows, so they are inlined: one query whatever the batch size.
        let ids: Vec<String> = members.iter().map(i64::to_string).collect();
        let sql = format!(
            "SELECT id, locale, timezone FROM members WHERE erased_at IS NULL AND id IN ({})",
            ids.join(", ")
        );
        let rows: Vec<(i64, String, Option<String>)> = with_conn!(self, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .map(|(id, l, zone)| {
                let reader = Reader {
                    locale: locale(&l),
                    timezone: zone.and_then(|z| z.parse().ok()),
                };
                (id, reader)
            })
            .collect())
    }

    /// The workers that sent deliveries (each sent row keeps its sender).
    pub async fn delivery_senders(&mut self) -> Result<Vec<String>> {
        let sql = "SELECT DISTINCT lease_owner FROM deliveries \
            WHERE state = 'sent' AND lease_owner IS NOT NULL ORDER BY lease_owner";
        Ok(with_conn!(self, c => sqlx::query_scalar(sql).fetch_all(c).await?))
    }

    /// How many deliveries were taken over after a worker's lease ran out: each may have
    /// been sent twice (the first worker may have sent it before it died).
    pub async fn duplicate_deliveries(&mut self) -> Result<i64> {
        let sql = "SELECT CAST(COALESCE(SUM(duplicates), 0) AS BIGINT) FROM deliveries";
        Ok(with_conn!(self, c => sqlx::query_scalar::<_, i64>(sql).fetch_one(c).await?))
    }

    /// Pauses `member`'s notifications until `until`, or resumes them with `None`.
    pub async fn set_paused_until(
        &mut self,
        member: MemberId,
        until: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let sql = "UPDATE members SET paused_until = $2 WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql).bind(member.get()).bind(until.map(millis)).execute(c).await?.rows_affected());
        // Deliveries already queued wait too (or, resumed, are due now).
        let sql =
            "UPDATE deliveries SET not_before = $2 WHERE member_id = $1 AND state = 'pending'";
        with_conn!(self, c => sqlx::query(sql).bind(member.get()).bind(millis(until.unwrap_or_default())).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Mutes (or unmutes) one idea's notifications for `member`; true if that changed anything.
    pub async fn set_muted(
        &mut self,
        member: MemberId,
        idea: IdeaId,
        muted: bool,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        // A muted follow is "not following, and quiet"; unmuting leaves an implied follow, so
        // the member hears about the idea again.
        let sql = "INSERT INTO follows (member_id, idea_id, explicit, muted, created_at) \
            VALUES ($1, $2, FALSE, $3, $4) \
            ON CONFLICT (member_id, idea_id) DO UPDATE SET muted = excluded.muted \
            WHERE follows.muted <> excluded.muted";
        let changed = with_conn!(self, c => sqlx::query(sql)
            .bind(member.get())
            .bind(idea.get())
            .bind(muted)
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(changed > 0)
    }
}

impl Db<'_> {
    /// Forgets deliveries settled before `before` (sent, or parked as dead) and the personal
    /// outbox rows they came from: each holds a chat address and a message about a person,
    /// kept only as long as an operator may need to look into a failure.
    pub async fn prune_delivered(&mut self, before: DateTime<Utc>) -> Result<u64> {
        let deliveries = "DELETE FROM deliveries WHERE state IN ('sent', 'dead', 'withdrawn') \
            AND created_at < $1";
        let gone = with_conn!(self, c => sqlx::query(deliveries)
            .bind(millis(before))
            .execute(c)
            .await?
            .rows_affected());
        let outbox = "DELETE FROM outbox WHERE recipient_id IS NOT NULL \
            AND processed_at IS NOT NULL AND processed_at < $1 \
            AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.outbox_id = outbox.id)";
        with_conn!(self, c => sqlx::query(outbox)
            .bind(millis(before))
            .execute(c)
            .await?
            .rows_affected());
        Ok(gone)
    }
}
