//! Comments: one level of replies, champions' responses marked as such, the "awaiting
//! response" list, hiding comments, and comment counts.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, reason, user_error};

both_backends! {
    async fn replies_go_one_level_deep(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let comment = env.core.comment(&bob, idea.id, None, comment_body("Who staffs it?")).await.unwrap().comment;
        assert_eq!(comment.parent_id, None);
        let reply = env
            .core
            .comment(&alice, idea.id, Some(comment.id), comment_body("The discharge team"))
            .await
            .unwrap()
            .comment;
        assert_eq!(reply.parent_id, Some(comment.id));

        let before = env.snapshot().await;
        let deeper = env.core.comment(&bob, idea.id, Some(reply.id), comment_body("Thanks")).await;
        assert_eq!(user_error(deeper), UserError::ReplyTooDeep);
        assert_eq!(env.snapshot().await, before);

        let view = env.core.idea_view(Some(&bob), idea.id).await.unwrap();
        let thread: Vec<(CommentId, Option<CommentId>)> = view.comments.iter().map(|c| (c.id, c.parent_id)).collect();
        assert_eq!(thread, vec![(comment.id, None), (reply.id, Some(comment.id))]);
        assert_eq!(view.idea.comments, 2);
    }

    async fn a_reply_must_name_a_visible_comment_on_the_same_idea(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let first = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let second = env.idea(&alice, challenges[0].id, "Pharmacy at 7", "").await;
        let on_first = env.core.comment(&bob, first.id, None, comment_body("Yes")).await.unwrap().comment;
        let hidden = env.core.comment(&bob, first.id, None, comment_body("Rude words")).await.unwrap().comment;
        env.core.hide(&champion, Target::Comment(hidden.id), reason("Unkind")).await.unwrap();
        let before = env.snapshot().await;

        let elsewhere = env.core.comment(&alice, second.id, Some(on_first.id), comment_body("Hi")).await;
        assert_eq!(user_error(elsewhere), UserError::CommentNotFound { id: on_first.id });
        let to_hidden = env.core.comment(&alice, first.id, Some(hidden.id), comment_body("Hi")).await;
        assert_eq!(user_error(to_hidden), UserError::CommentNotFound { id: hidden.id });
        let missing = env.core.comment(&alice, first.id, Some(CommentId(9_999)), comment_body("Hi")).await;
        assert_eq!(user_error(missing), UserError::CommentNotFound { id: CommentId(9_999) });
        let no_idea = env.core.comment(&alice, IdeaId(9_999), None, comment_body("Hi")).await;
        assert_eq!(user_error(no_idea), UserError::IdeaNotFound { id: IdeaId(9_999) });
        assert_eq!(env.snapshot().await, before);
    }

    async fn a_response_is_marked_and_leaves_the_awaiting_list(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let first = env.core.comment(&bob, idea.id, None, comment_body("Who staffs it?")).await.unwrap().comment;
        let second = env.core.comment(&carol, idea.id, None, comment_body("Is there parking?")).await.unwrap().comment;
        // The team's own comments and members' replies are not waiting for an answer.
        env.core.comment(&champion, idea.id, None, comment_body("Thanks all")).await.unwrap();
        env.core.comment(&alice, idea.id, Some(first.id), comment_body("Good question")).await.unwrap();

        let waiting: Vec<CommentId> = env.core.awaiting_response(&champion, 10).await.unwrap().iter().map(|c| c.id).collect();
        assert_eq!(waiting, vec![first.id, second.id]);

        let response = env
            .core
            .respond(&champion, Target::Comment(first.id), comment_body("The discharge team"))
            .await
            .unwrap();
        assert!(response.is_response);
        assert_eq!(response.parent_id, Some(first.id));
        assert_eq!(response.author_role, Some(Role::Champion));
        assert_eq!(env.stored_comment(first.id).await.unwrap().review, ReviewState::Approved);
        let waiting: Vec<CommentId> = env.core.awaiting_response(&champion, 10).await.unwrap().iter().map(|c| c.id).collect();
        assert_eq!(waiting, vec![second.id]);

        let view = env.core.idea_view(Some(&bob), idea.id).await.unwrap();
        let marked: Vec<CommentId> = view.comments.iter().filter(|c| c.is_response).map(|c| c.id).collect();
        assert_eq!(marked, vec![response.id]);

        // Members cannot see the list.
        let refused = env.core.awaiting_response(&bob, 10).await;
        assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Champion });
    }

    async fn answering_a_reply_joins_its_thread(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let comment = env.core.comment(&bob, idea.id, None, comment_body("Who staffs it?")).await.unwrap().comment;
        let reply = env.core.comment(&alice, idea.id, Some(comment.id), comment_body("Volunteers?")).await.unwrap().comment;
        let response = env
            .core
            .respond(&champion, Target::Comment(reply.id), comment_body("Volunteers and porters"))
            .await
            .unwrap();
        assert_eq!(response.parent_id, Some(comment.id));
        assert!(response.is_response);
    }

    async fn hiding_a_comment_takes_it_out_of_sight_and_out_of_the_count(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let kept = env.core.comment(&bob, idea.id, None, comment_body("Great")).await.unwrap().comment;
        let rude = env.core.comment(&bob, idea.id, None, comment_body("Rude words")).await.unwrap().comment;
        assert_eq!(env.stored_idea(idea.id).await.unwrap().comments, 2);

        env.core.hide(&champion, Target::Comment(rude.id), reason("Unkind")).await.unwrap();
        assert_eq!(env.stored_idea(idea.id).await.unwrap().comments, 1);
        let seen: Vec<CommentId> = env.core.idea_view(Some(&alice), idea.id).await.unwrap().comments.iter().map(|c| c.id).collect();
        assert_eq!(seen, vec![kept.id]);
        let stored = env.stored_comment(rude.id).await.unwrap();
        assert_eq!(stored.visibility, Visibility::Hidden { reason: "Unkind".into() });
        let team: Vec<CommentId> = env.core.idea_view(Some(&champion), idea.id).await.unwrap().comments.iter().map(|c| c.id).collect();
        assert_eq!(team, vec![kept.id, rude.id]);

        env.core.restore(&champion, Target::Comment(rude.id)).await.unwrap();
        assert_eq!(env.stored_idea(idea.id).await.unwrap().comments, 2);
    }
}
