//! The real Discord bot (crowdsprint-discord on serenity) running against the fake Discord
//! and a test database, reached through its interactions endpoint over real HTTP with
//! requests signed by a test Ed25519 key: journeys act as Discord would when a person types a
//! slash command, presses a button or submits a form, and read what Discord would show.

use crate::TestEnv;
use crate::fake_discord::{FakeDiscord, InteractionSigner};
use crowdsprint_core::i18n::Catalog;
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio_util::sync::CancellationToken;

/// The server the journeys' guild channels belong to.
pub const GUILD: u64 = 900_000_000_000_000_001;
/// A channel in that server.
pub const CHANNEL: u64 = 900_000_000_000_000_002;

/// A running bot over a fresh database, the fake Discord it calls, and its endpoint.
#[derive(Debug)]
pub struct DiscordWorld {
    pub env: TestEnv,
    pub discord: FakeDiscord,
    pub signer: InteractionSigner,
    /// `http://127.0.0.1:PORT/discord/interactions`
    pub endpoint: String,
    client: reqwest::Client,
    next_id: AtomicU64,
    shutdown: CancellationToken,
}

impl Drop for DiscordWorld {
    fn drop(&mut self) {
        self.shutdown.cancel();
        // The bot's gateway logs off with a close handshake. Serenity 0.12 waits for the
        // answering close frame in a loop that spins without yielding if the socket is gone
        // first, which would wedge the test's runtime: keep the fake answering a little
        // longer than the world lives.
        let fake = self.discord.clone();
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                drop(fake);
            });
        }
    }
}

/// A person on Discord.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: u64,
    pub name: String,
    /// Their Discord client's language (`en-GB`, `en-US`, `de`, ...).
    pub locale: String,
    /// The server roles Discord reports for them.
    pub roles: Vec<u64>,
}

impl Person {
    pub fn new(id: u64, name: &str) -> Person {
        Person {
            id,
            name: name.to_owned(),
            locale: "en-GB".to_owned(),
            roles: Vec::new(),
        }
    }

    /// The same person holding `role` in the server.
    #[must_use]
    pub fn with_role(mut self, role: u64) -> Person {
        self.roles.push(role);
        self
    }

    /// The channel of their DMs with the bot.
    pub fn dm_channel(&self) -> u64 {
        800_000_000_000_000_000 + self.id
    }

    /// The Discord user object, as in messages and interactions.
    pub fn user(&self) -> Value {
        json!({
            "id": self.id.to_string(),
            "username": self.name.to_lowercase(),
            "global_name": self.name,
            "discriminator": "0",
            "avatar": null,
        })
    }
}

/// Where an interaction happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// The person's DMs with the bot.
    Dm,
    /// `CHANNEL` in `GUILD`.
    Server,
}

/// The bot's HTTP answer to one interaction.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    /// The interaction response (`{type, data}`), when the status is 200.
    pub body: Value,
}

impl Answer {
    /// The response type: 4 message, 5 deferred, 7 update, 8 choices, 9 form.
    pub fn kind(&self) -> i64 {
        self.body["type"].as_i64().unwrap_or_default()
    }

    pub fn data(&self) -> &Value {
        &self.body["data"]
    }

    /// The message text.
    pub fn content(&self) -> &str {
        self.data()["content"].as_str().unwrap_or_default()
    }

    /// Whether only the person who asked sees it (flag 64).
    pub fn ephemeral(&self) -> bool {
        self.data()["flags"].as_u64().unwrap_or_default() & 64 != 0
    }

