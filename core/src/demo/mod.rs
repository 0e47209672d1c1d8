//! Demo data for `crowdsprint seed-demo`: two realistic sprints a newcomer can explore, vote and
//! comment in, loaded only through the public `Core` API so every rule and outbox row applies.
//!
//! What it loads:
//! - 16 console members (`console:demo-priya`, ...) with varied backgrounds; Chioma Obi is made a
//!   champion and Rachel Moore a moderator, and Rachel runs both sprints.
//! - "Elective care recovery", open now (opened a week before `now`, closes four weeks after),
//!   with its seven real challenges, 34 ideas, a long tail of votes, comments with replies, and
//!   champion responses, so "awaiting response" shows answered and unanswered comments. One idea
//!   carries a phone number on purpose, so the review queue has something held.
//! - "Hospital discharge: home for noon", an older sprint in the theming stage with three
//!   challenges, six ideas, two themes and the Big Idea "Volunteer pick up and deliver service
//!   for medicines".
//!
//! Design: granting roles needs an admin, and only the operator's bootstrap admin list makes
//! one, so the caller passes `admin` (the binary registers or looks up its first bootstrap admin
//! and passes that actor). Ideas and votes are only taken while a sprint is open at the core's
//! clock time, so `now` must be the core's current time: the older sprint is created with a
//! window around `now`, filled, then given its past window and moved on to theming.
//!
//! Running it again is harmless: when a sprint titled [`ELECTIVE_SPRINT_TITLE`] exists, nothing is
//! written and the summary (read back from the database) says the demo was already there. When
//! only [`DISCHARGE_SPRINT_TITLE`] exists (an earlier run stopped part-way), it refuses rather
//! than load that sprint again and announce it to subscribers a second time.
//!
//! It may run while `serve` does, whose schedule opens, closes and reminds by the clock: each
//! sprint is opened while its window is still ahead (so the schedule has nothing to open), and
//! closed before its window is moved into the past (so the schedule has nothing to close), so
//! every announcement is made once, by the demo, and no step fails half-way.

use crate::domain::IdeaKind::{Experience, GoodPractice, Idea as NewIdea};
use crate::domain::*;
use crate::error::{Error, Result};
use crate::service::{Core, IdeaDraft, Registration, ReviewItem, SprintDraft, Target};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::HashMap;

mod data;
use data::*;

/// The title that marks the demo as loaded.
pub const ELECTIVE_SPRINT_TITLE: &str = "Elective care recovery";
/// The older sprint, in the theming stage.
pub const DISCHARGE_SPRINT_TITLE: &str = "Hospital discharge: home for noon";
/// The Big Idea that came out of the discharge sprint.
pub const BIG_IDEA_TITLE: &str = "Volunteer pick up and deliver service for medicines";

/// What the demo holds (or, when `already_present`, what the database holds for it now).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DemoSummary {
    /// True when an earlier run had loaded the demo and nothing was written this time.
    pub already_present: bool,
    pub elective_sprint: SprintId,
    pub discharge_sprint: SprintId,
    /// The demo champion and moderator, to try the team's commands with.
    pub champion: Identity,
    pub moderator: Identity,
    pub sprints: i64,
    pub challenges: i64,
    /// Demo members registered (the admin is not counted).
    pub members: i64,
    /// All ideas, held ones included.
    pub ideas: i64,
    /// Ideas held for review because they look like they carry personal details.
    pub held_ideas: i64,
    pub votes: i64,
    /// Comments, replies and responses.
    pub comments: i64,
    pub themes: i64,
    pub big_ideas: i64,
}

