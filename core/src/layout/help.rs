//! `/help`: the commands a member may use, grouped by the role that unlocks them, or one
//! command's usage. Surfaces whose commands are their own (Discord's slash commands) list
//! those instead, from their own table.

use super::{Doc, Line};
use crate::command::{COMMANDS, find_command};
use crate::domain::*;

/// The commands `role` may use, or the usage of `topic` when one is asked about.
pub fn help(role: Role, topic: Option<&str>) -> Doc {
    if let Some(topic) = topic {
        let msg = match find_command(topic) {
            Some(info) => Msg::new(info.help_id),
            None => Msg::new("parse-unknown-command").arg("command", topic),
        };
        return vec![Line::words(msg)];
    }
    let mut doc = vec![Line::words(Msg::new("help-heading")).strong()];
    let mut last_role = Role::Member;
    for info in COMMANDS.iter().filter(|c| c.role <= role) {
        if info.role != last_role {
            doc.push(Line::blank());
            doc.push(
                Line::words(Msg::new("help-section").arg("role", info.role.to_msg())).strong(),
            );
            last_role = info.role;
        }
        doc.push(Line::words(Msg::new(info.help_id)).at(1));
    }
    doc.extend([Line::blank(), Line::words(Msg::new("help-footer"))]);
    doc
}

/// A command that could not be read, with its usage when one command was meant.
pub fn parse_error(error: &crate::command::ParseError) -> Doc {
    let mut doc = vec![Line::words(error.to_msg())];
    if let Some(info) = error.command().and_then(find_command) {
        doc.push(Line::words(
            Msg::new("command-usage").arg("usage", Msg::new(info.help_id)),
        ));
    }
    doc
}
