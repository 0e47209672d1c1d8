//! Keyboards for the short dialogues: registering and posting an idea. Where the console asks
//! for a typed number, Telegram offers a button for each choice.

use super::{Button, InlineKeyboard, Keyboards, LABEL_TITLE_CHARS, clip};
use crate::callback::{CallbackAction, RegistrationChoice};
use crowdsprint_core::domain::*;

impl Keyboards<'_> {
    /// One button per challenge of the open sprint, then Cancel.
    pub fn challenge_picker(&self, challenges: &[Challenge]) -> InlineKeyboard {
        let mut keyboard = InlineKeyboard::default();
        for challenge in challenges {
            let label = clip(&challenge.title, LABEL_TITLE_CHARS);
            let pick = CallbackAction::PickChallenge(challenge.id);
            keyboard = keyboard.row(vec![Button::callback(label, pick)]);
        }
        keyboard.row(vec![self.cancel_button()])
    }

    /// Keep the title suggested from a plain message (typing another replaces it), or Cancel.
    pub fn title_confirm(&self) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![
            Button::callback(
                self.text("telegram-button-keep-title"),
                CallbackAction::KeepTitle,
            ),
            self.cancel_button(),
        ])
    }

    /// Idea, experience or good practice.
    pub fn kind_picker(&self) -> InlineKeyboard {
        let row = IdeaKind::ALL
            .iter()
            .map(|kind| {
                let label = self.msg(&Msg::new("idea-kind-name").arg("kind", kind.as_str()));
                Button::callback(label, CallbackAction::PickKind(*kind))
            })
            .collect();
        InlineKeyboard::default()
            .row(row)
            .row(vec![self.cancel_button()])
    }

    /// "Support one of these instead, or post yours anyway?"
    pub fn similar_offer(&self, similar: &[Idea]) -> InlineKeyboard {
        let mut keyboard = InlineKeyboard::default();
        for idea in similar {
            let label = self.msg(
                &Msg::new("chat-button-support-instead")
                    .arg("id", idea.id.get())
                    .arg("title", clip(&idea.title, LABEL_TITLE_CHARS)),
            );
            let support = CallbackAction::SupportInstead(idea.id);
            keyboard = keyboard.row(vec![Button::callback(label, support)]);
        }
        keyboard
            .row(vec![Button::callback(
                self.text("chat-button-post-anyway"),
                CallbackAction::PostAnyway,
            )])
            .row(vec![self.cancel_button()])
    }

    /// Registration: what best describes you, two to a row so the words fit on a phone.
    pub fn describes_picker(&self) -> InlineKeyboard {
        let buttons: Vec<Button> = Describes::ALL
            .iter()
            .map(|d| {
                let label = self.msg(&Msg::new("describes-name").arg("describes", d.as_str()));
                registration(label, RegistrationChoice::Describes(*d))
            })
            .collect();
        let mut keyboard = InlineKeyboard::default();
        for pair in buttons.chunks(2) {
            keyboard = keyboard.row(pair.to_vec());
        }
        keyboard.row(vec![self.cancel_button()])
    }

    /// Registration: an optional answer (organisation, region) can be skipped.
    pub fn skip(&self) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![
            registration(self.text("telegram-button-skip"), RegistrationChoice::Skip),
            self.cancel_button(),
        ])
    }

    /// Registration: the reply language, each in its own name.
    pub fn registration_language(&self) -> InlineKeyboard {
        let row = Locale::ALL
            .iter()
            .map(|l| registration(l.native_name().to_owned(), RegistrationChoice::Language(*l)))
            .collect();
        InlineKeyboard::default().row(row)
    }

    /// Registration: agree to the privacy note, or not.
    pub fn consent(&self) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![
            registration(
                self.text("chat-button-consent-yes"),
                RegistrationChoice::Consent(true),
            ),
            registration(
                self.text("telegram-button-consent-no"),
                RegistrationChoice::Consent(false),
            ),
        ])
    }

    /// Registration: use the name Telegram gave us (typing another replaces it), or answer in
    /// another language from the first question on.
    pub fn name_prompt(&self, name: &str) -> InlineKeyboard {
        let use_name = self
            .msg(&Msg::new("telegram-button-use-name").arg("name", clip(name, LABEL_TITLE_CHARS)));
        let languages = self
            .registration_language()
            .rows
            .into_iter()
            .flatten()
            .collect();
        InlineKeyboard::default()
            .row(vec![registration(use_name, RegistrationChoice::Skip)])
            .row(languages)
            .row(vec![self.cancel_button()])
    }

    /// `/forgetme`: erase, or keep everything.
    pub fn forget_confirm(&self) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![
            Button::callback(
                self.text("telegram-button-forget-yes"),
                CallbackAction::ConfirmForget,
            ),
            self.cancel_button(),
        ])
    }

    /// One button opening a private chat with the bot (from a group).
    pub fn open_private(&self, url: String) -> InlineKeyboard {
        InlineKeyboard::default().row(vec![Button::url(
            self.text("telegram-button-open-private"),
            url,
        )])
    }
}

fn registration(label: String, choice: RegistrationChoice) -> Button {
    Button::callback(label, CallbackAction::Register(choice))
}
