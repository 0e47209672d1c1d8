//! Keeps every language complete: each locale defines the same messages with the same variables,
//! every user error, parse error and command has words in every language, and every message id
//! the code names is defined.
#![allow(clippy::unwrap_used)]

use crowdsprint_core::command::{COMMANDS, ParseError, parse};
use crowdsprint_core::domain::pii::PiiKind;
use crowdsprint_core::domain::{
    Arg, Describes, DevelopmentStage, DigestFrequency, IdeaId, IdeaKind, Locale, Msg, Platform,
    Role, SprintStage, TextField, UserError, Visibility,
};
use crowdsprint_core::i18n::direction::{Direction, RLM, line_direction};
use crowdsprint_core::i18n::{Catalog, FILES, sources};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const BIDI_ISOLATION: [char; 2] = ['\u{2068}', '\u{2069}'];

#[test]
fn the_catalog_loads() {
    let catalog = Catalog::load().unwrap();
    for locale in Locale::ALL {
        assert!(
            catalog.has(*locale, "help-help"),
            "{locale}: nothing loaded"
        );
    }
}

#[test]
fn every_locale_defines_the_same_messages_with_the_same_variables() {
    let reference = Defined::parse(Locale::EnGb);
    let mut problems = Vec::new();
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::EnGb) {
        let other = Defined::parse(*locale);
        for (id, ours) in &reference.messages {
            let Some(theirs) = other.messages.get(id) else {
                problems.push(format!("{locale}/{}: `{id}` is missing", ours.file));
                continue;
            };
            if theirs.file != ours.file {
                problems.push(format!(
                    "`{id}` is in en-GB/{} but in {locale}/{}",
                    ours.file, theirs.file
                ));
            }
            let (our_vars, their_vars) = (reference.variables(id), other.variables(id));
            if our_vars != their_vars {
                problems.push(format!(
                    "`{id}` uses {our_vars:?} in en-GB but {their_vars:?} in {locale}"
                ));
            }
            if ours.attributes != theirs.attributes {
                problems.push(format!(
                    "`{id}` has attributes {:?} in en-GB but {:?} in {locale}",
                    ours.attributes, theirs.attributes
                ));
            }
        }
        for (id, theirs) in &other.messages {
            if !reference.messages.contains_key(id) {
                problems.push(format!(
                    "en-GB/{}: `{id}` is missing (it is defined in {locale})",
                    theirs.file
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the locales disagree:\n{}",
        problems.join("\n")
    );
}

#[test]
fn references_between_messages_resolve_in_each_locale() {
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let defined = Defined::parse(*locale);
        for (id, info) in defined.messages.iter().chain(&defined.terms) {
            for target in &info.message_refs {
                if !defined.messages.contains_key(target) {
                    problems.push(format!("{locale}: `{id}` refers to no message `{target}`"));
                }
            }
            for target in &info.term_refs {
                if !defined.terms.contains_key(target) {
                    problems.push(format!("{locale}: `{id}` refers to no term `-{target}`"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_user_error_has_words_in_every_locale() {
    let fx = Fixture::new();
    let examples = UserError::examples();
    let ids: Vec<&str> = examples.iter().map(UserError::message_id).collect();
    let distinct: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(
        distinct.len(),
        ids.len(),
        "UserError::examples() repeats a message id: {ids:?}"
    );
    // `examples()` is written by hand; the match in `message_id` is exhaustive, so compare.
    let declared = ids_in_match_arms("core/src/domain/user_error.rs", "error-");
    // `SlowDown` shares the `slow-down` message with the limits; the rest are `error-*`.
    let named: BTreeSet<String> = distinct
        .iter()
        .filter(|s| s.starts_with("error-"))
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(
        declared, named,
        "UserError::examples() does not cover every message id in UserError::message_id"
    );

    let problems: Vec<String> = examples
        .iter()
        .flat_map(|e| fx.problems(&e.to_msg()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Each field and role has its own words, not the catch-all.
    let fields: Vec<&str> = text_fields().into_iter().map(TextField::key).collect();
    for example in examples.iter().filter(|e| has_arg(&e.to_msg(), "field")) {
        fx.assert_each_key_has_words(&example.to_msg(), "field", &fields, true);
    }
    let roles: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    let not_allowed = UserError::NotAllowed {
        needed: Role::Champion,
    };
    fx.assert_each_key_has_words(&not_allowed.to_msg(), "role", &roles, false);
}

#[test]
fn every_parse_error_has_words_in_every_locale() {
    let fx = Fixture::new();
    let lines = [
        "hello there",
        "/frobnicate",
        "/support",
        "/support abc",
        "/support 4 5",
    ];
    let examples: Vec<ParseError> = lines.iter().map(|l| parse(l).unwrap_err()).collect();
    let covered: BTreeSet<usize> = examples.iter().map(parse_error_variant).collect();
    assert_eq!(
        covered.len(),
        PARSE_ERROR_VARIANTS,
        "add an example line for the new ParseError variant"
    );
    let declared = ids_in_match_arms("core/src/command/parse.rs", "parse-");
    let named: BTreeSet<String> = examples.iter().map(|e| e.message_id().to_owned()).collect();
    assert_eq!(declared, named, "a ParseError message id has no example");

    let problems: Vec<String> = examples
        .iter()
        .flat_map(|e| fx.problems(&e.to_msg()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Every argument the parser can name is explained in words, not by the catch-all.
    let arguments = argument_names();
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    let missing = ParseError::MissingArgument {
        command: "support",
        argument: "idea",
    };
    fx.assert_each_key_has_words(&missing.to_msg(), "argument", &arguments, true);
    let bad = ParseError::BadValue {
        command: "support",
        argument: "idea",
        value: "abc".into(),
    };
    fx.assert_each_key_has_words(&bad.to_msg(), "argument", &arguments, true);
}

#[test]
fn every_command_has_help_in_every_locale() {
    let fx = Fixture::new();
    let mut problems = Vec::new();
    for command in COMMANDS {
        let msg = Msg::new(command.help_id);
        problems.extend(fx.problems(&msg));
        for locale in Locale::ALL {
            // A right-to-left language marks such a line's direction before it.
            let rendered = fx.catalog.render(*locale, &msg);
            let text = rendered.trim_start_matches(RLM);
            let usage = format!("/{} ", command.name);
            if !text.starts_with(&usage) && text != usage.trim_end() {
                problems.push(format!(
                    "{locale}: `{}` should start with its usage `/{}`: {text}",
                    command.help_id, command.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_word_of_each_vocabulary_has_a_name() {
    let fx = Fixture::new();
    fn words<T: Copy>(all: &[T], word: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| word(*v)).collect()
    }
    let mut origins = words(Platform::ALL, Platform::as_str);
    origins.push("import");
    let vocabularies: Vec<(&'static str, &'static str, Vec<&'static str>)> = vec![
        ("role-name", "role", words(Role::ALL, Role::as_str)),
        (
            "sprint-stage-name",
            "stage",
            words(SprintStage::ALL, SprintStage::as_str),
        ),
        (
            "development-stage-name",
            "stage",
            words(DevelopmentStage::ALL, DevelopmentStage::as_str),
        ),
        (
            "idea-kind-name",
            "kind",
            words(IdeaKind::ALL, IdeaKind::as_str),
        ),
        (
            "describes-name",
            "describes",
            words(Describes::ALL, Describes::as_str),
        ),
        (
            "digest-name",
            "frequency",
            words(DigestFrequency::ALL, DigestFrequency::as_str),
        ),
        (
            "pii-kind-name",
            "kind",
            words(&pii_kinds(), PiiKind::as_str),
        ),
        (
            "visibility-name",
            "visibility",
            visibilities().iter().map(Visibility::word).collect(),
        ),
        ("origin-name", "origin", origins),
    ];
    for (id, arg, keys) in vocabularies {
        let msg = Msg::new(id).arg(arg, keys[0]);
        let problems = fx.problems(&msg);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        fx.assert_each_key_has_words(&msg, arg, &keys, false);
    }
    let problems = fx.problems(&Msg::new("former-member"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_id_the_code_uses_is_defined() {
    let catalog = Catalog::load().unwrap();
    let root = workspace_root();
    let mut files = Vec::new();
    for dir in ["core/src", "bots"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(!files.is_empty(), "found no Rust files under {root:?}");
    let mut used: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let shown = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        for (id, line) in message_ids_in(&source) {
            used.entry(id).or_default().push(format!("{shown}:{line}"));
        }
    }
    // If the patterns stop matching, the scan would pass vacuously.
    assert!(
        used.contains_key("import-missing-column"),
        "the scan found none of the ids core/src/service/import.rs uses: {used:?}"
    );
    let mut missing = Vec::new();
    for (id, places) in &used {
        let lacking: Vec<String> = Locale::ALL
            .iter()
            .filter(|l| !catalog.has(**l, id))
            .map(|l| l.to_string())
            .collect();
        if !lacking.is_empty() {
            missing.push(format!(
                "`{id}` (used at {}) is not defined in {}",
                places.join(", "),
                lacking.join(", ")
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "the code uses message ids that some locale does not define:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_finds_ids_in_the_forms_the_code_writes_them() {
    let source = r#"
        let a = Msg::new("alpha-one").arg("n", 1);
        let b = catalog.text(locale, "beta-two");
        let c = self.catalog.text(
            self.locale(),
            "gamma-three",
        );
        /// `Msg::new("in-a-doc-comment")` is only an example.
        // catalog.text(locale, "in-a-comment")
        let d = a.text("reason")?;
        pub fn text(&self, locale: Locale, id: &'static str) -> String {
            self.render(locale, &Msg::new(id))
        }
        let e = Msg::new(
            "delta-four",
        );
        let f = r.text("epsilon-five");
    "#;
    let found: Vec<(String, usize)> = message_ids_in(source);
    let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "alpha-one",
            "delta-four",
            "beta-two",
            "gamma-three",
            "epsilon-five"
        ]
    );
    assert_eq!(found[0].1, 2, "line numbers count from 1");
}

#[test]
fn left_to_right_languages_render_without_bidi_isolation_marks() {
    let catalog = Catalog::load().unwrap();
    let mut msgs: Vec<Msg> = UserError::examples()
        .iter()
        .map(UserError::to_msg)
        .collect();
    msgs.push(
        ParseError::BadValue {
            command: "support",
            argument: "idea",
            value: "abc".into(),
        }
        .to_msg(),
    );
    msgs.push(Msg::new("role-name").arg("role", "champion"));
    for locale in Locale::ALL {
        for (file, source) in FILES.iter().zip(sources(*locale)) {
            assert!(
                !source.contains(BIDI_ISOLATION),
                "{locale}/{file} contains a bidi isolation mark (the code adds them)"
            );
        }
        if locale.is_right_to_left() {
            continue;
        }
        for msg in &msgs {
            let text = catalog.render(*locale, msg);
            assert!(
                !text.contains(BIDI_ISOLATION),
                "{locale}: `{}` renders with bidi isolation marks: {text:?}",
                msg.id
            );
        }
        let text = catalog.render(
            *locale,
            &UserError::IdeaNotFound { id: IdeaId(42) }.to_msg(),
        );
        assert!(text.contains("#42"), "{locale}: {text:?}");
    }
}

#[test]
fn discords_texts_fit_its_limits_in_every_language() {
    // Discord refuses a command whose description passes 100 characters and cuts a form's
    // title or label past 45; the code truncates to be safe, so only this test sees it.
    let catalog = Catalog::load().unwrap();
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        for id in Defined::parse(*locale).messages.keys() {
            let limit = if id.starts_with("discord-describe-") || id.starts_with("discord-option-")
            {
                100
            } else if id.starts_with("discord-form-") {
                45
            } else {
                continue;
            };
            let text = catalog.lookup(*locale, id).unwrap();
            if text.chars().count() > limit {
                problems.push(format!("{locale}: `{id}` is longer than {limit}: {text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn right_to_left_languages_read_right_to_left_with_names_and_numbers_in_place() {
    let catalog = Catalog::load().unwrap();
    let mut msgs: Vec<Msg> = COMMANDS.iter().map(|c| Msg::new(c.help_id)).collect();
    msgs.extend(UserError::examples().iter().map(UserError::to_msg));
    msgs.push(
        Msg::new("notify-idea-stage")
            .arg("id", 34_i64)
            .arg("title", "Quiet hours")
            .arg(
                "stage",
                Msg::new("development-stage-name").arg("stage", "testing"),
            ),
    );
    msgs.push(
        Msg::new("idea-line")
            .arg("id", 34_i64)
            .arg("title", "Quiet hours (nights)")
            .arg("supporters", 12_i64)
            .arg("comments", 3_i64),
    );
    for locale in Locale::ALL.iter().filter(|l| l.is_right_to_left()) {
        for msg in &msgs {
            let text = catalog.render(*locale, msg);
            // Every line a client lays out starts right to left (Unicode bidi rule P2), so
            // its punctuation sits at the right end.
            for line in text.lines() {
                assert_ne!(
                    line_direction(line),
                    Some(Direction::LeftToRight),
                    "{locale}: `{}` has a line that reads left to right: {line:?}",
                    msg.id
                );
            }
        }
        // An embedded Latin title or number is isolated, so its own parentheses and the
        // sentence's punctuation around it do not swap places.
        let line = catalog.render(*locale, &msgs[msgs.len() - 1]);
        assert!(
            line.contains("\u{2068}Quiet hours (nights)\u{2069}"),
            "{locale}: {line:?}"
        );
        assert!(line.contains("\u{2068}34\u{2069}"), "{locale}: {line:?}");
        let error = catalog.render(
            *locale,
            &UserError::IdeaNotFound { id: IdeaId(42) }.to_msg(),
        );
        assert!(error.contains("\u{2068}42\u{2069}"), "{locale}: {error:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// What the .ftl files define, read with fluent-syntax.

/// The messages and terms one locale defines, across all its files.
struct Defined {
    messages: BTreeMap<String, EntryInfo>,
    terms: BTreeMap<String, EntryInfo>,
}

/// What one message or term uses directly.
#[derive(Default)]
struct EntryInfo {
    file: &'static str,
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    message_refs: BTreeSet<String>,
    term_refs: BTreeSet<String>,
}

impl Defined {
    fn parse(locale: Locale) -> Defined {
        let mut defined = Defined {
            messages: BTreeMap::new(),
            terms: BTreeMap::new(),
        };
        for (file, source) in FILES.iter().zip(sources(locale)) {
            let resource = fluent_syntax::parser::parse(source)
                .unwrap_or_else(|(_, errors)| panic!("{locale}/{file}: {errors:?}"));
            for entry in &resource.body {
                let (id, value, attributes, table) = match entry {
                    ast::Entry::Message(m) => (
                        m.id.name,
                        m.value.as_ref(),
                        &m.attributes,
                        &mut defined.messages,
                    ),
                    ast::Entry::Term(t) => {
                        (t.id.name, Some(&t.value), &t.attributes, &mut defined.terms)
                    }
                    ast::Entry::Junk { content } => panic!("{locale}/{file}: junk {content:?}"),
                    _ => continue,
                };
                let mut info = EntryInfo {
                    file,
                    ..EntryInfo::default()
                };
                if let Some(value) = value {
                    info.pattern(value);
                }
                for attribute in attributes {
                    info.attributes.insert(attribute.id.name.to_owned());
                    info.pattern(&attribute.value);
                }
                let previous = table.insert(id.to_owned(), info);
                assert!(previous.is_none(), "{locale}: `{id}` is defined twice");
            }
        }
        defined
    }

    /// Every variable a message needs, including those of the messages it refers to (a
    /// referenced message is formatted with the same arguments).
    fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![id.to_owned()];
        let mut variables = BTreeSet::new();
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            if let Some(info) = self.messages.get(&id) {
                variables.extend(info.variables.iter().cloned());
                todo.extend(info.message_refs.iter().cloned());
            }
        }
        variables
    }
}

impl EntryInfo {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        use ast::InlineExpression as I;
        match inline {
            I::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            I::MessageReference { id, .. } => {
                self.message_refs.insert(id.name.to_owned());
            }
            I::TermReference { id, arguments, .. } => {
                self.term_refs.insert(id.name.to_owned());
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            I::FunctionReference { arguments, .. } => self.arguments(arguments),
            I::Placeable { expression } => self.expression(expression),
            I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for positional in &arguments.positional {
            self.inline(positional);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering checks.

/// The catalog as the bots use it, and a strict copy that reports Fluent errors and never
/// falls back to another language.
struct Fixture {
    catalog: Catalog,
    strict: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl Fixture {
    fn new() -> Fixture {
        let strict = Locale::ALL
            .iter()
            .map(|locale| {
                let mut bundle = FluentBundle::new(vec![locale.tag().parse().unwrap()]);
                bundle.set_use_isolating(false);
                for source in sources(*locale) {
                    bundle
                        .add_resource(FluentResource::try_new(source.to_owned()).unwrap())
                        .unwrap();
                }
                (*locale, bundle)
            })
            .collect();
        Fixture {
            catalog: Catalog::load().unwrap(),
            strict,
        }
    }

    /// `msg` in `locale`'s own words, or why that is impossible.
    fn render_strict(&self, locale: Locale, msg: &Msg) -> Result<String, String> {
        let bundle = self
            .strict
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, b)| b)
            .ok_or("no bundle")?;
        let pattern = bundle
            .get_message(msg.id)
            .and_then(|m| m.value())
            .ok_or("no message")?;
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
                Arg::Msg(inner) => {
                    args.set(*name, FluentValue::from(self.render_strict(locale, inner)?))
                }
                Arg::List(list) => {
                    let words = list
                        .iter()
                        .map(|m| self.render_strict(locale, m))
                        .collect::<Result<Vec<_>, _>>()?;
                    args.set(*name, FluentValue::from(words.join(", ")))
                }
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{errors:?}"))
        }
    }

    /// Everything wrong with showing `msg`, in every locale.
    fn problems(&self, msg: &Msg) -> Vec<String> {
        let mut problems = Vec::new();
        for locale in Locale::ALL {
            if !self.catalog.has(*locale, msg.id) {
                problems.push(format!("{locale}: `{}` is not defined", msg.id));
                continue;
            }
            if let Err(e) = self.render_strict(*locale, msg) {
                problems.push(format!("{locale}: `{}` renders with errors: {e}", msg.id));
            }
            let text = self.catalog.render(*locale, msg);
            if text.trim().is_empty() || text == msg.id {
                problems.push(format!("{locale}: `{}` renders as {text:?}", msg.id));
            }
        }
        problems
    }

    /// Renders `msg` with `$arg` set to each of `keys` and checks each reads differently, so no
    /// key falls through to the default variant. With `catch_all`, the default variant is a
    /// generic one that none of `keys` may reach.
    fn assert_each_key_has_words(&self, msg: &Msg, arg: &str, keys: &[&str], catch_all: bool) {
        for locale in Locale::ALL {
            let mut seen: BTreeMap<String, &str> = BTreeMap::new();
            let unknown = "no_such_word_at_all";
            let all = keys.iter().chain(catch_all.then_some(&unknown));
            for key in all {
                let text = self
                    .render_strict(*locale, &with_arg(msg, arg, key))
                    .unwrap_or_else(|e| panic!("{locale}: `{}` with ${arg} = {key}: {e}", msg.id));
                if let Some(other) = seen.insert(text.clone(), *key) {
                    panic!(
                        "{locale}: `{}` reads the same for ${arg} = {other} and {key}: {text:?}; \
                         give each its own variant",
                        msg.id
                    );
                }
            }
        }
    }
}

fn has_arg(msg: &Msg, name: &str) -> bool {
    msg.args.iter().any(|(n, _)| *n == name)
}

/// `msg` with argument `name` set to `value`.
fn with_arg(msg: &Msg, name: &str, value: &str) -> Msg {
    let mut out = Msg::new(msg.id);
    out.args = msg
        .args
        .iter()
        .filter(|(n, _)| *n != name)
        .cloned()
        .collect();
    let name = msg
        .args
        .iter()
        .map(|(n, _)| *n)
        .find(|n| *n == name)
        .unwrap_or_else(|| panic!("`{}` has no argument {name}", msg.id));
    out.arg(name, value)
}

// ---------------------------------------------------------------------------------------------
// Closed lists the tests walk. Each match below is exhaustive, so a new variant fails to compile
// here until it is listed.

const PARSE_ERROR_VARIANTS: usize = 5;

fn parse_error_variant(e: &ParseError) -> usize {
    match e {
        ParseError::NotACommand => 0,
        ParseError::UnknownCommand { .. } => 1,
        ParseError::MissingArgument { .. } => 2,
        ParseError::BadValue { .. } => 3,
        ParseError::TooManyArguments { .. } => 4,
    }
}

fn text_fields() -> Vec<TextField> {
    use TextField::*;
    let all = vec![
        Title,
        Body,
        Comment,
        Name,
        Reason,
        Description,
        Organisation,
        Region,
    ];
    for field in &all {
        match field {
            Title | Body | Comment | Name | Reason | Description | Organisation | Region => {}
        }
    }
    all
}

fn pii_kinds() -> Vec<PiiKind> {
    use PiiKind::*;
    let all = vec![NhsNumber, PhoneNumber, Email, DateOfBirth, Postcode];
    for kind in &all {
        match kind {
            NhsNumber | PhoneNumber | Email | DateOfBirth | Postcode => {}
        }
    }
    all
}

fn visibilities() -> Vec<Visibility> {
    let all = vec![
        Visibility::Pending,
        Visibility::Visible,
        Visibility::Hidden {
            reason: String::new(),
        },
        Visibility::Merged { into: IdeaId(1) },
    ];
    for visibility in &all {
        match visibility {
            Visibility::Pending
            | Visibility::Visible
            | Visibility::Hidden { .. }
            | Visibility::Merged { .. } => {}
        }
    }
    all
}

// ---------------------------------------------------------------------------------------------
// Reading the workspace's source.

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Every `.rs` file under `dir`, skipping build output and hidden folders.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if name != "target" && !name.starts_with('.') {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

/// The source with `//` comment lines blanked (doc examples are not uses), lines kept in place.
fn without_comment_lines(source: &str) -> String {
    source
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Message ids written as `Msg::new("id")`, `text(<argument>, "id")`, `text("id")` or
/// `word("id")`, with their line numbers.
fn message_ids_in(source: &str) -> Vec<(String, usize)> {
    let source = without_comment_lines(source);
    let patterns = [
        Regex::new(r#"Msg::new\(\s*"([^"\\]+)""#).unwrap(),
        // One argument (which may hold one level of parentheses), then a string literal.
        Regex::new(r#"\btext\(\s*(?:[^"();{}]|\([^"();{}]*\))+?,\s*"([^"\\]+)""#).unwrap(),
        // The adapters' one-argument `text("id")` shorthand. Message ids always have a hyphen,
        // which tells them apart from the parser's `a.text("reason")` argument names.
        Regex::new(r#"\btext\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#).unwrap(),
        // Discord's `word("id")` for labels and field names.
        Regex::new(r#"\bword\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#).unwrap(),
    ];
    let mut found = Vec::new();
    for pattern in &patterns {
        for captures in pattern.captures_iter(&source) {
            let id = captures.get(1).unwrap();
            let line = source[..id.start()].matches('\n').count() + 1;
            found.push((id.as_str().to_owned(), line));
        }
    }
    found
}

/// The message ids of the form `prefix...` that a `message_id` match returns in `file`.
fn ids_in_match_arms(file: &str, prefix: &str) -> BTreeSet<String> {
    let source = std::fs::read_to_string(workspace_root().join(file)).unwrap();
    let arm = Regex::new(&format!(r#"=>\s*"({}[a-z0-9-]+)""#, regex::escape(prefix))).unwrap();
    arm.captures_iter(&without_comment_lines(&source))
        .map(|c| c[1].to_owned())
        .collect()
}

/// Every argument name the command parser can report in a `ParseError`.
fn argument_names() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&workspace_root().join("core/src/command"), &mut files);
    let named = Regex::new(
        r#"(?:argument:\s*|\.(?:value|word|text|optional|date)(?:::<[^>]*>)?\()"([a-z_]+)""#,
    )
    .unwrap();
    let mut names = BTreeSet::new();
    for file in files {
        let source = without_comment_lines(&std::fs::read_to_string(file).unwrap());
        names.extend(named.captures_iter(&source).map(|c| c[1].to_owned()));
    }
    for expected in ["idea", "target", "stage", "action", "title"] {
        assert!(
            names.contains(expected),
            "argument scan missed `{expected}`: {names:?}"
        );
    }
    names.into_iter().collect()
}
