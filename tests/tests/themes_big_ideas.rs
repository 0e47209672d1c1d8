//! Theming and Big Ideas: grouping a sprint's ideas into themes, developing Big Ideas from
//! themes, and moving ideas along the roadmap, telling the people behind them.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core, user_error};

fn title(text: &str) -> Title {
    Title::parse(text).unwrap()
}

fn description(text: &str) -> Description {
    Description::parse(text).unwrap()
}

async fn theme(env: &TestEnv, sprint: SprintId, name: &str) -> Theme {
    let admin = env.admin().await;
    env.core
        .create_theme(&admin, sprint, title(name), description(""))
        .await
        .unwrap()
}

both_backends! {
    async fn ideas_are_grouped_into_themes(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let first = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let second = env.idea(&alice, challenges[1].id, "Pharmacy opens at 7", "").await;
        let created = env
            .core
            .create_theme(&moderator, sprint.id, title("Medicines"), description("Getting medicines home"))
            .await
            .unwrap();
        assert_eq!((created.name.as_str(), created.ideas), ("Medicines", 0));

        let mark = env.outbox_mark().await;
        let grown = env.core.add_to_theme(&moderator, created.id, first.id).await.unwrap();
        assert_eq!(grown.ideas, 1);
        let grown = env.core.add_to_theme(&moderator, created.id, second.id).await.unwrap();
        assert_eq!(grown.ideas, 2);
        assert_eq!(env.stored_idea(first.id).await.unwrap().stage, DevelopmentStage::Themed);
        let view = env.core.idea_view(Some(&alice), first.id).await.unwrap();
        assert_eq!(view.themes, vec!["Medicines".to_owned()]);
        let rows = env.outbox_after(mark).await;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].recipient, Some(alice.member()));
        assert_eq!(
            rows[0].event,
            Event::IdeaThemed { idea: first.id, title: first.title.clone(), theme: "Medicines".into() }
        );
        let listed = env.core.themes(sprint.id).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].ideas, 2);
    }

    async fn theming_refuses_repeats_other_sprints_and_merged_ideas(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let (_, other_challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let champion = env.member("chris", Role::Champion).await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let duplicate = env.idea(&alice, challenges[0].id, "Medicines delivered home", "").await;
        let elsewhere = env.idea(&alice, other_challenges[0].id, "Pharmacy opens at 7", "").await;
        let medicines = theme(&env, sprint.id, "Medicines").await;
        env.core.add_to_theme(&moderator, medicines.id, idea.id).await.unwrap();
        env.core.merge(&moderator, duplicate.id, idea.id).await.unwrap();
        let before = env.snapshot().await;

        let again = env.core.add_to_theme(&moderator, medicines.id, idea.id).await;
        assert_eq!(user_error(again), UserError::AlreadyInTheme);
        let across = env.core.add_to_theme(&moderator, medicines.id, elsewhere.id).await;
        assert_eq!(user_error(across), UserError::ThemeInOtherSprint);
        let merged = env.core.add_to_theme(&moderator, medicines.id, duplicate.id).await;
        assert_eq!(user_error(merged), UserError::IdeaMerged { id: duplicate.id, into: idea.id });
        let missing = env.core.add_to_theme(&moderator, ThemeId(4_242), idea.id).await;
        assert_eq!(user_error(missing), UserError::ThemeNotFound { id: ThemeId(4_242) });
        let by_champion = env.core.add_to_theme(&champion, medicines.id, idea.id).await;
        assert_eq!(user_error(by_champion), UserError::NotAllowed { needed: Role::Moderator });
        let by_champion = env.core.create_theme(&champion, sprint.id, title("Mine"), description("")).await;
        assert_eq!(user_error(by_champion), UserError::NotAllowed { needed: Role::Moderator });
        assert_eq!(env.snapshot().await, before);
    }

    async fn an_idea_further_along_keeps_its_stage_when_themed(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let mark = env.outbox_mark().await;
        env.core.set_idea_stage(&moderator, idea.id, DevelopmentStage::Testing).await.unwrap();
        let rows = env.outbox_after(mark).await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].recipient, Some(alice.member()));
        assert_eq!(
            rows[0].event,
            Event::IdeaStageChanged { idea: idea.id, title: idea.title.clone(), stage: DevelopmentStage::Testing }
        );
        let before = env.snapshot().await;
        let unchanged = env.core.set_idea_stage(&moderator, idea.id, DevelopmentStage::Testing).await;
        assert_eq!(user_error(unchanged), UserError::StageUnchanged);
        assert_eq!(env.snapshot().await, before);

        let medicines = theme(&env, sprint.id, "Medicines").await;
        env.core.add_to_theme(&moderator, medicines.id, idea.id).await.unwrap();
        assert_eq!(env.stored_idea(idea.id).await.unwrap().stage, DevelopmentStage::Testing);
    }

    async fn big_ideas_are_developed_from_themes_of_one_sprint(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let (other_sprint, _) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let champion = env.member("chris", Role::Champion).await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let medicines = theme(&env, sprint.id, "Medicines").await;
        let transport = theme(&env, sprint.id, "Transport").await;
        let foreign = theme(&env, other_sprint.id, "Elsewhere").await;
        env.core.add_to_theme(&moderator, medicines.id, idea.id).await.unwrap();
        let before = env.snapshot().await;

        let across = env
            .core
            .create_big_idea(&moderator, sprint.id, title("Home for noon"), description(""), &[medicines.id, foreign.id])
            .await;
        assert_eq!(user_error(across), UserError::ThemeInOtherSprint);
        let missing = env
            .core
            .create_big_idea(&moderator, sprint.id, title("Home for noon"), description(""), &[ThemeId(4_242)])
            .await;
        assert_eq!(user_error(missing), UserError::ThemeNotFound { id: ThemeId(4_242) });
        let by_champion = env
            .core
            .create_big_idea(&champion, sprint.id, title("Home for noon"), description(""), &[medicines.id])
            .await;
        assert_eq!(user_error(by_champion), UserError::NotAllowed { needed: Role::Moderator });
        assert_eq!(env.snapshot().await, before);

        let big = env
            .core
            .create_big_idea(
                &moderator,
                sprint.id,
                title("Home for noon"),
                description("Medicines and transport ready the day before"),
                &[medicines.id, transport.id],
            )
            .await
            .unwrap();
        assert_eq!(big.themes, vec![medicines.id, transport.id]);
        assert_eq!(big.stage, DevelopmentStage::Submitted);
        assert_eq!(env.core.big_ideas(sprint.id).await.unwrap(), vec![big.clone()]);
        assert!(env.core.big_ideas(other_sprint.id).await.unwrap().is_empty());

        let told = env.core.set_big_idea_stage(&moderator, big.id, DevelopmentStage::Testing).await.unwrap();
        assert_eq!(told, 1);
        assert_eq!(env.core.big_ideas(sprint.id).await.unwrap()[0].stage, DevelopmentStage::Testing);
        assert_eq!(env.stored_idea(idea.id).await.unwrap().stage, DevelopmentStage::Testing);
        let before = env.snapshot().await;
        let unchanged = env.core.set_big_idea_stage(&moderator, big.id, DevelopmentStage::Testing).await;
        assert_eq!(user_error(unchanged), UserError::StageUnchanged);
        let by_champion = env.core.set_big_idea_stage(&champion, big.id, DevelopmentStage::ScaleAndSpread).await;
        assert_eq!(user_error(by_champion), UserError::NotAllowed { needed: Role::Moderator });
        let missing = env.core.set_big_idea_stage(&moderator, BigIdeaId(4_242), DevelopmentStage::ScaleAndSpread).await;
        assert_eq!(user_error(missing), UserError::BigIdeaNotFound { id: BigIdeaId(4_242) });
        assert_eq!(env.snapshot().await, before);
    }
}
