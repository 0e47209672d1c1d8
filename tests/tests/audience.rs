//! Who may see a reply is decided in core: anything not built wholly from public data is for
//! the asker only, so no adapter can post a held idea, the review queue or the audit log into a
//! group. Exports hold only what is public unless an admin asks for more. Per-member limits
//! apply inside core, on every path. On both databases.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::command::parse;
use crowdsprint_core::domain::*;
use crowdsprint_core::service::{Audience, ExportFormat, Target};
use crowdsprint_tests::{
    TestEnv, both_backends, comment_body, crowdsprint_core, reason, user_error,
};

/// Who may see the reply to `line`, typed by `actor` (registered on the console).
async fn audience(env: &TestEnv, actor: &Actor, line: &str) -> Audience {
    let name = env.core.profile(actor).await.unwrap().display_name;
    let identity = Identity::new(Platform::Console, name);
    let command = parse(line).unwrap();
    env.core
        .execute(Some(actor), &identity, command)
        .await
        .unwrap_or_else(|e| panic!("{line}: {e}"))
        .audience()
}

both_backends! {
    async fn replies_showing_anything_not_public_are_for_the_asker_only(env) {
        let (_, challenges) = env.open_sprint().await;
        let ann = env.member("ann", Role::Member).await;
        let cat = env.member("cat", Role::Champion).await;
        let mo = env.member("mo", Role::Moderator).await;
        let public = env.approved_idea(&ann, challenges[0].id, "Weekend pharmacy").await;
        let held = env.idea(&ann, challenges[0].id, "Patient 943 476 5919 waited", "").await;
        let hidden = env.approved_idea(&ann, challenges[0].id, "Rude words").await;
        env.core.hide(&mo, Target::Idea(hidden.id), reason("Off topic")).await.unwrap();

        use Audience::*;
        let table: &[(&Actor, String, Audience)] = &[
            (&ann, format!("/show {}", public.id), Everyone),
            (&cat, format!("/show {}", public.id), Everyone),
            (&ann, format!("/show {}", held.id), Asker),
            (&cat, format!("/show {}", held.id), Asker),
            (&cat, format!("/show {}", hidden.id), Asker),
            (&ann, "/ideas top".into(), Everyone),
            (&ann, "/ideas new".into(), Everyone),
            (&ann, "/ideas mine".into(), Asker),
            (&ann, "/sprint".into(), Everyone),
            (&ann, "/challenges".into(), Everyone),
            (&ann, "/help".into(), Everyone),
            (&mo, "/help".into(), Asker),
            (&ann, "/mydata".into(), Asker),
            (&ann, format!("/support {}", public.id), Asker),
            (&cat, "/review".into(), Asker),
            (&cat, "/awaiting".into(), Asker),
            (&cat, "/stats".into(), Asker),
            (&mo, "/audit".into(), Asker),
            (&mo, "/deliveries".into(), Asker),
            (&mo, "/export".into(), Asker),
            (&mo, "/theme list".into(), Everyone),
        ];
        for (actor, line, expected) in table {
            assert_eq!(audience(&env, actor, line).await, *expected, "{line}");
        }

        // A public idea with a hidden comment: public to a member, but the team's view of it
        // (hidden comment included) is theirs alone.
        let comment = env.core.comment(&ann, public.id, None, comment_body("Shouting")).await.unwrap().comment;
        env.core.hide(&mo, Target::Comment(comment.id), reason("Abuse")).await.unwrap();
        assert_eq!(audience(&env, &ann, &format!("/show {}", public.id)).await, Everyone);
        assert_eq!(audience(&env, &cat, &format!("/show {}", public.id)).await, Asker);
    }

    async fn exports_hold_only_what_is_public_unless_an_admin_asks(env) {
        let (sprint, challenges) = env.open_sprint().await;
        let ann = env.member("ann", Role::Member).await;
        let mo = env.member("mo", Role::Moderator).await;
        let admin = env.admin().await;
        env.approved_idea(&ann, challenges[0].id, "Weekend pharmacy").await;
        env.idea(&ann, challenges[0].id, "Patient 943 476 5919 waited", "").await;
        let hidden = env.approved_idea(&ann, challenges[0].id, "Hidden by the team").await;
        env.core.hide(&mo, Target::Idea(hidden.id), reason("Off topic")).await.unwrap();

        let mut csv = Vec::new();
        let n = env.core.export_sprint(&mo, sprint.id, ExportFormat::Csv, &mut csv).await.unwrap();
        let csv = String::from_utf8(csv).unwrap();
        assert_eq!(n, 1);
        assert!(csv.contains("Weekend pharmacy"));
        assert!(!csv.contains("5919") && !csv.contains("Hidden by the team"), "{csv}");

        let refused = env.core
            .export_sprint_as_asked(&mo, sprint.id, ExportFormat::Json, true, &mut Vec::new())
            .await;
        assert_eq!(user_error(refused), UserError::NotAllowed { needed: Role::Admin });
        let mo_identity = Identity::new(Platform::Console, "mo");
        let typed = env.core
            .execute(Some(&mo), &mo_identity, parse("/export withheld").unwrap())
            .await;
        assert_eq!(user_error(typed.map(drop)), UserError::NotAllowed { needed: Role::Admin });

        let mut json = Vec::new();
        let n = env.core
            .export_sprint_as_asked(&admin, sprint.id, ExportFormat::Json, true, &mut json)
            .await
            .unwrap();
        assert_eq!(n, 3);
        let ideas: Vec<serde_json::Value> = serde_json::from_slice(&json).unwrap();
        let marks: Vec<&str> = ideas.iter().map(|i| i["visibility"].as_str().unwrap()).collect();
        assert_eq!(marks, ["visible", "pending", "hidden"]);
        let audit = env.core.audit_log(&admin, 10).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "export.withheld"), "{audit:?}");
        assert!(audit.iter().any(|e| e.action == "export"));
    }

    async fn limits_hold_inside_core_for_comments_votes_and_linking(env) {
        let env = env.with_limits(crowdsprint_core::limits::LimitSettings::default());
        let (_, challenges) = env.open_sprint().await;
        let ann = env.member("ann", Role::Member).await;
        let idea = env.approved_idea(&ann, challenges[0].id, "Weekend pharmacy").await;

        // Twenty comments or replies in ten minutes, then a kind wait.
        for k in 0..20 {
            env.core.comment(&ann, idea.id, None, comment_body(&format!("Thought {k}"))).await.unwrap();
        }
        let refused = env.core.comment(&ann, idea.id, None, comment_body("One more")).await;
        let UserError::SlowDown(slow) = user_error(refused) else { panic!("not slowed down") };
        assert_eq!(slow.kind, LimitKind::Comment);
        assert_eq!(slow.to_msg().id, "slow-down");

        // Sixty votes a minute, whichever way the button goes.
        let bob = env.member("bob", Role::Member).await;
        for _ in 0..60 {
            env.core.toggle_support(&bob, idea.id).await.unwrap();
        }
        let UserError::SlowDown(slow) = user_error(env.core.toggle_support(&bob, idea.id).await) else {
            panic!("votes not limited")
        };
        assert_eq!(slow.kind, LimitKind::Vote);

        // Five tries at a link code per account in a quarter of an hour, right or wrong.
        let stranger = Identity::new(Platform::Telegram, "9999");
        for _ in 0..5 {
            let wrong = env.core.redeem_link_code(&stranger, "WRONGCOD").await;
            assert_eq!(user_error(wrong), UserError::LinkCodeInvalid);
        }
        let good = env.core.create_link_code(&bob).await.unwrap();
        let UserError::SlowDown(slow) = user_error(env.core.redeem_link_code(&stranger, &good).await) else {
            panic!("link attempts not limited")
        };
        assert_eq!(slow.kind, LimitKind::LinkAttempt);
        // Nothing changed: the account is still nobody's, and the code still works elsewhere.
        assert_eq!(env.core.actor_for(&stranger).await.unwrap(), None);
        env.core.redeem_link_code(&Identity::new(Platform::Discord, "1"), &good).await.unwrap();

        // And five codes an hour.
        for _ in 0..4 {
            env.core.create_link_code(&bob).await.unwrap();
        }
        assert!(matches!(
            user_error(env.core.create_link_code(&bob).await),
            UserError::SlowDown(SlowDown { kind: LimitKind::LinkCode, .. })
        ));
    }
}
