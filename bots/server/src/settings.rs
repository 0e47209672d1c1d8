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
    /// Where `serve` answers health checks.
    pub http_addr: String,
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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: Secret(crowdsprint_core::store::DEFAULT_DATABASE_URL.to_owned()),
            admins: String::new(),
            http_addr: "127.0.0.1:8080".to_owned(),
            log_format: None,
            telegram_bot_token: None,
            telegram_api_url: None,
            telegram_webhook_url: None,
            telegram_webhook_secret: None,
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
    #[error("CROWDSPRINT_ADMINS: {0:?} is not of the form platform:user_id (e.g. telegram:12345)")]
    Admin(String),
}

impl Settings {
    /// Loads defaults, then `file` if it exists, then the environment: `DATABASE_URL`,
    /// `TELEGRAM_BOT_TOKEN`, `DISCORD_BOT_TOKEN`, and `CROWDSPRINT_*` for everything else
    /// (`CROWDSPRINT_ADMINS`, `CROWDSPRINT_HTTP_ADDR`, ...; a double underscore reaches into a
    /// table: `CROWDSPRINT_LIMITS__TELEGRAM_PER_SECOND`).
    pub fn load(file: &Path) -> Result<Settings, SettingsError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if file.exists() {
            figment = figment.merge(Toml::file(file));
        }
        figment
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
                "DISCORD_API_URL",
                "DISCORD_MODE",
            ]))
            .extract()
            .map_err(|e| SettingsError::Load(Box::new(e)))
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
            limits: self.limits,
        }))
    }

    pub fn discord_token(&self) -> Option<&Secret> {
        self.discord_bot_token.as_ref().filter(|s| !s.is_empty())
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
        let (gateway, endpoint) = match self.discord_mode.trim().to_lowercase().as_str() {
            "" | "gateway" => (true, false),
            "endpoint" => (false, true),
            "both" => (true, true),
            _ => return Err(bad("DISCORD_MODE must be gateway, endpoint or both")),
        };
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

    #[test]
    fn the_example_configuration_loads_as_documented() {
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crowdsprint.example.toml");
        let settings = Settings::load(&example).expect("the example loads");
        assert_eq!(settings.limits.ideas.count, 5);
        assert_eq!(settings.limits.votes.per_seconds, 60);
        assert_eq!(settings.limits.telegram_per_second, 30);
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
}
