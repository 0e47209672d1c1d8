//! Posting ideas, finding similar ones, and reading ideas one at a time or in lists.

use super::Core;
use crate::domain::pii::{self, PiiKind};
use crate::domain::similarity;
use crate::domain::*;
use crate::error::Result;
use crate::notify::Event;
use crate::store::{Db, IdeaOrder, IdeaScope, NewIdeaRow};
use serde::Serialize;

/// An idea as its author wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct IdeaDraft {
    pub challenge: ChallengeId,
    pub title: IdeaTitle,
    pub body: IdeaBody,
    pub kind: IdeaKind,
    pub origin: Origin,
}

impl IdeaDraft {
    /// The one place a draft is made from what someone typed (in a conversation or a form):
    /// the title and body are checked here.
    pub fn from_answers(
        challenge: ChallengeId,
        title: &str,
        body: &str,
        kind: IdeaKind,
        origin: Origin,
    ) -> std::result::Result<IdeaDraft, UserError> {
        Ok(IdeaDraft {
            challenge,
            title: IdeaTitle::parse(title)?,
            body: IdeaBody::parse(body)?,
            kind,
            origin,
        })
    }
}

/// What happened to a posted idea.
#[derive(Debug, Clone, Serialize)]
pub struct IdeaSubmitted {
    pub idea: Idea,
    /// Non-empty when the idea is held until a person checks it, and why.
    pub held_for: Vec<PiiKind>,
    /// Up to three visible ideas that read alike, to offer support instead.
    pub similar: Vec<Idea>,
    /// Set when a champion captured it on a group's behalf: the code participants send
    /// (`/claim CODE`) to become its co-authors.
    pub claim_code: Option<ClaimCode>,
}

impl IdeaSubmitted {
    /// For an idea captured on a group's behalf, the line that gives its claim code.
    pub fn claim_line(&self) -> Option<Msg> {
        let code = self.claim_code.as_ref()?;
        Some(
            Msg::new("idea-captured")
                .arg("id", self.idea.id.get())
                .arg(
                    "session",
                    self.idea.origin.captured_at().unwrap_or_default(),
                )
                .arg("code", code.to_string()),
        )
    }
}

/// One idea as a particular person sees it.
#[derive(Debug, Clone, Serialize)]
pub struct IdeaView {
    pub idea: Idea,
    pub challenge: Challenge,
    pub comments: Vec<Comment>,
    pub themes: Vec<String>,
    pub supported: bool,
    pub following: bool,
}

/// A page of ideas.
#[derive(Debug, Clone, Serialize)]
pub struct IdeaPage {
    pub ideas: Vec<Idea>,
    /// Zero-based page number shown.
    pub page: i64,
    pub total: i64,
    pub page_size: i64,
}

impl IdeaPage {
    pub fn pages(&self) -> i64 {
        ((self.total + self.page_size - 1) / self.page_size).max(1)
    }

    /// What this page shows as a page of `order`, to record it where it is public.
    pub fn shown(&self, order: ListOrder, locale: Locale) -> Option<ShownIdeas> {
        let ideas = self.ideas.iter().map(|i| i.id).collect();
        ShownIdeas::page(order, self.page, ideas, locale)
    }
}

/// How many similar ideas are offered.
const SIMILAR_LIMIT: usize = 3;

impl Core {
    /// Posts an idea. Ideas that look like they hold personal details are held for review and
    /// shown to nobody else until a person approves them.
    #[tracing::instrument(skip_all, fields(challenge = %draft.challenge))]
    pub async fn submit_idea(&self, actor: &Actor, draft: IdeaDraft) -> Result<IdeaSubmitted> {
        actor.may(Action::Contribute)?;
        self.within_limit(LimitKind::Idea, actor)?;
        let now = self.now();
        let held_for = pii::scan(&format!("{}\n{}", draft.title, draft.body));
        crate::metrics::pii_held(&held_for);
        let visibility = if held_for.is_empty() {
            Visibility::Visible
        } else {
            Visibility::Pending
        };

        let mut tx = self.store.begin().await?;
        let mut db = tx.db();
        let challenge = db
            .challenge(draft.challenge)
            .await?
            .or_not_found(draft.challenge)?;
        let sprint = db
            .sprint(challenge.sprint_id)
            .await?
            .or_not_found(challenge.sprint_id)?;
        if !sprint.accepts_contributions(now) {
            return Err(UserError::SprintNotOpen { id: sprint.id }.into());
        }
        let origin = self.origin_for(&mut db, actor, draft.origin).await?;
        let id = db
            .insert_idea(&NewIdeaRow {
                sprint: sprint.id,
                challenge: challenge.id,
                author: Some(actor.member()),
                title: draft.title.as_str(),
                body: draft.body.as_str(),
                kind: draft.kind,
                origin: &origin,
                visibility: &visibility,
                held_for: &held_for,
                now,
            })
            .await?;
        db.follow(actor.member(), id, false, now).await?;
        let claim_code = match origin {
            Origin::Captured(_) => Some(super::capture::give_claim_code(&mut db, id).await?),
            _ => None,
        };
        let title = draft.title.into_inner();
        if held_for.is_empty() {
            let event = Event::IdeaPublished {
                idea: id,
                sprint: sprint.id,
                challenge: challenge.id,
                title,
            };
            db.enqueue(&event, None, Some(sprint.id), now).await?;
        } else {
            let event = Event::IdeaHeld {
                idea: id,
                title,
                reasons: held_for.clone(),
            };
            db.enqueue(&event, Some(actor.member()), Some(sprint.id), now)
                .await?;
        }
        let idea = db.idea(id).await?.or_not_found(id)?;
        tx.commit().await?;

        // Similar ideas are a read after the write, outside the transaction: the writer is free
        // again while we search.
        let similar = self
            .similar_to(sprint.id, &idea.title, &idea.body, Some(id))
            .await?;
        tracing::info!(idea = %id, held = !held_for.is_empty(), "idea submitted");
        Ok(IdeaSubmitted {
            idea,
            held_for,
            similar,
            claim_code,
        })
    }

