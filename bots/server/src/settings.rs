//! Typed configuration: defaults, then an optional `crowdsprint.toml`, then the environment.
//! Secrets are wrapped so that printing the settings never shows them.

use crowdsprint_core::domain::Identity;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

/// A token or key: shown as `[redacted]` in every Debug or Display.
#[derive(Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Every setting of the service.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Settings {
    /// `sqlite://crowdsprint.db` (default) or `postgres://user@host/db`. May hold a password,
    /// so it is never logged whole: see `database_label`.
    pub database_url: Secret,
    /// Bootstrap admins, `telegram:12345,discord:6789`.
    pub admins: String,
    /// Where `serve` answers health checks and serves the web board.
    pub http_addr: String,
    /// Where the web board is reached from outside (`CROWDSPRINT_PUBLIC_URL`, e.g.
    /// `https://ideas.example.nhs.uk`): cards in the chats then carry "Open on the web".
    pub public_url: Option<String>,
    /// `pretty` (default in a terminal) or `json`.
    pub log_format: Option<String>,
    pub telegram_bot_token: Option<Secret>,
    /// The Bot API server (`TELEGRAM_API_URL`); Telegram's own when unset.
    pub telegram_api_url: Option<String>,
    /// Webhook mode: the public HTTPS address Telegram posts updates to
    /// (`TELEGRAM_WEBHOOK_URL`); long polling when unset. Its path is served on `http_addr`.
    pub telegram_webhook_url: Option<String>,
    /// Telegram sends it back with every update (`TELEGRAM_WEBHOOK_SECRET`): 1-256 of
    /// `A-Z a-z 0-9 _ -`.
    pub telegram_webhook_secret: Option<Secret>,
    /// Bulk messages (announcements, notifications, digests) the Telegram bot sends per second
    /// over all chats and replicas (`CROWDSPRINT_TELEGRAM_PER_SECOND`). Telegram allows 30 in
    /// any one second (more only with paid broadcasts): 29 leaves one message of room for
    /// network jitter. Raise it only when Telegram has raised yours. Answers to people are not
    /// counted here. Read from `limits.telegram_per_second`, its old name, when only that is set.
    pub telegram_per_second: u32,
    /// Settings given under an old name, to be told to the operator once logging is up.
    #[serde(skip)]
    pub old_names: Vec<&'static str>,
    /// Per-member limits on ideas and votes (`[limits]` in crowdsprint.toml, or
    /// `CROWDSPRINT_LIMITS='{ideas={count=5,per_seconds=600}}'`).
    pub limits: crowdsprint_core::limits::LimitSettings,
    pub discord_bot_token: Option<Secret>,
    /// The application's id (`DISCORD_APPLICATION_ID`, on its General Information page).
    pub discord_application_id: Option<u64>,
    /// Checks requests to the interactions endpoint (`DISCORD_PUBLIC_KEY`, 64 hex digits).
    pub discord_public_key: Option<String>,
    /// Servers to register the commands in, comma-separated (`DISCORD_GUILD_IDS`); globally
    /// when empty (Discord then takes up to an hour to show changes).
    pub discord_guild_ids: Option<IdList>,
    /// Channels where a plain message is offered to be posted as an idea.
    pub discord_ideas_channel_ids: Option<IdList>,
    /// Discord roles whose holders act as moderators, or as champions, on Discord.
    pub discord_moderator_role_ids: Option<IdList>,
    pub discord_champion_role_ids: Option<IdList>,
    /// The REST API and gateway (`DISCORD_API_URL`); Discord's own when unset.
    pub discord_api_url: Option<String>,
    /// `gateway` (default), `endpoint` or `both` (`DISCORD_MODE`).
    pub discord_mode: String,
    /// Minutes a `/link` code stays valid.
    pub link_code_minutes: i64,
    /// Ideas per page in lists.
    pub page_size: i64,
    /// When notifications that are not urgent wait for the morning: `21:00-08:00` (default)
    /// or `off`.
    pub quiet_hours: String,
    /// The operator's time zone, for quiet hours of members whose own zone is not known
    /// (IANA name, default `Europe/London`).
    pub timezone: String,
    /// When weekly digests go out in each member's local time (daily ones at the same hour):
    /// `monday 09:00` (default).
    pub digest_time: String,
    /// How many minutes before a member's digest time it is composed and queued, to go out at
    /// that time (default 10): composing thousands then does not slow sending them.
    pub digest_compose_ahead_minutes: u32,
    /// How long a delivery worker holds what it claimed (seconds). After a crash, what it had
    /// not reported is sent by another worker once this has passed.
    pub delivery_lease_seconds: u64,
    /// How old the sprint's news (opened, closed, moved on, closing soon) may be, in minutes,
    /// and still go to subscribers as a message (default 1440, a day). Older news, as after a
    /// long downtime, is not sent; the digest still tells what is open and closing.
    pub sprint_news_max_age_minutes: u32,
    /// The response promise: a member's comment gets the team's first response within this
    /// many working days (Monday to Friday, default 5). `/stats` and the dashboard measure it.
    pub response_target_days: u32,
    /// With both bots configured, what a bot that can never work (a refused token, a missing
    /// intent) does to the other: `stop` (default) stops `serve`; `keep-others` keeps the other
    /// bot running and readiness names the one that failed.
    pub on_bot_failure: String,
    /// How long a bot may be starting or reconnecting before `/readyz` answers 503 (seconds).
    pub ready_grace_seconds: u64,
}

