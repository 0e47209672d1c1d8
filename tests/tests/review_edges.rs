//! The edges of reviewing and sharing: merged ideas point to where they went, nothing is
//! approved (or announced) twice, hidden comments get no responses, a ban survives linking,
//! and the CSV export never hands a spreadsheet a formula.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::{ExportFormat, Target};
use crowdsprint_tests::{both_backends, comment_body, crowdsprint_core, reason, user_error};

both_backends! {
    async fn a_merged_idea_says_where_it_went(env) {
        let (_, challenges) = env.open_sprint().await;
        let mo = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let duplicate = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "").await;
        let target = env.idea(&alice, challenges[0].id, "Medicine deliveries by volunteers", "").await;
        env.core.merge(&mo, duplicate.id, target.id).await.unwrap();
        let merged = UserError::IdeaMerged { id: duplicate.id, into: target.id };
        assert_eq!(user_error(env.core.idea_view(Some(&bob), duplicate.id).await), merged);
        assert_eq!(user_error(env.core.comment(&bob, duplicate.id, None, comment_body("hi")).await), merged);
        // The team still sees the merged record itself.
        assert!(env.core.idea_view(Some(&mo), duplicate.id).await.is_ok());
    }

    async fn nothing_is_approved_or_announced_twice(env) {
        let (_, challenges) = env.open_sprint().await;
        let champion = env.member("cham", Role::Champion).await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Ring-fenced beds", "").await;
        env.core.approve(&champion, Target::Idea(idea.id)).await.unwrap();
        let mark = env.outbox_mark().await;
        let again = env.core.approve(&champion, Target::Idea(idea.id)).await;
        assert_eq!(user_error(again), UserError::AlreadyVisible);
        assert!(env.outbox_after(mark).await.is_empty(), "no second notification");
    }

    async fn hidden_comments_get_no_response(env) {
        let (_, challenges) = env.open_sprint().await;
        let champion = env.member("cham", Role::Champion).await;
        let alice = env.member("alice", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Ring-fenced beds", "").await;
        let posted = env.core.comment(&alice, idea.id, None, comment_body("rude words")).await.unwrap();
        env.core.hide(&champion, Target::Comment(posted.comment.id), reason("rude")).await.unwrap();
        let answer = env.core.respond(&champion, Target::Comment(posted.comment.id), comment_body("Thanks")).await;
        assert_eq!(user_error(answer), UserError::AlreadyHidden);
    }

    async fn a_ban_survives_linking(env) {
        let mo = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        let telegram = Identity::new(Platform::Telegram, "555");
        let banned = env.member_on(telegram.clone(), "Alias", Role::Member).await;
        env.core.ban(&mo, banned.member(), reason("spam")).await.unwrap();
        let code = env.core.create_link_code(&alice).await.unwrap();
        assert_eq!(user_error(env.core.redeem_link_code(&telegram, &code).await), UserError::Banned);
        assert!(env.core.require_actor(&telegram).await.unwrap().is_banned());
    }

    async fn the_csv_export_never_carries_a_formula(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let mo = env.member("mo", Role::Moderator).await;
        let alice = env.member("alice", Role::Member).await;
        env.idea(&alice, challenges[0].id, "=HYPERLINK(\"http://example.invalid\",\"click\")", "@SUM(1)").await;
        let mut out = Vec::new();
        env.core.export_sprint(&mo, sprint.id, ExportFormat::Csv, &mut out).await.unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[2], "'=HYPERLINK(\"http://example.invalid\",\"click\")");
        assert_eq!(&row[3], "'@SUM(1)");
        let mut json = Vec::new();
        env.core.export_sprint(&mo, sprint.id, ExportFormat::Json, &mut json).await.unwrap();
        let text = String::from_utf8(json).unwrap();
        assert!(text.contains("\"=HYPERLINK"), "JSON keeps the text as written: {text}");
    }
}
