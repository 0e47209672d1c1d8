//! Which language a reader gets: the one they chose with the switch (`?lang=cy`, carried in
//! every link so no cookie is needed), else the first of their browser's `Accept-Language`
//! that we have, else English.

use crowdsprint_core::domain::Locale;

/// The reader's language, and whether they chose it (then links carry it on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub locale: Locale,
    pub by_switch: bool,
}

impl Chosen {
    pub fn from_request(query: Option<&str>, accept_language: Option<&str>) -> Chosen {
        if let Some(locale) = query.and_then(Locale::negotiate) {
            return Chosen {
                locale,
                by_switch: true,
            };
        }
        Chosen {
            locale: accept_language
                .and_then(from_accept_language)
                .unwrap_or(Locale::EnGb),
            by_switch: false,
        }
    }

    /// The query parameter that keeps the language on the next page (`lang=cy`), when chosen.
    pub fn param(&self) -> Option<String> {
        self.by_switch
            .then(|| format!("lang={}", self.locale.tag()))
    }

    /// What to add to a link so the next page keeps the language: `?lang=cy`, or nothing.
    pub fn query(&self) -> String {
        self.param().map(|p| format!("?{p}")).unwrap_or_default()
    }
}

/// The best language we have from a header like `cy-GB,cy;q=0.9,en;q=0.8` (RFC 9110: the
/// highest `q` wins, ties in the order given; `q=0` means "not this").
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(n, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty()).then_some((q, n, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .into_iter()
        .find_map(|(_, _, tag)| Locale::negotiate(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_wins_then_the_browser_then_english() {
        // (query, Accept-Language, expected, carried in links)
        let cases = [
            (Some("cy"), Some("en-GB"), Locale::Cy, true),
            (None, Some("cy-GB,cy;q=0.9,en;q=0.8"), Locale::Cy, false),
            (None, Some("fr-FR,fr;q=0.9,pl;q=0.5"), Locale::Pl, false),
            (None, Some("en;q=0.5,cy;q=0.8"), Locale::Cy, false),
            (None, Some("cy;q=0,en"), Locale::EnGb, false),
            (None, Some("fr"), Locale::EnGb, false),
            (None, Some(";;,q=,"), Locale::EnGb, false),
            (Some("klingon"), None, Locale::EnGb, false),
            (None, None, Locale::EnGb, false),
        ];
        for (query, header, locale, by_switch) in cases {
            let chosen = Chosen::from_request(query, header);
            assert_eq!(chosen, Chosen { locale, by_switch }, "{query:?} {header:?}");
        }
    }
}