    /// Visible ideas in the challenge's sprint that read like this draft: for "support one of
    /// these instead, or post yours anyway?" before posting.
    pub async fn similar_ideas(
        &self,
        challenge: ChallengeId,
        title: &str,
        body: &str,
    ) -> Result<Vec<Idea>> {
        let challenge = self.challenge(challenge).await?;
        self.similar_to(challenge.sprint_id, title, body, None)
            .await
    }

    async fn similar_to(
        &self,
        sprint: SprintId,
        title: &str,
        body: &str,
        exclude: Option<IdeaId>,
    ) -> Result<Vec<Idea>> {
        let text = format!("{title} {body}");
        let wanted = similarity::keywords(&text);
        let terms = similarity::search_terms(&text);
        let mut conn = self.store.read().await?;
        let candidates = conn
            .db()
            .search_visible_ideas(sprint, &terms, exclude, 20)
            .await?;
        Ok(candidates
            .into_iter()
            .filter(|c| {
                similarity::is_similar(
                    &wanted,
                    &similarity::keywords(&format!("{} {}", c.title, c.body)),
                )
            })
            .take(SIMILAR_LIMIT)
            .collect())
    }

    /// One idea with its comments, as `viewer` may see it.
    pub async fn idea_view(&self, viewer: Option<&Actor>, id: IdeaId) -> Result<IdeaView> {
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let idea = visible_idea(&mut db, viewer, id).await?;
        let staff = viewer.is_some_and(Actor::is_staff);
        let me = viewer.map(Actor::member);
        let comments = db
            .comments_on(id)
            .await?
            .into_iter()
            .filter(|c| match c.visibility {
                Visibility::Visible => true,
                Visibility::Pending => staff || (me.is_some() && c.author_id == me),
                _ => staff,
            })
            .collect();
        let challenge = db.challenge(idea.challenge_id).await?.or_not_found(id)?;
        let themes = db.theme_names_of(id).await?;
        let (supported, following) = match me {
            Some(member) => (
                db.has_voted(id, member).await?,
                db.is_following(member, id).await?,
            ),
            None => (false, false),
        };
        Ok(IdeaView {
            idea,
            challenge,
            comments,
            themes,
            supported,
            following,
        })
    }

    /// A page of ideas: a sprint's top or newest visible ideas, or the viewer's own in any state.
    pub async fn list_ideas(
        &self,
        viewer: Option<&Actor>,
        sprint: Option<SprintId>,
        order: ListOrder,
        page: i64,
    ) -> Result<IdeaPage> {
        let page = page.max(0);
        let size = self.settings.page_size;
        let offset = page.saturating_mul(size);
        if order == ListOrder::Mine {
            let actor = viewer.ok_or(UserError::NotRegistered)?;
            let mut conn = self.store.read().await?;
            let mut db = conn.db();
            let ideas = db.ideas_by_author(actor.member(), size, offset).await?;
            let total = db.count_ideas_by_author(actor.member()).await?;
            return Ok(IdeaPage {
                ideas,
                page,
                total,
                page_size: size,
            });
        }
        let sprint = match sprint {
            Some(id) => id,
            None => self.current_sprint().await?.id,
        };
        let order = if order == ListOrder::Top {
            IdeaOrder::Top
        } else {
            IdeaOrder::New
        };
        let mut conn = self.store.read().await?;
        let mut db = conn.db();
        let scope = IdeaScope::Sprint(sprint);
        let ideas = db.visible_ideas(scope, order, size, offset).await?;
        let total = db.count_visible_ideas(scope).await?;
        Ok(IdeaPage {
            ideas,
            page,
            total,
            page_size: size,
        })
    }
}

/// Loads an idea if `viewer` may see it; otherwise it does not exist for them.
pub(super) async fn visible_idea(
    db: &mut Db<'_>,
    viewer: Option<&Actor>,
    id: IdeaId,
) -> Result<Idea> {
    let idea = db.idea(id).await?.or_not_found(id)?;
    let staff = viewer.is_some_and(Actor::is_staff);
    if let Visibility::Merged { into } = idea.visibility
        && !staff
    {
        // Say where it went, so a shared link or an old number still leads somewhere.
        return Err(UserError::IdeaMerged { id, into }.into());
    }
    if !idea.visible_to(viewer.map(Actor::member), staff) {
        return Err(UserError::IdeaNotFound { id }.into());
    }
    Ok(idea)
}