/// Settings that moved: (old name, new name). The old name is still read when the new one is
/// not given, and the operator is told.
const OLD_NAMES: &[(&str, &str)] = &[("limits.telegram_per_second", "telegram_per_second")];

/// What a bot that can never work does to the rest of `serve` (`CROWDSPRINT_ON_BOT_FAILURE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnBotFailure {
    /// Stop `serve`, saying why and how to fix it.
    Stop,
    /// Keep the other bot running; readiness names the one that failed.
    KeepOthers,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: Secret(crowdsprint_core::store::DEFAULT_DATABASE_URL.to_owned()),
            admins: String::new(),
            http_addr: "127.0.0.1:8080".to_owned(),
            public_url: None,
            log_format: None,
            telegram_bot_token: None,
            telegram_api_url: None,
            telegram_webhook_url: None,
            telegram_webhook_secret: None,
            telegram_per_second: crowdsprint_telegram::DEFAULT_PER_SECOND,
            old_names: Vec::new(),
            limits: crowdsprint_core::limits::LimitSettings::default(),
            discord_bot_token: None,
            discord_application_id: None,
            discord_public_key: None,
            discord_guild_ids: None,
            discord_ideas_channel_ids: None,
            discord_moderator_role_ids: None,
            discord_champion_role_ids: None,
            discord_api_url: None,
            discord_mode: "gateway".to_owned(),
            link_code_minutes: 15,
            page_size: 5,
            quiet_hours: "21:00-08:00".to_owned(),
            timezone: "Europe/London".to_owned(),
            digest_time: "monday 09:00".to_owned(),
            digest_compose_ahead_minutes: 10,
            delivery_lease_seconds: 120,
            sprint_news_max_age_minutes: 24 * 60,
            response_target_days: 5,
            on_bot_failure: "stop".to_owned(),
            ready_grace_seconds: 60,
        }
    }
}

/// A setting that cannot be used, named so the operator can fix it.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("reading configuration: {0}")]
    Load(#[from] Box<figment::Error>),
    #[error("{0}")]
    Telegram(String),
    #[error("{0}")]
    Discord(String),
    #[error("CROWDSPRINT_QUIET_HOURS: {0}")]
    QuietHours(String),
    #[error("CROWDSPRINT_TIMEZONE: {0:?} is not a time zone name such as Europe/London")]
    Timezone(String),
    #[error("CROWDSPRINT_DIGEST_TIME: {0}")]
    DigestTime(String),
    #[error("CROWDSPRINT_PUBLIC_URL: {0}")]
    PublicUrl(String),
    #[error("CROWDSPRINT_ON_BOT_FAILURE must be stop or keep-others, not {0:?}")]
    OnBotFailure(String),
    #[error("CROWDSPRINT_ADMINS: {0:?} is not of the form platform:user_id (e.g. telegram:12345)")]
    Admin(String),
    #[error(
        "{} ({key}) must be a whole number from {min} to {max}, not {given}",
        env_name(key)
    )]
    OutOfRange {
        /// The setting's key in crowdsprint.toml, `limits.ideas.count` in a table.
        key: String,
        min: i64,
        max: i64,
        given: String,
    },
}

impl Settings {
    /// Loads defaults, then `file` if it exists, then the environment: `DATABASE_URL`,
    /// `TELEGRAM_BOT_TOKEN`, `DISCORD_BOT_TOKEN`, and `CROWDSPRINT_*` for everything else
    /// (`CROWDSPRINT_ADMINS`, `CROWDSPRINT_HTTP_ADDR`, ...; a double underscore reaches into a
    /// table: `CROWDSPRINT_LIMITS__VOTES__COUNT`).
    /// Every numeric setting is checked against its range (see `Bounds`).
    pub fn load(file: &Path) -> Result<Settings, SettingsError> {
        let mut given = Figment::new();
        if file.exists() {
            given = given.merge(Toml::file(file));
        }
        let given = given
            .merge(Env::prefixed("CROWDSPRINT_").split("__"))
            .merge(Env::raw().only(&[
                "DATABASE_URL",
                "TELEGRAM_BOT_TOKEN",
                "TELEGRAM_API_URL",
                "TELEGRAM_WEBHOOK_URL",
                "TELEGRAM_WEBHOOK_SECRET",
                "DISCORD_BOT_TOKEN",
                "DISCORD_APPLICATION_ID",
                "DISCORD_PUBLIC_KEY",
                "DISCORD_GUILD_IDS",
                "DISCORD_IDEAS_CHANNEL_IDS",
                "DISCORD_MODERATOR_ROLE_IDS",
                "DISCORD_CHAMPION_ROLE_IDS",
                "DISCORD_API_URL",
                "DISCORD_MODE",
            ]));
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        let mut old_names = Vec::new();
        for (old, new) in OLD_NAMES {
            if let Ok(value) = given.find_value(old)
                && given.find_value(new).is_err()
            {
                figment = figment.merge(Serialized::default(new, value));
                old_names.push(*old);
            }
        }
        let mut settings = figment
            .merge(given)
            .extract::<Settings>()
            .map_err(not_a_number)?;
        settings.old_names = old_names;
        settings.check_numbers()?;
        Ok(settings)
    }

