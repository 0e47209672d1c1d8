//! A `/show` answered in a channel puts the idea's card where everyone reads it: a public copy
//! like an announcement, recorded so that hiding, holding, merging or erasing draws it again
//! (see `mirror.rs`).
//!
//! An answer has no message id until Discord has made it a message, which happens after we
//! answer (in the HTTP response, or by REST after a deferral). So the interaction's original
//! response is read a few times, a little later each time, until it is there.

use crate::app::App;
use crate::mirror::{is_gone, safe};
use crowdsprint_core::domain::{IdeaId, Locale, Platform};
use crowdsprint_core::store::PublishedCopy;
use std::sync::Arc;
use std::time::Duration;

/// Reads of the original response, and the pause before the first (doubled each time): about
/// 25 seconds in all, longer than a deferred answer can take.
const TRIES: u32 = 7;
const FIRST_PAUSE: Duration = Duration::from_millis(200);

impl App {
    /// Records the message Discord makes of the answer to the interaction with `token` as a
    /// public copy of `idea`, in the background.
    pub(crate) fn remember_answer(self: &Arc<Self>, token: String, idea: IdeaId, locale: Locale) {
        let app = self.clone();
        tokio::spawn(async move {
            let mut pause = FIRST_PAUSE;
            for _ in 0..TRIES {
                tokio::time::sleep(pause).await;
                pause *= 2;
                match app.http.get_original_interaction_response(&token).await {
                    Ok(message) => {
                        let copy = PublishedCopy {
                            platform: Platform::Discord,
                            chat: message.channel_id.to_string(),
                            message: message.id.to_string(),
                            idea,
                            locale,
                        };
                        app.follow_copy(&copy).await;
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
            tracing::warn!(%idea, "a public card's message never appeared, so it cannot be withdrawn with its idea");
        });
    }

    /// Records `copy`, then draws it again if the idea stopped being public while the
    /// message was being made (its redraw may have run before the copy was known).
    async fn follow_copy(&self, copy: &PublishedCopy) {
        if let Err(error) = self.core.record_copy(copy).await {
            tracing::warn!(%error, "a public card was shown but could not be recorded");
            return;
        }
        match self.core.public_view(copy.idea).await {
            Ok(Some(_)) => {}
            Ok(None) => {
                if let Err(error) = self.redraw_copies(copy.idea).await {
                    tracing::warn!(%error, "could not withdraw a card shown as its idea was hidden");
                }
            }
            Err(error) => tracing::warn!(%error, "could not check a public card's idea"),
        }
    }
}
