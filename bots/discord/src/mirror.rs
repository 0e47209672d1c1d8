//! The Discord channels and forums tied to a sprint (`/mod announce`): each new visible idea is
//! announced in a tied text channel, or gets its own post in a tied forum, tagged with its
//! challenge; each visible comment on an idea with a post is mirrored into that post once,
//! unless it was written there. One follower of the outbox; replicas share its cursor, so
//! each event is handled by whichever replica claims it.

use crate::app::App;
use crate::markdown::{escape, truncate};
use crate::note::Note;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::IdeaView;
use crowdsprint_core::{Error, background};
use serenity::builder::CreateForumPost;
use serenity::model::channel::{Channel as DiscordChannel, ChannelType, GuildChannel};
use serenity::model::id::{ChannelId, ForumTagId};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// The outbox follower's name (its cursor).
const FOLLOWER: &str = "discord-channels";
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
            app.follow_outbox().await
        })
    }

    async fn follow_outbox(&self) -> Result<(), Error> {
        loop {
            let rows = self.core.claim_broadcasts(FOLLOWER, 50).await?;
            if rows.is_empty() {
                return Ok(());
            }
            for row in rows {
                match row.event {
                    Event::IdeaPublished {
                        idea,
                        sprint,
                        challenge,
                        ..
                    } => self.publish_idea(idea, sprint, challenge).await?,
                    Event::CommentPublished { idea, comment } => {
                        self.mirror_comment(idea, comment).await?;
                    }
                    _ => {}
                }
            }
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
        let look = self.look(locale);
        let mut card = look.idea_card(view, false);
        card.content = look.msg(&Msg::new("announce-heading"));
        retrying(|| channel.send_message(self.http.as_ref(), card.clone().into_channel_message()))
            .await
            .map(|_| ())
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

fn worth_retrying(error: &serenity::Error) -> bool {
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
