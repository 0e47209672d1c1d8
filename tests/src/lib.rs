//! Test harness: a fresh database per test on SQLite (a file in a temp dir) or PostgreSQL (a
//! new database on the server named by `CROWDSPRINT_TEST_POSTGRES_URL`, default
//! `postgres://postgres@127.0.0.1:5432/postgres`), a core with a hand-moved clock, and helpers
//! that set up members and sprints through the real core API.
//!
//! PostgreSQL tests never skip: if the server cannot be reached they fail, saying how to fix it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::missing_panics_doc)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{CoreSettings, IdeaDraft, Registration, SprintDraft};
use crowdsprint_core::{Core, ManualClock, Store};
use sqlx::Connection;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

pub use crowdsprint_core;

pub mod bench;
pub mod browser;
pub mod discord_bot;
pub mod fake_discord;
pub mod fake_telegram;
mod local_server;
pub mod serve;
mod snapshot;
pub mod telegram_bot;
pub mod telegram_replicas;
mod token_bucket;
mod traces;
pub mod web_board;
pub use snapshot::{IdeaState, MemberState, Snapshot};

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The server the PostgreSQL tests create their databases on.
pub fn postgres_admin_url() -> String {
    std::env::var("CROWDSPRINT_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// The moment every test starts at: a Monday in the middle of a sprint.
pub fn start_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 9, 0, 0)
        .single()
        .expect("valid date")
}

/// One test's world: a migrated, empty database and a core on a manual clock.
#[derive(Debug)]
pub struct TestEnv {
    pub core: Core,
    pub clock: ManualClock,
    pub backend: Backend,
    /// Database URL, for tests that start the binary against the same data.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_database: Option<String>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestEnv {
    pub async fn new(backend: Backend) -> TestEnv {
        let (url, dir, pg_database) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                (url, Some(dir), None)
            }
            Backend::Postgres => {
                let (url, name) = create_postgres_database().await;
                (url, None, Some(name))
            }
        };
        let store = Store::connect(&url)
            .await
            .expect("connect to the test database");
        store.migrate().await.expect("migrate the test database");
        let clock = ManualClock::new(start_time());
        let settings = CoreSettings {
            bootstrap_admins: vec![admin_identity()],
            // Tests of the rules post and vote quickly as one person; the limits themselves
            // are tested with `with_limits` (the bots' worlds use the real defaults).
            limits: generous_limits(),
            ..CoreSettings::default()
        };
        let core = Core::new(store, Arc::new(clock.clone()), settings).expect("default limits");
        TestEnv {
            core,
            clock,
            backend,
            url,
            _dir: dir,
            pg_database,
        }
    }

    /// Registers `name` on the console and gives them `role` (granted by the bootstrap admin).
    pub async fn member(&self, name: &str, role: Role) -> Actor {
        self.member_on(Identity::new(Platform::Console, name), name, role)
            .await
    }

    /// Registers a person behind a given identity.
    pub async fn member_on(&self, identity: Identity, name: &str, role: Role) -> Actor {
        let member = self
            .core
            .register(&identity, registration(name))
            .await
            .expect("register a test member");
        if role != Role::Member && role != member.role {
            let admin = self.admin().await;
            self.core
                .set_role(&admin, member.id, role)
                .await
                .expect("grant a role");
        }
        self.core
            .require_actor(&identity)
            .await
            .expect("actor for a new member")
    }

    /// The bootstrap admin (registered on first use).
    pub async fn admin(&self) -> Actor {
        let identity = admin_identity();
        if let Some(actor) = self.core.actor_for(&identity).await.expect("look up admin") {
            return actor;
        }
        self.core
            .register(&identity, registration("Admin"))
            .await
            .expect("register admin");
        self.core
            .require_actor(&identity)
            .await
            .expect("admin actor")
    }

    /// Gives the member registered as `identity` (through a bot, say) `role`, as the admin
    /// would with `/role`; returns them as they now are.
    pub async fn grant(&self, identity: &Identity, role: Role) -> Actor {
        let admin = self.admin().await;
        let member = self
            .core
            .require_actor(identity)
            .await
            .expect("a registered member");
        self.core
            .set_role(&admin, member.member(), role)
            .await
            .expect("the admin may give roles");
        self.core
            .require_actor(identity)
            .await
            .expect("still registered")
    }

    /// An open sprint (window around now) with two challenges, made by the admin.
    pub async fn open_sprint(&self) -> (Sprint, Vec<Challenge>) {
        let admin = self.admin().await;
        let now = self.clock.now_for_tests();
        let draft = SprintDraft {
            title: Title::parse("Home for noon").unwrap(),
            description: Description::parse("Hospital discharge").unwrap(),
            opens_at: now - Duration::days(7),
            closes_at: now + Duration::days(21),
        };
        let sprint = self
            .core
            .create_sprint(&admin, draft)
            .await
            .expect("create sprint");
        let mut challenges = Vec::new();
        for title in ["People", "Teams"] {
            let c = self
                .core
                .add_challenge(
                    &admin,
                    sprint.id,
                    Title::parse(title).unwrap(),
                    Description::parse("").unwrap(),
                )
                .await
                .expect("add challenge");
            challenges.push(c);
        }
        let sprint = self
            .core
            .set_sprint_stage(&admin, sprint.id, SprintStage::Open)
            .await
            .expect("open sprint");
        (sprint, challenges)
    }

    /// Posts an idea and has the admin approve it: visible and reviewed.
    pub async fn approved_idea(&self, author: &Actor, challenge: ChallengeId, title: &str) -> Idea {
        let idea = self.idea(author, challenge, title, "").await;
        let admin = self.admin().await;
        self.core
            .approve(&admin, crowdsprint_core::service::Target::Idea(idea.id))
            .await
            .expect("approve the idea");
        idea
    }

    /// Posts an idea and returns it.
    pub async fn idea(
        &self,
        author: &Actor,
        challenge: ChallengeId,
        title: &str,
        body: &str,
    ) -> Idea {
        self.core
            .submit_idea(author, draft(challenge, title, body))
            .await
            .expect("submit idea")
            .idea
    }
}

