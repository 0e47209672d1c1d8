//! What Discord would show, for assertions: channels' messages with edits applied, DMs,
//! interaction responses and follow-ups, forum posts and registered commands.

use super::FakeDiscord;
use serde_json::Value;

impl FakeDiscord {
    /// The commands registered in `guild`, or globally (`None`), as last overwritten.
    pub fn commands(&self, guild: Option<u64>) -> Vec<Value> {
        self.shared
            .lock()
            .commands
            .get(&guild)
            .cloned()
            .unwrap_or_default()
    }

    /// Messages in `channel`, oldest first, as people see them (edits applied, deletions
    /// gone). A public answer given on the endpoint is one of its channel's messages, as on
    /// Discord; other interaction responses are kept apart: see `followups`.
    pub fn messages_in(&self, channel: u64) -> Vec<Value> {
        self.shared
            .lock()
            .messages
            .get(&channel)
            .cloned()
            .unwrap_or_default()
    }

    /// The DM channel the bot opened with `user`, if it did.
    pub fn dm_channel_of(&self, user: u64) -> Option<u64> {
        self.shared.lock().dm_channels.get(&user).copied()
    }

    /// Messages the bot sent to `user`'s DMs, oldest first.
    pub fn dms_to(&self, user: u64) -> Vec<Value> {
        match self.dm_channel_of(user) {
            Some(channel) => self.messages_in(channel),
            None => Vec::new(),
        }
    }

    /// `(interaction id, response body)` of every callback accepted, in order.
    pub fn interaction_responses(&self) -> Vec<(String, Value)> {
        self.shared.lock().interaction_responses.clone()
    }

    /// The original response of the interaction with `token` (sent by callback, or created by
    /// an edit of `@original`), edits applied.
    pub fn original_response(&self, token: &str) -> Option<Value> {
        self.shared.lock().originals.get(token).cloned()
    }

    /// Every follow-up message still there, in order, edits applied.
    pub fn followups(&self) -> Vec<Value> {
        self.shared
            .lock()
            .followups
            .iter()
            .map(|(_, message)| message.clone())
            .collect()
    }

    /// A channel as `GET /channels/{id}` shows it now (a forum's tags after edits).
    pub fn channel(&self, id: u64) -> Option<Value> {
        self.shared.lock().channels.get(&id).cloned()
    }

    /// Forum posts the bot created: each thread channel with its first `message`, as created.
    pub fn threads(&self) -> Vec<Value> {
        self.shared.lock().threads.clone()
    }
}
