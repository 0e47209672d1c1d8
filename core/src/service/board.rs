//! What the public web board shows. Every read here is made as a person who has signed in
//! nowhere (viewer `None`) would make it, so the board can only show what core shows to
//! everyone: no draft sprint, no held, hidden or merged idea, no comment waiting for review,
//! and "a former member" for anyone erased.

use super::{Core, IdeaPage, SprintOverview};
use crate::domain::*;
use crate::error::Result;
use crate::store::{IdeaOrder, IdeaScope};

/// Ideas on one page of a challenge: a screen holds more than a chat message.
pub const BOARD_PAGE: i64 = 20;

/// A sprint as the board shows it: its overview, themes and Big Ideas.
#[derive(Debug, Clone)]
pub struct PublicSprint {
    pub overview: SprintOverview,
    pub themes: Vec<Theme>,
    pub big_ideas: Vec<BigIdea>,
    /// The sprint team's updates, newest first.
    pub updates: Vec<TeamUpdate>,
}

/// A challenge with a page of its published ideas.
#[derive(Debug, Clone)]
pub struct PublicChallenge {
    pub sprint: Sprint,
    pub challenge: Challenge,
    pub ideas: IdeaPage,
}

impl Core {
    /// Every sprint that is not a draft, newest first, with whether it takes ideas now.
    pub async fn public_sprints(&self) -> Result<Vec<(Sprint, bool)>> {
        let now = self.now();
        Ok(self
            .sprints(None)
            .await?
            .into_iter()
            .map(|s| {
                let accepting = s.accepts_contributions(now);
                (s, accepting)
            })
            .collect())
    }

    /// A sprint for everyone to read, with its themes and Big Ideas.
    pub async fn public_sprint(&self, id: SprintId) -> Result<PublicSprint> {
        let overview = self.sprint_overview(None, Some(id)).await?;
        let themes = self.themes(id).await?;
        let big_ideas = self.big_ideas(id).await?;
        let (_, updates) = self.updates(None, Some(id)).await?;
        Ok(PublicSprint {
            overview,
            themes,
            big_ideas,
            updates,
        })
    }

    /// One challenge's published ideas, top or newest first, a page at a time.
    pub async fn public_challenge(
        &self,
        id: ChallengeId,
        order: ListOrder,
        page: i64,
    ) -> Result<PublicChallenge> {
        let page = page.max(0);
        let size = BOARD_PAGE;
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let challenge = db.challenge(id).await?.or_not_found(id)?;
        let sprint = db
            .sprint(challenge.sprint_id)
            .await?
            .or_not_found(challenge.sprint_id)?;
        if sprint.stage == SprintStage::Draft {
            return Err(id.not_found().into());
        }
        let order = match order {
            ListOrder::New => IdeaOrder::New,
            ListOrder::Top | ListOrder::Mine => IdeaOrder::Top,
        };
        let offset = page.saturating_mul(size);
        let scope = IdeaScope::Challenge(id);
        let ideas = db.visible_ideas(scope, order, size, offset).await?;
        let total = db.count_visible_ideas(scope).await?;
        Ok(PublicChallenge {
            sprint,
            challenge,
            ideas: IdeaPage {
                ideas,
                page,
                total,
                page_size: size,
            },
        })
    }
}
