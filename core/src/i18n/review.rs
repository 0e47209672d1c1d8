//! A translator's review file: every message of a language rendered with realistic arguments,
//! file by file in the order the files are written, so a reviewer reads the whole language top
//! to bottom in context. Counts are shown at 0, 1, 2, 3, 6, 11 and 20 (between them they reach
//! every plural category of the languages we speak, Welsh's six and Arabic's six included);
//! a word chosen from a list (a stage, a role, a field) is shown with every word of the list;
//! a title is shown short and long. `crowdsprint locales render` writes it; CI makes one per
//! language.

use super::{Catalog, FILES, sources};
use crate::domain::Locale;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The counts every plural message is shown with.
pub const COUNTS: [i64; 7] = [0, 1, 2, 3, 6, 11, 20];

const SHORT_TITLE: &str = "Quiet hours on night shifts";
const LONG_TITLE: &str = "Let patients on long stays choose a quiet hour each afternoon, with lights \
     dimmed and phones silenced, so they can rest between visits and treatments";

/// The review file for `locale`.
pub fn review(catalog: &Catalog, locale: Locale) -> String {
    let shapes = Shapes::read([Locale::EnGb, locale]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# crowdsprint in {} ({}): every message, with realistic arguments\n",
        locale.native_name(),
        locale.tag()
    );
    for file in FILES {
        let _ = writeln!(out, "\n## {file}\n");
        for shape in shapes.messages.iter().filter(|m| m.file == *file) {
            let _ = writeln!(out, "### {}", shape.id);
            if !catalog.has(locale, &shape.id) {
                let _ = writeln!(out, "(missing: shown in English)");
            }
            for (label, args) in shapes.examples(catalog, locale, shape) {
                let text = catalog.format(locale, &shape.id, &args).unwrap_or_default();
                let text = text.replace('\n', "\n    ");
                match label {
                    Some(label) => {
                        let _ = writeln!(out, "  [{label}] {text}");
                    }
                    None => {
                        let _ = writeln!(out, "    {text}");
                    }
                }
            }
            out.push('\n');
        }
    }
    out
}

/// How a message uses one of its variables.
#[derive(Debug, Clone, PartialEq)]
enum Use {
    /// Selected on by plural category or number: shown at every count.
    Count,
    /// Selected on by these words: shown with each.
    Words(Vec<String>),
    /// Put in the text as it is.
    Text,
}

#[derive(Debug)]
struct Shape {
    id: String,
    file: &'static str,
    variables: BTreeMap<String, Use>,
    /// Messages it refers to, which are formatted with the same arguments.
    references: Vec<String>,
}

/// Every message of the reference language with how each variable is used (in either
/// language), and the word lists that name a variable's values (`stage-name` selects on
/// `$stage`, so a `$stage` elsewhere is shown as each stage's name).
struct Shapes {
    messages: Vec<Shape>,
    namers: BTreeMap<String, Vec<(String, Vec<String>)>>,
}

impl Shapes {
    fn read(locales: [Locale; 2]) -> Shapes {
        let mut messages: Vec<Shape> = Vec::new();
        for locale in locales {
            for (file, source) in FILES.iter().zip(sources(locale)) {
                let Ok(resource) = fluent_syntax::parser::parse(source) else {
                    continue;
                };
                for entry in &resource.body {
                    let ast::Entry::Message(message) = entry else {
                        continue;
                    };
                    let mut uses = BTreeMap::new();
                    let mut references = Vec::new();
                    if let Some(value) = &message.value {
                        pattern_uses(value, &mut uses);
                        pattern_references(value, &mut references);
                    }
                    let id = message.id.name;
                    match messages.iter_mut().find(|m| m.id == id) {
                        Some(shape) => {
                            merge(&mut shape.variables, uses);
                            shape.references.extend(references);
                        }
                        // Only the reference language adds messages: ids another language
                        // alone has are not rendered.
                        None if locale == Locale::EnGb => messages.push(Shape {
                            id: id.to_owned(),
                            file,
                            variables: uses,
                            references,
                        }),
                        None => {}
                    }
                }
            }
        }
        // A referenced message needs its own arguments too (`parse-missing-argument` shows
        // `{ parse-argument }`, which selects on `$argument`); references nest at most twice.
        for _ in 0..3 {
            let needed: Vec<BTreeMap<String, Use>> = messages
                .iter()
                .map(|shape| {
                    let mut uses = BTreeMap::new();
                    for target in &shape.references {
                        if let Some(other) = messages.iter().find(|m| &m.id == target) {
                            merge(&mut uses, other.variables.clone());
                        }
                    }
                    uses
                })
                .collect();
            for (shape, uses) in messages.iter_mut().zip(needed) {
                merge(&mut shape.variables, uses);
            }
        }
        let mut namers = BTreeMap::new();
        for shape in &messages {
            if let [(variable, Use::Words(words))] =
                shape.variables.iter().collect::<Vec<_>>().as_slice()
            {
                namers
                    .entry((*variable).clone())
                    .or_insert_with(Vec::new)
                    .push((shape.id.clone(), words.clone()));
            }
        }
        Shapes { messages, namers }
    }

