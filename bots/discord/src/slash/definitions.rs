//! The commands as Discord registers them: names, options and descriptions, each description
//! in every language we have that Discord also has (Discord rejects any other locale key, so
//! Welsh, Panjabi, Urdu and Arabic speakers see English descriptions and get replies in their
//! language once they pick `/language`).

use super::{MEMBER_COMMANDS, MOD_SUBCOMMANDS, Opt, OptKind, Slash};
use crowdsprint_core::domain::Locale;
use crowdsprint_core::i18n::Catalog;
use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::model::application::CommandOptionType;
use serenity::model::channel::ChannelType;
use serenity::model::permissions::Permissions;

/// The one command that holds the staff subcommands.
pub const MOD_COMMAND: &str = "mod";

/// The locales Discord clients report (and accept as localisation keys): the tests check that
/// `discord_locales` only ever names these.
#[cfg(test)]
const DISCORD_LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

/// The Discord locales a language of ours is shown in. Discord has no Welsh, Panjabi, Urdu or
/// Arabic: speakers of those see English descriptions, and get replies in their language
/// once they pick `/language` (Portuguese goes to Brazilian Portuguese, Discord's only one).
fn discord_locales(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::EnGb => &["en-GB", "en-US"],
        Locale::Pl => &["pl"],
        Locale::Ro => &["ro"],
        Locale::Pt => &["pt-BR"],
        Locale::Cy | Locale::Pa | Locale::Ur | Locale::Ar => &[],
    }
}

/// Discord's limit on a command or option description.
const MAX_DESCRIPTION: usize = 100;

/// Every command to register. `/mod` is hidden from members who cannot manage the server
/// (server admins may change that; core checks the role on every call regardless).
pub fn definitions(catalog: &Catalog) -> Vec<CreateCommand> {
    let text = Texts { catalog };
    let mut commands: Vec<CreateCommand> = MEMBER_COMMANDS
        .iter()
        .map(|slash| {
            let id = format!("discord-describe-{}", slash.name);
            let command = text.localise_command(CreateCommand::new(slash.name), &id);
            slash
                .options
                .iter()
                .fold(command, |c, o| c.add_option(text.option(o)))
        })
        .collect();
    let moderation = MOD_SUBCOMMANDS.iter().fold(
        text.localise_command(CreateCommand::new(MOD_COMMAND), "discord-describe-mod")
            .default_member_permissions(Permissions::MANAGE_GUILD)
            .dm_permission(false),
        |c, sub| c.add_option(text.subcommand(sub)),
    );
    commands.push(moderation);
    commands
}

struct Texts<'a> {
    catalog: &'a Catalog,
}

impl Texts<'_> {
    /// `(Discord locale, text)` for every language we speak that Discord knows, English first.
    fn localised(&self, id: &str) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for locale in Locale::ALL {
            let text = self.describe(*locale, id);
            for discord in discord_locales(*locale) {
                out.push((*discord, text.clone()));
            }
        }
        out
    }

    fn describe(&self, locale: Locale, id: &str) -> String {
        let text = self
            .catalog
            .lookup(locale, id)
            .unwrap_or_else(|| id.to_owned());
        crate::markdown::truncate(&text, MAX_DESCRIPTION)
    }

    fn localise_command(&self, mut command: CreateCommand, id: &str) -> CreateCommand {
        command = command.description(self.describe(Locale::EnGb, id));
        for (locale, text) in self.localised(id) {
            command = command.description_localized(locale, text);
        }
        command
    }

    fn localise_option(&self, mut option: CreateCommandOption, id: &str) -> CreateCommandOption {
        for (locale, text) in self.localised(id) {
            option = option.description_localized(locale, text);
        }
        option
    }

    fn option(&self, o: &Opt) -> CreateCommandOption {
        let id = format!("discord-option-{}", o.name);
        let kind = match o.kind {
            OptKind::Number | OptKind::Challenge => CommandOptionType::Integer,
            OptKind::Word | OptKind::Text | OptKind::Choice(_) => CommandOptionType::String,
            OptKind::Channel => CommandOptionType::Channel,
        };
        let mut option = CreateCommandOption::new(kind, o.name, self.describe(Locale::EnGb, &id))
            .required(o.required);
        option = self.localise_option(option, &id);
        match o.kind {
            OptKind::Challenge => option = option.set_autocomplete(true),
            OptKind::Number => option = option.min_int_value(0),
            OptKind::Choice(values) => {
                for value in values {
                    // A language is offered by its own name ("Cymraeg"), anything else by its word.
                    let label = Locale::from_tag(value)
                        .map_or_else(|| value.replace('_', " "), |l| l.native_name().to_owned());
                    option = option.add_string_choice(label, *value);
                }
            }
            OptKind::Text => option = option.max_length(4000),
            OptKind::Word => option = option.max_length(100),
            OptKind::Channel => {
                option = option.channel_types(vec![
                    ChannelType::Text,
                    ChannelType::News,
                    ChannelType::Forum,
                ]);
            }
        }
        option
    }

    fn subcommand(&self, sub: &Slash) -> CreateCommandOption {
        let id = format!("discord-describe-mod-{}", sub.name);
        let option = CreateCommandOption::new(
            CommandOptionType::SubCommand,
            sub.name,
            self.describe(Locale::EnGb, &id),
        );
        sub.options
            .iter()
            .fold(self.localise_option(option, &id), |s, o| {
                s.add_sub_option(self.option(o))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registered() -> Vec<serde_json::Value> {
        let catalog = Catalog::load().expect("catalog");
        definitions(&catalog)
            .iter()
            .map(|c| serde_json::to_value(c).expect("serialise"))
            .collect()
    }

    #[test]
    fn every_description_fits_and_is_written() {
        for command in registered() {
            let description = command["description"].as_str().unwrap_or_default();
            assert!(!description.is_empty() && description.chars().count() <= 100);
            assert!(
                !description.starts_with("discord-"),
                "{} has no description text: {description}",
                command["name"]
            );
            for option in command["options"].as_array().into_iter().flatten() {
                let d = option["description"].as_str().unwrap_or_default();
                assert!(!d.starts_with("discord-"), "{}: {d}", command["name"]);
            }
        }
    }

    #[test]
    fn only_discord_locales_are_used() {
        for command in registered() {
            for key in command["description_localizations"]
                .as_object()
                .into_iter()
                .flat_map(|m| m.keys())
            {
                assert!(DISCORD_LOCALES.contains(&key.as_str()), "{key}");
            }
        }
    }

    #[test]
    fn every_discord_locale_we_speak_gets_its_own_descriptions() {
        for command in registered() {
            let english = command["description"].as_str().unwrap_or_default();
            for discord in ["pl", "ro", "pt-BR"] {
                let ours = command["description_localizations"][discord]
                    .as_str()
                    .unwrap_or_default();
                assert!(
                    !ours.is_empty() && ours != english,
                    "{}: {discord} is {ours:?}",
                    command["name"]
                );
            }
        }
    }

    #[test]
    fn moderation_is_hidden_from_members_by_default() {
        let commands = registered();
        let moderation = commands
            .iter()
            .find(|c| c["name"] == MOD_COMMAND)
            .expect("/mod");
        assert_eq!(moderation["default_member_permissions"], "32");
        let others = commands.iter().filter(|c| c["name"] != MOD_COMMAND);
        for c in others {
            assert!(c["default_member_permissions"].is_null(), "{}", c["name"]);
        }
    }
}
