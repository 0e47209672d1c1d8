//! What a button or form carries in its `custom_id` (at most 100 characters): a verb and its
//! numbers, `support:12`, `post:3:idea`. Nothing secret rides here and nothing is trusted: core
//! checks every action against the member who pressed it, and Discord only delivers presses
//! of our own messages.

use crowdsprint_core::conversation::Choice;
use crowdsprint_core::domain::{Describes, IdeaKind, UpdateWhen};
use crowdsprint_core::service::{ListOrder, Target};

/// A button press or form submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Support(i64),
    Follow(i64),
    /// Open the comment form (button) or post the comment (form).
    Comment(i64),
    Similar(i64),
    Open(i64),
    Page(ListOrder, i64),
    /// The privacy note was agreed: open (button) or submit (form) registration.
    Register(Describes),
    /// Post the idea: the form, or "post mine anyway" after similar ideas were offered.
    Post {
        challenge: i64,
        kind: IdeaKind,
    },
    Approve(Target),
    /// Ask for (button) or apply (form) a reason to hide.
    Hide(Target),
    Respond(Target),
    /// An answer to the conversation under way in core (confirming `/forgetme`).
    Choose(Choice),
    /// Stop the digest and sprint news (under a digest).
    Unsubscribe,
    /// Post the team update written in the form, to this sprint, now or with the digest.
    Update {
        sprint: i64,
        when: UpdateWhen,
    },
    /// "Post as idea" under a message in an ideas channel (the message's id).
    Offer(u64),
    /// The challenge picked for that message.
    OfferTo {
        message: u64,
        challenge: i64,
    },
}

impl Action {
    pub fn encode(&self) -> String {
        match self {
            Action::Support(id) => format!("support:{id}"),
            Action::Follow(id) => format!("follow:{id}"),
            Action::Comment(id) => format!("comment:{id}"),
            Action::Similar(id) => format!("similar:{id}"),
            Action::Open(id) => format!("open:{id}"),
            Action::Page(order, page) => format!("page:{}:{page}", order.as_str()),
            Action::Register(d) => format!("register:{d}"),
            Action::Post { challenge, kind } => format!("post:{challenge}:{kind}"),
            Action::Approve(t) => format!("approve:{t}"),
            Action::Hide(t) => format!("hide:{t}"),
            Action::Respond(t) => format!("respond:{t}"),
            Action::Choose(choice) => format!("choose:{choice}"),
            Action::Unsubscribe => "unsubscribe".to_owned(),
            Action::Update { sprint, when } => format!("update:{sprint}:{when}"),
            Action::Offer(message) => format!("offer:{message}"),
            Action::OfferTo { message, challenge } => format!("offerto:{message}:{challenge}"),
        }
    }

    /// `None` for anything we did not write (an old or foreign button).
    pub fn decode(id: &str) -> Option<Action> {
        // A choice is spelt by core, colons and all.
        if let Some(choice) = id.strip_prefix("choose:") {
            return choice.parse().ok().map(Action::Choose);
        }
        let mut parts = id.split(':');
        let verb = parts.next()?;
        let mut next = || parts.next();
        let action = match verb {
            "support" => Action::Support(next()?.parse().ok()?),
            "follow" => Action::Follow(next()?.parse().ok()?),
            "comment" => Action::Comment(next()?.parse().ok()?),
            "similar" => Action::Similar(next()?.parse().ok()?),
            "open" => Action::Open(next()?.parse().ok()?),
            "page" => Action::Page(order(next()?)?, next()?.parse().ok()?),
            "register" => Action::Register(next()?.parse().ok()?),
            "post" => Action::Post {
                challenge: next()?.parse().ok()?,
                kind: next()?.parse().ok()?,
            },
            "approve" => Action::Approve(next()?.parse().ok()?),
            "hide" => Action::Hide(next()?.parse().ok()?),
            "respond" => Action::Respond(next()?.parse().ok()?),
            "unsubscribe" => Action::Unsubscribe,
            "update" => Action::Update {
                sprint: next()?.parse().ok()?,
                when: next()?.parse().ok()?,
            },
            "offer" => Action::Offer(next()?.parse().ok()?),
            "offerto" => Action::OfferTo {
                message: next()?.parse().ok()?,
                challenge: next()?.parse().ok()?,
            },
            _ => return None,
        };
        parts.next().is_none().then_some(action)
    }
}

fn order(word: &str) -> Option<ListOrder> {
    match word {
        "top" => Some(ListOrder::Top),
        "new" => Some(ListOrder::New),
        "mine" => Some(ListOrder::Mine),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crowdsprint_core::domain::{ChallengeId, CommentId, IdeaId};

    #[test]
    fn every_action_round_trips_within_discords_limit() {
        let all = [
            Action::Support(i64::MAX),
            Action::Follow(1),
            Action::Comment(2),
            Action::Similar(3),
            Action::Open(4),
            Action::Page(ListOrder::Mine, 7),
            Action::Register(Describes::PartnerOrganisation),
            Action::Post {
                challenge: 9,
                kind: IdeaKind::GoodPractice,
            },
            Action::Approve(Target::Comment(CommentId(12))),
            Action::Hide(Target::Idea(IdeaId(13))),
            Action::Respond(Target::Idea(IdeaId(14))),
            Action::Choose(Choice::ConfirmForget),
            Action::Choose(Choice::Challenge(ChallengeId(i64::MAX))),
            Action::Unsubscribe,
            Action::Update {
                sprint: i64::MAX,
                when: UpdateWhen::NextDigest,
            },
            Action::Offer(u64::MAX),
            Action::OfferTo {
                message: u64::MAX,
                challenge: i64::MAX,
            },
        ];
        for action in all {
            let id = action.encode();
            assert!(id.len() <= 100, "{id}");
            assert_eq!(Action::decode(&id), Some(action), "{id}");
        }
    }

    #[test]
    fn foreign_or_damaged_ids_are_ignored() {
        for id in [
            "",
            "support",
            "support:x",
            "support:1:2",
            "page:best:1",
            "nope:1",
        ] {
            assert_eq!(Action::decode(id), None, "{id}");
        }
    }
}
