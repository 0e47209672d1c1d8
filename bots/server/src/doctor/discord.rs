//! Checks 5 to 7: Discord accepts the bot token (`GET /users/@me`) and it belongs to
//! `DISCORD_APPLICATION_ID` (`GET /oauth2/applications/@me`), `DISCORD_PUBLIC_KEY` is a
//! valid Ed25519 key (and the application's, when Discord says which), and in each server of
//! `DISCORD_GUILD_IDS` the bot is a member with the commands registered. All through the
//! `Http` client the bot builds (`DISCORD_API_URL` when set); nothing is registered.

use super::PATIENCE;
use super::report::Report;
use crate::settings::Settings;
use crowdsprint_discord::DiscordConfig;
use serenity::http::{GuildPagination, Http};
use serenity::model::id::GuildId;
use std::collections::BTreeSet;

/// Discord's largest page of `GET /users/@me/guilds`.
const GUILDS_PAGE: u64 = 200;

pub async fn check(settings: &Settings, report: &mut Report) {
    check_public_key(settings, report);
    let config = match without_key(settings).discord() {
        Ok(Some(config)) => config,
        _ => {
            report.skip("Discord: not checked until its settings are right.");
            return;
        }
    };
    let http = crowdsprint_discord::http_client(&config);
    let user = match patiently(http.get_current_user()).await {
        Ok(user) => user,
        Err(failure) => {
            fail(report, "Discord", failure);
            report.skip("Discord application and servers: not checked without a token.");
            return;
        }
    };
    if !user.bot {
        report.fail(
            "Discord: DISCORD_BOT_TOKEN is a person's token, not a bot's.",
            crowdsprint_discord::token_fix(),
        );
        return;
    }
    report.pass(format!(
        "Discord: the API accepts DISCORD_BOT_TOKEN; it is the bot {}'s token.",
        user.name
    ));
    let application = match patiently(http.get_current_application_info()).await {
        Ok(application) => application,
        Err(failure) => {
            fail(report, "Discord application", failure);
            return;
        }
    };
    if application.id.get() != config.application_id {
        report.fail(
            format!(
                "Discord application: DISCORD_APPLICATION_ID is {}, but the token belongs to \
                 application {} ({}).",
                config.application_id, application.id, application.name
            ),
            format!(
                "set DISCORD_APPLICATION_ID to {} (the Application ID on its General \
                 Information page), or use the token of application {}.",
                application.id, config.application_id
            ),
        );
        report.skip("Discord servers: not checked until the application id is right.");
        return;
    }
    report.pass(format!(
        "Discord application: the token belongs to application {} ({}), as \
         DISCORD_APPLICATION_ID says.",
        application.id, application.name
    ));
    check_key_is_the_applications(settings, &application.verify_key, report);
    check_commands(&http, &config, report).await;
}

/// The settings as the REST checks need them: the public key and the mode that needs it are
/// checked on their own (`check_public_key`), so each problem is named once.
pub fn without_key(settings: &Settings) -> Settings {
    Settings {
        discord_public_key: None,
        discord_mode: "gateway".to_owned(),
        ..settings.clone()
    }
}

/// Check 6: the key the interactions endpoint verifies requests with, parsed the way the
/// endpoint parses it. Checked when the mode needs it or a key is given.
fn check_public_key(settings: &Settings, report: &mut Report) {
    let endpoint = matches!(settings.discord_mode(), Ok((_, true)));
    let key = settings
        .discord_public_key
        .as_deref()
        .map(str::trim)
        .filter(|key| !key.is_empty());
    match key {
        None if endpoint => report.fail(
            "Discord public key: DISCORD_PUBLIC_KEY is not set, and the interactions \
             endpoint (DISCORD_MODE=endpoint or both) needs it.",
            "copy the Public Key from the application's General Information page into \
             DISCORD_PUBLIC_KEY.",
        ),
        None => {}
        Some(key) => match crowdsprint_discord::RequestVerifier::new(key) {
            Ok(_) => report.pass(
                "Discord public key: DISCORD_PUBLIC_KEY is a well-formed Ed25519 public key.",
            ),
            Err(error) => report.fail(
                format!(
                    "Discord public key: {error} (it has {} characters).",
                    key.chars().count()
                ),
                "copy the Public Key from the application's General Information page into \
                 DISCORD_PUBLIC_KEY (64 characters, 0-9 and a-f).",
            ),
        },
    }
}

/// The application's own public key, when Discord gives it, against `DISCORD_PUBLIC_KEY`:
/// requests signed with one would all be refused by the other.
fn check_key_is_the_applications(settings: &Settings, verify_key: &str, report: &mut Report) {
    let Some(key) = settings.discord_public_key.as_deref().map(str::trim) else {
        return;
    };
    let valid = crowdsprint_discord::RequestVerifier::new(key).is_ok();
    if valid && !verify_key.is_empty() && !verify_key.eq_ignore_ascii_case(key) {
        report.fail(
            "Discord public key: DISCORD_PUBLIC_KEY is not this application's public key, so \
             every request to the interactions endpoint would be refused.",
            "copy the Public Key from the General Information page of the application the \
             token belongs to.",
        );
    }
}

