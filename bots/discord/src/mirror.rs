//! The Discord channels and forums tied to a sprint (`/mod announce`): each new visible idea is
//! announced in a tied text channel, or gets its own post in a tied forum, tagged with its
//! challenge; each visible comment on an idea with a post is mirrored into that post once,
//! unless it was written there. Every copy follows core's state: an idea hidden, held, merged
//! away or its author erased has its card redrawn (a neutral "withdrawn" line when it is no
//! longer public, its comment copies taken down); a comment hidden is taken down, restored
//! copied in again, and the idea's cards (which show its latest comments) drawn again.
//! One follower of the broadcasts; replicas share its jobs.

use crate::app::App;
use crate::markdown::{escape, truncate};
use crate::note::Note;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::IdeaView;
use crowdsprint_core::{Error, background};
use serenity::builder::CreateForumPost;
use serenity::model::channel::{Channel as DiscordChannel, ChannelType, GuildChannel};
use serenity::model::id::{ChannelId, ForumTagId, MessageId};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// The outbox follower's name (its jobs).
pub(crate) const FOLLOWER: &str = "discord-channels";
/// How often the outbox is checked for new ideas and comments.
const EVERY: Duration = Duration::from_millis(500);
/// Tries of one REST call refused for its rate limit or Discord's own trouble.
const ATTEMPTS: u32 = 5;
/// Discord's limits: forum tag names 20 characters, 20 tags a forum; thread names 100.
const MAX_TAG: usize = 20;
const MAX_TAGS: usize = 20;
const MAX_THREAD_NAME: usize = 100;

impl App {
    /// Follows the outbox until `shutdown`.
    pub fn spawn_mirror(
        self: &Arc<Self>,
        shutdown: CancellationToken,
    ) -> tokio::task::JoinHandle<()> {
        background::every(self, EVERY, shutdown, FOLLOWER, |app| async move {
            let owner = app.follower_owner.clone();
            app.core
                .drain_broadcasts(FOLLOWER, &owner, |event| app.on_broadcast(event))
                .await
        })
    }

    async fn on_broadcast(&self, event: Event) -> Result<(), Error> {
        match event {
            Event::IdeaPublished {
                idea,
                sprint,
                challenge,
                ..
            } => self.publish_idea(idea, sprint, challenge).await,
            Event::CommentPublished { idea, comment } => self.mirror_comment(idea, comment).await,
            Event::IdeaRevised { idea } => self.redraw_copies(idea).await,
            Event::CommentRevised { idea, comment } => {
                self.revise_comment(idea, comment).await?;
                // Cards show the latest comments (a `/show` card, a redrawn announcement):
                // they are drawn again without it, or with its writer as a former member.
                self.redraw_copies(idea).await
            }
            _ => Ok(()),
        }
    }

    /// Announces a new idea in each Discord channel tied to its sprint or challenge.
    async fn publish_idea(
        &self,
        idea: IdeaId,
        sprint: SprintId,
        challenge: ChallengeId,
    ) -> Result<(), Error> {
        let Some((channels, view)) = self
            .core
            .idea_to_announce(Platform::Discord, idea, sprint, challenge)
            .await?
        else {
            return Ok(());
        };
        for channel in channels {
            let Some(id) = channel.place.chat.parse().ok().filter(|id| *id != 0) else {
                continue;
            };
            let found = retrying(|| ChannelId::new(id).to_channel(self.http.as_ref())).await;
            let outcome = match found {
                Ok(DiscordChannel::Guild(forum)) if forum.kind == ChannelType::Forum => {
                    self.forum_post(&forum, &view, channel.locale).await
                }
                Ok(_) => {
                    self.announce(ChannelId::new(id), &view, channel.locale)
                        .await
                }
                Err(error) => Err(error),
            };
            if let Err(error) = outcome {
                tracing::warn!(error = %safe(&error), channel = id, "could not publish an idea on Discord");
            }
        }
        Ok(())
    }

    /// A card in a text channel, under a "New idea" heading.
    async fn announce(
        &self,
        channel: ChannelId,
        view: &IdeaView,
        locale: Locale,
    ) -> Result<(), serenity::Error> {
        let card = self.announcement(view, locale);
        let sent = retrying(|| {
            channel.send_message(self.http.as_ref(), card.clone().into_channel_message())
        })
        .await?;
        self.remember_copy(channel.get(), sent.id.get(), view.idea.id, locale)
            .await;
        Ok(())
    }

