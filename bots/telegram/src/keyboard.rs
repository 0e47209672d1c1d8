//! Inline keyboards as plain data, and the builders for every keyboard the bot shows. The
//! wiring turns an `InlineKeyboard` into teloxide's type, encoding each `CallbackAction` with
//! the `CallbackCodec`; keeping them plain here lets tests read buttons without any network.
//!
//! Button labels are plain text (Telegram does not parse HTML in them), so titles go in as
//! typed, only shortened: a phone shows about 30 characters of a full-width button.

mod dialogue;
mod notify;

use crate::callback::CallbackAction;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use crowdsprint_core::service::{IdeaPage, IdeaView, ListOrder, Target};

/// Rows of buttons under a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InlineKeyboard {
    pub rows: Vec<Vec<Button>>,
}

/// One button: what it says and what pressing it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub press: Press,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// Comes back to the bot as a callback query.
    Callback(CallbackAction),
    /// Opens a link (a deep link into the bot, or a page).
    Url(String),
}

impl InlineKeyboard {
    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(Vec::is_empty)
    }

    /// Every callback action, row by row.
    pub fn actions(&self) -> impl Iterator<Item = &CallbackAction> {
        self.rows.iter().flatten().filter_map(|b| match &b.press {
            Press::Callback(action) => Some(action),
            Press::Url(_) => None,
        })
    }

    /// Every label, row by row: what a person sees.
    pub fn labels(&self) -> Vec<Vec<&str>> {
        self.rows
            .iter()
            .map(|row| row.iter().map(|b| b.label.as_str()).collect())
            .collect()
    }

    fn row(mut self, row: Vec<Button>) -> Self {
        if !row.is_empty() {
            self.rows.push(row);
        }
        self
    }
}

impl Button {
    pub fn callback(label: impl Into<String>, action: CallbackAction) -> Button {
        Button {
            label: label.into(),
            press: Press::Callback(action),
        }
    }

    pub fn url(label: impl Into<String>, url: impl Into<String>) -> Button {
        Button {
            label: label.into(),
            press: Press::Url(url.into()),
        }
    }
}

/// What an idea card's buttons show. Kept apart from `IdeaView` so that after a vote the
/// buttons can be redrawn from core's answer alone (`editMessageReplyMarkup`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardState {
    pub idea: IdeaId,
    pub supporters: i64,
    pub supported: bool,
    pub following: bool,
    /// Published: only then can it be supported and commented on.
    pub visible: bool,
}

impl CardState {
    pub fn of(view: &IdeaView) -> CardState {
        CardState {
            idea: view.idea.id,
            supporters: view.idea.supporters,
            supported: view.supported,
            following: view.following,
            visible: view.idea.visibility == Visibility::Visible,
        }
    }
}

/// Builds keyboards with labels in one language.
#[derive(Debug, Clone, Copy)]
pub struct Keyboards<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    /// The web board's address, when it is public: a published idea's card links to its page.
    pub web: Option<&'a PublicUrl>,
}