/// Check 7: in each listed server (or globally when none is), the bot is a member and every
/// command it registers is there. Missing commands are a note: `serve` registers them.
async fn check_commands(http: &Http, config: &DiscordConfig, report: &mut Report) {
    let wanted = crowdsprint_discord::command_names();
    if config.guild_ids.is_empty() {
        match patiently(http.get_global_commands()).await {
            Ok(commands) => missing(report, "Discord commands (global)", &wanted, &commands),
            Err(failure) => fail(report, "Discord commands (global)", failure),
        }
        return;
    }
    let member_of = match member_of(http).await {
        Ok(guilds) => guilds,
        Err(failure) => {
            fail(report, "Discord servers", failure);
            return;
        }
    };
    for guild in &config.guild_ids {
        let what = format!("Discord server {guild}");
        if !member_of.contains(guild) {
            report.fail(
                format!(
                    "{what}: the bot is not a member, so it cannot register its commands there."
                ),
                "invite the bot with the bot and applications.commands scopes (OAuth2 URL \
                 Generator of the application), or remove the id from DISCORD_GUILD_IDS.",
            );
            continue;
        }
        match patiently(http.get_guild_commands(GuildId::new((*guild).max(1)))).await {
            Ok(commands) => missing(report, &what, &wanted, &commands),
            Err(Failure::Refused(403, _)) => report.fail(
                format!("{what}: Discord does not let the bot manage commands there (403)."),
                "invite the bot again with the applications.commands scope.",
            ),
            Err(failure) => fail(report, &what, failure),
        }
    }
}

fn missing(
    report: &mut Report,
    what: &str,
    wanted: &[&str],
    commands: &[serenity::model::application::Command],
) {
    let registered: BTreeSet<&str> = commands.iter().map(|c| c.name.as_str()).collect();
    let missing: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|name| !registered.contains(name))
        .collect();
    if missing.is_empty() {
        report.pass(format!(
            "{what}: the bot is there and all {} commands are registered.",
            wanted.len()
        ));
    } else {
        report.note(format!(
            "{what}: {} of {} commands are not registered yet (/{}); serve registers them \
             when it starts.",
            missing.len(),
            wanted.len(),
            missing.join(", /")
        ));
    }
}

/// The servers the bot is a member of, page by page.
async fn member_of(http: &Http) -> Result<BTreeSet<u64>, Failure> {
    let mut guilds = BTreeSet::new();
    let mut after = None;
    loop {
        let page = patiently(http.get_guilds(after, Some(GUILDS_PAGE))).await?;
        let full = page.len() as u64 == GUILDS_PAGE;
        after = page.last().map(|g| GuildPagination::After(g.id));
        guilds.extend(page.iter().map(|g| g.id.get()));
        if !full || after.is_none() {
            return Ok(guilds);
        }
    }
}

/// Why a request to Discord gave no answer to use.
enum Failure {
    /// Discord answered with this status (and serenity's words for it).
    Refused(u16, String),
    /// Anything else: the network, a body that is not Discord's.
    Unreachable(String),
    TimedOut,
}

async fn patiently<T>(request: impl Future<Output = serenity::Result<T>>) -> Result<T, Failure> {
    match tokio::time::timeout(PATIENCE, request).await {
        Ok(Ok(answer)) => Ok(answer),
        Ok(Err(serenity::Error::Http(error))) => match error.status_code() {
            Some(status) => Err(Failure::Refused(status.as_u16(), error.to_string())),
            None => Err(Failure::Unreachable(error.to_string())),
        },
        Ok(Err(error)) => Err(Failure::Unreachable(error.to_string())),
        Err(_) => Err(Failure::TimedOut),
    }
}

fn fail(report: &mut Report, what: &str, failure: Failure) {
    match failure {
        Failure::Refused(401, _) => report.fail(
            format!("{what}: Discord refused DISCORD_BOT_TOKEN (401 Unauthorized)."),
            crowdsprint_discord::token_fix(),
        ),
        Failure::Refused(status, words) => report.fail(
            format!("{what}: Discord answered {status} ({words})."),
            "check that DISCORD_API_URL, if set, points at Discord, and try again later.",
        ),
        Failure::Unreachable(words) => report.fail(
            format!("{what}: cannot reach Discord's API ({words})."),
            "check that this machine reaches discord.com over HTTPS, and DISCORD_API_URL if \
             it is set.",
        ),
        Failure::TimedOut => report.fail(
            format!(
                "{what}: Discord did not answer within {} s.",
                PATIENCE.as_secs()
            ),
            "check that this machine reaches discord.com over HTTPS, and DISCORD_API_URL if \
             it is set.",
        ),
    }
}