/// An idea draft from the console.
pub fn draft(challenge: ChallengeId, title: &str, body: &str) -> IdeaDraft {
    IdeaDraft {
        challenge,
        title: IdeaTitle::parse(title).expect("valid title"),
        body: IdeaBody::parse(body).expect("valid body"),
        kind: IdeaKind::Idea,
        origin: Origin::Chat(Platform::Console),
    }
}

/// A complete registration for `name`.
pub fn registration(name: &str) -> Registration {
    Registration {
        display_name: DisplayName::parse(name).expect("valid name"),
        describes: Describes::Staff,
        organisation: None,
        region: None,
        locale: Locale::EnGb,
        consent: true,
    }
}

/// The user error behind a refused call; panics if the call succeeded or failed internally.
#[track_caller]
pub fn user_error<T: std::fmt::Debug>(result: crowdsprint_core::Result<T>) -> UserError {
    match result {
        Err(crowdsprint_core::Error::User(error)) => error,
        other => panic!("expected a user error, got {other:?}"),
    }
}

/// A valid reason, for hiding and banning.
pub fn reason(text: &str) -> Reason {
    Reason::parse(text).expect("valid reason")
}

/// A valid comment body.
pub fn comment_body(text: &str) -> CommentBody {
    CommentBody::parse(text).expect("valid comment")
}

/// The identity listed in the test core's bootstrap admins.
pub fn admin_identity() -> Identity {
    Identity::new(Platform::Console, "admin")
}

/// Reads the manual clock (a tiny extension so helpers need no `Clock` import).
pub trait NowForTests {
    fn now_for_tests(&self) -> DateTime<Utc>;
}

impl NowForTests for ManualClock {
    fn now_for_tests(&self) -> DateTime<Utc> {
        crowdsprint_core::Clock::now(self)
    }
}

async fn create_postgres_database() -> (String, String) {
    let admin_url = postgres_admin_url();
    let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
        Ok(conn) => conn,
        Err(error) => panic!(
            "PostgreSQL tests need a server at {admin_url} ({error}). Start one (`.ci/run` \
             installs and starts it) or set CROWDSPRINT_TEST_POSTGRES_URL. These tests never skip."
        ),
    };
    let name = format!(
        "crowdsprint_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        rand::random::<u32>()
    );
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create a test database");
    let base = admin_url
        .rsplit_once('/')
        .map(|(base, _)| base)
        .unwrap_or(&admin_url);
    (format!("{base}/{name}"), name)
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        let Some(name) = self.pg_database.take() else {
            return;
        };
        // Drop runs outside async context; a short-lived runtime on its own thread removes the
        // database (FORCE closes the pool's remaining connections).
        let admin_url = postgres_admin_url();
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql))
                        .execute(&mut admin)
                        .await;
                }
            });
        })
        .join();
    }
}

/// Declares each test twice, once per backend: `mod name { fn sqlite(); fn postgres(); }`.
///
/// ```text
/// both_backends! {
///     async fn one_vote_per_member(env) { ... }
/// }
/// ```
#[macro_export]
macro_rules! both_backends {
    ($(async fn $name:ident($env:ident) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($env: $crate::TestEnv) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    run($crate::TestEnv::new($crate::Backend::Sqlite).await).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    run($crate::TestEnv::new($crate::Backend::Postgres).await).await
                }
            }
        )*
    };
}

impl TestEnv {
    /// The same database and clock, with other per-member limits (core applies them).
    pub fn with_limits(self, limits: crowdsprint_core::limits::LimitSettings) -> TestEnv {
        self.with_settings(|settings| settings.limits = limits)
    }

    /// The same database and clock, with the web board public at `url`.
    pub fn with_public_url(self, url: &str) -> TestEnv {
        let url = PublicUrl::parse(url).expect("a public address");
        self.with_settings(|settings| settings.public_url = Some(url))
    }

    /// The same database and clock, with the operator's quiet hours at `window`
    /// (`"21:00-08:00"`).
    pub fn with_quiet_hours(self, window: &str) -> TestEnv {
        let quiet = window.parse().expect("HH:MM-HH:MM");
        self.with_settings(|settings| settings.quiet_hours = Some(quiet))
    }

    /// The same database and clock, with core's settings changed by `change`.
    fn with_settings(mut self, change: impl FnOnce(&mut CoreSettings)) -> TestEnv {
        let mut settings = self.core.settings().clone();
        change(&mut settings);
        self.core = Core::new(
            self.core.store().clone(),
            Arc::new(self.clock.clone()),
            settings,
        )
        .expect("the settings are valid");
        self
    }
}

/// Limits no test of the rules reaches.
pub fn generous_limits() -> crowdsprint_core::limits::LimitSettings {
    let lots = crowdsprint_core::limits::Rate {
        count: 100_000,
        per_seconds: 1,
    };
    crowdsprint_core::limits::LimitSettings {
        ideas: lots,
        votes: lots,
        comments: lots,
        link_codes: lots,
        link_attempts: lots,
    }
}

/// Polls `check` until it gives a value (bots work in the background), or fails with `what`
/// after ten seconds.
pub async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
