//! What the operator reads when Discord refuses the bot for good: each gateway close code
//! that no reconnect can mend, and a REST 401 at start, as a plain reason and the fix. The
//! words name settings (`DISCORD_BOT_TOKEN`, `DISCORD_MODE`), never their values.

use crowdsprint_core::health::Fatal;
use serenity::gateway::GatewayError;

/// The part's name in health reports.
pub const PART: &str = "discord";

const PORTAL: &str = "the Discord Developer Portal (https://discord.com/developers/applications)";

/// Discord's REST API answered 401 to the token.
pub fn token_refused_by_rest() -> Fatal {
    Fatal::new(
        PART,
        "Discord refused the bot token: its REST API answered 401 Unauthorized to \
         DISCORD_BOT_TOKEN when registering the commands.",
        token_fix(),
    )
}

/// The fatal failure behind a gateway close code, if it is one no reconnect can mend.
pub fn close_code(code: u16) -> Option<Fatal> {
    let (reason, fix) = match code {
        4004 => (
            "Discord closed the gateway with code 4004 (authentication failed): it does not \
             accept DISCORD_BOT_TOKEN."
                .to_owned(),
            token_fix(),
        ),
        4010 => (
            "Discord closed the gateway with code 4010 (invalid shard): the shard crowdsprint \
             identified as does not exist."
                .to_owned(),
            "crowdsprint connects as a single shard (0 of 1); check that DISCORD_API_URL, if \
             set, points at Discord or a faithful proxy of it."
                .to_owned(),
        ),
        4011 => (
            "Discord closed the gateway with code 4011 (sharding required): the bot is in too \
             many servers for one gateway connection."
                .to_owned(),
            "crowdsprint does not shard its gateway connection yet: run it in endpoint mode \
             (DISCORD_MODE=endpoint with DISCORD_PUBLIC_KEY), which needs no gateway."
                .to_owned(),
        ),
        4012 => (
            "Discord closed the gateway with code 4012 (invalid API version): it no longer \
             accepts the gateway version this build speaks (v10)."
                .to_owned(),
            "upgrade crowdsprint to a release that speaks Discord's current API version, and \
             check that DISCORD_API_URL, if set, points at Discord."
                .to_owned(),
        ),
        4013 => (
            "Discord closed the gateway with code 4013 (invalid intents): it does not know an \
             intent this build asks for."
                .to_owned(),
            "upgrade crowdsprint to a release that matches Discord's current intents, and \
             check that DISCORD_API_URL, if set, points at Discord."
                .to_owned(),
        ),
        4014 => (
            "Discord closed the gateway with code 4014 (disallowed intents): the bot asks for \
             the Message Content intent, which is not switched on for this application."
                .to_owned(),
            format!(
                "switch on Message Content Intent (under Privileged Gateway Intents) on the \
                 Bot page of your application in {PORTAL}, or run in endpoint mode without \
                 the gateway (DISCORD_MODE=endpoint with DISCORD_PUBLIC_KEY)."
            ),
        ),
        _ => return None,
    };
    Some(Fatal::new(PART, reason, fix))
}

/// The failure behind the error serenity's client stopped with.
pub fn gateway_stopped(error: &serenity::Error) -> Fatal {
    let code = match error {
        serenity::Error::Gateway(GatewayError::InvalidAuthentication) => Some(4004),
        serenity::Error::Gateway(GatewayError::InvalidShardData) => Some(4010),
        serenity::Error::Gateway(GatewayError::OverloadedShard) => Some(4011),
        serenity::Error::Gateway(GatewayError::InvalidGatewayIntents) => Some(4013),
        serenity::Error::Gateway(GatewayError::DisallowedGatewayIntents) => Some(4014),
        _ => None,
    };
    code.and_then(close_code).unwrap_or_else(|| {
        Fatal::new(
            PART,
            format!("the Discord gateway client stopped and cannot be restarted: {error}"),
            "check the log lines before this one; if Discord itself was down, start \
             crowdsprint again (a supervisor such as systemd or Kubernetes does this for you).",
        )
    })
}

/// What to do about a token Discord refuses.
pub fn token_fix() -> String {
    format!(
        "copy the bot's token again from the Bot page of your application in {PORTAL} (Reset \
         Token if it was revoked or leaked) and set it as DISCORD_BOT_TOKEN, then start \
         crowdsprint again."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fatal_close_code_names_a_fix_and_transient_ones_are_not_fatal() {
        for code in [4004, 4010, 4011, 4012, 4013, 4014] {
            let fatal = close_code(code).expect("fatal");
            assert!(fatal.reason.contains(&code.to_string()), "{fatal}");
            assert!(!fatal.fix.is_empty());
        }
        for code in [1000, 1001, 4000, 4007, 4008, 4009] {
            assert!(close_code(code).is_none(), "{code}");
        }
        let intents = close_code(4014).expect("fatal");
        assert!(intents.fix.contains("Message Content Intent"), "{intents}");
        assert!(intents.fix.contains("DISCORD_MODE=endpoint"), "{intents}");
        assert!(
            close_code(4004)
                .expect("fatal")
                .fix
                .contains("DISCORD_BOT_TOKEN")
        );
    }

    #[test]
    fn serenity_errors_map_to_their_close_codes() {
        let error = serenity::Error::Gateway(GatewayError::DisallowedGatewayIntents);
        assert!(gateway_stopped(&error).reason.contains("4014"));
        let error = serenity::Error::Gateway(GatewayError::InvalidAuthentication);
        assert!(gateway_stopped(&error).reason.contains("4004"));
    }
}