    /// The argument sets a message is shown with: one with every variable at its usual
    /// value, then one per count, per listed word and per long title, varying one at a time.
    fn examples(
        &self,
        catalog: &Catalog,
        locale: Locale,
        shape: &Shape,
    ) -> Vec<(Option<String>, FluentArgs<'static>)> {
        let base = |except: &str| {
            let mut args = FluentArgs::new();
            for (name, usage) in &shape.variables {
                if name != except {
                    args.set(name.clone(), self.usual(catalog, locale, name, usage));
                }
            }
            args
        };
        let mut examples = vec![(None, base(""))];
        for (name, usage) in &shape.variables {
            let values: Vec<(String, FluentValue<'static>)> = match usage {
                Use::Count => COUNTS
                    .iter()
                    .map(|n| (n.to_string(), FluentValue::from(*n)))
                    .collect(),
                Use::Words(words) => words
                    .iter()
                    .map(|w| (w.clone(), FluentValue::from(w.clone())))
                    .collect(),
                // Every list that names such a value (a sprint's stages and an idea's), unless
                // this message is one of those lists.
                Use::Text => match self.namers.get(name) {
                    Some(lists) if lists.iter().all(|(namer, _)| namer != &shape.id) => lists
                        .iter()
                        .flat_map(|(namer, words)| {
                            words.iter().map(move |w| {
                                (w.clone(), self.named(catalog, locale, namer, name, w))
                            })
                        })
                        .collect(),
                    _ if name.contains("title") => {
                        vec![("long".to_owned(), FluentValue::from(LONG_TITLE))]
                    }
                    _ => Vec::new(),
                },
            };
            for (label, value) in values {
                let mut args = base(name);
                args.set(name.clone(), value);
                examples.push((Some(format!("{name}={label}")), args));
            }
        }
        if examples.len() > 1 {
            examples.remove(0);
        }
        examples
    }

    fn usual(
        &self,
        catalog: &Catalog,
        locale: Locale,
        name: &str,
        usage: &Use,
    ) -> FluentValue<'static> {
        match usage {
            Use::Count => FluentValue::from(2),
            Use::Words(words) => FluentValue::from(words.first().cloned().unwrap_or_default()),
            Use::Text => match self.namers.get(name).and_then(|lists| lists.first()) {
                Some((namer, words)) if !words.is_empty() => {
                    self.named(catalog, locale, namer, name, &words[0])
                }
                _ => FluentValue::from(sample(name)),
            },
        }
    }

    fn named(
        &self,
        catalog: &Catalog,
        locale: Locale,
        namer: &str,
        name: &str,
        word: &str,
    ) -> FluentValue<'static> {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(word.to_owned()));
        FluentValue::from(catalog.format(locale, namer, &args).unwrap_or_default())
    }
}

/// A realistic value for a variable put in the text as it is, by its name.
fn sample(name: &str) -> String {
    let value = match name {
        "id" | "idea" | "into" | "duplicate" => "34",
        "comment" | "reference" => "12",
        "sprint" | "theme" | "page" | "next" => "2",
        "pages" | "max" => "5",
        "member" => "7",
        "target" => "#34",
        "title" | "into_title" => SHORT_TITLE,
        "name" | "author" => "Siân Evans",
        "body" => "Dim the ward lights at 2pm for an hour.",
        "reason" | "reasons" => "it names a patient",
        "date" | "closes" | "opens" | "until" | "at" => "3 December 2026",
        "zone" => "Europe/London",
        "command" | "usage" => "/idea",
        "code" => "K7Q2",
        "language" => "Cymraeg",
        "challenge" | "challenges" => "Rest and recovery",
        "kind" => "idea",
        "platform" => "telegram",
        "path" => "crowdsprint-export.csv",
        "argument" | "value" | "actual" => "abc",
        "column" => "title",
        "origin" => "Ward 4 huddle",
        "list" | "choices" => "1, 2, 3",
        "style" => "buttons",
        "from" => "35",
        "action" => "idea-hide",
        "stored" => "idea.hide",
        "event" => "digest",
        "themes" => "Rest and recovery, Pharmacy",
        "left" | "waited" => "3 hours",
        "session" => "Ward 4 huddle, 2026-12-05",
        "link" => "https://ideas.example.nhs.uk/summit",
        // Counts put in the text as they are (a language that selects on one is shown at
        // every count instead).
        "count" | "comments" | "supporters" | "people" | "ideas" | "interactions" | "pending"
        | "sending" | "sent" | "dead" | "following" | "supported" | "votes" | "rows"
        | "minutes" | "hours" => "5",
        // An argument a newer message brought that has no sample yet: shown by its name.
        _ => return format!("{{{name}}}"),
    };
    value.to_owned()
}