    /// The name the operator gave setting `new` under: its old name if that is what was read.
    fn given_as(&self, new: &'static str) -> &'static str {
        OLD_NAMES
            .iter()
            .find(|(old, moved_to)| *moved_to == new && self.old_names.contains(old))
            .map_or(new, |(old, _)| old)
    }

    /// Tells the operator about each setting given under an old name (once logging is up).
    pub fn warn_about_old_names(&self) {
        for old in &self.old_names {
            let new = OLD_NAMES
                .iter()
                .find(|(name, _)| name == old)
                .map_or("", |(_, new)| new);
            tracing::warn!(
                old,
                new,
                "a setting has a new name; the old one still works for now"
            );
        }
    }

    /// Every numeric setting within its `Bounds`, else an error naming the first one that is not.
    pub fn check_numbers(&self) -> Result<(), SettingsError> {
        LINK_CODE_MINUTES.check("link_code_minutes", self.link_code_minutes)?;
        PAGE_SIZE.check("page_size", self.page_size)?;
        DIGEST_COMPOSE_AHEAD_MINUTES.check(
            "digest_compose_ahead_minutes",
            self.digest_compose_ahead_minutes,
        )?;
        DELIVERY_LEASE_SECONDS.check("delivery_lease_seconds", self.delivery_lease_seconds)?;
        SPRINT_NEWS_MAX_AGE_MINUTES.check(
            "sprint_news_max_age_minutes",
            self.sprint_news_max_age_minutes,
        )?;
        RESPONSE_TARGET_DAYS.check("response_target_days", self.response_target_days)?;
        READY_GRACE_SECONDS.check("ready_grace_seconds", self.ready_grace_seconds)?;
        TELEGRAM_PER_SECOND.check(
            self.given_as("telegram_per_second"),
            self.telegram_per_second,
        )?;
        check_limits(&self.limits)
    }

    /// What a bot that can never work does to the rest, checked.
    pub fn on_bot_failure(&self) -> Result<OnBotFailure, SettingsError> {
        match self.on_bot_failure.trim().to_lowercase().as_str() {
            "" | "stop" => Ok(OnBotFailure::Stop),
            "keep-others" | "keep_others" => Ok(OnBotFailure::KeepOthers),
            _ => Err(SettingsError::OnBotFailure(self.on_bot_failure.clone())),
        }
    }

    /// How long a bot may be unavailable before readiness fails.
    pub fn ready_grace(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.ready_grace_seconds)
    }

    /// Every setting that is read as more than a number or a word, checked, so a mistake in
    /// one is a configuration error (exit 2) before anything opens the database.
    pub fn check_values(&self) -> Result<(), SettingsError> {
        self.admin_identities()?;
        self.quiet_hours()?;
        self.public_url()?;
        self.digest_schedule()?;
        self.time_zone()?;
        Ok(())
    }

