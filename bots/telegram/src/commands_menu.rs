//! The command menus for `setMyCommands`, built from core's `COMMANDS` table and help texts, so
//! the menu, `/help` and the parser can never list different commands.
//!
//! Telegram shows the narrowest scope's list in full, not merged with the default: so the
//! members' list goes to the default scope, and a champion's or moderator's own chat gets a
//! longer list that repeats the members' commands before their own.

use crowdsprint_core::command::COMMANDS;
use crowdsprint_core::domain::{Locale, Msg, Role};
use crowdsprint_core::i18n::Catalog;

/// Telegram's limits on one menu entry.
pub const MAX_COMMAND_LEN: usize = 32;
pub const MAX_DESCRIPTION_LEN: usize = 256;

/// One entry of a command menu, as `setMyCommands` takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuCommand {
    /// Lowercase, without the slash.
    pub command: String,
    pub description: String,
}

/// One `setMyCommands` call: whose menu, in which language, and what it lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandMenu {
    /// `Role::Member` is the default scope (everyone); a higher role is set per chat for the
    /// people who hold it.
    pub role: Role,
    /// Telegram's `language_code`: `None` for the fallback shown to every other language.
    pub language_code: Option<&'static str>,
    pub commands: Vec<MenuCommand>,
}

/// The commands `role` may use, described in `locale`.
pub fn menu(catalog: &Catalog, locale: Locale, role: Role) -> Vec<MenuCommand> {
    COMMANDS
        .iter()
        .filter(|info| info.role <= role && is_valid_name(info.name))
        .map(|info| MenuCommand {
            command: info.name.to_owned(),
            description: description(&catalog.render(locale, &Msg::new(info.help_id))),
        })
        .collect()
}

/// Every menu to set: for each role with commands of its own (member, champion, moderator,
/// admin) and each language.
pub fn all_menus(catalog: &Catalog) -> Vec<CommandMenu> {
    let mut menus = Vec::new();
    for role in Role::ALL {
        if !COMMANDS.iter().any(|c| c.role == *role) {
            continue;
        }
        for locale in Locale::ALL {
            menus.push(CommandMenu {
                role: *role,
                language_code: language_code(*locale),
                commands: menu(catalog, *locale, *role),
            });
        }
    }
    menus
}

/// The `language_code` a menu in `locale` is set for: British English is the fallback every
/// language without its own menu sees (English speakers included), so it has none. Telegram's
/// `language_code` is the two-letter ISO 639-1 code, which is each other language's tag.
pub fn language_code(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::EnGb => None,
        other => Some(other.tag()),
    }
}

/// The menu line from a help text "/usage — what it does": the first line's words after the
/// dash, with a capital, within Telegram's 256 characters.
fn description(help: &str) -> String {
    let first = help.lines().next().unwrap_or_default().trim();
    let words = first
        .split_once(" — ")
        .map(|(_, words)| words.trim())
        .filter(|words| !words.is_empty())
        .unwrap_or(first);
    let mut chars = words.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        // Telegram refuses an empty description; the command name is better than nothing.
        None => "…".to_owned(),
    };
    if out.chars().count() > MAX_DESCRIPTION_LEN {
        out = out.chars().take(MAX_DESCRIPTION_LEN - 1).collect();
        out.push('…');
    }
    out
}

/// 1-32 characters of lowercase letters, digits and underscores, as Telegram requires.
fn is_valid_name(name: &str) -> bool {
    (1..=MAX_COMMAND_LEN).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn descriptions_are_the_words_after_the_dash_of_the_first_line() {
        let table: &[(&str, &str)] = &[
            (
                "/show N — read idea N and its comments",
                "Read idea N and its comments",
            ),
            (
                "/sprint [N] — see a sprint\n/sprint new … — plan one",
                "See a sprint",
            ),
            ("/odd — ", "/odd —"),
            ("no dash at all", "No dash at all"),
            ("", "…"),
            ("/x — éclair", "Éclair"),
        ];
        for (help, expected) in table {
            assert_eq!(description(help), *expected, "{help:?}");
        }
        let long = format!("/x — {}", "word ".repeat(100));
        assert_eq!(description(&long).chars().count(), MAX_DESCRIPTION_LEN);
    }

    #[test]
    fn every_menu_entry_is_one_telegram_accepts() {
        let catalog = Catalog::load().unwrap();
        let menus = all_menus(&catalog);
        // Member, champion, moderator, admin; each in English (the fallback) and every other
        // language by its code.
        assert_eq!(menus.len(), 4 * Locale::ALL.len());
        for m in &menus {
            assert!(!m.commands.is_empty() && m.commands.len() <= 100);
            for c in &m.commands {
                assert!(is_valid_name(&c.command), "{}", c.command);
                let len = c.description.chars().count();
                assert!((1..=MAX_DESCRIPTION_LEN).contains(&len), "{c:?}");
                assert!(!c.description.starts_with('/'), "{c:?}");
            }
        }
    }

    #[test]
    fn the_default_menu_lists_only_member_commands_and_staff_menus_repeat_them() {
        let catalog = Catalog::load().unwrap();
        let names = |role| -> Vec<String> {
            menu(&catalog, Locale::EnGb, role)
                .into_iter()
                .map(|c| c.command)
                .collect()
        };
        let members = names(Role::Member);
        assert!(members.contains(&"idea".to_owned()));
        assert!(!members.contains(&"review".to_owned()));
        assert!(!members.contains(&"ban".to_owned()));
        let champions = names(Role::Champion);
        assert!(champions.starts_with(&members));
        assert!(champions.contains(&"review".to_owned()));
        assert!(!champions.contains(&"ban".to_owned()));
        let moderators = names(Role::Moderator);
        assert!(moderators.starts_with(&champions) && moderators.contains(&"ban".to_owned()));
        assert_eq!(names(Role::Admin).len(), COMMANDS.len());
    }

    #[test]
    fn menus_come_in_each_language() {
        let catalog = Catalog::load().unwrap();
        let english = menu(&catalog, Locale::EnGb, Role::Member);
        let welsh = menu(&catalog, Locale::Cy, Role::Member);
        let idea = |m: &[MenuCommand]| {
            m.iter()
                .find(|c| c.command == "idea")
                .map(|c| c.description.clone())
                .unwrap()
        };
        assert_eq!(
            idea(&english),
            "Share an idea, an experience or good practice (we'll ask a few short questions)"
        );
        assert_ne!(idea(&english), idea(&welsh));
        let menus = all_menus(&catalog);
        let set_for = |code| {
            menus
                .iter()
                .find(|m| m.role == Role::Member && m.language_code == code)
        };
        assert_eq!(set_for(None).unwrap().commands, english);
        assert_eq!(set_for(Some("cy")).unwrap().commands, welsh);
    }
}