    /// The card as announced in a channel: counts, no personal state.
    fn announcement(&self, view: &IdeaView, locale: Locale) -> Note {
        let look = self.look(locale);
        let mut card = look.idea_card(view, false);
        card.content = look.msg(&Msg::new("announce-heading"));
        card
    }

    /// Records a public copy (a card in a channel, a forum post's first message).
    async fn remember_copy(&self, channel: u64, message: u64, idea: IdeaId, locale: Locale) {
        let shown = ShownIdeas::card(idea, locale);
        let (chat, message) = (channel.to_string(), message.to_string());
        if let Err(error) = self
            .core
            .record_shown(Platform::Discord, &chat, &message, &shown)
            .await
        {
            tracing::warn!(%error, "a card was posted but could not be recorded");
        }
    }

    /// The idea's own post in `forum`, tagged with its challenge, unless it has one already.
    async fn forum_post(
        &self,
        forum: &GuildChannel,
        view: &IdeaView,
        locale: Locale,
    ) -> Result<(), serenity::Error> {
        let forum_id = forum.id.to_string();
        let idea = view.idea.id;
        if matches!(
            self.core
                .forum_post(Platform::Discord, &forum_id, idea)
                .await,
            Ok(Some(_))
        ) {
            return Ok(());
        }
        let card: Note = self.look(locale).idea_card(view, false);
        // A thread's name is plain text, not Markdown: no escaping.
        let name = truncate(&format!("#{} {}", idea, view.idea.title), MAX_THREAD_NAME);
        let tag = self.challenge_tag(forum, &view.challenge.title).await;
        let thread = retrying(|| {
            let mut post = CreateForumPost::new(name.clone(), card.clone().into_channel_message());
            if let Some(tag) = tag {
                post = post.add_applied_tag(tag);
            }
            forum.id.create_forum_post(self.http.as_ref(), post)
        })
        .await?;
        let recorded = self
            .core
            .record_forum_post(Platform::Discord, &forum_id, &thread.id.to_string(), idea)
            .await;
        if let Err(error) = recorded {
            tracing::warn!(%error, "a forum post was made but could not be recorded");
        }
        // A forum post's first message has the post's own id.
        self.remember_copy(thread.id.get(), thread.id.get(), idea, locale)
            .await;
        Ok(())
    }

    /// The forum's tag for a challenge: found by name, else added (which needs Manage
    /// Channels), else none.
    async fn challenge_tag(&self, forum: &GuildChannel, challenge: &str) -> Option<ForumTagId> {
        let name = truncate(challenge.trim(), MAX_TAG);
        let find = |tags: &[serenity::model::channel::ForumTag]| {
            tags.iter()
                .find(|t| t.name.trim().eq_ignore_ascii_case(&name))
                .map(|t| t.id)
        };
        if let Some(id) = find(&forum.available_tags) {
            return Some(id);
        }
        if forum.available_tags.len() >= MAX_TAGS {
            return None;
        }
        // Existing tags go back with their ids, or Discord would replace them.
        let mut tags: Vec<serde_json::Value> = forum
            .available_tags
            .iter()
            .filter_map(|t| serde_json::to_value(t).ok())
            .collect();
        tags.push(serde_json::json!({ "name": name }));
        let body = serde_json::json!({ "available_tags": tags });
        match retrying(|| self.http.edit_channel(forum.id, &body, None)).await {
            Ok(updated) => find(&updated.available_tags),
            Err(error) => {
                tracing::warn!(error = %safe(&error), forum = %forum.id, "could not add a forum tag (does the bot have Manage Channels?)");
                None
            }
        }
    }

