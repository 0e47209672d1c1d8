//! Similar ideas: "there are 3 similar ideas — support one, or post yours anyway?" finds ideas
//! that read alike, in the same sprint, never hidden, held or merged ones, and at most three.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_tests::{TestEnv, both_backends, crowdsprint_core, draft, reason};

/// Posts the seed ideas of the hospital discharge sprint; returns the medicines one.
async fn seed(env: &TestEnv, author: &Actor, challenge: ChallengeId) -> Idea {
    let medicines = env
        .idea(
            author,
            challenge,
            "Volunteers deliver medicines home",
            "Volunteer drivers pick up medicines from the hospital pharmacy and deliver them so \
             patients get home by noon",
        )
        .await;
    env.idea(
        author,
        challenge,
        "Discharge lounge open at weekends",
        "Patients wait in the lounge for transport instead of a bed",
    )
    .await;
    env.idea(
        author,
        challenge,
        "Rest rooms for ambulance crews",
        "Somewhere quiet to rest between shifts",
    )
    .await;
    medicines
}

fn ids(ideas: &[Idea]) -> Vec<IdeaId> {
    ideas.iter().map(|i| i.id).collect()
}

both_backends! {
    async fn an_alike_idea_is_offered_and_an_unrelated_one_is_not(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let medicines = seed(&env, &alice, challenges[0].id).await;

        // Before posting, and when posting.
        let title = "Deliver medicines to patients at home";
        let body = "Volunteers could drive medicines round";
        let before = env.core.similar_ideas(challenges[1].id, title, body).await.unwrap();
        assert_eq!(ids(&before), vec![medicines.id]);
        let posted = env.core.submit_idea(&bob, draft(challenges[1].id, title, body)).await.unwrap();
        assert_eq!(ids(&posted.similar), vec![medicines.id]);

        let unrelated = env
            .core
            .submit_idea(&bob, draft(challenges[0].id, "Plain language appointment letters", "Write letters people can understand"))
            .await
            .unwrap();
        assert!(unrelated.similar.is_empty(), "{:?}", unrelated.similar);
        let nothing = env.core.similar_ideas(challenges[0].id, "", "").await.unwrap();
        assert!(nothing.is_empty());
    }

    async fn hidden_held_and_merged_ideas_are_never_offered(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let moderator = env.member("mo", Role::Moderator).await;
        let medicines = seed(&env, &alice, challenges[0].id).await;
        let held = env
            .core
            .submit_idea(&alice, draft(challenges[0].id, "Volunteers deliver medicines home", "Call 07700 900123 to volunteer"))
            .await
            .unwrap();
        assert_eq!(held.idea.visibility, Visibility::Pending);
        assert_eq!(ids(&held.similar), vec![medicines.id], "the held idea is not its own match");
        let hidden = env.idea(&alice, challenges[0].id, "Volunteer medicines delivery home service", "").await;
        env.core.hide(&moderator, Target::Idea(hidden.id), reason("Duplicate wording")).await.unwrap();
        let merged = env.idea(&alice, challenges[0].id, "Medicines delivered home by volunteers", "").await;
        env.core.merge(&moderator, merged.id, medicines.id).await.unwrap();

        let posted = env
            .core
            .submit_idea(&bob, draft(challenges[0].id, "Deliver medicines to patients at home", "Volunteers could drive medicines round"))
            .await
            .unwrap();
        assert_eq!(ids(&posted.similar), vec![medicines.id]);
    }

    async fn at_most_three_are_offered(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        seed(&env, &alice, challenges[0].id).await;
        for n in 1..=5 {
            env.idea(&alice, challenges[0].id, &format!("Volunteers deliver medicines home, round {n}"), "").await;
        }
        let posted = env
            .core
            .submit_idea(&bob, draft(challenges[0].id, "Deliver medicines to patients at home", "Volunteers could drive medicines round"))
            .await
            .unwrap();
        assert_eq!(posted.similar.len(), 3);
        assert!(posted.similar.iter().all(|i| i.visibility == Visibility::Visible));
        assert!(!ids(&posted.similar).contains(&posted.idea.id));
    }

    async fn ideas_of_another_sprint_are_not_offered(env) {
        let (_, first) = env.open_sprint().await;
        let (_, second) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        seed(&env, &alice, first[0].id).await;
        let posted = env
            .core
            .submit_idea(&alice, draft(second[0].id, "Deliver medicines to patients at home", "Volunteers could drive medicines round"))
            .await
            .unwrap();
        assert!(posted.similar.is_empty(), "{:?}", posted.similar);
    }
}