impl Keyboards<'_> {
    /// Support (with the count, ✓ when given), Comment, Follow/Following, Similar ideas, and
    /// Open on the web for a published idea when the board is public.
    pub fn idea_card(&self, card: CardState) -> InlineKeyboard {
        let id = card.idea;
        let support = if card.supported {
            Msg::new("chat-button-supported")
        } else {
            Msg::new("chat-button-support")
        }
        .arg("count", card.supporters);
        let follow = if card.following {
            self.text("chat-button-following")
        } else {
            self.text("chat-button-follow")
        };
        let mut first = Vec::new();
        if card.visible {
            first.push(Button::callback(
                self.msg(&support),
                CallbackAction::Support(id),
            ));
            first.push(Button::callback(
                self.text("chat-button-comment"),
                CallbackAction::Comment(id),
            ));
        }
        let web = self
            .web
            .filter(|_| card.visible)
            .map(|web| Button::url(self.text("chat-button-web"), web.idea(id)));
        InlineKeyboard::default()
            .row(first)
            .row(vec![
                Button::callback(follow, CallbackAction::Follow(id)),
                Button::callback(
                    self.text("chat-button-similar"),
                    CallbackAction::Similar(id),
                ),
            ])
            .row(web.into_iter().collect())
    }

    /// A button to open each idea of a page, then the pager.
    pub fn idea_page(&self, page: &IdeaPage, list: ListOrder) -> InlineKeyboard {
        self.similar_list(&page.ideas)
            .row(self.pager(list, page.page, page.pages()))
    }

    /// A button to open each of `ideas` (the Similar ideas button's answer).
    pub fn similar_list(&self, ideas: &[Idea]) -> InlineKeyboard {
        let mut keyboard = InlineKeyboard::default();
        for idea in ideas {
            let label = self.msg(
                &Msg::new("chat-button-open")
                    .arg("id", idea.id.get())
                    .arg("title", clip(&idea.title, LABEL_TITLE_CHARS)),
            );
            keyboard = keyboard.row(vec![Button::callback(label, CallbackAction::Show(idea.id))]);
        }
        keyboard
    }

    /// `◀ 2/7 ▶` for a zero-based `page` of `pages`; the arrows only where there is a page to
    /// go to, the middle one reloads the page. Empty when everything fits on one page.
    pub fn pager(&self, list: ListOrder, page: i64, pages: i64) -> Vec<Button> {
        if pages <= 1 {
            return Vec::new();
        }
        let go = |page: i64| CallbackAction::Page { list, page };
        let mut row = Vec::new();
        if page > 0 {
            row.push(Button::callback(
                self.text("chat-button-previous"),
                go(page - 1),
            ));
        }
        let here = Msg::new("telegram-button-page")
            .arg("page", page.saturating_add(1))
            .arg("pages", pages);
        row.push(Button::callback(self.msg(&here), go(page)));
        if page.saturating_add(1) < pages {
            row.push(Button::callback(
                self.text("chat-button-next"),
                go(page + 1),
            ));
        }
        row
    }

    /// Approve, Hide and Respond for one item of the review queue.
    pub fn review_item(&self, target: Target) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![
            Button::callback(
                self.text("chat-button-approve"),
                CallbackAction::Approve(target),
            ),
            Button::callback(self.text("chat-button-hide"), CallbackAction::Hide(target)),
            Button::callback(
                self.text("chat-button-respond"),
                CallbackAction::Respond(target),
            ),
        ])
    }

    /// `/language`: every language in its own name, ✓ on the current one.
    pub fn language_picker(&self, current: Locale) -> InlineKeyboard {
        Locale::ALL.chunks(LANGUAGES_PER_ROW).fold(
            InlineKeyboard::default(),
            |keyboard, languages| {
                keyboard.row(
                    languages
                        .iter()
                        .map(|l| {
                            let mark = if *l == current { "✓ " } else { "" };
                            let label = format!("{mark}{}", l.native_name());
                            Button::callback(label, CallbackAction::Language(*l))
                        })
                        .collect(),
                )
            },
        )
    }

    fn msg(&self, msg: &Msg) -> String {
        self.catalog.render(self.locale, msg)
    }

    fn text(&self, id: &'static str) -> String {
        self.catalog.text(self.locale, id)
    }
}

/// Languages side by side: four native names ("Português", "Cymraeg") fit a phone's width.
const LANGUAGES_PER_ROW: usize = 4;

/// The longest title shown on a button, in characters.
const LABEL_TITLE_CHARS: usize = 40;

/// `text` cut to `max` characters at most, with an ellipsis when cut: at the last space when
/// that keeps at least half, else mid-word (a long word, or a script without spaces).
pub(crate) fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(1);
    let mut out: String = text.chars().take(keep).collect();
    let cut_mid_word = text.chars().nth(keep).is_some_and(|c| !c.is_whitespace());
    if cut_mid_word
        && let Some((at, _)) = out.char_indices().rev().find(|(_, c)| c.is_whitespace())
        && out[..at].chars().count() >= max / 2
    {
        out.truncate(at);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests;
