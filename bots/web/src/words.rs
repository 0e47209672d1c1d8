//! Words in the reader's language, for the page handlers to put in their templates (which
//! escape them as HTML).

use crowdsprint_core::domain::{Locale, Msg};
use crowdsprint_core::i18n::Catalog;

#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
}

impl Words<'_> {
    pub fn get(&self, id: &'static str) -> String {
        self.catalog.text(self.locale, id)
    }

    pub fn msg(&self, msg: &Msg) -> String {
        self.catalog.render(self.locale, msg)
    }
}
