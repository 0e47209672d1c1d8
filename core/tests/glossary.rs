//! Keeps each language's words for crowdsprint's terms consistent: every language has a
//! `locales/<tag>/glossary.toml` with the same terms as British English, and no message uses a
//! word its glossary says we avoid for a term (Welsh once had "pleidleisiau" beside
//! "cefnogaeth" for support, and "cam" for both a stage and a moderation action).
#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::Locale;
use crowdsprint_core::i18n::{FILES, sources};
use fluent_syntax::ast;
use regex::Regex;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One term as a language words it.
#[derive(Debug, serde::Deserialize)]
struct Term {
    #[serde(rename = "use")]
    word: String,
    avoid: Vec<String>,
}

fn glossary(locale: Locale) -> BTreeMap<String, Term> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(locale.tag())
        .join("glossary.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (every language keeps a glossary)", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_language_has_a_glossary_of_the_same_terms() {
    let reference: Vec<String> = glossary(Locale::EnGb).into_keys().collect();
    assert!(reference.len() >= 20, "{reference:?}");
    for locale in Locale::ALL {
        let terms = glossary(*locale);
        let keys: Vec<&String> = terms.keys().collect();
        assert_eq!(
            keys,
            reference.iter().collect::<Vec<_>>(),
            "{locale}: glossary terms"
        );
        for (key, term) in &terms {
            assert!(
                !term.word.trim().is_empty(),
                "{locale}: `{key}` has no word"
            );
        }
    }
}

#[test]
fn no_message_uses_a_word_its_glossary_avoids() {
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        let avoided: Vec<(String, String, Regex)> = glossary(*locale)
            .into_iter()
            .flat_map(|(key, term)| term.avoid.into_iter().map(move |w| (key.clone(), w)))
            .map(|(key, word)| {
                let pattern = avoided_word(&word);
                (key, word, pattern)
            })
            .collect();
        for (file, id, text) in message_texts(*locale) {
            for (key, word, pattern) in &avoided {
                if pattern.is_match(&text) {
                    problems.push(format!(
                        "{locale}/{file}: `{id}` says \"{word}\", which the glossary avoids for {key}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_avoided_word_is_found_as_a_word_not_inside_another() {
    let vote = avoided_word("vote");
    assert!(vote.is_match("Please Vote now"));
    assert!(!vote.is_match("devoted staff"));
    // Scripts without spaces between every word are matched anywhere.
    assert!(avoided_word("ووٹ").is_match("آپ کاووٹ"));
}

/// A whole-word, any-case match for words in the Latin script; anywhere in the text for other
/// scripts, whose word boundaries (joined letters, combining marks) are less certain.
fn avoided_word(word: &str) -> Regex {
    let escaped = regex::escape(word);
    let latin = word.chars().all(|c| !c.is_alphabetic() || c <= '\u{024F}');
    let pattern = if latin {
        format!(r"(?i)\b{escaped}\b")
    } else {
        format!("(?i){escaped}")
    };
    Regex::new(&pattern).unwrap()
}

/// The words of every message as a reader sees them (text only: no ids, variables or keys).
fn message_texts(locale: Locale) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for (file, source) in FILES.iter().zip(sources(locale)) {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{locale}/{file}: {errors:?}"));
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut text = String::new();
                if let Some(value) = &message.value {
                    pattern_text(value, &mut text);
                }
                for attribute in &message.attributes {
                    pattern_text(&attribute.value, &mut text);
                }
                out.push((*file, message.id.name.to_owned(), text));
            }
        }
    }
    out
}

fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    out.push(' ');
                    pattern_text(&variant.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}