    pub fn embeds(&self) -> Vec<Value> {
        self.data()["embeds"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Every button's `(custom_id, label)`, row by row.
    pub fn buttons(&self) -> Vec<(String, String)> {
        let rows = self.data()["components"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        rows.iter()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .map(|b| {
                (
                    b["custom_id"].as_str().unwrap_or_default().to_owned(),
                    b["label"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    /// Everything a person reads: content, embed titles, descriptions and fields.
    pub fn text(&self) -> String {
        let mut out = vec![self.content().to_owned()];
        for e in self.embeds() {
            for key in ["title", "description"] {
                if let Some(t) = e[key].as_str() {
                    out.push(t.to_owned());
                }
            }
            for f in e["fields"].as_array().cloned().unwrap_or_default() {
                out.push(format!(
                    "{}: {}",
                    f["name"].as_str().unwrap_or_default(),
                    f["value"].as_str().unwrap_or_default()
                ));
            }
        }
        out.join("\n")
    }

    /// The message this answer showed, as Discord hands it back with a button press.
    pub fn as_message(&self, channel: u64) -> Value {
        crate::fake_discord::message(1_200_000_000_000_000_001, channel, self.data(), &[])
    }
}

impl DiscordWorld {
    /// Starts the bot in interactions-endpoint mode against a new fake Discord.
    pub async fn start(env: TestEnv) -> DiscordWorld {
        DiscordWorld::start_with(env, crowdsprint_core::limits::LimitSettings::default()).await
    }

    /// The same, with other per-member limits.
    pub async fn start_with(
        env: TestEnv,
        limits: crowdsprint_core::limits::LimitSettings,
    ) -> DiscordWorld {
        let discord = FakeDiscord::start().await;
        DiscordWorld::start_configured(env, discord, limits, None).await
    }

    /// The bot in both modes: connected to the fake's gateway too (for messages people
    /// write in the server), with `server` set up, in `GUILD` with its text channel `CHANNEL`.
    /// Returns once the bot's gateway session is up, so no dispatched event is missed.
    pub async fn start_in_server(
        env: TestEnv,
        server: crowdsprint_discord::ServerSetup,
    ) -> DiscordWorld {
        let discord = FakeDiscord::start().await;
        discord.add_text_channel(GUILD, CHANNEL, "general");
        let world = DiscordWorld::start_configured(
            env,
            discord,
            crowdsprint_core::limits::LimitSettings::default(),
            Some(server),
        )
        .await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while world.discord.connected_sessions() == 0 {
            assert!(
                std::time::Instant::now() < deadline,
                "the bot did not connect to the fake gateway"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        world
    }

    /// Starts the bot in endpoint mode against `discord` (one started with Discord's limits,
    /// say).
    pub async fn start_against(env: TestEnv, discord: FakeDiscord) -> DiscordWorld {
        let limits = crowdsprint_core::limits::LimitSettings::default();
        DiscordWorld::start_configured(env, discord, limits, None).await
    }

    async fn start_configured(
        env: TestEnv,
        discord: FakeDiscord,
        limits: crowdsprint_core::limits::LimitSettings,
        gateway: Option<crowdsprint_discord::ServerSetup>,
    ) -> DiscordWorld {
        let env = env.with_limits(limits);
        let signer = InteractionSigner::test_key();
        let shutdown = CancellationToken::new();
        let config = crowdsprint_discord::DiscordConfig {
            token: FakeDiscord::TOKEN.to_owned(),
            application_id: FakeDiscord::APPLICATION_ID,
            public_key: Some(signer.public_key_hex()),
            guild_ids: vec![GUILD],
            api_url: Some(discord.url()),
            gateway: gateway.is_some(),
            server: gateway.unwrap_or_default(),
        };
        let catalog = Arc::new(Catalog::load().expect("translations load"));
        let running = crowdsprint_discord::start_reporting(
            env.core.clone(),
            catalog,
            config,
            crowdsprint_core::health::Health::default().part("discord"),
            shutdown.clone(),
        )
        .await
        .expect("the bot starts against the fake");
        let router = running.routes.expect("endpoint mode serves a route");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the endpoint");
        let addr = listener.local_addr().expect("endpoint address");
        let stop = shutdown.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(stop.cancelled_owned())
                .await;
        });
        DiscordWorld {
            env,
            discord,
            signer,
            endpoint: format!("http://{addr}{}", crowdsprint_discord::INTERACTIONS_PATH),
            client: reqwest::Client::new(),
            next_id: AtomicU64::new(1_300_000_000_000_000_000),
            shutdown,
        }
    }

    /// Posts `body` with the given headers, as anyone on the internet could.
    pub async fn post_raw(&self, body: &[u8], headers: &[(String, String)]) -> Answer {
        post(&self.client, &self.endpoint, body, headers).await
    }

    /// Sends `interaction` signed as Discord signs it, now.
    pub async fn send(&self, interaction: &Value) -> Answer {
        let body = serde_json::to_vec(interaction).expect("serialise");
        let headers = self.signer.headers(&body);
        self.discord.note_interaction(interaction);
        let answer = self.post_raw(&body, &headers).await;
        if answer.status == 200 {
            self.discord.answered(interaction, &answer.body);
        }
        answer
    }

    /// A `/name` command interaction from `person` (without sending it).
    pub fn command_interaction(
        &self,
        person: &Person,
        place: Where,
        name: &str,
        options: Vec<Value>,
    ) -> Value {
        self.envelope(2, person, place, command_data(name, options))
    }

    fn envelope(&self, kind: u8, person: &Person, place: Where, data: Value) -> Value {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        interaction(kind, id, person, place, data)
    }

    /// `/name option:value ...` (options built with `int` and `text`, or `sub` for `/mod`).
    pub async fn command(
        &self,
        person: &Person,
        place: Where,
        name: &str,
        options: Vec<Value>,
    ) -> Answer {
        self.send(&self.command_interaction(person, place, name, options))
            .await
    }

    /// What Discord sends while `person` types option values of `/name` (the one being typed
    /// marked `"focused": true`).
    pub async fn autocomplete(
        &self,
        person: &Person,
        place: Where,
        name: &str,
        options: Vec<Value>,
    ) -> Answer {
        self.send(&self.envelope(4, person, place, command_data(name, options)))
            .await
    }

    /// A button press on `message` (without sending it).
    pub fn press_interaction(
        &self,
        person: &Person,
        place: Where,
        custom_id: &str,
        message: Value,
    ) -> Value {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let mut interaction = self.envelope(3, person, place, data);
        interaction["message"] = message;
        interaction
    }

    /// The endpoint's HTTP client, for load tests.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Presses the button `custom_id` on `message` (from `Answer::as_message`).
    pub async fn press(
        &self,
        person: &Person,
        place: Where,
        custom_id: &str,
        message: Value,
    ) -> Answer {
        let interaction = self.press_interaction(person, place, custom_id, message);
        self.send(&interaction).await
    }

    /// Submits the form `custom_id` with `fields` filled in.
    pub async fn submit(
        &self,
        person: &Person,
        place: Where,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let rows: Vec<Value> = fields
            .iter()
            .map(|(id, value)| json!({"type": 1, "components": [{"type": 4, "custom_id": id, "value": value}]}))
            .collect();
        let data = json!({"custom_id": custom_id, "components": rows});
        self.send(&self.envelope(5, person, place, data)).await
    }

    /// `person` writes `content` in `channel` of `GUILD` (gateway mode); the message's id.
    pub fn say(&self, person: &Person, channel: u64, content: &str) -> u64 {
        self.discord.say(GUILD, channel, &person.user(), content)
    }

    /// Registers `person` through `/register`, the privacy note and the form.
    pub async fn register(&self, person: &Person) -> Answer {
        let note = self
            .command(
                person,
                Where::Dm,
                "register",
                vec![text("describes", "staff")],
            )
            .await;
        let (agree, _) = note.buttons().into_iter().next().expect("an agree button");
        let form = self
            .press(
                person,
                Where::Dm,
                &agree,
                note.as_message(person.dm_channel()),
            )
            .await;
        let form_id = form.data()["custom_id"]
            .as_str()
            .expect("a form")
            .to_owned();
        self.submit(person, Where::Dm, &form_id, &[("name", &person.name)])
            .await
    }
}

/// Posts `body` to an interactions endpoint at `url` with `headers`; the status and the
/// JSON answer (or the text of a non-JSON one).
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    body: &[u8],
    headers: &[(String, String)],
) -> Answer {
    let mut request = client
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_vec());
    for (name, value) in headers {
        request = request.header(name.as_str(), value.as_str());
    }
    let response = request.send().await.expect("the endpoint answers");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap_or_default();
    let body = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    Answer { status, body }
}

/// The `data` of a `/name` command.
pub fn command_data(name: &str, options: Vec<Value>) -> Value {
    json!({"id": "1", "name": name, "type": 1, "options": options})
}

/// An integer option.
pub fn int(name: &str, value: i64) -> Value {
    json!({"name": name, "type": 4, "value": value})
}

/// A string option.
pub fn text(name: &str, value: &str) -> Value {
    json!({"name": name, "type": 3, "value": value})
}

/// A `/mod` subcommand with its options.
pub fn sub(name: &str, options: Vec<Value>) -> Value {
    json!({"name": name, "type": 1, "options": options})
}

/// An interaction as Discord sends it: `kind` 2 (command), 3 (button) or 5 (form), with id
/// `id` (its token is `interaction-token-{id}`), from `person` in `place`.
pub fn interaction(kind: u8, id: u64, person: &Person, place: Where, data: Value) -> Value {
    let mut interaction = json!({
        "id": id.to_string(),
        "application_id": FakeDiscord::APPLICATION_ID.to_string(),
        "type": kind,
        "data": data,
        "token": format!("interaction-token-{id}"),
        "version": 1,
        "locale": person.locale,
        "entitlements": [],
        "app_permissions": "0",
        "attachment_size_limit": 26_214_400,
    });
    match place {
        Where::Dm => {
            interaction["channel_id"] = json!(person.dm_channel().to_string());
            interaction["user"] = person.user();
        }
        Where::Server => {
            interaction["channel_id"] = json!(CHANNEL.to_string());
            interaction["guild_id"] = json!(GUILD.to_string());
            interaction["guild_locale"] = json!("en-GB");
            interaction["member"] = json!({
                "user": person.user(),
                "roles": person.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
                "joined_at": "2026-01-01T00:00:00.000000+00:00",
                "deaf": false,
                "mute": false,
                "flags": 0,
                "permissions": "0",
            });
        }
    }
    interaction
}