    /// The bootstrap admins, checked.
    pub fn admin_identities(&self) -> Result<Vec<Identity>, SettingsError> {
        self.admins
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Identity::parse(s).ok_or_else(|| SettingsError::Admin(s.to_owned())))
            .collect()
    }

    /// The database as it may be logged: the scheme and host, never a password.
    pub fn database_label(&self) -> String {
        let url = self.database_url.expose();
        match url.split_once("://") {
            Some((scheme, rest)) => {
                let host = rest.rsplit('@').next().unwrap_or(rest);
                format!("{scheme}://{host}")
            }
            None => "(unparsed database URL)".to_owned(),
        }
    }

    pub fn telegram_token(&self) -> Option<&Secret> {
        self.telegram_bot_token.as_ref().filter(|s| !s.is_empty())
    }

    /// Quiet hours, checked (`None` when turned off).
    pub fn quiet_hours(
        &self,
    ) -> Result<Option<crowdsprint_core::notify::QuietHours>, SettingsError> {
        match self.quiet_hours.trim() {
            "" | "off" => Ok(None),
            window => window.parse().map(Some).map_err(SettingsError::QuietHours),
        }
    }

    /// The web board's public address, checked; `None` when not set.
    pub fn public_url(&self) -> Result<Option<crowdsprint_core::domain::PublicUrl>, SettingsError> {
        match self.public_url.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(given) => crowdsprint_core::domain::PublicUrl::parse(given)
                .map(Some)
                .map_err(SettingsError::PublicUrl),
        }
    }

    /// When digests go out, checked.
    pub fn digest_schedule(
        &self,
    ) -> Result<crowdsprint_core::notify::DigestSchedule, SettingsError> {
        self.digest_time.parse().map_err(SettingsError::DigestTime)
    }

    /// The operator's time zone, checked.
    pub fn time_zone(&self) -> Result<chrono_tz::Tz, SettingsError> {
        self.timezone
            .trim()
            .parse()
            .map_err(|_| SettingsError::Timezone(self.timezone.clone()))
    }

    /// The Telegram bot's settings, checked, when a token is set.
    pub fn telegram(&self) -> Result<Option<crowdsprint_telegram::TelegramConfig>, SettingsError> {
        let Some(token) = self.telegram_token() else {
            return Ok(None);
        };
        let bad = |what: &str| SettingsError::Telegram(what.to_owned());
        let api_url = match self.telegram_api_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => Some(
                url.parse()
                    .map_err(|_| bad("TELEGRAM_API_URL is not a URL"))?,
            ),
        };
        let webhook = match self.telegram_webhook_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(url) => {
                let url = url
                    .parse()
                    .map_err(|_| bad("TELEGRAM_WEBHOOK_URL is not a URL"))?;
                let secret = self
                    .telegram_webhook_secret
                    .as_ref()
                    .map(|s| s.expose().trim().to_owned())
                    .unwrap_or_default();
                let valid = (1..=256).contains(&secret.len())
                    && secret
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                if !valid {
                    return Err(bad(
                        "TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL: \
                         1-256 characters of A-Z, a-z, 0-9, _ and -",
                    ));
                }
                Some(crowdsprint_telegram::WebhookConfig { url, secret })
            }
        };
        Ok(Some(crowdsprint_telegram::TelegramConfig {
            token: token.expose().to_owned(),
            api_url,
            webhook,
            per_second: self.telegram_per_second,
        }))
    }

    pub fn discord_token(&self) -> Option<&Secret> {
        self.discord_bot_token.as_ref().filter(|s| !s.is_empty())
    }

    /// `DISCORD_MODE`, checked: whether to connect to the gateway, and whether to serve the
    /// interactions endpoint (which needs `DISCORD_PUBLIC_KEY`).
    pub fn discord_mode(&self) -> Result<(bool, bool), SettingsError> {
        match self.discord_mode.trim().to_lowercase().as_str() {
            "" | "gateway" => Ok((true, false)),
            "endpoint" => Ok((false, true)),
            "both" => Ok((true, true)),
            _ => Err(SettingsError::Discord(
                "DISCORD_MODE must be gateway, endpoint or both".to_owned(),
            )),
        }
    }

    /// The Discord bot's settings, checked, when a token is set.
    pub fn discord(&self) -> Result<Option<crowdsprint_discord::DiscordConfig>, SettingsError> {
        let Some(token) = self.discord_token() else {
            return Ok(None);
        };
        let bad = |what: &str| SettingsError::Discord(what.to_owned());
        let application_id = self
            .discord_application_id
            .filter(|id| *id > 0)
            .ok_or_else(|| bad("DISCORD_APPLICATION_ID must be set with DISCORD_BOT_TOKEN"))?;
        let (gateway, endpoint) = self.discord_mode()?;
        let public_key = self
            .discord_public_key
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty());
        if endpoint && public_key.is_none() {
            return Err(bad(
                "DISCORD_PUBLIC_KEY must be set for the interactions endpoint (DISCORD_MODE=endpoint or both)",
            ));
        }
        if let Some(key) = public_key {
            crowdsprint_discord::RequestVerifier::new(key).map_err(|e| bad(&e.to_string()))?;
        }
        let ids = |list: &Option<IdList>, name: &str| match list {
            None => Ok(Vec::new()),
            Some(list) => list
                .ids()
                .map_err(|v| bad(&format!("{name}: {v:?} is not a Discord id"))),
        };
        let guild_ids = ids(&self.discord_guild_ids, "DISCORD_GUILD_IDS")?;
        let server = crowdsprint_discord::ServerSetup {
            ideas_channel_ids: ids(&self.discord_ideas_channel_ids, "DISCORD_IDEAS_CHANNEL_IDS")?,
            roles: crowdsprint_discord::RoleMap {
                moderators: ids(
                    &self.discord_moderator_role_ids,
                    "DISCORD_MODERATOR_ROLE_IDS",
                )?,
                champions: ids(&self.discord_champion_role_ids, "DISCORD_CHAMPION_ROLE_IDS")?,
            },
        };
        Ok(Some(crowdsprint_discord::DiscordConfig {
            token: token.expose().to_owned(),
            application_id,
            public_key: endpoint.then(|| public_key.unwrap_or_default().to_owned()),
            guild_ids,
            api_url: self
                .discord_api_url
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(str::to_owned),
            gateway,
            server,
        }))
    }
}

/// The values a numeric setting may take: wide enough for any deployment, narrow enough that
/// nothing computed from it can overflow (`chrono::Duration::minutes`, adding a duration to
/// now, and governor's quotas all panic out of range), and refusing what cannot work (0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bounds {
    min: i64,
    max: i64,
}

const LINK_CODE_MINUTES: Bounds = Bounds {
    min: 1,
    max: 24 * 60,
};
const PAGE_SIZE: Bounds = Bounds { min: 1, max: 50 };
/// 0 composes digests when due.
const DIGEST_COMPOSE_AHEAD_MINUTES: Bounds = Bounds {
    min: 0,
    max: 24 * 60,
};
/// Under 5 s a batch cannot be sent before its claim runs out; after an hour a crashed
/// worker's deliveries would wait longer than anyone should.
const DELIVERY_LEASE_SECONDS: Bounds = Bounds {
    min: 5,
    max: 60 * 60,
};
/// Under a minute, news written just before a worker's pause would be dropped; past 30 days
/// "news" has stopped meaning anything.
const SPRINT_NEWS_MAX_AGE_MINUTES: Bounds = Bounds {
    min: 1,
    max: 30 * 24 * 60,
};
/// A promise of no working days cannot be kept; past three months it is not a promise.
const RESPONSE_TARGET_DAYS: Bounds = Bounds {
    min: 1,
    max: crowdsprint_core::domain::working_days::MAX_TARGET_DAYS as i64,
};
/// Under a second every reconnect would fail readiness; past an hour an orchestrator learns
/// too late.
const READY_GRACE_SECONDS: Bounds = Bounds {
    min: 1,
    max: 60 * 60,
};
/// A per-member limit: at most `count` in any `per_seconds` (up to a week).
const RATE_COUNT: Bounds = Bounds {
    min: 1,
    max: 100_000,
};
const RATE_PER_SECONDS: Bounds = Bounds {
    min: 1,
    max: 7 * 24 * 60 * 60,
};
/// Telegram allows about 30; far more only with paid broadcasts (the benchmark uses 3000).
const TELEGRAM_PER_SECOND: Bounds = Bounds {
    min: 1,
    max: 10_000,
};

