//! The real Telegram bot (crowdsprint-telegram on teloxide) running against the fake Bot API
//! and a test database: journeys talk to it as people would, by sending messages and pressing
//! buttons, and read what Telegram would show.

use crate::TestEnv;
use crate::fake_telegram::{FakeTelegram, Limits, SentMessage};
use crowdsprint_core::domain::{Identity, Platform};
use crowdsprint_core::i18n::Catalog;
use crowdsprint_telegram::{LimitSettings, TelegramConfig};
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How long a journey waits for the bot before failing.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// A running bot over a fresh database, and the fake Telegram it talks to.
#[derive(Debug)]
pub struct BotWorld {
    pub env: TestEnv,
    pub telegram: FakeTelegram,
    shutdown: CancellationToken,
}

impl Drop for BotWorld {
    fn drop(&mut self) {
        self.shutdown.cancel();
        // Sending through a 429's `retry_after` is what gets a real bot longer and longer
        // flood waits: every journey fails on it, not only those about limits.
        let early = self.telegram.early_sends();
        if early > 0 && !std::thread::panicking() {
            panic!("the bot sent {early} message(s) while Telegram's retry_after was pending");
        }
    }
}

impl BotWorld {
    /// Starts the bot by long polling, without platform limits and with the default member
    /// limits.
    pub async fn start(env: TestEnv) -> BotWorld {
        BotWorld::start_with(env, Limits::default(), LimitSettings::default()).await
    }

    pub async fn start_with(
        env: TestEnv,
        limits: Limits,
        member_limits: LimitSettings,
    ) -> BotWorld {
        let env = env.with_limits(member_limits);
        let telegram = FakeTelegram::start_with(limits).await;
        let shutdown = CancellationToken::new();
        let config = BotWorld::config(&telegram);
        let running = start_telegram(env.core.clone(), config, &shutdown).await;
        assert!(
            running.routes.is_none(),
            "polling mode has no webhook route"
        );
        BotWorld {
            env,
            telegram,
            shutdown,
        }
    }

    /// The settings pointing the bot at `telegram`.
    pub fn config(telegram: &FakeTelegram) -> TelegramConfig {
        TelegramConfig {
            token: FakeTelegram::TOKEN.to_owned(),
            api_url: Some(telegram.url().parse().expect("fake URL")),
            webhook: None,
            per_second: crowdsprint_telegram::DEFAULT_PER_SECOND,
        }
    }

    /// `user` sends `text` in their private chat; returns the bot's first reply.
    pub async fn say(&self, user: i64, language: Option<&str>, text: &str) -> SentMessage {
        self.say_in(user, user, language, text).await
    }

    /// `user` sends `text` in `chat`; returns the bot's first reply there.
    pub async fn say_in(
        &self,
        chat: i64,
        user: i64,
        language: Option<&str>,
        text: &str,
    ) -> SentMessage {
        let mark = self.telegram.mark();
        self.telegram.push_message(chat, user, text, language);
        self.reply(chat, mark).await
    }

    /// `user` sends `text` privately and the bot answers with `n` messages.
    pub async fn say_expecting(&self, user: i64, text: &str, n: usize) -> Vec<SentMessage> {
        let mark = self.telegram.mark();
        self.telegram.push_message(user, user, text, None);
        self.replies(user, mark, n).await
    }

    /// The first message the bot sends to `chat` after `mark`.
    pub async fn reply(&self, chat: i64, mark: usize) -> SentMessage {
        self.telegram
            .wait_for_message(chat, mark, PATIENCE)
            .await
            .unwrap_or_else(|| {
                panic!(
                    "the bot did not answer in chat {chat}: {:#?}",
                    self.telegram.calls_since(mark)
                )
            })
    }

