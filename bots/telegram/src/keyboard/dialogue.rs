//! Keyboards for conversations: where the console numbers the choices core's prompt offers,
//! Telegram makes each a button.

use super::{Button, InlineKeyboard, Keyboards, LABEL_TITLE_CHARS, LANGUAGES_PER_ROW, clip};
use crate::callback::CallbackAction;
use crowdsprint_core::conversation::{Choice, Prompt};

impl Keyboards<'_> {
    /// The choices a conversation's prompt offers, one button each, in core's order. Choices
    /// of one kind share a row where the words fit on a phone: languages four to a row, kinds
    /// and the two consent answers side by side, "what describes you" two to a row, and Cancel beside
    /// Skip, Keep or Erase; a challenge or an idea has a row of its own.
    pub fn prompt(&self, prompt: &Prompt) -> InlineKeyboard {
        let mut keyboard = InlineKeyboard::default();
        let mut row: Vec<Button> = Vec::new();
        let mut last: Option<Choice> = None;
        for offer in &prompt.offers {
            let joins = last.is_some_and(|prev| shares_row(prev, offer.choice, row.len()));
            if !joins && !row.is_empty() {
                keyboard = keyboard.row(std::mem::take(&mut row));
            }
            let label = self.msg(&offer.label.map_text(&|t| clip(t, LABEL_TITLE_CHARS)));
            row.push(Button::callback(
                label,
                CallbackAction::Choose(offer.choice),
            ));
            last = Some(offer.choice);
        }
        keyboard.row(row)
    }

    /// One button opening a private chat with the bot (from a group).
    pub fn open_private(&self, url: String) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![Button::url(
            self.text("telegram-button-open-private"),
            url,
        )])
    }
}

/// Whether `next` goes on the row `prev` started (holding `len` buttons so far).
fn shares_row(prev: Choice, next: Choice, len: usize) -> bool {
    use Choice as C;
    match (prev, next) {
        (C::Describes(_), C::Describes(_)) => len < 2,
        (C::Language(_), C::Language(_)) => len < LANGUAGES_PER_ROW,
        (C::Kind(_), C::Kind(_)) | (C::Consent(_), C::Consent(_)) => true,
        (C::Skip | C::KeepTitle | C::ConfirmForget, C::Cancel) => true,
        _ => false,
    }
}
