//! Erasure that erases, and bans that hold: after `/forgetme` no table holds the person's name,
//! chat id or anything written about them by the team; a ban outlives erasure; bans follow the
//! same ladder as roles. On both databases.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::Target;
use crowdsprint_tests::{
    both_backends, comment_body, crowdsprint_core, reason, registration, user_error,
};

/// Words no test data uses by chance, so a hit in the database can only be this person.
const NAME: &str = "Zebedee Quartermain";
const ORGANISATION: &str = "Quillfeather Trust";
const REGION: &str = "Xanthorpe";
const TELEGRAM_ID: &str = "7654321098";
const DISCORD_ID: &str = "889900112233445566";
const FORUM_MESSAGE: &str = "556677889900112233";

both_backends! {
    async fn after_forgetme_no_table_holds_their_name_or_chat_ids(env) {
        let (_, challenges) = env.open_sprint().await;
        let telegram = Identity::new(Platform::Telegram, TELEGRAM_ID);
        let mut details = registration(NAME);
        details.organisation = Some(Organisation::parse(ORGANISATION).unwrap());
        details.region = Some(Region::parse(REGION).unwrap());
        env.core.register(&telegram, details).await.unwrap();
        let zeb = env.core.require_actor(&telegram).await.unwrap();
        let code = env.core.create_link_code(&zeb).await.unwrap();
        env.core
            .redeem_link_code(&Identity::new(Platform::Discord, DISCORD_ID), &code)
            .await
            .unwrap();
        let _unused_code = env.core.create_link_code(&zeb).await.unwrap();

        // Their idea, held and then approved; a comment hidden with a reason naming them; a
        // ban whose reason names them: the outbox and the audit log now speak of them.
        let bob = env.member("bob", Role::Member).await;
        let theirs = env.idea(&bob, challenges[0].id, "Pharmacy at 7", "").await;
        let mine = env.idea(&zeb, challenges[0].id, "Call 07700 900123 for beds", "").await;
        let admin = env.admin().await;
        env.core.approve(&admin, Target::Idea(mine.id)).await.unwrap();
        env.core.support(&zeb, theirs.id).await.unwrap();
        let comment = env.core
            .comment(&zeb, theirs.id, None, comment_body("Yes please, weekends too"))
            .await
            .unwrap()
            .comment;
        env.core
            .hide(&admin, Target::Comment(comment.id), reason(&format!("{NAME} asked us to")))
            .await
            .unwrap();
        let moderator = env.member("mo", Role::Moderator).await;
        env.core
            .ban(&moderator, zeb.member(), reason(&format!("{NAME} kept posting numbers")))
            .await
            .unwrap();
        // A reply they wrote in a Discord forum post mirroring Bob's idea: its message id
        // points at them on Discord.
        env.core.record_forum_post(Platform::Discord, "900", "901", theirs.id).await.unwrap();
        env.core
            .comment_from_forum(&zeb, Platform::Discord, "901", FORUM_MESSAGE, comment_body("Same on our ward"))
            .await
            .unwrap()
            .unwrap();
        // Deliveries queued to their chats (their chat id is the address).
        env.core.fan_out(100).await.unwrap();
        for needle in [NAME, TELEGRAM_ID, DISCORD_ID, ORGANISATION, REGION, FORUM_MESSAGE] {
            assert!(
                !env.tables_holding(needle).await.is_empty(),
                "the test must first put {needle:?} somewhere"
            );
        }

        let zeb = env.core.require_actor(&telegram).await.unwrap();
        env.core.forget_me(&zeb).await.unwrap();

        for needle in [NAME, "Zebedee", "Quartermain", TELEGRAM_ID, DISCORD_ID, ORGANISATION, REGION, FORUM_MESSAGE] {
            assert_eq!(
                env.tables_holding(needle).await,
                Vec::<String>::new(),
                "{needle:?} outlived the erasure"
            );
        }
        // What they wrote stays, from "a former member", and still counts.
        let view = env.core.idea_view(Some(&bob), mine.id).await.unwrap();
        assert_eq!(view.idea.author_name, None);
        assert_eq!(env.core.idea_view(Some(&bob), theirs.id).await.unwrap().idea.supporters, 1);
        // The team's actions are still accounted for, without the words about them.
        let audit = env.core.audit_log(&admin, 50).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "ban"));
    }

    async fn a_ban_outlives_erasure_on_every_account_they_had(env) {
        env.open_sprint().await;
        let telegram = Identity::new(Platform::Telegram, "4242");
        let discord = Identity::new(Platform::Discord, "4343");
        env.core.register(&telegram, registration("Trouble")).await.unwrap();
        let trouble = env.core.require_actor(&telegram).await.unwrap();
        let code = env.core.create_link_code(&trouble).await.unwrap();
        env.core.redeem_link_code(&discord, &code).await.unwrap();
        let moderator = env.member("mo", Role::Moderator).await;
        env.core.ban(&moderator, trouble.member(), reason("Abuse")).await.unwrap();

        let trouble = env.core.require_actor(&telegram).await.unwrap();
        env.core.forget_me(&trouble).await.unwrap();
        assert_eq!(env.core.actor_for(&telegram).await.unwrap(), None, "erased");

        // Back from either account: registered, and banned from the start.
        for identity in [&telegram, &discord] {
            env.core.register(identity, registration("Fresh start")).await.unwrap();
            let again = env.core.require_actor(identity).await.unwrap();
            assert!(again.is_banned(), "{identity} came back unbanned");
            assert_eq!(user_error(env.core.sprint_for_posting(&again).await.map(drop)), UserError::Banned);
            env.core.forget_me(&again).await.unwrap();
        }
        // Nor can such an account slip into someone else's registration by a link code.
        let friend = env.member("friend", Role::Member).await;
        let code = env.core.create_link_code(&friend).await.unwrap();
        assert_eq!(user_error(env.core.redeem_link_code(&telegram, &code).await), UserError::Banned);

        // An unbanned member who erases themselves comes back free.
        let other = Identity::new(Platform::Telegram, "5151");
        env.core.register(&other, registration("Fine")).await.unwrap();
        let fine = env.core.require_actor(&other).await.unwrap();
        env.core.forget_me(&fine).await.unwrap();
        env.core.register(&other, registration("Fine again")).await.unwrap();
        assert!(!env.core.require_actor(&other).await.unwrap().is_banned());
    }

    async fn a_moderator_cannot_lift_a_ban_an_admin_made(env) {
        env.open_sprint().await;
        let admin = env.admin().await;
        let moderator = env.member("mo", Role::Moderator).await;
        let other_mod = env.member("mia", Role::Moderator).await;
        let member = env.member("sam", Role::Member).await;

        env.core.ban(&admin, member.member(), reason("Serious")).await.unwrap();
        assert_eq!(
            user_error(env.core.unban(&moderator, member.member()).await),
            UserError::NotAllowed { needed: Role::Admin }
        );
        assert!(env.core.require_actor(&Identity::new(Platform::Console, "sam")).await.unwrap().is_banned());
        env.core.unban(&admin, member.member()).await.unwrap();

        // A moderator's ban another moderator may lift; nobody acts on their equal.
        env.core.ban(&moderator, member.member(), reason("Spam")).await.unwrap();
        env.core.unban(&other_mod, member.member()).await.unwrap();
        assert_eq!(
            user_error(env.core.ban(&moderator, other_mod.member(), reason("Rival")).await),
            UserError::NotAllowed { needed: Role::Admin }
        );
    }

    async fn a_bootstrap_admin_who_registered_first_is_still_an_admin(env) {
        env.open_sprint().await;
        // The operator's admin registered as a plain member on Discord before being listed,
        // then linked the listed Telegram account: a moderator cannot ban them.
        let discord = Identity::new(Platform::Discord, "31337");
        env.core.register(&discord, registration("Operator")).await.unwrap();
        let before = env.core.require_actor(&discord).await.unwrap();
        assert_eq!(before.role(), Role::Member);
        let code = env.core.create_link_code(&before).await.unwrap();
        let listed = crowdsprint_tests::admin_identity();
        env.core.redeem_link_code(&listed, &code).await.unwrap();
        assert_eq!(env.core.require_actor(&listed).await.unwrap().role(), Role::Admin);

        let moderator = env.member("mo", Role::Moderator).await;
        assert_eq!(
            user_error(env.core.ban(&moderator, before.member(), reason("Coup")).await),
            UserError::NotAllowed { needed: Role::Admin }
        );
    }
}
