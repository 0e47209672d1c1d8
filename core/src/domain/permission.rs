//! Who may do what. The one place the rules live, so every adapter agrees.

use super::enums::Role;
use super::ids::MemberId;
use super::locale::Locale;
use super::user_error::UserError;

/// Something a person asks core to do, as far as permissions are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read public things: sprints, challenges, visible ideas and comments.
    Read,
    /// Post ideas and comments, support and follow (members who are not banned).
    Contribute,
    /// Work the review queue: approve, hide and restore ideas and comments, respond.
    Review,
    /// Run sprints: create and move sprints, challenges, themes, Big Ideas, merge, announce.
    Moderate,
    /// Ban and unban members.
    Ban,
    /// Grant and take away roles.
    GrantRoles,
    /// Export a sprint's working file.
    Export,
}

impl Action {
    /// The least role that may take this action.
    pub fn needs(self) -> Role {
        match self {
            Action::Read | Action::Contribute => Role::Member,
            Action::Review => Role::Champion,
            Action::Moderate | Action::Ban | Action::Export => Role::Moderator,
            Action::GrantRoles => Role::Admin,
        }
    }
}

/// The person behind a request, as core knows them. Only core builds one (from the database
/// and the bootstrap admin list), so an adapter cannot claim a role it was not given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    member: MemberId,
    role: Role,
    banned: bool,
    locale: Locale,
}

impl Actor {
    /// Only for core's own lookups; adapters receive actors, they never make them.
    pub(crate) fn new(member: MemberId, role: Role, banned: bool, locale: Locale) -> Self {
        Actor {
            member,
            role,
            banned,
            locale,
        }
    }

    pub fn member(&self) -> MemberId {
        self.member
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn is_banned(&self) -> bool {
        self.banned
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether this person is staff of the sprint team (champion or above).
    pub fn is_staff(&self) -> bool {
        self.role >= Role::Champion
    }

    /// Checks the action against the role and the ban. Banned people can read but not write,
    /// whatever their role.
    pub fn may(&self, action: Action) -> Result<(), UserError> {
        if self.banned && action != Action::Read {
            return Err(UserError::Banned);
        }
        let needed = action.needs();
        if self.role < needed {
            return Err(UserError::NotAllowed { needed });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, banned: bool) -> Actor {
        Actor::new(MemberId(1), role, banned, Locale::EnGb)
    }

    #[test]
    fn the_permission_table() {
        use Action::*;
        let table: &[(Role, Action, bool)] = &[
            (Role::Member, Read, true),
            (Role::Member, Contribute, true),
            (Role::Member, Review, false),
            (Role::Member, Moderate, false),
            (Role::Champion, Review, true),
            (Role::Champion, Moderate, false),
            (Role::Champion, Ban, false),
            (Role::Moderator, Moderate, true),
            (Role::Moderator, Ban, true),
            (Role::Moderator, Export, true),
            (Role::Moderator, GrantRoles, false),
            (Role::Admin, GrantRoles, true),
        ];
        for (role, action, allowed) in table {
            assert_eq!(
                actor(*role, false).may(*action).is_ok(),
                *allowed,
                "{role:?} {action:?}"
            );
        }
    }

    #[test]
    fn banned_people_read_but_never_write_whatever_their_role() {
        let banned_admin = actor(Role::Admin, true);
        assert_eq!(banned_admin.may(Action::Read), Ok(()));
        assert_eq!(banned_admin.may(Action::Contribute), Err(UserError::Banned));
        assert_eq!(banned_admin.may(Action::Moderate), Err(UserError::Banned));
    }
}
