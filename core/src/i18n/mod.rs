//! Every word a person reads: Fluent bundles built from `locales/`, embedded in the binary.
//! `Catalog::render` turns a `Msg` into text in the reader's language, falling back to en-GB.

pub mod direction;
pub mod review;

use crate::domain::{Arg, Locale, Msg};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;

/// The Fluent files of each language, in load order.
pub const FILES: &[&str] = &[
    "core.ftl",
    "errors.ftl",
    "console.ftl",
    "chat.ftl",
    "telegram.ftl",
    "discord.ftl",
    "web.ftl",
];

macro_rules! locale_sources {
    ($tag:literal) => {
        [
            include_str!(concat!("../../../locales/", $tag, "/core.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/errors.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/console.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/chat.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/telegram.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/discord.ftl")),
            include_str!(concat!("../../../locales/", $tag, "/web.ftl")),
        ]
    };
}

/// The embedded sources for a locale, one per entry of `FILES`.
pub fn sources(locale: Locale) -> [&'static str; FILES.len()] {
    match locale {
        Locale::EnGb => locale_sources!("en-GB"),
        Locale::Cy => locale_sources!("cy"),
        Locale::Pl => locale_sources!("pl"),
        Locale::Ro => locale_sources!("ro"),
        Locale::Pa => locale_sources!("pa"),
        Locale::Ur => locale_sources!("ur"),
        Locale::Pt => locale_sources!("pt"),
        Locale::Ar => locale_sources!("ar"),
    }
}

/// Problems building the catalog: a broken `.ftl` file is a bug caught by the tests.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{locale}/{file}: Fluent syntax error: {detail}")]
    Syntax {
        locale: &'static str,
        file: &'static str,
        detail: String,
    },
    #[error("{locale}: message {id} is defined twice")]
    Duplicate { locale: &'static str, id: String },
    #[error("{0}: not a valid language tag")]
    Tag(&'static str),
}

/// All languages, ready to render.
pub struct Catalog {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Catalog {
    /// Builds every embedded language.
    pub fn load() -> Result<Catalog, CatalogError> {
        let mut bundles = HashMap::new();
        for locale in Locale::ALL {
            let tag = locale.tag();
            let langid = tag.parse().map_err(|_| CatalogError::Tag(tag))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Left-to-right languages go without isolation marks (a few chat clients show them
            // as stray characters, and our arguments are short); right-to-left ones need them
            // so an embedded name, number or #id keeps its place and its punctuation.
            bundle.set_use_isolating(locale.is_right_to_left());
            for (file, source) in FILES.iter().zip(sources(*locale)) {
                let resource =
                    FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                        CatalogError::Syntax {
                            locale: tag,
                            file,
                            detail: format!("{errors:?}"),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| CatalogError::Duplicate {
                        locale: tag,
                        id: format!("{errors:?}"),
                    })?;
            }
            bundles.insert(*locale, bundle);
        }
        Ok(Catalog { bundles })
    }

    /// Whether `locale` defines `id` itself (without falling back).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundles.get(&locale).is_some_and(|b| b.has_message(id))
    }

    /// Renders a message in `locale`, falling back to en-GB, then to the bare id (logged).
    pub fn render(&self, locale: Locale, msg: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Num(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Link(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Given {
                    translations,
                    default,
                } => {
                    let words = Arg::given_for(translations, default, locale);
                    args.set(*name, FluentValue::from(words.to_owned()))
                }
                Arg::Msg(inner) => args.set(*name, FluentValue::from(self.render(locale, inner))),
                Arg::List(list) => {
                    let words: Vec<String> = list.iter().map(|m| self.render(locale, m)).collect();
                    let separator = if locale.is_right_to_left() {
                        "، "
                    } else {
                        ", "
                    };
                    args.set(*name, FluentValue::from(words.join(separator)))
                }
            }
        }
        self.format(locale, msg.id, &args).unwrap_or_else(|| {
            tracing::error!(id = msg.id, "message id missing from every locale");
            msg.id.to_owned()
        })
    }

    /// A message without arguments whose id is built at run time (`discord-describe-{name}`),
    /// in `locale` or else en-GB; `None` if neither has it.
    pub fn lookup(&self, locale: Locale, id: &str) -> Option<String> {
        self.format(locale, id, &FluentArgs::new())
    }

    pub(crate) fn format(&self, locale: Locale, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        for candidate in [locale, Locale::EnGb] {
            let Some(bundle) = self.bundles.get(&candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, locale = %candidate, ?errors, "message rendered with errors");
            }
            if candidate.is_right_to_left() {
                return Some(direction::right_to_left_lines(&text));
            }
            return Some(text.into_owned());
        }
        None
    }

    /// Shorthand for a message without arguments.
    pub fn text(&self, locale: Locale, id: &'static str) -> String {
        self.render(locale, &Msg::new(id))
    }
}
