//! Conversations survive the bot moving under the person, on both databases: a restart in the
//! middle of registering and of posting an idea, and two replicas behind one webhook address
//! taking turns with one registration. The buttons people were shown keep working.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_core::service::ListOrder;
use crowdsprint_tests::telegram_bot::BotWorld;
use crowdsprint_tests::telegram_replicas::Replicas;
use crowdsprint_tests::{both_backends, crowdsprint_core};

const ANN: i64 = 2001;

async fn member(bots: &Replicas) -> Member {
    let identity = BotWorld::identity(ANN);
    let actor = bots.env.core.require_actor(&identity).await.unwrap();
    bots.env.core.my_data(&actor).await.unwrap().member
}

both_backends! {
    async fn a_restart_in_the_middle_of_registering_and_of_posting_loses_nothing(env) {
        let (_, challenges) = env.open_sprint().await;
        let mut bots = Replicas::start(env, 1).await;
        bots.telegram.add_user(ANN, "Ann", None, Some("en"));

        let hello = bots.say(0, ANN, "/start").await;
        let describes = bots.press(0, ANN, &hello, "✓ Ann").await;
        bots.restart(0).await;
        // The new process knows where she was: the buttons she was shown still work.
        let organisation = bots.press(0, ANN, &describes, "Staff").await;
        assert!(organisation.visible_text.contains("organisation"), "{}", organisation.visible_text);
        let region = bots.say(0, ANN, "Royal Infirmary").await;
        bots.restart(0).await;
        let consent = bots.press(0, ANN, &region, "Skip").await;
        let done = bots.press(0, ANN, &consent, "Yes, I agree").await;
        assert!(done.visible_text.contains("You're registered, Ann"), "{}", done.visible_text);
        let ann = member(&bots).await;
        assert_eq!(ann.describes, Describes::Staff);
        assert_eq!(ann.organisation.as_deref(), Some("Royal Infirmary"), "typed before a restart");

        let offer = bots.say(0, ANN, "Volunteer drivers for discharge medicines").await;
        bots.restart(0).await;
        let title = bots.press(0, ANN, &offer, &challenges[0].title).await;
        assert!(title.visible_text.contains("Volunteer drivers for discharge medicines"), "{}", title.visible_text);
        let kind = bots.press(0, ANN, &title, "Keep this title").await;
        bots.restart(0).await;
        let posted = bots.press(0, ANN, &kind, "Idea").await;
        assert!(posted.visible_text.contains("Thank you"), "{}", posted.visible_text);
        let actor = bots.env.core.require_actor(&BotWorld::identity(ANN)).await.unwrap();
        let mine = bots.env.core.list_ideas(Some(&actor), None, ListOrder::Mine, 0).await.unwrap();
        assert_eq!(mine.ideas.len(), 1);
        assert_eq!(mine.ideas[0].title, "Volunteer drivers for discharge medicines");
        assert_eq!(mine.ideas[0].challenge_id, challenges[0].id);

        // The conversation is over: a pressed button from it is stale, not a second idea.
        let again = bots.press_for_notice(0, ANN, &kind, "Idea").await.unwrap_or_default();
        assert!(again.contains("older"), "{again}");
        let mine = bots.env.core.list_ideas(Some(&actor), None, ListOrder::Mine, 0).await.unwrap();
        assert_eq!(mine.ideas.len(), 1, "a finished conversation cannot post twice");
    }

    async fn two_replicas_taking_turns_complete_a_registration(env) {
        env.open_sprint().await;
        let bots = Replicas::start(env, 2).await;
        bots.telegram.add_user(ANN, "Ann", None, Some("en"));

        // A load balancer sends each update to whichever replica is free: here, in turn.
        let hello = bots.say(0, ANN, "/start").await;
        let describes = bots.press(1, ANN, &hello, "✓ Ann").await;
        let organisation = bots.press(0, ANN, &describes, "Staff").await;
        let region = bots.say(1, ANN, "Royal Infirmary").await;
        let consent = bots.say(0, ANN, "North West").await;
        assert!(consent.visible_text.contains("Privacy"), "{}", consent.visible_text);
        let done = bots.press(1, ANN, &consent, "Yes, I agree").await;
        assert!(done.visible_text.contains("You're registered, Ann"), "{}", done.visible_text);
        let ann = member(&bots).await;
        assert_eq!(ann.organisation.as_deref(), Some("Royal Infirmary"));
        assert_eq!(ann.region.as_deref(), Some("North West"));
        let _ = (organisation, region);
    }
}