    /// Copies a comment into each post mirroring its idea where it is not already.
    async fn mirror_comment(&self, idea: IdeaId, comment: CommentId) -> Result<(), Error> {
        for thread in self.core.forum_posts_of(Platform::Discord, idea).await? {
            let Some(found) = self
                .core
                .comment_to_mirror(Platform::Discord, &thread, comment)
                .await?
            else {
                continue;
            };
            let Some(channel) = thread
                .parse()
                .ok()
                .filter(|id| *id != 0)
                .map(ChannelId::new)
            else {
                continue;
            };
            let text = self.mirrored_comment(&found);
            let sent = retrying(|| {
                channel.send_message(
                    self.http.as_ref(),
                    Note::public(text.clone()).into_channel_message(),
                )
            })
            .await;
            match sent {
                Ok(message) => {
                    self.core
                        .record_mirrored_comment(
                            Platform::Discord,
                            &thread,
                            &message.id.to_string(),
                            comment,
                        )
                        .await?;
                }
                Err(error) => {
                    tracing::warn!(error = %safe(&error), %thread, "could not mirror a comment");
                }
            }
        }
        Ok(())
    }

    /// The comment's heading in bold, then its text, in the operator's default language:
    /// the post is read by many.
    fn mirrored_comment(&self, comment: &Comment) -> String {
        let heading = self.look(Locale::EnGb).comment_heading(comment);
        format!("**{heading}**\n{}", escape(&comment.body))
    }
}

impl App {
    /// Draws every public copy of `idea` again from core's current state. No longer public:
    /// each card becomes a neutral line and the comment copies in its posts are taken down.
    /// Public again: the card comes back and its public comments are copied in again.
    pub(crate) async fn redraw_copies(&self, idea: IdeaId) -> Result<(), Error> {
        let view = self.core.public_view(idea).await?;
        let copies = self.core.copies_of(Platform::Discord, idea).await?;
        for copy in &copies {
            let withdrawn =
                || Note::public(self.look(copy.locale).msg(&Msg::new("chat-withdrawn")));
            let note = match (copy.shows, &view) {
                (CopyShows::Card, Some(view)) => self.announcement(view, copy.locale),
                (CopyShows::Card, None) => withdrawn(),
                (CopyShows::Page { order, page }, _) => {
                    match self.core.public_page(order, page).await {
                        Ok(page) => {
                            let mut note = self.look(copy.locale).idea_page(&page, order);
                            note.shows = page.shown(order, copy.locale);
                            note
                        }
                        // No sprint to list any more.
                        Err(Error::User(_)) => withdrawn(),
                        Err(other) => return Err(other),
                    }
                }
            };
            let Some((channel, message)) = message_at(&copy.chat, &copy.message) else {
                self.core.forget_copy(copy).await?;
                continue;
            };
            let edited = retrying(|| {
                channel.edit_message(self.http.as_ref(), message, note.clone().into_edit())
            })
            .await;
            if let (Ok(_), Some(shown)) = (&edited, &note.shows) {
                // A page drawn again shows other ideas now: it follows those instead.
                self.core
                    .record_shown(Platform::Discord, &copy.chat, &copy.message, shown)
                    .await?;
            }
            if let Err(error) = edited {
                if is_gone(&error) {
                    self.core.forget_copy(copy).await?;
                } else {
                    tracing::warn!(error = %safe(&error), "could not redraw a card on Discord");
                }
            }
        }
        for thread in self.core.forum_posts_of(Platform::Discord, idea).await? {
            let locale = copies
                .iter()
                .find(|c| c.chat == thread)
                .map_or(Locale::EnGb, |c| c.locale);
            self.rename_post(&thread, idea, view.as_ref(), locale).await;
            match &view {
                None => {
                    for (message, _) in self
                        .core
                        .forum_messages_in(Platform::Discord, &thread)
                        .await?
                    {
                        self.take_down(&thread, &message).await?;
                    }
                }
                Some(view) => {
                    for comment in &view.comments {
                        self.mirror_comment(idea, comment.id).await?;
                    }
                }
            }
        }
        Ok(())
    }

    /// A forum post's name carries its idea's title, so it follows the idea too: the title
    /// while it is public, else the neutral line.
    async fn rename_post(
        &self,
        thread: &str,
        idea: IdeaId,
        view: Option<&IdeaView>,
        locale: Locale,
    ) {
        let Some(id) = thread.parse().ok().filter(|id| *id != 0) else {
            return;
        };
        let shown = match view {
            Some(view) => view.idea.title.clone(),
            None => self.look(locale).msg(&Msg::new("chat-withdrawn")),
        };
        // A thread's name is plain text, not Markdown: no escaping.
        let name = truncate(&format!("#{idea} {shown}"), MAX_THREAD_NAME);
        let body = serde_json::json!({ "name": name });
        let renamed = retrying(|| self.http.edit_thread(ChannelId::new(id), &body, None)).await;
        if let Err(error) = renamed
            && !is_gone(&error)
        {
            tracing::warn!(error = %safe(&error), "could not rename a forum post (does the bot have Manage Threads?)");
        }
    }