impl Bounds {
    fn check(self, key: &str, value: impl Into<i128>) -> Result<(), SettingsError> {
        let value = value.into();
        if (i128::from(self.min)..=i128::from(self.max)).contains(&value) {
            Ok(())
        } else {
            Err(self.refuse(key, value.to_string()))
        }
    }

    fn refuse(self, key: &str, given: String) -> SettingsError {
        SettingsError::OutOfRange {
            key: key.to_owned(),
            min: self.min,
            max: self.max,
            given,
        }
    }
}

/// The bounds of the numeric setting at `path` (as figment names it), if it is one.
fn bounds_of(path: &[String]) -> Option<Bounds> {
    let path: Vec<&str> = path.iter().map(String::as_str).collect();
    match path.as_slice() {
        ["link_code_minutes"] => Some(LINK_CODE_MINUTES),
        ["page_size"] => Some(PAGE_SIZE),
        ["digest_compose_ahead_minutes"] => Some(DIGEST_COMPOSE_AHEAD_MINUTES),
        ["delivery_lease_seconds"] => Some(DELIVERY_LEASE_SECONDS),
        ["sprint_news_max_age_minutes"] => Some(SPRINT_NEWS_MAX_AGE_MINUTES),
        ["response_target_days"] => Some(RESPONSE_TARGET_DAYS),
        ["ready_grace_seconds"] => Some(READY_GRACE_SECONDS),
        ["telegram_per_second"] => Some(TELEGRAM_PER_SECOND),
        ["limits", _, "count"] => Some(RATE_COUNT),
        ["limits", _, "per_seconds"] => Some(RATE_PER_SECONDS),
        _ => None,
    }
}

/// A value that does not even fit its setting's type (negative, above 2^64, text) is named
/// with the setting's range like any other out of range; other errors are left as figment
/// words them.
fn not_a_number(error: figment::Error) -> SettingsError {
    let given = match &error.kind {
        figment::error::Kind::InvalidType(actual, _)
        | figment::error::Kind::InvalidValue(actual, _) => Some(actual.to_string()),
        _ => None,
    };
    match (bounds_of(&error.path), given) {
        (Some(bounds), Some(given)) => bounds.refuse(&error.path.join("."), given),
        _ => SettingsError::Load(Box::new(error)),
    }
}

/// Checks every `Rate` in `[limits]`, whichever there are, by walking their serialized form:
/// a limit added to `LimitSettings` is checked without being named here.
fn check_limits(limits: &crowdsprint_core::limits::LimitSettings) -> Result<(), SettingsError> {
    use crowdsprint_core::limits::Rate;
    let serde_json::Value::Object(fields) = serde_json::to_value(limits).unwrap_or_default() else {
        return Ok(());
    };
    for (name, value) in fields {
        let Ok(rate) = serde_json::from_value::<Rate>(value) else {
            continue;
        };
        RATE_COUNT.check(&format!("limits.{name}.count"), rate.count)?;
        RATE_PER_SECONDS.check(&format!("limits.{name}.per_seconds"), rate.per_seconds)?;
    }
    Ok(())
}

/// The environment variable that sets `key`: `limits.ideas.count` is
/// `CROWDSPRINT_LIMITS__IDEAS__COUNT`.
fn env_name(key: &str) -> String {
    format!("CROWDSPRINT_{}", key.to_uppercase().replace('.', "__"))
}

/// A list of numeric ids, as configured: one number, or several separated by commas (the
/// environment gives a lone id as a number, a list as text).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum IdList {
    One(u64),
    Text(String),
}

