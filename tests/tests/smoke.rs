//! The smallest journey on both databases: register, open a sprint, post, support.

#![allow(clippy::unwrap_used)]

use crowdsprint_core::domain::*;
use crowdsprint_tests::{both_backends, crowdsprint_core};

both_backends! {
    async fn post_and_support(env) {
        let (_, challenges) = env.open_sprint().await;
        let alice = env.member("alice", Role::Member).await;
        let bob = env.member("bob", Role::Member).await;
        let idea = env.idea(&alice, challenges[0].id, "Volunteers deliver medicines", "So people get home by noon").await;
        assert_eq!(idea.visibility, Visibility::Visible);
        assert_eq!(env.core.support(&bob, idea.id).await.unwrap(), 1);
        let again = env.core.support(&bob, idea.id).await.unwrap_err();
        assert_eq!(again.as_user(), Some(&UserError::AlreadySupported { id: idea.id }));
    }
}
