//! What a public copy shows (an idea's card, or a page of a list of ideas), stored with the
//! copy so that it can be drawn again from core's current state when any idea on it changes.

use super::{IdeaId, ListOrder, Locale};

/// What a message in a public place shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyShows {
    /// One idea's card.
    Card,
    /// A zero-based page of `/ideas top` or `/ideas new` (a personal list is never public).
    Page { order: ListOrder, page: i64 },
}

impl CopyShows {
    /// As stored: `card`, or the list and page, `top:0`.
    pub fn stored(self) -> String {
        match self {
            CopyShows::Card => "card".to_owned(),
            CopyShows::Page { order, page } => format!("{}:{page}", order.as_str()),
        }
    }

    /// Reads what `stored` wrote. Anything else (written by a newer version) is `None`: such a
    /// copy cannot be drawn again here and is left alone.
    pub fn parse(stored: &str) -> Option<CopyShows> {
        if stored == "card" {
            return Some(CopyShows::Card);
        }
        let (order, page) = stored.split_once(':')?;
        let order = match order {
            "top" => ListOrder::Top,
            "new" => ListOrder::New,
            _ => return None,
        };
        let page = page.parse::<i64>().ok().filter(|p| *p >= 0)?;
        Some(CopyShows::Page { order, page })
    }
}

/// The ideas a message shows, what as, and in which language: when the message goes to a
/// public place, it is recorded as a public copy of each of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownIdeas {
    pub what: CopyShows,
    pub ideas: Vec<IdeaId>,
    pub locale: Locale,
}

impl ShownIdeas {
    /// A card of `idea`.
    pub fn card(idea: IdeaId, locale: Locale) -> ShownIdeas {
        ShownIdeas {
            what: CopyShows::Card,
            ideas: vec![idea],
            locale,
        }
    }

    /// `page` of the `order` list, showing `ideas`; `None` for a personal list, which is
    /// never public.
    pub fn page(order: ListOrder, page: i64, ideas: Vec<IdeaId>, locale: Locale) -> Option<Self> {
        (order != ListOrder::Mine).then_some(ShownIdeas {
            what: CopyShows::Page { order, page },
            ideas,
            locale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_copy_shows_reads_back_as_written_and_nothing_else_is_guessed() {
        for shows in [
            CopyShows::Card,
            CopyShows::Page {
                order: ListOrder::Top,
                page: 0,
            },
            CopyShows::Page {
                order: ListOrder::New,
                page: 7,
            },
        ] {
            assert_eq!(CopyShows::parse(&shows.stored()), Some(shows));
        }
        for odd in ["", "mine:0", "top:-1", "top:x", "top", "poll:1"] {
            assert_eq!(CopyShows::parse(odd), None, "{odd}");
        }
    }
}