impl IdList {
    /// The ids, or the first item that is not one.
    pub fn ids(&self) -> Result<Vec<u64>, String> {
        match self {
            IdList::One(id) => Ok(vec![*id]),
            IdList::Text(text) => text
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().map_err(|_| s.to_owned()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let settings = Settings {
            telegram_bot_token: Some(Secret("123:ABC-very-secret".into())),
            database_url: Secret("postgres://app:hunter2@db.internal/crowdsprint".into()),
            ..Settings::default()
        };
        let printed = format!("{settings:?}");
        assert!(!printed.contains("very-secret"), "{printed}");
        assert!(!printed.contains("hunter2"), "{printed}");
        assert_eq!(
            settings.database_label(),
            "postgres://db.internal/crowdsprint"
        );
    }

    /// Runs `f` with `vars` set in the environment, inside figment's jail: tests that read
    /// the environment take turns, and it is put back afterwards.
    // The jail's closure returns figment's own (large) error type: not ours to shrink.
    #[allow(clippy::result_large_err)]
    fn with_env<T>(vars: &[(&str, &str)], f: impl FnOnce() -> T) -> T {
        let mut outcome = None;
        figment::Jail::expect_with(|jail| {
            for (name, value) in vars {
                jail.set_env(name, value);
            }
            outcome = Some(f());
            Ok(())
        });
        outcome.expect("the jail ran")
    }

    /// The settings from `vars` alone (the file named does not exist).
    fn load_env(vars: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        with_env(vars, || {
            Settings::load(Path::new("no-such-crowdsprint.toml"))
        })
    }

    #[test]
    fn the_example_configuration_loads_as_documented() {
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crowdsprint.example.toml");
        let settings = with_env(&[], || Settings::load(&example)).expect("the example loads");
        assert_eq!(settings.limits.ideas.count, 5);
        assert_eq!(settings.limits.votes.per_seconds, 60);
        assert_eq!(settings.telegram_per_second, 29);
        assert!(settings.old_names.is_empty(), "{:?}", settings.old_names);
        assert!(settings.quiet_hours().expect("valid quiet hours").is_some());
        assert_eq!(settings.time_zone().ok(), Some(chrono_tz::Europe::London));
        let off = Settings {
            quiet_hours: "off".into(),
            timezone: "Mars/Olympus".into(),
            digest_time: "someday 25:00".into(),
            ..Settings::default()
        };
        assert_eq!(off.quiet_hours().ok(), Some(None));
        assert!(off.time_zone().is_err());
        assert!(off.digest_schedule().is_err());
        let monday = settings
            .digest_schedule()
            .expect("the example's digest time");
        assert_eq!((monday.weekday, monday.hour), (chrono::Weekday::Mon, 9));
    }

    #[test]
    fn discord_settings_are_checked() {
        // RFC 8032, test 1: a real Ed25519 public key.
        let key = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a".to_owned();
        let base = Settings {
            discord_bot_token: Some(Secret("discord-secret-token".into())),
            discord_application_id: Some(42),
            ..Settings::default()
        };
        let gateway = base.discord().expect("valid").expect("configured");
        assert!(gateway.gateway && gateway.public_key.is_none());
        let endpoint_without_key = Settings {
            discord_mode: "endpoint".into(),
            ..base.clone()
        };
        assert!(endpoint_without_key.discord().is_err());
        let both = Settings {
            discord_mode: "both".into(),
            discord_public_key: Some(key),
            discord_guild_ids: Some(IdList::Text("1, 2".into())),
            ..base.clone()
        };
        let both = both.discord().expect("valid").expect("configured");
        assert!(both.gateway && both.public_key.is_some());
        assert_eq!(both.guild_ids, vec![1, 2]);
        let mapped = Settings {
            discord_moderator_role_ids: Some(IdList::One(7)),
            discord_champion_role_ids: Some(IdList::Text("8,9".into())),
            discord_ideas_channel_ids: Some(IdList::Text("10".into())),
            ..base.clone()
        };
        let mapped = mapped.discord().expect("valid").expect("configured");
        assert_eq!(mapped.server.roles.moderators, vec![7]);
        assert_eq!(mapped.server.roles.champions, vec![8, 9]);
        assert_eq!(mapped.server.ideas_channel_ids, vec![10]);
        let bad_role = Settings {
            discord_champion_role_ids: Some(IdList::Text("champions".into())),
            ..base.clone()
        };
        assert!(bad_role.discord().is_err());
        let no_app = Settings {
            discord_application_id: None,
            ..base.clone()
        };
        assert!(no_app.discord().is_err());
        assert!(!format!("{base:?}").contains("discord-secret-token"));
        assert!(!format!("{gateway:?}").contains("discord-secret-token"));
    }

    #[test]
    fn what_a_failing_bot_does_is_checked() {
        let with = |value: &str| Settings {
            on_bot_failure: value.into(),
            ..Settings::default()
        };
        assert_eq!(
            Settings::default().on_bot_failure().ok(),
            Some(OnBotFailure::Stop)
        );
        assert_eq!(
            with("Keep-Others").on_bot_failure().ok(),
            Some(OnBotFailure::KeepOthers)
        );
        let refused = with("carry-on")
            .on_bot_failure()
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            refused.as_deref(),
            Some("CROWDSPRINT_ON_BOT_FAILURE must be stop or keep-others, not \"carry-on\"")
        );
    }

    #[test]
    fn admin_lists_are_checked() {
        let settings = Settings {
            admins: "telegram:12345, discord:6789".into(),
            ..Settings::default()
        };
        assert_eq!(settings.admin_identities().map(|a| a.len()).ok(), Some(2));
        let bad = Settings {
            admins: "telegram12345".into(),
            ..Settings::default()
        };
        assert!(bad.admin_identities().is_err());
    }

    #[test]
    fn numeric_settings_out_of_range_are_refused_by_name() {
        const HUGE: &str = "1000000000000";
        const BEYOND_U64: &str = "99999999999999999999999";
        let i64_max = i64::MAX.to_string();
        let u32_max = u32::MAX.to_string();
        let u64_max = u64::MAX.to_string();
        // (variable, value, the range the error must give)
        let refused: &[(&str, &str, &str)] = &[
            ("CROWDSPRINT_PAGE_SIZE", "0", "1 to 50"),
            ("CROWDSPRINT_PAGE_SIZE", "-3", "1 to 50"),
            ("CROWDSPRINT_PAGE_SIZE", HUGE, "1 to 50"),
            ("CROWDSPRINT_PAGE_SIZE", BEYOND_U64, "1 to 50"),
            ("CROWDSPRINT_LINK_CODE_MINUTES", "0", "1 to 1440"),
            ("CROWDSPRINT_LINK_CODE_MINUTES", "-15", "1 to 1440"),
            ("CROWDSPRINT_LINK_CODE_MINUTES", &i64_max, "1 to 1440"),
            (
                "CROWDSPRINT_DIGEST_COMPOSE_AHEAD_MINUTES",
                "-1",
                "0 to 1440",
            ),
            (
                "CROWDSPRINT_DIGEST_COMPOSE_AHEAD_MINUTES",
                &u32_max,
                "0 to 1440",
            ),
            (
                "CROWDSPRINT_DIGEST_COMPOSE_AHEAD_MINUTES",
                HUGE,
                "0 to 1440",
            ),
            ("CROWDSPRINT_DELIVERY_LEASE_SECONDS", "0", "5 to 3600"),
            ("CROWDSPRINT_READY_GRACE_SECONDS", "0", "1 to 3600"),
            ("CROWDSPRINT_DELIVERY_LEASE_SECONDS", "-120", "5 to 3600"),
            ("CROWDSPRINT_DELIVERY_LEASE_SECONDS", &u64_max, "5 to 3600"),
            (
                "CROWDSPRINT_DELIVERY_LEASE_SECONDS",
                BEYOND_U64,
                "5 to 3600",
            ),
            ("CROWDSPRINT_SPRINT_NEWS_MAX_AGE_MINUTES", "0", "1 to 43200"),
            (
                "CROWDSPRINT_SPRINT_NEWS_MAX_AGE_MINUTES",
                &u32_max,
                "1 to 43200",
            ),
            ("CROWDSPRINT_LIMITS__IDEAS__COUNT", "0", "1 to 100000"),
            ("CROWDSPRINT_LIMITS__IDEAS__COUNT", "-5", "1 to 100000"),
            ("CROWDSPRINT_LIMITS__IDEAS__COUNT", &u32_max, "1 to 100000"),
            ("CROWDSPRINT_LIMITS__IDEAS__PER_SECONDS", "0", "1 to 604800"),
            (
                "CROWDSPRINT_LIMITS__VOTES__PER_SECONDS",
                &u64_max,
                "1 to 604800",
            ),
            ("CROWDSPRINT_LIMITS__VOTES__COUNT", HUGE, "1 to 100000"),
            ("CROWDSPRINT_TELEGRAM_PER_SECOND", "0", "1 to 10000"),
            ("CROWDSPRINT_TELEGRAM_PER_SECOND", "-30", "1 to 10000"),
            ("CROWDSPRINT_TELEGRAM_PER_SECOND", &u32_max, "1 to 10000"),
            ("CROWDSPRINT_LIMITS__TELEGRAM_PER_SECOND", "0", "1 to 10000"),
        ];
        for &(name, value, range) in refused {
            let error = load_env(&[(name, value)])
                .err()
                .unwrap_or_else(|| panic!("{name}={value} was accepted"))
                .to_string();
            assert!(
                error.starts_with(name) && error.contains(&format!("from {range}, not")),
                "{name}={value}: {error}"
            );
        }
        // The whole table at once, as the settings' own comment shows it.
        let error = load_env(&[("CROWDSPRINT_LIMITS", "{ideas={count=0,per_seconds=600}}")])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some(
                "CROWDSPRINT_LIMITS__IDEAS__COUNT (limits.ideas.count) must be a whole number \
                 from 1 to 100000, not 0"
            )
        );
    }

