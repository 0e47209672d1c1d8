//! The list of commands: name, who may use it, and the Fluent id of its help line. `/help`
//! and the bots' command menus are built from this table.

use crate::domain::Role;

/// One command as `/help` describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandInfo {
    /// Without the slash.
    pub name: &'static str,
    /// The least role that can use it (core checks again on every call).
    pub role: Role,
    /// Fluent id of "usage — what it does".
    pub help_id: &'static str,
}

const fn cmd(name: &'static str, role: Role, help_id: &'static str) -> CommandInfo {
    CommandInfo {
        name,
        role,
        help_id,
    }
}

/// Every command, in the order `/help` lists them.
pub const COMMANDS: &[CommandInfo] = &[
    cmd("start", Role::Member, "help-start"),
    cmd("help", Role::Member, "help-help"),
    cmd("sprint", Role::Member, "help-sprint"),
    cmd("sprints", Role::Member, "help-sprints"),
    cmd("challenges", Role::Member, "help-challenges"),
    cmd("idea", Role::Member, "help-idea"),
    cmd("ideas", Role::Member, "help-ideas"),
    cmd("show", Role::Member, "help-show"),
    cmd("support", Role::Member, "help-support"),
    cmd("unsupport", Role::Member, "help-unsupport"),
    cmd("comment", Role::Member, "help-comment"),
    cmd("reply", Role::Member, "help-reply"),
    cmd("follow", Role::Member, "help-follow"),
    cmd("unfollow", Role::Member, "help-unfollow"),
    cmd("subscribe", Role::Member, "help-subscribe"),
    cmd("pause", Role::Member, "help-pause"),
    cmd("timezone", Role::Member, "help-timezone"),
    cmd("mute", Role::Member, "help-mute"),
    cmd("unmute", Role::Member, "help-unmute"),
    cmd("language", Role::Member, "help-language"),
    cmd("link", Role::Member, "help-link"),
    cmd("outcomes", Role::Member, "help-outcomes"),
    cmd("claim", Role::Member, "help-claim"),
    cmd("updates", Role::Member, "help-updates"),
    cmd("mydata", Role::Member, "help-mydata"),
    cmd("forgetme", Role::Member, "help-forgetme"),
    cmd("review", Role::Champion, "help-review"),
    cmd("approve", Role::Champion, "help-approve"),
    cmd("respond", Role::Champion, "help-respond"),
    cmd("hide", Role::Champion, "help-hide"),
    cmd("restore", Role::Champion, "help-restore"),
    cmd("awaiting", Role::Champion, "help-awaiting"),
    cmd("stats", Role::Champion, "help-stats"),
    cmd("web", Role::Champion, "help-web"),
    cmd("capture", Role::Champion, "help-capture"),
    cmd("merge", Role::Moderator, "help-merge"),
    cmd("challenge", Role::Moderator, "help-challenge"),
    cmd("theme", Role::Moderator, "help-theme"),
    cmd("bigidea", Role::Moderator, "help-bigidea"),
    cmd("stage", Role::Moderator, "help-stage"),
    cmd("outcome", Role::Moderator, "help-outcome"),
    cmd("update", Role::Moderator, "help-update"),
    cmd("ban", Role::Moderator, "help-ban"),
    cmd("unban", Role::Moderator, "help-unban"),
    cmd("export", Role::Moderator, "help-export"),
    cmd("audit", Role::Moderator, "help-audit"),
    cmd("announce", Role::Moderator, "help-announce"),
    cmd("deliveries", Role::Moderator, "help-deliveries"),
    cmd("role", Role::Admin, "help-role"),
];

/// The command with this name (no slash, any case).
pub fn find(name: &str) -> Option<&'static CommandInfo> {
    let name = name.trim().trim_start_matches('/').to_lowercase();
    COMMANDS.iter().find(|c| c.name == name)
}
