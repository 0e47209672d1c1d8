//! What the database holds, read through the store's own queries, so a test can check that a
//! refused action changed nothing (`assert_eq!(env.snapshot().await, before)`), and small
//! readers for the outbox and the audit log.

use crate::TestEnv;
use crowdsprint_core::domain::*;
use crowdsprint_core::store::{AuditEntry, OutboxRow};

/// One member as stored: profile, chat identities, votes and follows.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberState {
    pub member: Member,
    pub identities: Vec<Identity>,
    pub votes: Vec<IdeaId>,
    pub follows: Vec<(IdeaId, bool)>,
}

/// One idea as stored, with its themes and every comment in every state.
#[derive(Debug, Clone, PartialEq)]
pub struct IdeaState {
    pub idea: Idea,
    pub themes: Vec<String>,
    pub comments: Vec<Comment>,
}

/// Everything a use case can change.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub members: Vec<MemberState>,
    pub sprints: Vec<Sprint>,
    pub challenges: Vec<Challenge>,
    pub ideas: Vec<IdeaState>,
    pub themes: Vec<Theme>,
    pub big_ideas: Vec<BigIdea>,
    pub outbox: Vec<OutboxRow>,
    pub audit: Vec<AuditEntry>,
}

/// Ids are walked upwards until this many in a row are missing (a rolled-back insert can leave
/// a gap in a PostgreSQL sequence).
const MISSING_IDS_BEFORE_STOPPING: i64 = 20;

impl TestEnv {
    /// Reads the whole database.
    pub async fn snapshot(&self) -> Snapshot {
        let mut conn = self.core.store().read().await.expect("read connection");
        let mut db = conn.db();

        let mut members = Vec::new();
        let mut after = MemberId(0);
        loop {
            let page = db.members_page(after, 100).await.expect("members page");
            let Some(last) = page.last() else { break };
            after = last.id;
            for member in page {
                members.push(MemberState {
                    identities: db.identities_of(member.id).await.expect("identities"),
                    votes: db.votes_of(member.id).await.expect("votes"),
                    follows: db.follows_of(member.id).await.expect("follows"),
                    member,
                });
            }
        }

        let sprints = db.sprints().await.expect("sprints");
        let mut challenges = Vec::new();
        let mut themes = Vec::new();
        let mut big_ideas = Vec::new();
        for sprint in &sprints {
            challenges.extend(db.challenges(sprint.id).await.expect("challenges"));
            themes.extend(db.themes(sprint.id).await.expect("themes"));
            big_ideas.extend(db.big_ideas(sprint.id).await.expect("big ideas"));
        }

        let mut ideas = Vec::new();
        let (mut id, mut missing) = (1, 0);
        while missing < MISSING_IDS_BEFORE_STOPPING {
            match db.idea(IdeaId(id)).await.expect("idea") {
                Some(idea) => {
                    missing = 0;
                    ideas.push(IdeaState {
                        themes: db.theme_names_of(idea.id).await.expect("theme names"),
                        comments: db.comments_on(idea.id).await.expect("comments"),
                        idea,
                    });
                }
                None => missing += 1,
            }
            id += 1;
        }

        Snapshot {
            members,
            sprints,
            challenges,
            ideas,
            themes,
            big_ideas,
            outbox: db.outbox_after(0, 100_000).await.expect("outbox"),
            audit: db.audit_entries(100_000).await.expect("audit log"),
        }
    }

    /// Everything due now fanned out, claimed and marked sent, as a delivery worker would;
    /// what was delivered.
    pub async fn drain(&self) -> Vec<crowdsprint_core::notify::Delivery> {
        const LEASE: std::time::Duration = std::time::Duration::from_secs(60);
        self.core.fan_out(10_000).await.expect("fan out");
        let mut all = Vec::new();
        loop {
            let batch = self
                .core
                .claim_deliveries("test", None, 500, LEASE)
                .await
                .expect("claim");
            if batch.is_empty() {
                return all;
            }
            for d in &batch {
                let sent = crowdsprint_core::notify::SendOutcome::Sent;
                self.core
                    .settle_delivery("test", d, &sent)
                    .await
                    .expect("settle");
            }
            all.extend(batch);
        }
    }

    /// Every unprocessed outbox row, oldest first.
    pub async fn outbox(&self) -> Vec<OutboxRow> {
        let mut conn = self.core.store().read().await.expect("read connection");
        conn.db().outbox_after(0, 100_000).await.expect("outbox")
    }

    /// Outbox rows written after the row with id `after`.
    pub async fn outbox_after(&self, after: i64) -> Vec<OutboxRow> {
        let mut conn = self.core.store().read().await.expect("read connection");
        conn.db()
            .outbox_after(after, 100_000)
            .await
            .expect("outbox")
    }

    /// The personal notifications (rows with a recipient) after `after`: what people hear,
    /// without the broadcasts the channel and forum followers read.
    pub async fn notifications_after(&self, after: i64) -> Vec<OutboxRow> {
        self.outbox_after(after)
            .await
            .into_iter()
            .filter(|row| row.recipient.is_some())
            .collect()
    }

    /// Waits until at least `n` deliveries are sent and none is waiting, failing after
    /// `seconds`. The test clock keeps pace with the real one, so retries the queue put off
    /// (after 429s) come due.
    pub async fn wait_until_all_sent(&self, n: i64, seconds: u64) {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(seconds);
        loop {
            let counts = self.core.delivery_counts().await.expect("delivery counts");
            if counts[2].1 >= n && counts[0].1 == 0 && counts[1].1 == 0 {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "deliveries still going out: {counts:?}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            self.clock.advance(chrono::Duration::milliseconds(250));
        }
    }

    /// The id of the newest outbox row (0 when empty), to read only what comes after it.
    pub async fn outbox_mark(&self) -> i64 {
        self.outbox().await.last().map_or(0, |row| row.id)
    }

    /// An idea exactly as stored, whoever may see it.
    pub async fn stored_idea(&self, id: IdeaId) -> Option<Idea> {
        let mut conn = self.core.store().read().await.expect("read connection");
        conn.db().idea(id).await.expect("idea")
    }

    /// A comment exactly as stored.
    pub async fn stored_comment(&self, id: CommentId) -> Option<Comment> {
        let mut conn = self.core.store().read().await.expect("read connection");
        conn.db().comment(id).await.expect("comment")
    }
}