/// Loads the demo sprints, members, ideas, votes, comments, themes and Big Idea through the
/// core API, as `admin` (who must be an admin: it grants the demo champion and moderator).
/// `now` must be the core clock's current time. See the module documentation.
#[tracing::instrument(skip_all)]
pub async fn seed_demo(core: &Core, admin: &Actor, now: DateTime<Utc>) -> Result<DemoSummary> {
    admin.may(Action::GrantRoles)?;
    let sprints = core.sprints(Some(admin)).await?;
    if let Some(elective) = sprints.iter().find(|s| s.title == ELECTIVE_SPRINT_TITLE) {
        tracing::info!(sprint = %elective.id, "demo already loaded");
        return summarise_existing(core, admin, &sprints, elective.id).await;
    }
    if sprints.iter().any(|s| s.title == DISCHARGE_SPRINT_TITLE) {
        return Err(Error::Corrupt(format!(
            "the demo sprint \"{DISCHARGE_SPRINT_TITLE}\" exists but \"{ELECTIVE_SPRINT_TITLE}\" \
             does not: an earlier run stopped part-way, and loading it again would announce the \
             same sprint twice; load the demo into a fresh database"
        )));
    }
    // The demo is the operator's doing, written in one go: people's limits do not apply.
    let unlimited = core.without_member_limits();
    let mut seeder = Seeder {
        core: &unlimited,
        now,
        members: HashMap::new(),
        ideas: HashMap::new(),
        tally: Tally::default(),
    };
    seeder.register_members(admin).await?;
    let discharge = seeder.discharge_sprint().await?;
    let elective = seeder.elective_sprint().await?;
    let t = seeder.tally;
    tracing::info!(ideas = t.ideas, votes = t.votes, "demo loaded");
    Ok(DemoSummary {
        already_present: false,
        elective_sprint: elective,
        discharge_sprint: discharge,
        champion: identity(CHAMPION),
        moderator: identity(MODERATOR),
        sprints: 2,
        challenges: t.challenges,
        members: t.members,
        ideas: t.ideas,
        held_ideas: t.held_ideas,
        votes: t.votes,
        comments: t.comments,
        themes: t.themes,
        big_ideas: t.big_ideas,
    })
}

/// The console identity of a demo member, e.g. `console:demo-priya`.
pub fn identity(handle: &str) -> Identity {
    Identity::new(Platform::Console, format!("demo-{handle}"))
}

/// Every demo member's identity, in the order they are registered.
pub fn identities() -> Vec<Identity> {
    MEMBERS.iter().map(|m| identity(m.handle)).collect()
}

/// Reads back what an earlier run loaded.
async fn summarise_existing(
    core: &Core,
    admin: &Actor,
    sprints: &[Sprint],
    elective: SprintId,
) -> Result<DemoSummary> {
    let discharge = sprints
        .iter()
        .find(|s| s.title == DISCHARGE_SPRINT_TITLE)
        .ok_or_else(|| {
            Error::Corrupt(format!(
                "the demo sprint \"{ELECTIVE_SPRINT_TITLE}\" exists but \
                 \"{DISCHARGE_SPRINT_TITLE}\" does not: the demo was only partly loaded"
            ))
        })?
        .id;
    let mut summary = DemoSummary {
        already_present: true,
        elective_sprint: elective,
        discharge_sprint: discharge,
        champion: identity(CHAMPION),
        moderator: identity(MODERATOR),
        sprints: 2,
        challenges: 0,
        members: 0,
        ideas: 0,
        held_ideas: 0,
        votes: 0,
        comments: 0,
        themes: 0,
        big_ideas: 0,
    };
    for id in [elective, discharge] {
        let stats = core.stats(admin, Some(id)).await?;
        summary.challenges += count(stats.challenges.len());
        summary.ideas += stats.total.ideas;
        summary.votes += stats.total.votes;
        summary.comments += stats.total.comments;
        summary.themes += count(core.themes(id).await?.len());
        summary.big_ideas += count(core.big_ideas(id).await?.len());
    }
    for identity in identities() {
        if core.actor_for(&identity).await?.is_some() {
            summary.members += 1;
        }
    }
    // Held ideas come first in the queue, so a generous page holds all of the demo's.
    let queue = core.review_queue(admin, 100).await?;
    summary.held_ideas = count(
        queue
            .items
            .iter()
            .filter(|item| {
                matches!(item, ReviewItem::Idea(idea)
                    if idea.visibility == Visibility::Pending
                        && (idea.sprint_id == elective || idea.sprint_id == discharge))
            })
            .count(),
    );
    Ok(summary)
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    challenges: i64,
    members: i64,
    ideas: i64,
    held_ideas: i64,
    votes: i64,
    comments: i64,
    themes: i64,
    big_ideas: i64,
}

