//! `seed-demo` on both databases: what it loads, that it is what the summary says, that
//! running it twice is harmless, that it announces each sprint once (even with a schedule
//! running beside it) and that a run which stopped part-way is not loaded a second time.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::demo::{
    self, BIG_IDEA_TITLE, DISCHARGE_SPRINT_TITLE, ELECTIVE_SPRINT_TITLE, seed_demo,
};
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::{ListOrder, ReviewItem, ScheduleRun, SprintDraft};
use crowdsprint_tests::{NowForTests, both_backends, crowdsprint_core};

both_backends! {
    async fn seeds_a_sprint_to_explore(env) {
        let admin = env.admin().await;
        let now = env.clock.now_for_tests();
        let summary = seed_demo(&env.core, &admin, now).await.unwrap();
        assert!(!summary.already_present);
        assert_eq!(summary.sprints, 2);
        assert_eq!(summary.challenges, 10);
        assert!((12..=16).contains(&summary.members), "{summary:?}");
        assert!((30..=40).contains(&summary.ideas), "{summary:?}");
        assert_eq!(summary.held_ideas, 1);
        assert_eq!((summary.themes, summary.big_ideas), (2, 1));

        // The counts are the database's.
        let elective = env.core.stats(&admin, Some(summary.elective_sprint)).await.unwrap();
        let discharge = env.core.stats(&admin, Some(summary.discharge_sprint)).await.unwrap();
        let both = [&elective, &discharge];
        assert_eq!(both.iter().map(|s| s.total.ideas).sum::<i64>(), summary.ideas);
        assert_eq!(both.iter().map(|s| s.total.votes).sum::<i64>(), summary.votes);
        assert_eq!(both.iter().map(|s| s.total.comments).sum::<i64>(), summary.comments);
        assert_eq!(
            both.iter().map(|s| s.challenges.len() as i64).sum::<i64>(),
            summary.challenges
        );
        assert!(summary.votes > summary.ideas, "a few votes per idea at least");
        assert!(elective.total.people >= 12);

        // The elective sprint is open now with its seven challenges; the older one is theming.
        assert_eq!(elective.sprint.title, ELECTIVE_SPRINT_TITLE);
        assert_eq!(elective.sprint.stage, SprintStage::Open);
        let titles: Vec<&str> = elective.challenges.iter().map(|(c, _)| c.title.as_str()).collect();
        assert_eq!(titles, [
            "Rethinking demand",
            "Making elective service recovery fair, inclusive and accessible",
            "Boosting capacity",
            "Building outstanding theatre teams",
            "Coordinating elective care",
            "Thinking the unthinkable",
            "Supporting people waiting for hip and knee operations",
        ]);
        assert!(elective.challenges.iter().all(|(c, _)| !c.description.is_empty()));
        assert_eq!(discharge.sprint.stage, SprintStage::Theming);
        assert!(discharge.sprint.closes_at < now);
        let overview = env.core.sprint_overview(None, None).await.unwrap();
        assert_eq!(overview.sprint.id, summary.elective_sprint, "the current sprint");
        assert!(overview.accepting);
        let themes = env.core.themes(summary.discharge_sprint).await.unwrap();
        assert_eq!(themes.len(), 2);
        assert!(themes.iter().all(|t| t.ideas > 0));
        let big = env.core.big_ideas(summary.discharge_sprint).await.unwrap();
        assert_eq!(big.len(), 1);
        assert_eq!(big[0].title, BIG_IDEA_TITLE);

        // The one idea with a phone number is held, and first in the review queue.
        let queue = env.core.review_queue(&admin, 100).await.unwrap();
        let held: Vec<&Idea> = queue
            .items
            .iter()
            .filter_map(|item| match item {
                ReviewItem::Idea(idea) if idea.visibility == Visibility::Pending => Some(idea),
                _ => None,
            })
            .collect();
        assert_eq!(held.len(), 1);
        assert_eq!(held[0].held_for, [pii::PiiKind::PhoneNumber]);
        assert_eq!(held[0].sprint_id, summary.elective_sprint);
        assert!(matches!(&queue.items[0], ReviewItem::Idea(i) if i.id == held[0].id));

        // The top list is ordered by supporters, and carries champions' responses.
        let top = env
            .core
            .list_ideas(None, Some(summary.elective_sprint), ListOrder::Top, 0)
            .await
            .unwrap();
        assert!(!top.ideas.is_empty());
        assert_eq!(top.total, elective.total.ideas - 1, "all but the held idea are visible");
        assert!(top.ideas.windows(2).all(|w| w[0].supporters >= w[1].supporters));
        assert!(top.ideas[0].supporters >= 10, "a few ideas have many supporters");
        let view = env.core.idea_view(None, top.ideas[0].id).await.unwrap();
        assert!(view.comments.iter().any(|c| c.is_response));
        assert!(view.comments.iter().any(|c| c.parent_id.is_some()));

        // "Awaiting response" holds unanswered comments, and none that were answered.
        let champion = env.core.require_actor(&summary.champion).await.unwrap();
        assert_eq!(champion.role(), Role::Champion);
        let moderator = env.core.require_actor(&summary.moderator).await.unwrap();
        assert_eq!(moderator.role(), Role::Moderator);
        let waiting = env.core.awaiting_response(&champion, 100).await.unwrap();
        assert!(!waiting.is_empty());
        let answered = view.comments.iter().filter_map(|c| c.parent_id.filter(|_| c.is_response));
        for id in answered {
            assert!(waiting.iter().all(|c| c.id != id), "comment {id} was answered");
        }

        // A newcomer can vote and comment straight away.
        let newcomer = env.member("newcomer", Role::Member).await;
        let before = top.ideas[1].supporters;
        assert_eq!(env.core.support(&newcomer, top.ideas[1].id).await.unwrap(), before + 1);
        let body = CommentBody::parse("I would sign up for this.").unwrap();
        env.core.comment(&newcomer, top.ideas[1].id, None, body).await.unwrap();
    }

    async fn seeding_twice_is_harmless(env) {
        let admin = env.admin().await;
        let now = env.clock.now_for_tests();
        let first = seed_demo(&env.core, &admin, now).await.unwrap();
        let again = seed_demo(&env.core, &admin, now).await.unwrap();
        assert!(again.already_present);
        assert_eq!(again, demo::DemoSummary { already_present: true, ..first });
        let sprints = env.core.sprints(Some(&admin)).await.unwrap();
        assert_eq!(sprints.len(), 2);
        for identity in demo::identities() {
            assert!(env.core.actor_for(&identity).await.unwrap().is_some(), "{identity}");
        }
    }

    async fn each_sprint_is_announced_once_and_the_schedule_has_nothing_left_to_do(env) {
        let admin = env.admin().await;
        let now = env.clock.now_for_tests();
        let summary = seed_demo(&env.core, &admin, now).await.unwrap();
        // `serve` may be running beside `seed-demo`: its schedule must find nothing to open,
        // close or remind of (it would otherwise announce a demo sprint a second time, or make
        // the demo's own step fail half-way and a second run load the older sprint again).
        assert_eq!(env.core.run_schedule().await.unwrap(), ScheduleRun::default());
        let mut conn = env.core.store().read().await.unwrap();
        let news: Vec<(&str, SprintId)> = conn.db().outbox_after(0, 10_000).await.unwrap()
            .iter()
            .filter_map(|row| match row.event {
                Event::SprintOpened { sprint, .. } => Some(("opened", sprint)),
                Event::SprintClosed { sprint, .. } => Some(("closed", sprint)),
                Event::SprintStageChanged { sprint, .. } => Some(("moved on", sprint)),
                Event::SprintClosingSoon { sprint, .. } => Some(("closing soon", sprint)),
                _ => None,
            })
            .collect();
        let (discharge, elective) = (summary.discharge_sprint, summary.elective_sprint);
        assert_eq!(news, [
            ("opened", discharge),
            ("closed", discharge),
            ("moved on", discharge),
            ("opened", elective),
        ]);
    }

    async fn a_run_that_stopped_part_way_is_not_loaded_again(env) {
        let admin = env.admin().await;
        let now = env.clock.now_for_tests();
        let draft = SprintDraft {
            title: Title::parse(DISCHARGE_SPRINT_TITLE).unwrap(),
            description: Description::parse("").unwrap(),
            opens_at: now,
            closes_at: now + chrono::Duration::days(7),
        };
        env.core.create_sprint(&admin, draft).await.unwrap();
        let refused = seed_demo(&env.core, &admin, now).await.unwrap_err();
        assert!(refused.to_string().contains("stopped part-way"), "{refused}");
        assert_eq!(env.core.sprints(Some(&admin)).await.unwrap().len(), 1, "nothing loaded twice");
    }

    async fn only_an_admin_may_seed(env) {
        let moderator = env.member("mod", Role::Moderator).await;
        let now = env.clock.now_for_tests();
        let refused = seed_demo(&env.core, &moderator, now).await.unwrap_err();
        assert_eq!(refused.as_user(), Some(&UserError::NotAllowed { needed: Role::Admin }));
        assert!(env.core.sprints(Some(&moderator)).await.unwrap().is_empty());
    }
}
