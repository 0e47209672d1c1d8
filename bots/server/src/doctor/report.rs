//! The doctor's report: one line per check as it finishes (✓ passed, ! a note that needs no
//! action before going live, ✗ a problem, with its fix on the next line, - not checked), then
//! a summary. Every line is scrubbed of the configured secrets before it is printed, so an
//! error message that happens to quote one (a webhook URL with the token in its path, say)
//! cannot leak it.
//!
//! The words are plain English, like every operator tool of the binary (`migrate`, `backup`,
//! `restore`, `import`): Fluent is for what members read in their own language.

use std::process::ExitCode;

/// The lines printed so far and what they add up to.
#[derive(Debug, Default)]
pub struct Report {
    secrets: Vec<String>,
    passed: usize,
    notes: usize,
    problems: usize,
}

impl Report {
    /// A report that never prints any of `secrets` (empty ones are ignored).
    pub fn hiding(secrets: Vec<String>) -> Report {
        let mut secrets: Vec<String> = secrets
            .into_iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        // The longest first, so a secret containing another is hidden whole.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        Report {
            secrets,
            ..Report::default()
        }
    }

    /// Adds more secrets to hide, once they are known (after the settings load).
    pub fn hide(&mut self, more: impl IntoIterator<Item = String>) {
        let secrets = std::mem::take(&mut self.secrets);
        *self = Report {
            passed: self.passed,
            notes: self.notes,
            problems: self.problems,
            ..Report::hiding(secrets.into_iter().chain(more).collect())
        };
    }

    pub fn pass(&mut self, what: impl AsRef<str>) {
        self.passed += 1;
        self.print("✓", what.as_ref());
    }

    /// Something to know that `serve` takes care of, or that needs no change to go live.
    pub fn note(&mut self, what: impl AsRef<str>) {
        self.notes += 1;
        self.print("!", what.as_ref());
    }

    pub fn fail(&mut self, what: impl AsRef<str>, fix: impl AsRef<str>) {
        self.problems += 1;
        self.print("✗", what.as_ref());
        self.print("  fix:", fix.as_ref());
    }

    /// A check that could not run because an earlier one failed.
    pub fn skip(&mut self, what: impl AsRef<str>) {
        self.print("-", what.as_ref());
    }

    /// Prints the summary; exit code 1 when anything failed.
    pub fn finish(self) -> ExitCode {
        if self.problems == 0 {
            let notes = match self.notes {
                0 => String::new(),
                1 => " (1 note above)".to_owned(),
                n => format!(" ({n} notes above)"),
            };
            println!("\nAll {} checks passed{notes}.", self.passed);
            ExitCode::SUCCESS
        } else {
            let problems = match self.problems {
                1 => "1 problem".to_owned(),
                n => format!("{n} problems"),
            };
            println!(
                "\n{problems} to fix before going live ({} checks passed).",
                self.passed
            );
            ExitCode::FAILURE
        }
    }

    fn print(&self, mark: &str, text: &str) {
        println!("{mark} {}", self.scrub(text));
    }

    fn scrub(&self, text: &str) -> String {
        self.secrets.iter().fold(text.to_owned(), |text, secret| {
            text.replace(secret.as_str(), "[secret]")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_never_printed() {
        let mut report = Report::hiding(vec!["123:abc".into(), String::new()]);
        report.hide(["s3cret".to_owned()]);
        assert_eq!(
            report.scrub("https://example.org/123:abc?x=s3cret"),
            "https://example.org/[secret]?x=[secret]"
        );
        assert_eq!(report.scrub("nothing here"), "nothing here");
    }
}
