//! A `/show` or `/ideas` answered in a channel puts a card or a page of ideas where everyone
//! reads it: a public copy like an announcement, recorded so that hiding, holding, merging or
//! erasing any idea on it draws it again (see `mirror.rs`).
//!
//! An answer has no message id until Discord has made it a message, which happens after we
//! answer (in the HTTP response, or by REST after a deferral). So the interaction's original
//! response is read a few times, a little later each time, until it is there.

use crate::app::App;
use crate::mirror::{is_gone, safe};
use crowdsprint_core::domain::{Platform, ShownIdeas};
use std::sync::Arc;
use std::time::Duration;

/// Reads of the original response, and the pause before the first (doubled each time): about
/// 25 seconds in all, longer than a deferred answer can take.
const TRIES: u32 = 7;
const FIRST_PAUSE: Duration = Duration::from_millis(200);

impl App {
    /// Records the message Discord makes of the answer to the interaction with `token` as a
    /// public copy of what it shows, in the background.
    pub(crate) fn remember_answer(self: &Arc<Self>, token: String, shown: ShownIdeas) {
        let app = self.clone();
        tokio::spawn(async move {
            let mut pause = FIRST_PAUSE;
            for _ in 0..TRIES {
                tokio::time::sleep(pause).await;
                pause *= 2;
                match app.http.get_original_interaction_response(&token).await {
                    Ok(message) => {
                        let (channel, message) = (message.channel_id.get(), message.id.get());
                        app.follow_copy(channel, message, &shown).await;
                        return;
                    }
                    // Not made yet (or Discord is busy): look again later.
                    Err(error) if is_gone(&error) || crate::mirror::worth_retrying(&error) => {}
                    Err(error) => {
                        tracing::warn!(error = %safe(&error), "could not read a public card's message");
                        return;
                    }
                }
            }
            tracing::warn!(ideas = ?shown.ideas, "a public message never appeared, so it cannot be withdrawn with its ideas");
        });
    }

    /// Records that the message a button was pressed on now shows `shown` (a page turned).
    pub(crate) fn remember_update(self: &Arc<Self>, channel: u64, message: u64, shown: ShownIdeas) {
        let app = self.clone();
        tokio::spawn(async move { app.follow_copy(channel, message, &shown).await });
    }

    /// Records the message as a copy of what it shows, then draws it again if one of its
    /// ideas stopped being public while the message was being made (its redraw may have run
    /// before the copy was known).
    async fn follow_copy(&self, channel: u64, message: u64, shown: &ShownIdeas) {
        let (chat, message) = (channel.to_string(), message.to_string());
        if let Err(error) = self
            .core
            .record_shown(Platform::Discord, &chat, &message, shown)
            .await
        {
            tracing::warn!(%error, "a public message was shown but could not be recorded");
            return;
        }
        for idea in &shown.ideas {
            match self.core.public_view(*idea).await {
                Ok(Some(_)) => {}
                Ok(None) => {
                    if let Err(error) = self.redraw_copies(*idea).await {
                        tracing::warn!(%error, "could not withdraw a card shown as its idea was hidden");
                    }
                    return;
                }
                Err(error) => tracing::warn!(%error, "could not check a public card's idea"),
            }
        }
    }
}