/// The messages a pattern refers to (`{ other-message }`), anywhere in it.
fn pattern_references(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            ast::Expression::Inline(ast::InlineExpression::MessageReference { id, .. }) => {
                out.push(id.name.to_owned());
            }
            ast::Expression::Select { variants, .. } => {
                for variant in variants {
                    pattern_references(&variant.value, out);
                }
            }
            ast::Expression::Inline(_) => {}
        }
    }
}

fn merge(into: &mut BTreeMap<String, Use>, from: BTreeMap<String, Use>) {
    for (name, usage) in from {
        let entry = into.entry(name).or_insert(Use::Text);
        match (&*entry, usage) {
            (_, Use::Count) => *entry = Use::Count,
            (Use::Text, words @ Use::Words(_)) => *entry = words,
            _ => {}
        }
    }
}

fn pattern_uses(pattern: &ast::Pattern<&str>, uses: &mut BTreeMap<String, Use>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses(expression: &ast::Expression<&str>, uses: &mut BTreeMap<String, Use>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let Some(name) = variable_of(selector) {
                let plural = variants.iter().any(|v| match &v.key {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => PLURAL_CATEGORIES.contains(name),
                });
                let usage = if plural {
                    Use::Count
                } else {
                    Use::Words(variants.iter().map(|v| key_name(&v.key)).collect())
                };
                merge(uses, BTreeMap::from([(name, usage)]));
            } else {
                inline_uses(selector, uses);
            }
            for variant in variants {
                pattern_uses(&variant.value, uses);
            }
        }
        ast::Expression::Inline(inline) => inline_uses(inline, uses),
    }
}

fn inline_uses(inline: &ast::InlineExpression<&str>, uses: &mut BTreeMap<String, Use>) {
    use ast::InlineExpression as I;
    match inline {
        I::VariableReference { id } => {
            uses.entry(id.name.to_owned()).or_insert(Use::Text);
        }
        I::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                if let Some(name) = variable_of(argument) {
                    merge(uses, BTreeMap::from([(name, Use::Count)]));
                }
            }
        }
        I::Placeable { expression } => expression_uses(expression, uses),
        _ => {}
    }
}

/// The CLDR plural categories: a selector with any of these as a key selects on a number.
const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many"];

fn variable_of(inline: &ast::InlineExpression<&str>) -> Option<String> {
    match inline {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            arguments.positional.first().and_then(variable_of)
        }
        _ => None,
    }
}

fn key_name(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn welsh() -> String {
        review(&Catalog::load().expect("catalog"), Locale::Cy)
    }

    /// The lines the review shows for message `id`.
    fn entry<'a>(file: &'a str, id: &str) -> &'a str {
        file.split(&format!("### {id}\n"))
            .nth(1)
            .and_then(|rest| rest.split("\n\n").next())
            .unwrap_or_else(|| panic!("{id} is not in the review"))
    }

    #[test]
    fn counts_are_shown_at_every_plural_category() {
        let file = welsh();
        let top = entry(&file, "digest-top-idea");
        for n in COUNTS {
            assert!(top.contains(&format!("[count={n}]")), "{n}: {top}");
        }
    }

    #[test]
    fn a_stage_is_shown_by_each_stages_name_in_the_language() {
        let file = welsh();
        let stage = entry(&file, "notify-idea-stage");
        assert!(stage.lines().count() >= 3, "{stage}");
        assert!(!stage.contains("{stage}"), "{stage}");
    }

    #[test]
    fn every_message_of_every_file_is_in_the_review() {
        let file = welsh();
        for heading in FILES {
            assert!(file.contains(&format!("## {heading}")));
        }
        assert!(file.contains("### help-help"));
        assert!(!file.contains("(missing"), "Welsh is complete");
    }
}
