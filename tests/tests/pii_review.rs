//! Personal details held for review: ideas and comments carrying an NHS number, a UK phone
//! number, an email address or a name with a date of birth are shown to nobody but their author
//! and the sprint team until a person approves them.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::pii::PiiKind;
use crowdsprint_core::domain::*;
use crowdsprint_core::notify::Event;
use crowdsprint_core::service::{ListOrder, ReviewItem, Target};
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, draft, user_error};

/// Ideas that must be held, and why.
const HELD: &[(&str, &str, &[PiiKind])] = &[
    (
        "Records lost at discharge",
        "Patient 943 476 5919 waited six hours for transport",
        &[PiiKind::NhsNumber],
    ),
    (
        "Ring the ward before discharge",
        "Call me on 07700 900123 and I will explain",
        &[PiiKind::PhoneNumber],
    ),
    (
        "Share the discharge checklist",
        "Email jo.bloggs@example.nhs.uk for a copy",
        &[PiiKind::Email],
    ),
    (
        "Transport booked too late",
        "Mary Jones, born 03/04/1961, was sent home at midnight",
        &[PiiKind::DateOfBirth],
    ),
    (
        "Transport for a named patient",
        "John Smith 12.05.1980 waited for transport",
        &[PiiKind::DateOfBirth],
    ),
    (
        "Better theatre scheduling",
        "My patient 943.476.5919 and call me on +44 (0) 7700 900123 about better theatre scheduling",
        &[PiiKind::NhsNumber, PiiKind::PhoneNumber],
    ),
];