/// The state of one run: who is who, which idea is which, and what was written.
struct Seeder<'a> {
    core: &'a Core,
    now: DateTime<Utc>,
    members: HashMap<&'static str, Actor>,
    ideas: HashMap<&'static str, IdeaId>,
    tally: Tally,
}

impl Seeder<'_> {
    /// Registers the demo members (reusing any left by an interrupted run) and grants the
    /// champion and moderator roles.
    async fn register_members(&mut self, admin: &Actor) -> Result<()> {
        for m in MEMBERS {
            let identity = identity(m.handle);
            let actor = match self.core.actor_for(&identity).await? {
                Some(actor) => actor,
                None => {
                    let registration = Registration {
                        display_name: DisplayName::parse(m.name)?,
                        describes: m.describes,
                        organisation: m.organisation.map(Organisation::parse).transpose()?,
                        region: m.region.map(Region::parse).transpose()?,
                        locale: m.locale,
                        consent: true,
                    };
                    self.core.register(&identity, registration).await?;
                    self.core.require_actor(&identity).await?
                }
            };
            let actor = if actor.role() != m.role && actor.member() != admin.member() {
                self.core.set_role(admin, actor.member(), m.role).await?;
                self.core.require_actor(&identity).await?
            } else {
                actor
            };
            self.members.insert(m.handle, actor);
            self.tally.members += 1;
        }
        Ok(())
    }

    fn member(&self, handle: &str) -> Result<&Actor> {
        self.members
            .get(handle)
            .ok_or_else(|| Error::Corrupt(format!("demo data names no member {handle:?}")))
    }

    fn idea(&self, key: &str) -> Result<IdeaId> {
        self.ideas
            .get(key)
            .copied()
            .ok_or_else(|| Error::Corrupt(format!("demo data names no idea {key:?}")))
    }

    /// The older sprint: filled while its window includes now, then moved into the past and on
    /// to theming, with two themes and a Big Idea.
    async fn discharge_sprint(&mut self) -> Result<SprintId> {
        let moderator = self.member(MODERATOR)?.clone();
        let now = self.now;
        let opens_at = now - Duration::weeks(12);
        // Open for a week more while it is filled: closing within 48 hours, the schedule
        // would remind subscribers of a sprint that is about to be closed anyway.
        let (sprint, challenges) = self
            .open_sprint(
                &moderator,
                DISCHARGE_SPRINT_TITLE,
                "Solving Together: how can we help people leave hospital safely, at the right \
                 time, and be home by noon?",
                opens_at,
                now + Duration::weeks(1),
                DISCHARGE_CHALLENGES,
            )
            .await?;
        self.post_ideas(&challenges, DISCHARGE_IDEAS).await?;
        let core = self.core;
        // Closed first, then moved into the past: the other way round, a schedule run in
        // between would close (and announce) it, and the demo's own close would then fail.
        core.set_sprint_stage(&moderator, sprint, SprintStage::Closed)
            .await?;
        core.set_sprint_window(&moderator, sprint, opens_at, now - Duration::weeks(6))
            .await?;
        core.set_sprint_stage(&moderator, sprint, SprintStage::Theming)
            .await?;
        let mut big_idea_themes = Vec::new();
        for theme in DISCHARGE_THEMES {
            let created = core
                .create_theme(
                    &moderator,
                    sprint,
                    Title::parse(theme.name)?,
                    Description::parse(theme.description)?,
                )
                .await?;
            self.tally.themes += 1;
            for key in theme.ideas {
                core.add_to_theme(&moderator, created.id, self.idea(key)?)
                    .await?;
            }
            if theme.in_big_idea {
                big_idea_themes.push(created.id);
            }
        }
        core.create_big_idea(
            &moderator,
            sprint,
            Title::parse(BIG_IDEA_TITLE)?,
            Description::parse(
                "Trained volunteers collect take-home medicines from the hospital pharmacy and \
                 deliver them to people's homes, so nobody waits in a bed for a bag of tablets.",
            )?,
            &big_idea_themes,
        )
        .await?;
        self.tally.big_ideas += 1;
        // Conversations go on after a sprint closes; these come after the theming.
        self.post_comments(DISCHARGE_COMMENTS).await?;
        Ok(sprint)
    }

    /// The sprint a newcomer lands in: open now, with ideas, votes, comments and responses.
    async fn elective_sprint(&mut self) -> Result<SprintId> {
        let moderator = self.member(MODERATOR)?.clone();
        let (sprint, challenges) = self
            .open_sprint(
                &moderator,
                ELECTIVE_SPRINT_TITLE,
                "Solving Together: ideas from staff, patients, carers and partners to help the \
                 millions of people waiting for planned operations and treatment. No idea is too \
                 small, and no one is too inexperienced to take part.",
                self.now - Duration::weeks(1),
                self.now + Duration::weeks(4),
                ELECTIVE_CHALLENGES,
            )
            .await?;
        self.post_ideas(&challenges, ELECTIVE_IDEAS).await?;
        self.post_comments(ELECTIVE_COMMENTS).await?;
        let champion = self.member(CHAMPION)?.clone();
        for (key, body) in ELECTIVE_IDEA_RESPONSES {
            let target = Target::Idea(self.idea(key)?);
            self.core
                .respond(&champion, target, CommentBody::parse(*body)?)
                .await?;
            self.tally.comments += 1;
        }
        Ok(sprint)
    }

    /// Creates a sprint with its challenges, opens it, then gives it its window. It is a draft
    /// only while its window is a year ahead, so a schedule run meanwhile cannot open it too
    /// (the demo's own opening would then fail).
    async fn open_sprint(
        &mut self,
        moderator: &Actor,
        title: &str,
        description: &str,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
        challenges: &[(&str, &str)],
    ) -> Result<(SprintId, Vec<ChallengeId>)> {
        let ahead = Duration::days(365);
        let draft = SprintDraft {
            title: Title::parse(title)?,
            description: Description::parse(description)?,
            opens_at: self.now + ahead,
            closes_at: self.now + ahead + (closes_at - opens_at),
        };
        let sprint = self.core.create_sprint(moderator, draft).await?.id;
        let mut ids = Vec::new();
        for (title, description) in challenges {
            let challenge = self
                .core
                .add_challenge(
                    moderator,
                    sprint,
                    Title::parse(*title)?,
                    Description::parse(*description)?,
                )
                .await?;
            ids.push(challenge.id);
            self.tally.challenges += 1;
        }
        self.core
            .set_sprint_stage(moderator, sprint, SprintStage::Open)
            .await?;
        self.core
            .set_sprint_window(moderator, sprint, opens_at, closes_at)
            .await?;
        Ok((sprint, ids))
    }

    /// Posts each idea, then gives it its supporters: members in turn, never its author.
    async fn post_ideas(&mut self, challenges: &[ChallengeId], ideas: &[DemoIdea]) -> Result<()> {
        for idea in ideas {
            let challenge = *challenges.get(idea.challenge).ok_or_else(|| {
                Error::Corrupt(format!("demo idea {:?} names no challenge", idea.key))
            })?;
            let author = self.member(idea.author)?.clone();
            let draft = IdeaDraft {
                challenge,
                title: IdeaTitle::parse(idea.title)?,
                body: IdeaBody::parse(idea.body)?,
                kind: idea.kind,
                origin: Origin::Chat(Platform::Console),
            };
            let submitted = self.core.submit_idea(&author, draft).await?;
            let id = submitted.idea.id;
            self.ideas.insert(idea.key, id);
            self.tally.ideas += 1;
            if !submitted.held_for.is_empty() {
                self.tally.held_ideas += 1;
                continue;
            }
            let voters = MEMBERS
                .iter()
                .cycle()
                .skip(count_usize(self.tally.ideas) * 5 % MEMBERS.len())
                .take(MEMBERS.len())
                .filter(|m| m.handle != idea.author)
                .take(idea.supporters);
            for voter in voters {
                let voter = self.member(voter.handle)?;
                self.core.support(voter, id).await?;
                self.tally.votes += 1;
            }
        }
        Ok(())
    }

    /// Posts each comment with its replies, and the champion's response where there is one.
    async fn post_comments(&mut self, comments: &[DemoComment]) -> Result<()> {
        let champion = self.member(CHAMPION)?.clone();
        for c in comments {
            let idea = self.idea(c.idea)?;
            let author = self.member(c.author)?;
            let posted = self
                .core
                .comment(author, idea, None, CommentBody::parse(c.body)?)
                .await?;
            self.tally.comments += 1;
            for (who, body) in c.replies {
                let who = self.member(who)?;
                self.core
                    .comment(
                        who,
                        idea,
                        Some(posted.comment.id),
                        CommentBody::parse(*body)?,
                    )
                    .await?;
                self.tally.comments += 1;
            }
            if let Some(body) = c.response {
                let target = Target::Comment(posted.comment.id);
                self.core
                    .respond(&champion, target, CommentBody::parse(body)?)
                    .await?;
                self.tally.comments += 1;
            }
        }
        Ok(())
    }
}