    #[test]
    fn numeric_settings_at_their_bounds_load_and_are_safe_to_use() {
        let max = |b: Bounds| b.max.to_string();
        let min = |b: Bounds| b.min.to_string();
        for pick in [max, min] {
            let settings = load_env(&[
                ("CROWDSPRINT_PAGE_SIZE", &pick(PAGE_SIZE)),
                ("CROWDSPRINT_LINK_CODE_MINUTES", &pick(LINK_CODE_MINUTES)),
                (
                    "CROWDSPRINT_DIGEST_COMPOSE_AHEAD_MINUTES",
                    &pick(DIGEST_COMPOSE_AHEAD_MINUTES),
                ),
                (
                    "CROWDSPRINT_DELIVERY_LEASE_SECONDS",
                    &pick(DELIVERY_LEASE_SECONDS),
                ),
                (
                    "CROWDSPRINT_SPRINT_NEWS_MAX_AGE_MINUTES",
                    &pick(SPRINT_NEWS_MAX_AGE_MINUTES),
                ),
                ("CROWDSPRINT_LIMITS__IDEAS__COUNT", &pick(RATE_COUNT)),
                (
                    "CROWDSPRINT_LIMITS__IDEAS__PER_SECONDS",
                    &pick(RATE_PER_SECONDS),
                ),
                ("CROWDSPRINT_LIMITS__VOTES__COUNT", &pick(RATE_COUNT)),
                (
                    "CROWDSPRINT_LIMITS__VOTES__PER_SECONDS",
                    &pick(RATE_PER_SECONDS),
                ),
                (
                    "CROWDSPRINT_TELEGRAM_PER_SECOND",
                    &pick(TELEGRAM_PER_SECOND),
                ),
            ])
            .expect("the bounds themselves are allowed");
            // What the service builds from them, the way it does: none of it may panic.
            let now = chrono::Utc::now();
            let _ = now + chrono::Duration::minutes(settings.link_code_minutes);
            let _ =
                now + chrono::Duration::minutes(i64::from(settings.digest_compose_ahead_minutes));
            let lease = std::time::Duration::from_secs(settings.delivery_lease_seconds);
            let _ = std::time::Instant::now() + lease;
            let _ = now + chrono::Duration::from_std(lease).expect("a lease fits");
            let _ =
                now - chrono::Duration::minutes(i64::from(settings.sprint_news_max_age_minutes));
            crowdsprint_core::limits::MemberLimits::new(&settings.limits)
                .expect("limits within bounds are enforceable");
            let _ = crowdsprint_core::limits::Pace::local(settings.telegram_per_second);
        }
    }

