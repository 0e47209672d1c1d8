//! crowdsprint-telegram: the Telegram adapter's pure building blocks. HTML that Telegram
//! accepts whatever people type, inline keyboards, signed callback data, command menus and
//! per-member rate limits; all free of I/O so they are tested without any network. The
//! teloxide dispatcher that turns updates into core calls is built on top of these.

pub mod bot;
pub mod callback;
pub mod commands_menu;
pub mod html;
pub mod keyboard;
pub use crowdsprint_core::limits;
pub mod render;

pub use bot::{
    DEFAULT_PER_SECOND, RunningBot, TelegramConfig, WebhookConfig, client, start_failure,
    start_reporting,
};
pub use callback::{CallbackAction, CallbackCodec, CallbackError};
pub use commands_menu::{CommandMenu, MenuCommand};
pub use keyboard::{Button, CardState, InlineKeyboard, Keyboards, Press};
pub use limits::{LimitKind, LimitSettings, MemberLimits, Rate, SlowDown};
pub use render::HtmlRenderer;

#[cfg(test)]
mod test_support;
