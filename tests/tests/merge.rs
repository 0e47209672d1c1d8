//! Merging duplicates: supporters, comments and follows move to the target, a member who
//! backed both counts once, the duplicate shows as merged, and bad merges are refused.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::ListOrder;
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, user_error};

both_backends! {
    async fn a_member_who_backed_both_counts_once(env) {
        let (_, challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let dave = env.member("dave", Role::Member).await;
        let erin = env.member("erin", Role::Member).await;
        let duplicate = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let target = env.idea(&erin, challenges[0].id, "Medicines delivered home by volunteers", "").await;
        for (who, idea) in [(&bob, duplicate.id), (&bob, target.id), (&carol, duplicate.id), (&dave, target.id)] {
            env.core.support(who, idea).await.unwrap();
        }

        let merged = env.core.merge(&moderator, duplicate.id, target.id).await.unwrap();
        assert_eq!(merged.id, target.id);
        assert_eq!(merged.supporters, 3, "bob, carol and dave, bob once");
        assert_eq!(env.stored_idea(target.id).await.unwrap().supporters, 3);
        assert_eq!(env.stored_idea(duplicate.id).await.unwrap().supporters, 0);

        // Carol's support moved; Bob holds exactly one vote, on the target.
        assert!(env.core.idea_view(Some(&carol), target.id).await.unwrap().supported);
        assert_eq!(env.core.my_data(&bob).await.unwrap().supported, vec![target.id]);
        assert_eq!(env.core.my_data(&carol).await.unwrap().supported, vec![target.id]);
        // Carol cannot vote twice on the target now.
        let again = env.core.support(&carol, target.id).await;
        assert_eq!(user_error(again), UserError::AlreadySupported { id: target.id });
    }

    async fn comments_and_follows_move_to_the_target(env) {
        let (_, challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let erin = env.member("erin", Role::Member).await;
        let duplicate = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let target = env.idea(&bob, challenges[0].id, "Medicines delivered home by volunteers", "").await;
        let comment = env
            .core
            .comment(&carol, duplicate.id, None, comment_body("My mum waited 5 hours for hers"))
            .await
            .unwrap()
            .comment;
        let reply = env
            .core
            .comment(&bob, duplicate.id, Some(comment.id), comment_body("Same for us"))
            .await
            .unwrap()
            .comment;
        assert!(env.core.follow(&erin, duplicate.id).await.unwrap());
        let mark = env.outbox_mark().await;

        env.core.merge(&moderator, duplicate.id, target.id).await.unwrap();

        let view = env.core.idea_view(Some(&carol), target.id).await.unwrap();
        let ids: Vec<CommentId> = view.comments.iter().map(|c| c.id).collect();
        assert_eq!(ids, vec![comment.id, reply.id]);
        assert_eq!(view.idea.comments, 2);
        assert_eq!(env.stored_comment(reply.id).await.unwrap().parent_id, Some(comment.id));
        assert!(view.following, "commenting followed the duplicate; the follow moved");
        assert!(env.core.idea_view(Some(&erin), target.id).await.unwrap().following);
        assert!(env.core.idea_view(Some(&alice), target.id).await.unwrap().following, "the author follows where their idea went");
        let erin_follows = env.core.my_data(&erin).await.unwrap().following;
        assert_eq!(erin_follows, vec![target.id]);
        assert_eq!(env.stored_idea(duplicate.id).await.unwrap().comments, 0);

        // The duplicate's author hears where it went (and the channels, to withdraw its cards).
        let rows: Vec<_> = env.outbox_after(mark).await.into_iter().filter(|r| r.recipient.is_some()).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].recipient, Some(alice.member()));
        assert_eq!(
            rows[0].event,
            Event::IdeaMerged {
                idea: duplicate.id,
                title: "Volunteers deliver medicines".into(),
                into: target.id,
                into_title: "Medicines delivered home by volunteers".into(),
            }
        );
    }

    async fn the_duplicate_shows_as_merged_and_takes_no_more_votes(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let duplicate = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let target = env.idea(&bob, challenges[0].id, "Medicines delivered home by volunteers", "").await;
        env.core.merge(&moderator, duplicate.id, target.id).await.unwrap();

        let stored = env.stored_idea(duplicate.id).await.unwrap();
        assert_eq!(stored.visibility, Visibility::Merged { into: target.id });
        let team_view = env.core.idea_view(Some(&moderator), duplicate.id).await.unwrap();
        assert_eq!(team_view.idea.visibility, Visibility::Merged { into: target.id });
        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::New, 0).await.unwrap();
        assert_eq!(page.ideas.iter().map(|i| i.id).collect::<Vec<_>>(), vec![target.id]);
        assert_eq!(page.total, 1);

        let before = env.snapshot().await;
        let merged = UserError::IdeaMerged { id: duplicate.id, into: target.id };
        assert_eq!(user_error(env.core.support(&bob, duplicate.id).await), merged);
        assert_eq!(user_error(env.core.toggle_support(&bob, duplicate.id).await), merged);
        assert_eq!(user_error(env.core.merge(&moderator, duplicate.id, target.id).await), merged);
        assert_eq!(user_error(env.core.merge(&moderator, target.id, duplicate.id).await), merged);
        let comment = env.core.comment(&moderator, duplicate.id, None, comment_body("Hello")).await;
        assert_eq!(user_error(comment), merged);
        assert_eq!(env.snapshot().await, before);
    }

    async fn merging_into_itself_or_across_sprints_is_refused(env) {
        let (_, first_challenges) = env.open_sprint().await;
        let (_, second_challenges) = env.open_sprint().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let here = env.idea(&alice, first_challenges[0].id, "Volunteers deliver medicines", "").await;
        let there = env.idea(&alice, second_challenges[0].id, "Volunteers deliver medicines", "").await;
        env.core.support(&bob, here.id).await.unwrap();
        let before = env.snapshot().await;

        let itself = env.core.merge(&moderator, here.id, here.id).await;
        assert_eq!(user_error(itself), UserError::MergeIntoItself);
        let across = env.core.merge(&moderator, here.id, there.id).await;
        assert_eq!(user_error(across), UserError::MergeAcrossSprints);
        let missing = env.core.merge(&moderator, here.id, IdeaId(9_999)).await;
        assert_eq!(user_error(missing), UserError::IdeaNotFound { id: IdeaId(9_999) });
        assert_eq!(env.snapshot().await, before);
        assert_eq!(env.stored_idea(here.id).await.unwrap().visibility, Visibility::Visible);
    }
}