    /// A comment's copies follow its state: taken down when it is not public, copied in (or
    /// drawn again, its author perhaps erased) when it is.
    async fn revise_comment(&self, idea: IdeaId, comment: CommentId) -> Result<(), Error> {
        let copies = self
            .core
            .forum_copies_of(Platform::Discord, comment)
            .await?;
        let Some(public) = self.core.public_comment(comment).await? else {
            for (thread, message) in copies {
                self.take_down(&thread, &message).await?;
            }
            return Ok(());
        };
        let text = self.mirrored_comment(&public);
        for (thread, message) in &copies {
            let Some((channel, id)) = message_at(thread, message) else {
                continue;
            };
            // Only our own copies can be edited; a reply written there is its writer's.
            let edit = Note::public(text.clone()).into_edit();
            if let Err(error) = channel.edit_message(self.http.as_ref(), id, edit).await {
                tracing::debug!(error = %safe(&error), "a comment copy was not redrawn");
            }
        }
        self.mirror_comment(idea, comment).await
    }

    /// Deletes one message of a post (needs Manage Messages for replies people wrote) and
    /// forgets it, so a restored comment is copied in again.
    async fn take_down(&self, thread: &str, message: &str) -> Result<(), Error> {
        if let Some((channel, id)) = message_at(thread, message) {
            let deleted = retrying(|| channel.delete_message(self.http.as_ref(), id)).await;
            if let Err(error) = deleted
                && !is_gone(&error)
            {
                tracing::warn!(error = %safe(&error), "could not take a comment copy down (does the bot have Manage Messages?)");
                return Ok(());
            }
        }
        self.core
            .forget_forum_message(Platform::Discord, message)
            .await
    }
}

/// A message as stored (channel and message ids as text), or `None` when the ids are not
/// Discord's (snowflakes are never 0, and `ChannelId::new(0)` would panic).
fn message_at(channel: &str, message: &str) -> Option<(ChannelId, MessageId)> {
    let channel = channel.parse().ok().filter(|id| *id != 0)?;
    let message = message.parse().ok().filter(|id| *id != 0)?;
    Some((ChannelId::new(channel), MessageId::new(message)))
}

/// Discord says the message or channel no longer exists (10003 Unknown Channel, 10008
/// Unknown Message): nothing left to redraw or take down.
pub(crate) fn is_gone(error: &serenity::Error) -> bool {
    matches!(
        error,
        serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(response))
            if response.status_code.as_u16() == 404
                || matches!(response.error.code, 10003 | 10008)
    )
}

/// A REST call, tried again after a pause when Discord refuses it for its rate limit (429)
/// or its own trouble (5xx). Other refusals are final.
pub(crate) async fn retrying<T, F, Fut>(mut call: F) -> Result<T, serenity::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, serenity::Error>>,
{
    let mut attempt = 1;
    loop {
        match call().await {
            Err(error) if attempt < ATTEMPTS && worth_retrying(&error) => {
                tokio::time::sleep(Duration::from_secs(1) * attempt).await;
                attempt += 1;
            }
            outcome => return outcome,
        }
    }
}

pub(crate) fn worth_retrying(error: &serenity::Error) -> bool {
    use serenity::http::HttpError;
    match error {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) => {
            response.status_code.as_u16() == 429 || response.status_code.is_server_error()
        }
        // With serenity's limiter off (a proxy), a 429's body fails to decode.
        serenity::Error::Json(_) => true,
        _ => false,
    }
}

/// An error as it may be logged: a request error can quote a URL, and webhook URLs hold
/// tokens.
pub(crate) fn safe(error: &serenity::Error) -> String {
    match error {
        serenity::Error::Http(serenity::http::HttpError::UnsuccessfulRequest(response)) => {
            format!(
                "Discord answered {} ({})",
                response.status_code, response.error.code
            )
        }
        serenity::Error::Http(_) => "Discord could not be reached".into(),
        other => format!("{other}"),
    }
}
