//! Formatted text: parse modes turn a sent string into what the person sees (text + entities),
//! measured in UTF-16 code units as Telegram measures offsets and limits.

use super::failure::ApiError;
use super::{html, markdown};
use serde_json::{Value, json};

/// The text a person sees, and its formatting entities (Telegram's `MessageEntity` JSON).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Parsed {
    pub text: String,
    pub entities: Vec<Value>,
}

/// Parses `text` in `parse_mode` ("HTML", "MarkdownV2", "Markdown" or none), then trims it as
/// Telegram does. Errors are Telegram's 400s.
pub(crate) fn parse(text: &str, parse_mode: Option<&str>) -> Result<Parsed, ApiError> {
    let mode = parse_mode.map(str::to_ascii_lowercase).unwrap_or_default();
    let built = match mode.as_str() {
        "" => {
            let mut plain = Builder::default();
            plain.push_str(text);
            plain
        }
        "html" => html::parse(text).map_err(ApiError::cant_parse)?,
        "markdownv2" => markdown::parse_v2(text).map_err(ApiError::cant_parse)?,
        "markdown" => markdown::parse_legacy(text).map_err(ApiError::cant_parse)?,
        _ => return Err(ApiError::bad_request("unsupported parse_mode")),
    };
    Ok(built.finish())
}

/// Length in UTF-16 code units.
pub(crate) fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entity {
    kind: &'static str,
    offset: usize,
    length: usize,
    extra: Option<(&'static str, String)>,
}

/// Visible text under construction, with the entities found so far.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    text: String,
    utf16: usize,
    entities: Vec<Entity>,
}

impl Builder {
    pub fn push(&mut self, c: char) {
        self.text.push(c);
        self.utf16 += c.len_utf16();
    }

    pub fn push_str(&mut self, text: &str) {
        self.text.push_str(text);
        self.utf16 += utf16_len(text);
    }

    /// The current end of the text, in UTF-16 code units.
    pub fn offset(&self) -> usize {
        self.utf16
    }

    /// Records an entity from `start` to the current end (empty ones are dropped, as Telegram
    /// does).
    pub fn entity(
        &mut self,
        kind: &'static str,
        start: usize,
        extra: Option<(&'static str, String)>,
    ) {
        if self.utf16 > start {
            self.entities.push(Entity {
                kind,
                offset: start,
                length: self.utf16 - start,
                extra,
            });
        }
    }

    /// Trims surrounding whitespace (Telegram does) and moves the entities with the text.
    fn finish(self) -> Parsed {
        let trimmed_start = self.text.trim_start();
        let lead = utf16_len(&self.text[..self.text.len() - trimmed_start.len()]);
        let text = trimmed_start.trim_end().to_owned();
        let len = utf16_len(&text);
        let mut entities: Vec<Entity> = self
            .entities
            .into_iter()
            .filter_map(|entity| {
                let start = entity.offset.saturating_sub(lead).min(len);
                let end = (entity.offset + entity.length)
                    .saturating_sub(lead)
                    .min(len);
                (end > start).then_some(Entity {
                    offset: start,
                    length: end - start,
                    ..entity
                })
            })
            .collect();
        entities.sort_by_key(|entity| (entity.offset, std::cmp::Reverse(entity.length)));
        let entities = entities
            .into_iter()
            .map(|entity| {
                let mut json = json!({
                    "type": entity.kind,
                    "offset": entity.offset,
                    "length": entity.length,
                });
                if let Some((key, value)) = entity.extra {
                    json[key] = json!(value);
                }
                json
            })
            .collect();
        Parsed { text, entities }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_trimmed_and_measured_in_utf16() {
        let parsed = parse("  hi 😀 \n", None).unwrap();
        assert_eq!(parsed.text, "hi 😀");
        assert_eq!(utf16_len(&parsed.text), 5);
    }

    #[test]
    fn entities_move_with_trimmed_text() {
        let parsed = parse("  <b>bold</b> x", Some("HTML")).unwrap();
        assert_eq!(parsed.text, "bold x");
        assert_eq!(
            parsed.entities,
            vec![json!({"type": "bold", "offset": 0, "length": 4})]
        );
    }

    #[test]
    fn unknown_parse_modes_are_refused() {
        let error = parse("x", Some("rtf")).unwrap_err();
        assert_eq!(error.description, "Bad Request: unsupported parse_mode");
    }
}
