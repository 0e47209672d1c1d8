//! Small closed vocabularies shared by the domain and storage, with their stored spellings.
//!
//! Each enum is stored as a short lowercase word (`as_str`) and parsed back with `FromStr`, so
//! the database stays readable and both backends store the same text.

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary with its stored words, and `ALL` in display order.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order people see them listed.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and typed word (also the Fluent selector key).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, UnknownWord> {
                let wanted = s.trim().to_lowercase().replace([' ', '-'], "_");
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .ok_or(UnknownWord)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A word that is not one of a vocabulary's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a known word")]
pub struct UnknownWord;

vocabulary!(
    /// What best describes a member.
    Describes {
        Staff => "staff",
        Patient => "patient",
        Carer => "carer",
        LivedExperience => "lived_experience",
        PartnerOrganisation => "partner_organisation",
        Other => "other",
    }
);

vocabulary!(
    /// What a member may do; each role can do everything the ones before it can.
    Role {
        Member => "member",
        Champion => "champion",
        Moderator => "moderator",
        Admin => "admin",
    }
);

vocabulary!(
    /// Where a chat identity lives.
    Platform {
        Telegram => "telegram",
        Discord => "discord",
        Console => "console",
    }
);

vocabulary!(
    /// How often a member gets the digest.
    DigestFrequency {
        Weekly => "weekly",
        Daily => "daily",
        Off => "off",
    }
);

vocabulary!(
    /// Where a sprint is on the roadmap.
    SprintStage {
        Draft => "draft",
        Open => "open",
        Closed => "closed",
        Theming => "theming",
        Prototyping => "prototyping",
        Testing => "testing",
        ScaleAndSpread => "scale_and_spread",
        Archived => "archived",
    }
);

vocabulary!(
    /// What kind of contribution an idea is.
    IdeaKind {
        Idea => "idea",
        Experience => "experience",
        GoodPractice => "good_practice",
    }
);

vocabulary!(
    /// How far an idea (or a Big Idea) has travelled after crowdsourcing.
    DevelopmentStage {
        Submitted => "submitted",
        Themed => "themed",
        Prototyping => "prototyping",
        Testing => "testing",
        ScaleAndSpread => "scale_and_spread",
        NotTakenForward => "not_taken_forward",
    }
);

vocabulary!(
    /// When a team update reaches people: at once, or leading the next digest.
    UpdateWhen {
        Now => "now",
        NextDigest => "digest",
    }
);

vocabulary!(
    /// What became of an idea or a Big Idea: "you said, we did".
    Outcome {
        UnderConsideration => "under_consideration",
        Prototyping => "prototyping",
        Testing => "testing",
        Adopted => "adopted",
        ScaledAndSpread => "scaled_and_spread",
        NotTakenForward => "not_taken_forward",
    }
);

impl Outcome {
    /// Not taking an idea forward always says why: the people behind it are owed a reason.
    pub fn needs_note(self) -> bool {
        self == Outcome::NotTakenForward
    }

    pub fn to_msg(self) -> super::Msg {
        super::Msg::new("outcome-name").arg("outcome", self.as_str())
    }
}

vocabulary!(
    /// Whether a human has looked at an idea or comment yet.
    ReviewState {
        Unreviewed => "unreviewed",
        Approved => "approved",
        Hidden => "hidden",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_and_accept_friendly_spellings() {
        for stage in SprintStage::ALL {
            assert_eq!(stage.as_str().parse::<SprintStage>(), Ok(*stage));
        }
        assert_eq!("Scale and spread".parse(), Ok(SprintStage::ScaleAndSpread));
        assert_eq!("good-practice".parse(), Ok(IdeaKind::GoodPractice));
        assert_eq!("sideways".parse::<SprintStage>(), Err(UnknownWord));
    }

    #[test]
    fn roles_are_ordered_by_power() {
        assert!(Role::Admin > Role::Moderator);
        assert!(Role::Moderator > Role::Champion);
        assert!(Role::Champion > Role::Member);
    }
}
