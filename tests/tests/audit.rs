//! The audit log: every moderator and admin action (hide, merge, ban, role, stage) is recorded
//! with who did it, to what, why and when; refused actions record nothing.

#![allow(clippy::unwrap_used)]

use chrono::Duration;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_core::store::AuditEntry;
use crowdsprint_tests::{NowForTests, both_backends, crowdsprint_core, reason, user_error};

/// The parts of an entry a person reads: who, what, to what, why, details.
fn summary(entry: &AuditEntry) -> (Option<MemberId>, &str, &str, Option<&str>, &str) {
    (
        entry.actor,
        entry.action.as_str(),
        entry.target.as_str(),
        entry.reason.as_deref(),
        entry.details.as_str(),
    )
}

both_backends! {
    async fn moderator_actions_are_recorded_with_actor_and_reason(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let admin = env.admin().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let champion = env.member("chris", Role::Champion).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let duplicate = env.idea(&bob, challenges[0].id, "Medicines delivered home", "").await;
        let advert = env.idea(&bob, challenges[0].id, "Buy my pills", "").await;
        let start = env.clock.now_for_tests();

        env.clock.advance(Duration::minutes(1));
        env.core.hide(&champion, Target::Idea(advert.id), reason("Advertising")).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        env.core.merge(&moderator, duplicate.id, idea.id).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        env.core.ban(&moderator, bob.member(), reason("Repeated advertising")).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        env.core.set_role(&admin, alice.member(), Role::Champion).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        env.core.set_idea_stage(&moderator, idea.id, DevelopmentStage::Prototyping).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        env.core.set_sprint_stage(&moderator, sprint.id, SprintStage::Closed).await.unwrap();
        env.clock.advance(Duration::minutes(1));
        env.core.unban(&admin, bob.member()).await.unwrap();

        let log = env.core.audit_log(&moderator, 7).await.unwrap();
        let got: Vec<_> = log.iter().map(summary).collect();
        let (bob_target, alice_target) = (format!("member:{}", bob.member()), format!("member:{}", alice.member()));
        let (idea_target, duplicate_target) = (format!("idea:{}", idea.id), format!("idea:{}", duplicate.id));
        let sprint_target = format!("sprint:{}", sprint.id);
        let into = format!("into idea:{}", idea.id);
        let hidden_target = format!("#{}", advert.id);
        assert_eq!(
            got,
            vec![
                (Some(admin.member()), "unban", bob_target.as_str(), None, ""),
                (Some(moderator.member()), "sprint.stage", sprint_target.as_str(), None, "open -> closed"),
                (Some(moderator.member()), "idea.stage", idea_target.as_str(), None, "prototyping"),
                (Some(admin.member()), "role", alice_target.as_str(), None, "member -> champion"),
                (Some(moderator.member()), "ban", bob_target.as_str(), Some("Repeated advertising"), ""),
                (Some(moderator.member()), "merge", duplicate_target.as_str(), None, into.as_str()),
                (Some(champion.member()), "hide", hidden_target.as_str(), Some("Advertising"), ""),
            ]
        );
        // Newest first, each at the moment it happened.
        let times: Vec<_> = log.iter().map(|e| e.at).collect();
        let expected: Vec<_> = (1..=7).rev().map(|m| start + Duration::minutes(m)).collect();
        assert_eq!(times, expected);
    }

    async fn refused_actions_are_not_recorded(env) {
        let (_, challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let other = env.member("max", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let before = env.core.audit_log(&moderator, 100).await.unwrap();

        user_error(env.core.ban(&moderator, other.member(), reason("Testing")).await);
        user_error(env.core.merge(&moderator, idea.id, idea.id).await);
        user_error(env.core.set_role(&moderator, alice.member(), Role::Admin).await);
        user_error(env.core.hide(&alice, Target::Idea(idea.id), reason("Testing")).await);
        assert_eq!(env.core.audit_log(&moderator, 100).await.unwrap(), before);
    }

    async fn only_moderators_read_the_audit_log(env) {
        env.open_sprint().await;
        let champion = env.member("chris", Role::Champion).await;
        let refused = env.core.audit_log(&champion, 10).await;
        assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Moderator });
    }
}
