//! The Telegram bot as `serve` processes would run it behind a load balancer: each replica
//! in webhook mode with its own core and its own database pool over the same database, and
//! the test posting each update to the replica it chooses. Restarting one, or alternating
//! between two, shows what a person notices when the bot moves under them: nothing.

use crate::TestEnv;
use crate::fake_telegram::{FakeTelegram, SentMessage};
use crate::telegram_bot::{BotWorld, PATIENCE, answer_to, callback_data};
use crowdsprint_core::{Core, Store};
use crowdsprint_telegram::WebhookConfig;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// The secret every replica shares, as one deployment's settings would.
const SECRET: &str = "replicas-Secret_7";
const PATH: &str = "/telegram/hook";

/// One replica: a bot with its own core, listening on its own address.
#[derive(Debug)]
struct Replica {
    addr: SocketAddr,
    shutdown: CancellationToken,
    server: JoinHandle<()>,
}

impl Replica {
    async fn start(env: &TestEnv, telegram: &FakeTelegram) -> Replica {
        // A process of its own would open its own pool: so does each replica.
        let store = Store::connect(&env.url)
            .await
            .expect("the database is there");
        let core = Core::new(
            store,
            Arc::new(env.clock.clone()),
            env.core.settings().clone(),
        )
        .expect("the settings are valid");
        let mut config = BotWorld::config(telegram);
        config.webhook = Some(WebhookConfig {
            url: format!("https://bot.example.org{PATH}")
                .parse()
                .expect("a URL"),
            secret: SECRET.to_owned(),
        });
        let shutdown = CancellationToken::new();
        let running = crate::telegram_bot::start_telegram(core, config, &shutdown).await;
        let router = running.routes.expect("a webhook route");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let addr = listener.local_addr().expect("an address");
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Replica {
            addr,
            shutdown,
            server,
        }
    }

    /// Stops it as a process would stop: nothing it held in memory survives.
    fn stop(self) {
        self.shutdown.cancel();
        self.server.abort();
    }

    async fn post(&self, update: &serde_json::Value) {
        let response = reqwest::Client::new()
            .post(format!("http://{}{PATH}", self.addr))
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .header("Content-Type", "application/json")
            .body(update.to_string())
            .send()
            .await
            .expect("the replica answers");
        assert_eq!(response.status().as_u16(), 200, "the update is accepted");
    }
}

/// Several replicas over one database and one fake Telegram.
#[derive(Debug)]
pub struct Replicas {
    pub env: TestEnv,
    pub telegram: FakeTelegram,
    replicas: Vec<Option<Replica>>,
}

impl Replicas {
    pub async fn start(env: TestEnv, count: usize) -> Replicas {
        let telegram = FakeTelegram::start().await;
        let mut replicas = Vec::new();
        for _ in 0..count {
            replicas.push(Some(Replica::start(&env, &telegram).await));
        }
        Replicas {
            env,
            telegram,
            replicas,
        }
    }

    /// Stops replica `n` and starts a new process in its place.
    pub async fn restart(&mut self, n: usize) {
        if let Some(old) = self.replicas[n].take() {
            old.stop();
        }
        self.replicas[n] = Some(Replica::start(&self.env, &self.telegram).await);
    }

    fn replica(&self, n: usize) -> &Replica {
        self.replicas[n].as_ref().expect("replica running")
    }

    /// `user` sends `text` privately, delivered to replica `via`; returns the bot's reply.
    pub async fn say(&self, via: usize, user: i64, text: &str) -> SentMessage {
        let mark = self.telegram.mark();
        let update = self.telegram.message_update(user, user, text, Some("en"));
        self.replica(via).post(&update).await;
        self.reply(user, mark).await
    }

    /// `user` presses `label` on `message`, delivered to replica `via`; returns the reply.
    pub async fn press(
        &self,
        via: usize,
        user: i64,
        message: &SentMessage,
        label: &str,
    ) -> SentMessage {
        let data = callback_data(message, label);
        let mark = self.telegram.mark();
        let update =
            self.telegram
                .callback_update(message.chat_id, user, message.message_id, &data);
        self.replica(via).post(&update).await;
        self.reply(message.chat_id, mark).await
    }

    /// `user` presses `label` on `message` via replica `via`, for a press answered only by a
    /// notice (no message): returns the notice.
    pub async fn press_for_notice(
        &self,
        via: usize,
        user: i64,
        message: &SentMessage,
        label: &str,
    ) -> Option<String> {
        let data = callback_data(message, label);
        let update =
            self.telegram
                .callback_update(message.chat_id, user, message.message_id, &data);
        let id = update["callback_query"]["id"]
            .as_str()
            .expect("a query id")
            .to_owned();
        self.replica(via).post(&update).await;
        answer_to(&self.telegram, &id).await
    }

    async fn reply(&self, chat: i64, mark: usize) -> SentMessage {
        self.telegram
            .wait_for_message(chat, mark, PATIENCE)
            .await
            .unwrap_or_else(|| {
                panic!(
                    "no replica answered in chat {chat}: {:#?}",
                    self.telegram.calls_since(mark)
                )
            })
    }
}

impl Drop for Replicas {
    fn drop(&mut self) {
        for replica in self.replicas.drain(..).flatten() {
            replica.stop();
        }
    }
}
