//! The sprint team's numbers: people, ideas, votes, comments and interactions per sprint and
//! per challenge, after a small scripted stretch of activity.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_core::store::Counts;
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, reason, user_error};

both_backends! {
    async fn the_response_promise_is_measured_in_working_days_per_challenge(env) {
        // The test clock starts on Monday 15 June 2026 at 09:00 UTC.
        let (sprint, challenges) = env.open_sprint().await;
        let champion = env.member("chris", Role::Champion).await;
        let ann = env.member("ann", Role::Member).await;
        let first = env.approved_idea(&ann, challenges[0].id, "Volunteer drivers").await;
        let second = env.approved_idea(&ann, challenges[1].id, "Board rounds at 8").await;
        let quick = env.core.comment(&ann, first.id, None, comment_body("Who pays?")).await.unwrap().comment;
        let slow = env.core.comment(&ann, first.id, None, comment_body("And at weekends?")).await.unwrap().comment;
        env.core.comment(&ann, second.id, None, comment_body("Not answered")).await.unwrap();
        // Answered the next morning, and eight days later (past five working days).
        env.clock.advance(chrono::Duration::hours(24));
        env.core.respond(&champion, Target::Comment(quick.id), comment_body("The trust does")).await.unwrap();
        env.clock.advance(chrono::Duration::days(8));
        env.core.respond(&champion, Target::Comment(slow.id), comment_body("Yes")).await.unwrap();

        let stats = env.core.stats(&champion, Some(sprint.id)).await.unwrap();
        assert_eq!((stats.responses.answered, stats.responses.within_target, stats.responses.target_days), (2, 1, 5));
        assert_eq!(stats.responses.median, Some(chrono::Duration::hours(24 + 9 * 24) / 2));
        assert_eq!((stats.challenge_responses[0].answered, stats.challenge_responses[0].within_target), (2, 1));
        assert_eq!(stats.challenge_responses[1].answered, 0, "the second challenge's comment waits");

        // As `/stats` shows it, in words.
        let catalog = crowdsprint_core::i18n::Catalog::load().unwrap();
        let text = catalog.render(Locale::EnGb, &stats.responses.to_msg());
        assert!(text.contains("1 of 2 within 5 working days"), "{text}");
        assert!(text.contains("5 days"), "the median, 5 days: {text}");
        let none = catalog.render(Locale::EnGb, &stats.challenge_responses[1].to_msg());
        assert_eq!(none, "First responses: none yet.");
    }

    async fn numbers_per_sprint_and_challenge_are_right(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let (people, teams) = (challenges[0].id, challenges[1].id);
        let moderator = env.member("mo", Role::Moderator).await;
        let mut m = std::collections::HashMap::new();
        for name in ["alice", "bob", "carol", "dave", "erin", "frank", "harry", "ivy"] {
            m.insert(name, env.member(name, Role::Member).await);
        }
        // People: two ideas, a hidden one and a duplicate merged in.
        let a1 = env.idea(&m["alice"], people, "Volunteers deliver medicines", "").await;
        env.idea(&m["bob"], people, "Pharmacy opens at 7", "").await;
        let e1 = env.idea(&m["erin"], people, "Off-topic advert", "").await;
        let h1 = env.idea(&m["harry"], people, "Medicines delivered home", "").await;
        // Teams: one idea.
        let c1 = env.idea(&m["carol"], teams, "Board rounds at 8", "").await;

        for (who, idea) in [("bob", a1.id), ("carol", a1.id), ("ivy", a1.id), ("ivy", h1.id), ("frank", e1.id), ("alice", c1.id)] {
            env.core.support(&m[who], idea).await.unwrap();
        }
        env.core.comment(&m["dave"], a1.id, None, comment_body("Yes please")).await.unwrap();
        env.core.comment(&m["frank"], e1.id, None, comment_body("Buy now")).await.unwrap();
        env.core.comment(&m["alice"], c1.id, None, comment_body("Works on our ward")).await.unwrap();
        let rude = env.core.comment(&m["bob"], c1.id, None, comment_body("Rude words")).await.unwrap().comment;
        env.core.hide(&moderator, Target::Comment(rude.id), reason("Unkind")).await.unwrap();
        env.core.hide(&moderator, Target::Idea(e1.id), reason("Advertising")).await.unwrap();
        env.core.merge(&moderator, h1.id, a1.id).await.unwrap();

        // Activity in another sprint never counts here.
        let (_, other) = env.open_sprint().await;
        let elsewhere = env.idea(&m["alice"], other[0].id, "Somewhere else", "").await;
        env.core.support(&m["bob"], elsewhere.id).await.unwrap();

        let stats = env.core.stats(&moderator, Some(sprint.id)).await.unwrap();
        assert_eq!(stats.sprint.id, sprint.id);
        // alice, bob, carol, dave and ivy (once, though she backed both duplicates); erin and
        // frank only touched the hidden idea, harry only the merged one.
        let people_counts = Counts { people: 5, ideas: 2, votes: 3, comments: 1 };
        let teams_counts = Counts { people: 2, ideas: 1, votes: 1, comments: 1 };
        let total = Counts { people: 5, ideas: 3, votes: 4, comments: 2 };
        assert_eq!(stats.total, total);
        assert_eq!(stats.total.interactions(), 9);
        let per_challenge: Vec<(ChallengeId, Counts)> = stats.challenges.iter().map(|(c, n)| (c.id, *n)).collect();
        assert_eq!(per_challenge, vec![(people, people_counts), (teams, teams_counts)]);
        assert_eq!(people_counts.interactions(), 6);
        assert_eq!(teams_counts.interactions(), 3);

        // Everyone sees the same sprint totals on the overview.
        let overview = env.core.sprint_overview(Some(&m["bob"]), Some(sprint.id)).await.unwrap();
        assert_eq!(overview.counts, total);
    }

    async fn withdrawn_votes_and_erased_members_keep_the_numbers_honest(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let champion = env.member("chris", Role::Champion).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        env.core.support(&bob, idea.id).await.unwrap();
        env.core.support(&carol, idea.id).await.unwrap();
        env.core.withdraw_support(&bob, idea.id).await.unwrap();
        env.core.forget_me(&carol).await.unwrap();

        let stats = env.core.stats(&champion, Some(sprint.id)).await.unwrap();
        // Bob withdrew and made nothing else; Carol's vote stays although she left.
        assert_eq!(stats.total, Counts { people: 2, ideas: 1, votes: 1, comments: 0 });
    }

    async fn members_cannot_see_the_team_numbers(env) {
        let (sprint, _) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let refused = env.core.stats(&alice, Some(sprint.id)).await;
        assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Champion });
        let missing = env.core.stats(&env.admin().await, Some(SprintId(4_242))).await;
        assert_eq!(user_error(missing), UserError::SprintNotFound { id: SprintId(4_242) });
    }
}