    #[test]
    fn a_setting_under_its_old_name_still_works_and_the_new_name_wins() {
        let old = load_env(&[("CROWDSPRINT_LIMITS__TELEGRAM_PER_SECOND", "15")]).expect("loads");
        assert_eq!(old.telegram_per_second, 15);
        assert_eq!(old.old_names, vec!["limits.telegram_per_second"]);
        let both = load_env(&[
            ("CROWDSPRINT_LIMITS__TELEGRAM_PER_SECOND", "15"),
            ("CROWDSPRINT_TELEGRAM_PER_SECOND", "20"),
        ])
        .expect("loads");
        assert_eq!(both.telegram_per_second, 20);
        assert!(both.old_names.is_empty());
    }

    #[test]
    fn every_environment_variable_the_readme_names_reaches_its_setting() {
        let settings = load_env(&[
            ("DATABASE_URL", "sqlite://elsewhere.db"),
            ("CROWDSPRINT_ADMINS", "telegram:1"),
            ("CROWDSPRINT_HTTP_ADDR", "0.0.0.0:9000"),
            ("CROWDSPRINT_PUBLIC_URL", "https://ideas.example.nhs.uk/"),
            ("CROWDSPRINT_LOG_FORMAT", "json"),
            ("TELEGRAM_BOT_TOKEN", "123:abc"),
            ("TELEGRAM_API_URL", "http://127.0.0.1:8081"),
            ("TELEGRAM_WEBHOOK_URL", "https://example.org/hook"),
            ("TELEGRAM_WEBHOOK_SECRET", "s3cret"),
            ("CROWDSPRINT_QUIET_HOURS", "off"),
            ("CROWDSPRINT_TIMEZONE", "Europe/Dublin"),
            ("CROWDSPRINT_DIGEST_TIME", "friday 16:00"),
            ("CROWDSPRINT_DIGEST_COMPOSE_AHEAD_MINUTES", "30"),
            ("CROWDSPRINT_DELIVERY_LEASE_SECONDS", "300"),
            ("CROWDSPRINT_SPRINT_NEWS_MAX_AGE_MINUTES", "90"),
            ("CROWDSPRINT_ON_BOT_FAILURE", "keep-others"),
            ("CROWDSPRINT_READY_GRACE_SECONDS", "5"),
            ("CROWDSPRINT_TELEGRAM_PER_SECOND", "15"),
            ("DISCORD_BOT_TOKEN", "discord-token"),
            ("DISCORD_APPLICATION_ID", "1400000000000000042"),
            (
                "DISCORD_PUBLIC_KEY",
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            ),
            ("DISCORD_GUILD_IDS", "1400000000000000001"),
            ("DISCORD_API_URL", "http://127.0.0.1:9999"),
            ("DISCORD_MODE", "both"),
            (
                "DISCORD_IDEAS_CHANNEL_IDS",
                "1400000000000000010,1400000000000000011",
            ),
            ("DISCORD_MODERATOR_ROLE_IDS", "1400000000000000020"),
            (
                "DISCORD_CHAMPION_ROLE_IDS",
                "1400000000000000030, 1400000000000000031",
            ),
        ])
        .expect("loads");
        assert_eq!(settings.database_url.expose(), "sqlite://elsewhere.db");
        assert_eq!(settings.admins, "telegram:1");
        assert_eq!(settings.http_addr, "0.0.0.0:9000");
        let public = settings.public_url().expect("an address").expect("set");
        assert_eq!(public.to_string(), "https://ideas.example.nhs.uk");
        assert_eq!(settings.log_format.as_deref(), Some("json"));
        assert_eq!(settings.quiet_hours().ok(), Some(None));
        assert_eq!(settings.time_zone().ok(), Some(chrono_tz::Europe::Dublin));
        let friday = settings.digest_schedule().expect("digest time");
        assert_eq!(friday.weekday, chrono::Weekday::Fri);
        assert_eq!(settings.digest_compose_ahead_minutes, 30);
        assert_eq!(settings.delivery_lease_seconds, 300);
        assert_eq!(settings.sprint_news_max_age_minutes, 90);
        assert_eq!(
            settings.on_bot_failure().ok(),
            Some(OnBotFailure::KeepOthers)
        );
        assert_eq!(settings.ready_grace(), std::time::Duration::from_secs(5));
        assert_eq!(settings.telegram_per_second, 15);
        let telegram = settings.telegram().expect("valid").expect("configured");
        assert_eq!(telegram.token, "123:abc");
        assert!(telegram.api_url.is_some());
        assert_eq!(
            telegram.webhook.as_ref().map(|w| w.secret.as_str()),
            Some("s3cret")
        );
        let discord = settings.discord().expect("valid").expect("configured");
        assert_eq!(discord.token, "discord-token");
        assert_eq!(discord.application_id, 1_400_000_000_000_000_042);
        assert!(discord.gateway && discord.public_key.is_some());
        assert_eq!(discord.guild_ids, vec![1_400_000_000_000_000_001]);
        assert_eq!(discord.api_url.as_deref(), Some("http://127.0.0.1:9999"));
        assert_eq!(
            discord.server.ideas_channel_ids,
            vec![1_400_000_000_000_000_010, 1_400_000_000_000_000_011]
        );
        assert_eq!(
            discord.server.roles.moderators,
            vec![1_400_000_000_000_000_020]
        );
        assert_eq!(
            discord.server.roles.champions,
            vec![1_400_000_000_000_000_030, 1_400_000_000_000_000_031]
        );
    }
}