    /// The first `n` messages the bot sends to `chat` after `mark`, in order.
    pub async fn replies(&self, chat: i64, mark: usize, n: usize) -> Vec<SentMessage> {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let sent: Vec<SentMessage> = self
                .telegram
                .calls_since(mark)
                .iter()
                .filter(|c| {
                    (c.is("sendMessage") || c.is("sendDocument"))
                        && c.is_ok()
                        && c.chat_id() == Some(chat)
                })
                .filter_map(|c| self.telegram.message(chat, c.message_id()?))
                .collect();
            if sent.len() >= n {
                return sent;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "expected {n} messages in chat {chat}, got {}: {sent:#?}",
                sent.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// `user` presses the button labelled `label` on `message`; waits until the bot answered
    /// the press, and returns the notice it showed, if any.
    pub async fn press(&self, user: i64, message: &SentMessage, label: &str) -> Option<String> {
        let data = callback_data(message, label);
        self.press_data(user, message.chat_id, message.message_id, &data)
            .await
    }

    /// Presses a button carrying `data` (possibly forged) and waits for the answer.
    pub async fn press_data(
        &self,
        user: i64,
        chat: i64,
        message_id: i32,
        data: &str,
    ) -> Option<String> {
        let pushed = self.telegram.push_callback(chat, user, message_id, data);
        let id = pushed.callback_query_id.expect("a callback query id");
        answer_to(&self.telegram, &id).await
    }

    /// Presses `label` and returns the first message the bot sends afterwards to that chat.
    pub async fn press_for_reply(
        &self,
        user: i64,
        message: &SentMessage,
        label: &str,
    ) -> SentMessage {
        let mark = self.telegram.mark();
        self.press(user, message, label).await;
        self.reply(message.chat_id, mark).await
    }

    /// The message as it stands now (after edits).
    pub fn now(&self, message: &SentMessage) -> SentMessage {
        self.telegram
            .message(message.chat_id, message.message_id)
            .expect("the message exists")
    }

    /// The core identity of Telegram user `user`.
    pub fn identity(user: i64) -> Identity {
        Identity::new(Platform::Telegram, user.to_string())
    }

    /// Registers `user` through the bot's registration dialogue, taking the defaults (their
    /// Telegram name, the first "describes", no organisation or region) and agreeing.
    pub async fn register(&self, user: i64, first_name: &str, language: Option<&str>) {
        self.telegram.add_user(user, first_name, None, language);
        let prompt = self.say(user, language, "/start").await;
        let describes = self
            .press_for_reply(user, &prompt, &format!("✓ {first_name}"))
            .await;
        let first = describes.button_texts()[0][0].clone();
        let organisation = self.press_for_reply(user, &describes, &first).await;
        let skip = organisation.button_texts()[0][0].clone();
        let region = self.press_for_reply(user, &organisation, &skip).await;
        let consent = self.press_for_reply(user, &region, &skip).await;
        let yes = consent.button_texts()[0][0].clone();
        let done = self.press_for_reply(user, &consent, &yes).await;
        assert!(
            self.env
                .core
                .actor_for(&BotWorld::identity(user))
                .await
                .expect("lookup")
                .is_some(),
            "registration failed: {}",
            done.visible_text
        );
    }
}

/// The data of the button labelled `label` on `message` (panics, naming the buttons there,
/// when there is none).
pub fn callback_data(message: &SentMessage, label: &str) -> String {
    let button = message
        .button(label)
        .unwrap_or_else(|| panic!("no button {label:?} on {:?}", message.button_texts()));
    button.callback_data.clone().expect("a callback button")
}

/// Waits until the bot answers the button press `id`; the notice it showed, if any.
pub async fn answer_to(telegram: &FakeTelegram, id: &str) -> Option<String> {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if let Some(answer) = telegram.callback_answer(id) {
            return answer.text;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the bot never answered the press"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The real Telegram bot on `core` with `config`, until `shutdown`.
pub async fn start_telegram(
    core: crowdsprint_core::Core,
    config: crowdsprint_telegram::TelegramConfig,
    shutdown: &CancellationToken,
) -> crowdsprint_telegram::RunningBot {
    let catalog = Arc::new(Catalog::load().expect("translations load"));
    let health = crowdsprint_core::health::Health::default().part("telegram");
    crowdsprint_telegram::start_reporting(core, catalog, config, health, shutdown.clone())
        .await
        .expect("the bot starts against the fake")
}
