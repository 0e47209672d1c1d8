//! The slash commands the bot registers, as one table: each Discord command (or `/mod`
//! subcommand) names the core command it runs and its options in the order core's parser reads
//! them. Registration (`definitions`) and translation of a call back into a core command
//! (`translate`) are both driven by this table, so the two cannot drift apart.

mod definitions;
mod translate;

pub use definitions::{MOD_COMMAND, definitions};
pub use translate::{Invocation, chosen_channel, given, invocation};

use crowdsprint_core::domain::{Locale, Role};

/// One option of a slash command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    /// Also the Fluent id suffix of its description: `discord-option-{name}`.
    pub name: &'static str,
    pub kind: OptKind,
    pub required: bool,
}

/// What an option holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptKind {
    /// A whole number: an idea, sprint, member number...
    Number,
    /// One word, such as `c12` for a comment.
    Word,
    /// Free text; always the last option.
    Text,
    /// One of these words.
    Choice(&'static [&'static str]),
    /// A challenge of the current sprint, offered as the member types.
    Challenge,
    /// A text channel or forum of the server; it says where, and is not part of the core
    /// command line.
    Channel,
}

/// A command as Discord shows it and core runs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slash {
    /// The name typed on Discord (for `/mod`, the subcommand).
    pub name: &'static str,
    /// The core command it runs (`command::parse` name).
    pub core: &'static str,
    pub options: &'static [Opt],
    /// The least role that may use it; core checks again on every call.
    pub role: Role,
}

const fn opt(name: &'static str, kind: OptKind) -> Opt {
    Opt {
        name,
        kind,
        required: true,
    }
}

const fn maybe(name: &'static str, kind: OptKind) -> Opt {
    Opt {
        name,
        kind,
        required: false,
    }
}

const fn member(name: &'static str, options: &'static [Opt]) -> Slash {
    Slash {
        name,
        core: name,
        options,
        role: Role::Member,
    }
}

const fn staff(name: &'static str, role: Role, options: &'static [Opt]) -> Slash {
    Slash {
        name,
        core: name,
        options,
        role,
    }
}

use OptKind::{Challenge, Channel, Choice, Number, Text, Word};

const IDEA: &[Opt] = &[opt("idea", Number)];
const TARGET: &[Opt] = &[opt("target", Word)];
/// Everything after a subcommand word, as typed on Telegram (`new 3 Title | Description`).
const REST: &[Opt] = &[opt("details", Text)];

/// Commands for everyone, at the top level.
pub const MEMBER_COMMANDS: &[Slash] = &[
    member("help", &[maybe("command", Word)]),
    member("register", &[opt("describes", Choice(DESCRIBES))]),
    member("sprint", &[maybe("sprint", Number)]),
    member("sprints", &[]),
    member("challenges", &[maybe("sprint", Number)]),
    member(
        "idea",
        &[
            opt("challenge", Challenge),
            maybe("kind", Choice(&["idea", "experience", "good_practice"])),
        ],
    ),
    member(
        "ideas",
        &[
            maybe("list", Choice(&["top", "new", "mine"])),
            maybe("page", Number),
        ],
    ),
    member("show", IDEA),
    member("support", IDEA),
    member("unsupport", IDEA),
    member("comment", IDEA),
    member("reply", &[opt("comment", Number), opt("text", Text)]),
    member("follow", IDEA),
    member("unfollow", IDEA),
    member("mute", IDEA),
    member("unmute", IDEA),
    member(
        "subscribe",
        &[opt("frequency", Choice(&["weekly", "daily", "off"]))],
    ),
    member("pause", &[opt("days", Word)]),
    member("timezone", &[opt("zone", Word)]),
    member("language", &[maybe("language", Choice(Locale::TAGS))]),
    member("link", &[maybe("code", Word)]),
    member("outcomes", &[maybe("sprint", Number)]),
    member("claim", &[opt("claim_code", Text)]),
    member("updates", &[maybe("sprint", Number)]),
    member("mydata", &[]),
    member("forgetme", &[]),
];

/// What became of an idea, as `/mod outcome` offers it (core's words).
const OUTCOMES: &[&str] = &[
    "under_consideration",
    "prototyping",
    "testing",
    "adopted",
    "scaled_and_spread",
    "not_taken_forward",
];

