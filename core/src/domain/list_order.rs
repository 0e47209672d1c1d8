//! Which list of ideas someone asked for (`/ideas top|new|mine`).

/// Which list of ideas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOrder {
    Top,
    New,
    Mine,
}

impl ListOrder {
    /// The word typed after `/ideas`, also the Fluent selector for list headings.
    pub fn as_str(self) -> &'static str {
        match self {
            ListOrder::Top => "top",
            ListOrder::New => "new",
            ListOrder::Mine => "mine",
        }
    }
}