fn count_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// The data. Plain text only: nothing here may look like personal details to the PII scanner
// except the one idea that is meant to be held (`community-transport`).

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pii;

    fn all_ideas() -> impl Iterator<Item = &'static DemoIdea> {
        ELECTIVE_IDEAS.iter().chain(DISCHARGE_IDEAS)
    }

    #[test]
    fn only_the_one_meant_to_be_held_looks_personal() {
        for idea in all_ideas() {
            let found = pii::scan(&format!("{}\n{}", idea.title, idea.body));
            if idea.key == "community-transport" {
                assert_eq!(found, vec![pii::PiiKind::PhoneNumber]);
            } else {
                assert!(found.is_empty(), "{}: {found:?}", idea.key);
            }
        }
        let comments = ELECTIVE_COMMENTS.iter().chain(DISCHARGE_COMMENTS);
        for c in comments {
            let texts = [c.body]
                .into_iter()
                .chain(c.replies.iter().map(|(_, body)| *body))
                .chain(c.response);
            for text in texts {
                assert!(pii::scan(text).is_empty(), "{text}");
            }
        }
        for (_, text) in ELECTIVE_IDEA_RESPONSES {
            assert!(pii::scan(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn every_name_the_data_uses_exists_and_texts_are_valid() {
        let handles: Vec<&str> = MEMBERS.iter().map(|m| m.handle).collect();
        let keys: Vec<&str> = all_ideas().map(|i| i.key).collect();
        for idea in ELECTIVE_IDEAS {
            assert!(idea.challenge < ELECTIVE_CHALLENGES.len(), "{}", idea.key);
        }
        for idea in DISCHARGE_IDEAS {
            assert!(idea.challenge < DISCHARGE_CHALLENGES.len(), "{}", idea.key);
        }
        for idea in all_ideas() {
            assert!(handles.contains(&idea.author), "{}", idea.key);
            assert!(idea.supporters < MEMBERS.len(), "{}", idea.key);
            assert!(IdeaTitle::parse(idea.title).is_ok(), "{}", idea.key);
            assert!(IdeaBody::parse(idea.body).is_ok(), "{}", idea.key);
        }
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "idea keys are unique");
        for c in ELECTIVE_COMMENTS.iter().chain(DISCHARGE_COMMENTS) {
            assert!(keys.contains(&c.idea), "{}", c.idea);
            assert!(handles.contains(&c.author), "{}", c.author);
            for (who, _) in c.replies {
                assert!(handles.contains(who), "{who}");
            }
        }
        for theme in DISCHARGE_THEMES {
            for key in theme.ideas {
                assert!(DISCHARGE_IDEAS.iter().any(|i| i.key == *key), "{key}");
            }
        }
        assert!((12..=16).contains(&MEMBERS.len()));
        assert!((30..=40).contains(&(ELECTIVE_IDEAS.len() + DISCHARGE_IDEAS.len())));
    }
}