/// What best describes a member, as `/register` offers it.
const DESCRIBES: &[&str] = &[
    "staff",
    "patient",
    "carer",
    "lived_experience",
    "partner_organisation",
    "other",
];

/// `/mod` subcommands for champions, moderators and admins.
pub const MOD_SUBCOMMANDS: &[Slash] = &[
    staff("review", Role::Champion, &[]),
    staff("approve", Role::Champion, TARGET),
    staff(
        "respond",
        Role::Champion,
        &[opt("target", Word), opt("text", Text)],
    ),
    staff(
        "hide",
        Role::Champion,
        &[opt("target", Word), opt("reason", Text)],
    ),
    staff("restore", Role::Champion, TARGET),
    staff("awaiting", Role::Champion, &[]),
    staff("stats", Role::Champion, &[maybe("sprint", Number)]),
    staff("web", Role::Champion, &[]),
    staff("capture", Role::Champion, &[maybe("session", Text)]),
    staff(
        "merge",
        Role::Moderator,
        &[opt("idea", Number), opt("into", Number)],
    ),
    staff("theme", Role::Moderator, REST),
    staff("bigidea", Role::Moderator, REST),
    staff("stage", Role::Moderator, REST),
    staff(
        "outcome",
        Role::Moderator,
        &[
            opt("of", Word),
            opt("outcome", Choice(OUTCOMES)),
            maybe("note", Text),
        ],
    ),
    staff(
        "update",
        Role::Moderator,
        &[
            opt("when", Choice(&["now", "digest"])),
            // Left out, a form asks for each part.
            maybe("details", Text),
        ],
    ),
    staff("sprint", Role::Moderator, REST),
    staff("challenge", Role::Moderator, REST),
    staff(
        "ban",
        Role::Moderator,
        &[opt("member", Number), opt("reason", Text)],
    ),
    staff("unban", Role::Moderator, &[opt("member", Number)]),
    staff(
        "export",
        Role::Moderator,
        &[
            maybe("format", Choice(&["csv", "json"])),
            maybe("sprint", Number),
            maybe("table", Choice(&["ideas", "updates", "responses"])),
        ],
    ),
    staff("audit", Role::Moderator, &[]),
    staff("deliveries", Role::Moderator, &[]),
    staff(
        "announce",
        Role::Moderator,
        &[maybe("challenge", Word), maybe("channel", Channel)],
    ),
    staff(
        "role",
        Role::Admin,
        &[
            opt("member", Number),
            opt(
                "role",
                Choice(&["member", "champion", "moderator", "admin"]),
            ),
        ],
    ),
];

/// The top-level command or `/mod` subcommand called `name`.
pub fn find(name: &str, under_mod: bool) -> Option<&'static Slash> {
    let table = if under_mod {
        MOD_SUBCOMMANDS
    } else {
        MEMBER_COMMANDS
    };
    table.iter().find(|s| s.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crowdsprint_core::command::find_command;

    #[test]
    fn no_slash_command_is_offered_below_its_core_role() {
        for slash in MEMBER_COMMANDS.iter().chain(MOD_SUBCOMMANDS) {
            if slash.core == "register" {
                continue; // a Discord conversation, not a core command
            }
            let info = find_command(slash.core)
                .unwrap_or_else(|| panic!("/{} runs no core command", slash.name));
            // `/mod sprint` creates sprints, while core's `/sprint` also shows one to anyone.
            assert!(slash.role >= info.role, "/{}", slash.name);
        }
    }

    #[test]
    fn free_text_comes_last() {
        for slash in MEMBER_COMMANDS.iter().chain(MOD_SUBCOMMANDS) {
            let texts = slash
                .options
                .iter()
                .filter(|o| o.kind == OptKind::Text)
                .count();
            assert!(texts <= 1, "/{}", slash.name);
            if texts == 1 {
                assert_eq!(slash.options.last().map(|o| o.kind), Some(OptKind::Text));
            }
        }
    }

    #[test]
    fn every_core_command_is_reachable_on_discord() {
        for info in crowdsprint_core::command::COMMANDS {
            let reachable = MEMBER_COMMANDS
                .iter()
                .chain(MOD_SUBCOMMANDS)
                .any(|s| s.core == info.name)
                // `/start` is Telegram's greeting; on Discord `/register` and `/help` do it.
                || info.name == "start";
            assert!(reachable, "/{} has no Discord command", info.name);
        }
    }
}
