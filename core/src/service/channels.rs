//! Tying a group chat or topic to a sprint, so new visible ideas are announced there. The
//! followers that do the announcing read the broadcasts through `followers`.

use super::Core;
use crate::domain::*;
use crate::error::Result;

impl Core {
    /// `/announce` typed in `place` (`None`: a private chat, where there is no one to announce
    /// to): ties it, or with `off` unties it, and says what happened.
    pub async fn announce_here(
        &self,
        actor: &Actor,
        place: Option<&Place>,
        challenge: Option<ChallengeId>,
        off: bool,
    ) -> Result<Msg> {
        let Some(place) = place else {
            return Ok(Msg::new("announce-group-only"));
        };
        if off {
            let was = self.untie_channel(actor, place).await?;
            return Ok(Msg::new(if was {
                "announce-untied"
            } else {
                "announce-not-tied"
            }));
        }
        let channel = self.tie_channel(actor, place, challenge).await?;
        let title = match channel.challenge {
            Some(id) => self.challenge(id).await?.title,
            None => {
                self.sprint_overview(Some(actor), Some(channel.sprint))
                    .await?
                    .sprint
                    .title
            }
        };
        Ok(Msg::new("announce-tied").arg("title", title))
    }

    /// Ties `place` to the current sprint, or to `challenge` (and its sprint). Moderators only.
    /// Announcements there use the language of whoever tied it.
    pub async fn tie_channel(
        &self,
        actor: &Actor,
        place: &Place,
        challenge: Option<ChallengeId>,
    ) -> Result<Channel> {
        actor.may(Action::Moderate)?;
        let sprint = match challenge {
            Some(id) => self.challenge(id).await?.sprint_id,
            None => self.current_sprint().await?.id,
        };
        let now = self.now();
        let mut tx = self.store.begin().await?;
        tx.db()
            .tie_channel(
                place,
                sprint,
                challenge,
                actor.locale(),
                actor.member(),
                now,
            )
            .await?;
        tx.commit().await?;
        tracing::info!(platform = %place.platform, sprint = %sprint, "channel tied");
        Ok(Channel {
            id: 0,
            place: place.clone(),
            sprint,
            challenge,
            locale: actor.locale(),
        })
    }

    /// Stops announcing in `place`; true if it was tied. Moderators only.
    pub async fn untie_channel(&self, actor: &Actor, place: &Place) -> Result<bool> {
        actor.may(Action::Moderate)?;
        let mut tx = self.store.begin().await?;
        let gone = tx.db().untie_channel(place).await?;
        tx.commit().await?;
        Ok(gone)
    }

    /// The places on `platform` tied to `sprint` as a whole or to `challenge`.
    pub async fn channels_for(
        &self,
        platform: Platform,
        sprint: SprintId,
        challenge: Option<ChallengeId>,
    ) -> Result<Vec<Channel>> {
        let mut conn = self.store.read().await?;
        conn.db().channels_for(platform, sprint, challenge).await
    }

    /// What to announce of a newly published idea on `platform`: the places tied to its sprint
    /// or challenge, and the idea as a stranger sees it. `None` when nowhere wants it, or it
    /// was hidden since it was published.
    pub async fn idea_to_announce(
        &self,
        platform: Platform,
        idea: IdeaId,
        sprint: SprintId,
        challenge: ChallengeId,
    ) -> Result<Option<(Vec<Channel>, super::IdeaView)>> {
        let channels = self.channels_for(platform, sprint, Some(challenge)).await?;
        if channels.is_empty() {
            return Ok(None);
        }
        Ok(match self.idea_view(None, idea).await {
            Ok(view) if view.idea.visibility == Visibility::Visible => Some((channels, view)),
            _ => None,
        })
    }
}
