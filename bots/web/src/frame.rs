//! What every page has around its content: the language and direction, the title, the skip
//! link, the language switch and the footer.

use crate::language::Chosen;
use crowdsprint_core::domain::Locale;
use crowdsprint_core::layout::Renderer;

/// One entry of the language switch.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub href: String,
    pub tag: &'static str,
    pub name: &'static str,
    pub current: bool,
}

#[derive(Debug, Clone)]
pub struct Frame {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub site: String,
    pub skip: String,
    pub language_label: String,
    pub languages: Vec<LanguageLink>,
    pub footer: String,
    pub stylesheet: &'static str,
    /// Appended to every link on the page so the chosen language carries on.
    pub query: String,
}

impl Frame {
    /// The frame of the page at `path` (for the language links), titled `title`.
    pub fn new(words: &Renderer<'_>, chosen: Chosen, path: &str, title: String) -> Frame {
        let locale = chosen.locale;
        Frame {
            lang: locale.tag(),
            dir: if locale.is_right_to_left() {
                "rtl"
            } else {
                "ltr"
            },
            title,
            site: words.text("web-site-name"),
            skip: words.text("web-skip-link"),
            language_label: words.text("web-language"),
            languages: Locale::ALL
                .iter()
                .map(|&other| LanguageLink {
                    href: format!("{path}?lang={}", other.tag()),
                    tag: other.tag(),
                    name: other.native_name(),
                    current: other == locale,
                })
                .collect(),
            footer: words.text("web-footer"),
            stylesheet: crate::headers::STYLESHEET_PATH,
            query: chosen.query(),
        }
    }
}
