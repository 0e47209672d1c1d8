//! Members, their chat identities and link codes.

use super::conn::{Db, with_conn};
use super::rows::{MemberRow, millis, time};
use crate::domain::*;
use crate::error::Result;
use chrono::{DateTime, Utc};

/// Everything needed to insert a member.
#[derive(Debug, Clone)]
pub struct NewMemberRow {
    pub display_name: String,
    pub describes: Describes,
    pub organisation: Option<String>,
    pub region: Option<String>,
    pub locale: Locale,
    pub role: Role,
    pub now: DateTime<Utc>,
}

macro_rules! select_members {
    ($rest:literal) => {
        concat!(
            "SELECT id, display_name, describes, organisation, region, locale, role, banned, ",
            "digest, consented_at, created_at FROM members ",
            $rest
        )
    };
}

impl Db<'_> {
    pub async fn insert_member(&mut self, m: &NewMemberRow) -> Result<MemberId> {
        // The digest is on from the start (the column's default), so the member is subscribed
        // to the sprint's news from now: nothing written before reaches them.
        let sql = "INSERT INTO members (display_name, describes, organisation, region, locale, \
            role, consented_at, created_at, subscribed_at) \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7) RETURNING id";
        let id: i64 = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(&m.display_name)
            .bind(m.describes.as_str())
            .bind(&m.organisation)
            .bind(&m.region)
            .bind(m.locale.tag())
            .bind(m.role.as_str())
            .bind(millis(m.now))
            .fetch_one(c)
            .await?);
        Ok(MemberId(id))
    }

    pub async fn insert_identity(
        &mut self,
        identity: &Identity,
        member: MemberId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO identities (platform, user_id, member_id, created_at) \
            VALUES ($1, $2, $3, $4)";
        with_conn!(self, c => sqlx::query(sql)
            .bind(identity.platform.as_str())
            .bind(&identity.user_id)
            .bind(member.get())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Records that messages to `identity` cannot be delivered (blocked bot, closed DMs), or,
    /// with `None`, that they can again. Returns whether such an identity exists.
    pub async fn set_identity_unreachable(
        &mut self,
        identity: &Identity,
        since: Option<DateTime<Utc>>,
    ) -> Result<bool> {
        let sql = "UPDATE identities SET unreachable_at = $3 WHERE platform = $1 AND user_id = $2";
        let changed = with_conn!(self, c => sqlx::query(sql)
            .bind(identity.platform.as_str())
            .bind(&identity.user_id)
            .bind(since.map(millis))
            .execute(c)
            .await?
            .rows_affected());
        Ok(changed > 0)
    }

    /// When messages to `identity` last failed for good, if they do now.
    pub async fn identity_unreachable_since(
        &mut self,
        identity: &Identity,
    ) -> Result<Option<DateTime<Utc>>> {
        let sql = "SELECT unreachable_at FROM identities WHERE platform = $1 AND user_id = $2";
        let at: Option<Option<i64>> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(identity.platform.as_str())
            .bind(&identity.user_id)
            .fetch_optional(c)
            .await?);
        Ok(at.flatten().map(time))
    }

    /// The member behind a chat identity, unless they erased themselves.
    pub async fn member_by_identity(&mut self, identity: &Identity) -> Result<Option<Member>> {
        let sql = select_members!(
            "WHERE id = (SELECT member_id FROM identities WHERE platform = $1 AND user_id = $2) \
             AND erased_at IS NULL"
        );
        let row: Option<MemberRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(identity.platform.as_str())
            .bind(&identity.user_id)
            .fetch_optional(c)
            .await?);
        row.map(Member::try_from).transpose()
    }

    pub async fn member(&mut self, id: MemberId) -> Result<Option<Member>> {
        let sql = select_members!("WHERE id = $1 AND erased_at IS NULL");
        let row: Option<MemberRow> =
            with_conn!(self, c => sqlx::query_as(sql).bind(id.get()).fetch_optional(c).await?);
        row.map(Member::try_from).transpose()
    }

    pub async fn identities_of(&mut self, member: MemberId) -> Result<Vec<Identity>> {
        let sql = "SELECT platform, user_id FROM identities WHERE member_id = $1 \
            ORDER BY platform, user_id";
        let rows: Vec<(String, String)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(member.get()).fetch_all(c).await?);
        Ok(rows
            .into_iter()
            .filter_map(|(p, u)| p.parse().ok().map(|p| Identity::new(p, u)))
            .collect())
    }

    pub async fn set_member_text(&mut self, id: MemberId, column: MemberSetting<'_>) -> Result<()> {
        let (sql, value) = match column {
            MemberSetting::Locale(l) => ("UPDATE members SET locale = $2 WHERE id = $1", l.tag()),
            MemberSetting::Role(r) => ("UPDATE members SET role = $2 WHERE id = $1", r.as_str()),
            MemberSetting::Name(n) => ("UPDATE members SET display_name = $2 WHERE id = $1", n),
        };
        with_conn!(self, c => sqlx::query(sql).bind(id.get()).bind(value).execute(c).await?.rows_affected());
        Ok(())
    }

    /// Sets how often the digest comes. Turning it on from off subscribes the member anew
    /// from `now`: the sprint's news written while they were not subscribed is not theirs.
    /// Changing only how often keeps when they subscribed.
    pub async fn set_digest(
        &mut self,
        id: MemberId,
        frequency: DigestFrequency,
        now: DateTime<Utc>,
    ) -> Result<()> {
        // A new frequency means a new first time, worked out by the next digest run. The
        // `CASE` reads the row as it was before this update (SQLite and PostgreSQL alike).
        let sql = "UPDATE members SET digest = $2, next_digest_at = NULL, \
            subscribed_at = CASE WHEN digest = 'off' AND $2 <> 'off' THEN $3 \
                ELSE subscribed_at END \
            WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(frequency.as_str())
            .bind(millis(now))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Bans (with the reason and the role of who banned) or, with `None`, lifts the ban.
    pub async fn set_banned(&mut self, id: MemberId, ban: Option<(&str, Role)>) -> Result<()> {
        let sql = "UPDATE members SET banned = $2, banned_reason = $3, banned_by_role = $4 \
            WHERE id = $1";
        with_conn!(self, c => sqlx::query(sql)
            .bind(id.get())
            .bind(ban.is_some())
            .bind(ban.map(|(reason, _)| reason))
            .bind(ban.map(|(_, role)| role.as_str()))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The role of whoever banned the member (a ban from before this was kept: moderator).
    pub async fn banned_by_role(&mut self, id: MemberId) -> Result<Option<Role>> {
        let sql = "SELECT banned_by_role FROM members WHERE id = $1 AND banned";
        let row: Option<Option<String>> =
            with_conn!(self, c => sqlx::query_scalar(sql).bind(id.get()).fetch_optional(c).await?);
        Ok(row.map(|role| role.and_then(|r| r.parse().ok()).unwrap_or(Role::Moderator)))
    }

    /// Keeps the bans of an erased member's accounts as one-way hashes.
    pub async fn remember_ban(
        &mut self,
        identities: &[Identity],
        by: Role,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO banned_identities (identity_hash, banned_by_role, created_at) \
            VALUES ($1, $2, $3) ON CONFLICT (identity_hash) DO NOTHING";
        for identity in identities {
            with_conn!(self, c => sqlx::query(sql)
                .bind(identity.ban_hash())
                .bind(by.as_str())
                .bind(millis(now))
                .execute(c)
                .await?
                .rows_affected());
        }
        Ok(())
    }

    /// Whether this account belonged to a member erased while banned, and who banned them.
    pub async fn remembered_ban(&mut self, identity: &Identity) -> Result<Option<Role>> {
        let sql = "SELECT banned_by_role FROM banned_identities WHERE identity_hash = $1";
        let row: Option<String> = with_conn!(self, c => sqlx::query_scalar(sql)
            .bind(identity.ban_hash())
            .fetch_optional(c)
            .await?);
        Ok(row.map(|r| r.parse().unwrap_or(Role::Admin)))
    }

    /// Lifts a remembered ban (an unban of the member who came back).
    pub async fn forget_remembered_ban(&mut self, identities: &[Identity]) -> Result<()> {
        let sql = "DELETE FROM banned_identities WHERE identity_hash = $1";
        for identity in identities {
            with_conn!(self, c => sqlx::query(sql)
                .bind(identity.ban_hash())
                .execute(c)
                .await?
                .rows_affected());
        }
        Ok(())
    }

    pub async fn insert_link_code(
        &mut self,
        code: &str,
        member: MemberId,
        expires_at: DateTime<Utc>,
    ) -> Result<()> {
        let sql = "INSERT INTO link_codes (code, member_id, expires_at) VALUES ($1, $2, $3)";
        with_conn!(self, c => sqlx::query(sql)
            .bind(code)
            .bind(member.get())
            .bind(millis(expires_at))
            .execute(c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Deletes the code and returns its member if it had not expired: a code works once.
    pub async fn take_link_code(
        &mut self,
        code: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<MemberId>> {
        let sql = "DELETE FROM link_codes WHERE code = $1 RETURNING member_id, expires_at";
        let row: Option<(i64, i64)> =
            with_conn!(self, c => sqlx::query_as(sql).bind(code).fetch_optional(c).await?);
        Ok(row
            .filter(|(_, expires)| time(*expires) > now)
            .map(|(m, _)| MemberId(m)))
    }

    /// Moves everything `from` did to `into`, for joining two registrations into one member.
    /// Duplicate votes and follows collapse into one; counts are recomputed.
    pub async fn fold_member_into(
        &mut self,
        from: MemberId,
        into: MemberId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let statements: &[&str] = &[
            "UPDATE identities SET member_id = $2 WHERE member_id = $1",
            "UPDATE ideas SET author_id = $2 WHERE author_id = $1",
            "UPDATE comments SET author_id = $2 WHERE author_id = $1",
            "INSERT INTO votes (idea_id, member_id, created_at) \
                SELECT idea_id, $2, created_at FROM votes WHERE member_id = $1 \
                ON CONFLICT DO NOTHING",
            "DELETE FROM votes WHERE member_id = $1",
            "INSERT INTO follows (member_id, idea_id, explicit, muted, created_at) \
                SELECT $2, idea_id, explicit, muted, created_at FROM follows WHERE member_id = $1 \
                ON CONFLICT DO NOTHING",
            "DELETE FROM follows WHERE member_id = $1",
            "INSERT INTO idea_claims (idea_id, member_id, claimed_at) \
                SELECT idea_id, $2, claimed_at FROM idea_claims WHERE member_id = $1 \
                ON CONFLICT DO NOTHING",
            "DELETE FROM idea_claims WHERE member_id = $1",
            "DELETE FROM link_codes WHERE member_id = $1",
            "UPDATE ideas SET supporters = \
                (SELECT COUNT(*) FROM votes v WHERE v.idea_id = ideas.id) \
                WHERE id IN (SELECT idea_id FROM votes WHERE member_id = $2)",
        ];
        for sql in statements {
            with_conn!(self, c => sqlx::query(*sql).bind(from.get()).bind(into.get()).execute(c).await?.rows_affected());
        }
        self.erase_member(from, now).await
    }

    /// Forgets who a member was: identities, link codes, follows and profile go; the row stays,
    /// nameless, so their ideas, comments and votes keep counting, shown as "a former member".
    pub async fn erase_member(&mut self, id: MemberId, now: DateTime<Utc>) -> Result<()> {
        // Everything that could say who they were goes: their accounts and where we wrote to
        // them (deliveries hold a chat id and a rendered message), news addressed to them, and
        // the free text of audit entries about them (a ban reason may name them). The audit
        // entries themselves stay, so the team's actions are still accounted for.
        let statements: &[&str] = &[
            // A conversation under way may hold what they were typing.
            "DELETE FROM conversations WHERE EXISTS (SELECT 1 FROM identities i \
                WHERE i.member_id = $1 AND i.platform = conversations.platform \
                AND i.user_id = conversations.user_id)",
            "DELETE FROM identities WHERE member_id = $1",
            "DELETE FROM link_codes WHERE member_id = $1",
            // Sign-in links and dashboard sessions hold their chat account: they end now.
            "DELETE FROM web_sign_ins WHERE member_id = $1",
            "DELETE FROM web_sessions WHERE member_id = $1",
            "DELETE FROM follows WHERE member_id = $1",
            "DELETE FROM deliveries WHERE member_id = $1",
            "DELETE FROM deliveries WHERE outbox_id IN \
                (SELECT id FROM outbox WHERE recipient_id = $1)",
            "DELETE FROM outbox WHERE recipient_id = $1",
            // The ids of the messages they wrote in our forum posts point at them on Discord;
            // our own copies of their comments stay, to be redrawn as from a former member.
            "DELETE FROM forum_messages WHERE written_here \
                AND comment_id IN (SELECT id FROM comments WHERE author_id = $1)",
            // Audit targets are spelt `member:N`, `#N` / `idea:N` and `cN` / `comment:N`.
            "UPDATE audit_log SET reason = NULL, details = '' \
                WHERE target = 'member:' || CAST($1 AS TEXT) \
                OR target IN (SELECT '#' || CAST(id AS TEXT) FROM ideas WHERE author_id = $1) \
                OR target IN (SELECT 'idea:' || CAST(id AS TEXT) FROM ideas WHERE author_id = $1) \
                OR target IN (SELECT 'c' || CAST(id AS TEXT) FROM comments WHERE author_id = $1) \
                OR target IN (SELECT 'comment:' || CAST(id AS TEXT) FROM comments \
                    WHERE author_id = $1)",
            // A moderator's reason for hiding their words may name them too.
            "UPDATE ideas SET hidden_reason = '' \
                WHERE author_id = $1 AND hidden_reason IS NOT NULL",
            "UPDATE comments SET hidden_reason = '' \
                WHERE author_id = $1 AND hidden_reason IS NOT NULL",
            "DELETE FROM staff_nudges WHERE member_id = $1",
            // That they took part in a huddle is about them; the idea stays the group's.
            "DELETE FROM idea_claims WHERE member_id = $1",
            "DELETE FROM capture_sessions WHERE member_id = $1",
            "UPDATE members SET display_name = NULL, organisation = NULL, region = NULL, \
                describes = 'other', timezone = NULL, digest = 'off', subscribed_at = NULL, \
                banned_reason = NULL, erased_at = $2 WHERE id = $1",
        ];
        let erased_at = millis(now);
        for sql in statements {
            with_conn!(self, c => sqlx::query(*sql).bind(id.get()).bind(erased_at).execute(c).await?.rows_affected());
        }
        Ok(())
    }

    /// Current members a page at a time (keyset on id), so walking all of them keeps memory flat.
    pub async fn members_page(&mut self, after: MemberId, limit: i64) -> Result<Vec<Member>> {
        let sql = select_members!("WHERE id > $1 AND erased_at IS NULL ORDER BY id LIMIT $2");
        let rows: Vec<MemberRow> = with_conn!(self, c => sqlx::query_as(sql)
            .bind(after.get())
            .bind(limit)
            .fetch_all(c)
            .await?);
        rows.into_iter().map(Member::try_from).collect()
    }
}

/// One profile column a member or admin may change. (How often the digest comes has its own
/// `set_digest`: turning it on also records when the member subscribed.)
#[derive(Debug, Clone, Copy)]
pub enum MemberSetting<'a> {
    Locale(Locale),
    Role(Role),
    Name(&'a str),
}
