//! The file formats a sprint export can be written in, as typed after `/export`.

use super::UnknownWord;

/// The file formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

impl std::str::FromStr for ExportFormat {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        match s.trim().to_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "json" => Ok(ExportFormat::Json),
            _ => Err(UnknownWord),
        }
    }
}

/// What an export holds: the ideas (the theming team's working file), the team's updates, or
/// the response promise comment by comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportTable {
    #[default]
    Ideas,
    Updates,
    Responses,
}

impl ExportTable {
    /// The file's name: `crowdsprint-sprint-3.csv` for the ideas (as it always was),
    /// `crowdsprint-sprint-3-updates.json` for the others.
    pub fn file_name(self, sprint: super::SprintId, format: ExportFormat) -> String {
        let extension = match format {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        };
        match self {
            ExportTable::Ideas => format!("crowdsprint-sprint-{sprint}.{extension}"),
            other => format!("crowdsprint-sprint-{sprint}-{}.{extension}", other.as_str()),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ExportTable::Ideas => "ideas",
            ExportTable::Updates => "updates",
            ExportTable::Responses => "responses",
        }
    }
}

impl std::str::FromStr for ExportTable {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, UnknownWord> {
        match s.trim().to_lowercase().as_str() {
            "ideas" => Ok(ExportTable::Ideas),
            "updates" => Ok(ExportTable::Updates),
            "responses" => Ok(ExportTable::Responses),
            _ => Err(UnknownWord),
        }
    }
}
