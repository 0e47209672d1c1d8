//! Reading command arguments: numbers, words from a vocabulary, dates and free text.

use super::parse::ParseError;
use chrono::{DateTime, NaiveDate, Utc};
use std::str::FromStr;

/// The remaining arguments of one command, read left to right.
#[derive(Debug)]
pub struct Args<'a> {
    pub command: &'static str,
    rest: &'a str,
}

impl<'a> Args<'a> {
    pub fn new(command: &'static str, rest: &'a str) -> Self {
        Args {
            command,
            rest: rest.trim(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next whitespace-separated word, if any.
    pub fn next_word(&mut self) -> Option<&'a str> {
        let rest = self.rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        self.rest = tail.trim_start();
        Some(word)
    }

    /// The next word, required.
    pub fn word(&mut self, argument: &'static str) -> Result<&'a str, ParseError> {
        self.next_word().ok_or(ParseError::MissingArgument {
            command: self.command,
            argument,
        })
    }

    /// The next word parsed as `T` (an id, a stage, a role...).
    pub fn value<T: FromStr>(&mut self, argument: &'static str) -> Result<T, ParseError> {
        let word = self.word(argument)?;
        self.parsed(argument, word)
    }

    /// The next word, required: `off` (any case) gives `None`, anything else is parsed as `T`
    /// (`/pause 7` or `/pause off`).
    pub fn value_or_off<T: FromStr>(
        &mut self,
        argument: &'static str,
    ) -> Result<Option<T>, ParseError> {
        let word = self.word(argument)?;
        if word.eq_ignore_ascii_case("off") {
            return Ok(None);
        }
        self.parsed(argument, word).map(Some)
    }

    fn parsed<T: FromStr>(&self, argument: &'static str, word: &str) -> Result<T, ParseError> {
        word.parse().map_err(|_| ParseError::BadValue {
            command: self.command,
            argument,
            value: word.to_owned(),
        })
    }

    /// The next word parsed as `T` if there is one.
    pub fn optional<T: FromStr>(
        &mut self,
        argument: &'static str,
    ) -> Result<Option<T>, ParseError> {
        if self.is_empty() {
            return Ok(None);
        }
        self.value(argument).map(Some)
    }

    /// A date `YYYY-MM-DD` (midnight UTC) or a full RFC 3339 time.
    pub fn date(&mut self, argument: &'static str) -> Result<DateTime<Utc>, ParseError> {
        let word = self.word(argument)?;
        parse_date(word).ok_or(ParseError::BadValue {
            command: self.command,
            argument,
            value: word.to_owned(),
        })
    }

    /// Everything left, required: free text such as a comment or a reason.
    pub fn text(&mut self, argument: &'static str) -> Result<String, ParseError> {
        let text = std::mem::take(&mut self.rest).trim();
        if text.is_empty() {
            return Err(ParseError::MissingArgument {
                command: self.command,
                argument,
            });
        }
        Ok(text.to_owned())
    }

    /// Everything left as `title | description` (the description may be absent).
    pub fn title_and_description(&mut self) -> Result<(String, String), ParseError> {
        let text = self.text("title")?;
        Ok(match text.split_once('|') {
            Some((title, description)) => (title.trim().to_owned(), description.trim().to_owned()),
            None => (text, String::new()),
        })
    }

    /// Fails if anything is left over, so `/support 4 5` is not silently read as `/support 4`.
    pub fn finish(&self) -> Result<(), ParseError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(ParseError::TooManyArguments {
                command: self.command,
            })
        }
    }
}

pub fn parse_date(word: &str) -> Option<DateTime<Utc>> {
    if let Ok(date) = NaiveDate::parse_from_str(word, "%Y-%m-%d") {
        return date.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    }
    DateTime::parse_from_rfc3339(word)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