both_backends! {
    async fn ideas_with_personal_details_are_held_from_everyone_else(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let clean = env.idea(&alice, challenges[0].id, "Discharge lounge at weekends", "").await;

        for (title, body, kind) in HELD {
            let mark = env.outbox_mark().await;
            let submitted = env.core.submit_idea(&alice, draft(challenges[0].id, title, body)).await.unwrap();
            let id = submitted.idea.id;
            assert_eq!(submitted.idea.visibility, Visibility::Pending, "{body}");
            assert_eq!(submitted.held_for, kind.to_vec(), "{body}");
            let stored = env.stored_idea(id).await.unwrap();
            assert_eq!(stored.visibility, Visibility::Pending);
            assert_eq!(stored.held_for, kind.to_vec());

            // Nobody else sees it, anywhere.
            assert_eq!(user_error(env.core.idea_view(Some(&bob), id).await), UserError::IdeaNotFound { id });
            assert_eq!(user_error(env.core.idea_view(None, id).await), UserError::IdeaNotFound { id });
            for order in [ListOrder::Top, ListOrder::New] {
                let page = env.core.list_ideas(Some(&bob), Some(sprint.id), order, 0).await.unwrap();
                assert_eq!(page.ideas.iter().map(|i| i.id).collect::<Vec<_>>(), vec![clean.id]);
                assert_eq!(page.total, 1);
            }
            let before = env.snapshot().await;
            assert_eq!(user_error(env.core.support(&bob, id).await), UserError::IdeaNotFound { id });
            let comment = env.core.comment(&bob, id, None, comment_body("Me too")).await;
            assert_eq!(user_error(comment), UserError::IdeaNotFound { id });
            assert_eq!(env.snapshot().await, before);

            // The author and the team do.
            assert_eq!(env.core.idea_view(Some(&alice), id).await.unwrap().idea.held_for, kind.to_vec());
            let mine = env.core.list_ideas(Some(&alice), None, ListOrder::Mine, 0).await.unwrap();
            assert!(mine.ideas.iter().any(|i| i.id == id));
            env.core.idea_view(Some(&champion), id).await.unwrap();

            // Only the author hears, and hears why; nothing is published.
            let rows = env.outbox_after(mark).await;
            assert_eq!(rows.len(), 1, "{body}");
            assert_eq!(rows[0].recipient, Some(alice.member()));
            assert_eq!(
                rows[0].event,
                Event::IdeaHeld { idea: id, title: (*title).to_owned(), reasons: kind.to_vec() }
            );
        }
    }

    async fn approving_a_held_idea_publishes_it(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let (title, body, _) = HELD[0];
        let held = env.core.submit_idea(&alice, draft(challenges[0].id, title, body)).await.unwrap().idea;

        let queue = env.core.review_queue(&champion, 10).await.unwrap();
        assert_eq!(queue.ideas_waiting, 1);
        assert!(matches!(&queue.items[0], ReviewItem::Idea(i) if i.id == held.id));

        let mark = env.outbox_mark().await;
        env.core.approve(&champion, Target::Idea(held.id)).await.unwrap();
        let stored = env.stored_idea(held.id).await.unwrap();
        assert_eq!(stored.visibility, Visibility::Visible);
        assert_eq!(stored.review, ReviewState::Approved);
        let rows = env.outbox_after(mark).await;
        let events: Vec<(Option<MemberId>, &Event)> = rows.iter().map(|r| (r.recipient, &r.event)).collect();
        assert_eq!(
            events,
            vec![
                (Some(alice.member()), &Event::IdeaApproved { idea: held.id, title: title.into() }),
                (
                    None,
                    &Event::IdeaPublished {
                        idea: held.id,
                        sprint: sprint.id,
                        challenge: challenges[0].id,
                        title: title.into(),
                    }
                ),
            ]
        );

        env.core.idea_view(Some(&bob), held.id).await.unwrap();
        let page = env.core.list_ideas(Some(&bob), Some(sprint.id), ListOrder::New, 0).await.unwrap();
        assert_eq!(page.ideas.iter().map(|i| i.id).collect::<Vec<_>>(), vec![held.id]);
        assert_eq!(env.core.support(&bob, held.id).await.unwrap(), 1);
        assert_eq!(env.core.review_queue(&champion, 10).await.unwrap().ideas_waiting, 0);
    }

    async fn ideas_without_personal_details_are_published_at_once(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        for (title, body) in [
            ("Discharge by noon", "Saves 2,000 bed days a year"),
            ("Morning huddle", "Use a 10 minute huddle at 08:30 every day"),
            ("New clinic site", "Clinic moved on 03/04/2026 to a new site"),
        ] {
            let mark = env.outbox_mark().await;
            let submitted = env.core.submit_idea(&alice, draft(challenges[0].id, title, body)).await.unwrap();
            assert!(submitted.held_for.is_empty(), "{body}");
            assert_eq!(submitted.idea.visibility, Visibility::Visible);
            let rows = env.outbox_after(mark).await;
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].recipient, None);
            assert_eq!(
                rows[0].event,
                Event::IdeaPublished {
                    idea: submitted.idea.id,
                    sprint: sprint.id,
                    challenge: challenges[0].id,
                    title: title.into(),
                }
            );
        }
    }

    async fn comments_with_personal_details_are_held_too(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let carol = env.member("carol", Role::Member).await;
        let champion = env.member("chris", Role::Champion).await;
        let idea = env.idea(&alice, challenges[0].id, "Discharge lounge", "").await;
        let posted = env
            .core
            .comment(&bob, idea.id, None, comment_body("My dad (NHS 943 476 5919) waited all day"))
            .await
            .unwrap();
        assert_eq!(posted.held_for, vec![PiiKind::NhsNumber]);
        assert_eq!(posted.comment.visibility, Visibility::Pending);
        let id = posted.comment.id;

        let seen_by = |view: crowdsprint_core::service::IdeaView| view.comments.iter().any(|c| c.id == id);
        assert!(!seen_by(env.core.idea_view(Some(&carol), idea.id).await.unwrap()));
        assert!(!seen_by(env.core.idea_view(Some(&alice), idea.id).await.unwrap()));
        assert!(seen_by(env.core.idea_view(Some(&bob), idea.id).await.unwrap()));
        assert!(seen_by(env.core.idea_view(Some(&champion), idea.id).await.unwrap()));
        assert_eq!(env.stored_idea(idea.id).await.unwrap().comments, 0);

        env.core.approve(&champion, Target::Comment(id)).await.unwrap();
        assert!(seen_by(env.core.idea_view(Some(&carol), idea.id).await.unwrap()));
        assert_eq!(env.stored_idea(idea.id).await.unwrap().comments, 1);
    }
}
