//! "Load it or say it is not there": each id knows the user error for its absence, so a use
//! case reads `db.idea(id).await?.or_not_found(id)?`.

use super::{BigIdeaId, ChallengeId, CommentId, IdeaId, MemberId, SprintId, ThemeId, UserError};

/// An id whose absence is shown to the person ("there is no idea 12").
pub trait NotFound: Copy {
    /// The user error for nothing found under this id.
    fn not_found(self) -> UserError;
}

/// `Option::ok_or` with the not-found error of the id looked up.
pub trait OptionExt<T> {
    /// The value, or the user error for nothing found under `id`.
    fn or_not_found<I: NotFound>(self, id: I) -> Result<T, UserError>;
}

impl<T> OptionExt<T> for Option<T> {
    fn or_not_found<I: NotFound>(self, id: I) -> Result<T, UserError> {
        self.ok_or_else(|| id.not_found())
    }
}

impl NotFound for SprintId {
    fn not_found(self) -> UserError {
        UserError::SprintNotFound { id: self }
    }
}

impl NotFound for ChallengeId {
    fn not_found(self) -> UserError {
        UserError::ChallengeNotFound { id: self }
    }
}

impl NotFound for IdeaId {
    fn not_found(self) -> UserError {
        UserError::IdeaNotFound { id: self }
    }
}

impl NotFound for CommentId {
    fn not_found(self) -> UserError {
        UserError::CommentNotFound { id: self }
    }
}

impl NotFound for ThemeId {
    fn not_found(self) -> UserError {
        UserError::ThemeNotFound { id: self }
    }
}

impl NotFound for BigIdeaId {
    fn not_found(self) -> UserError {
        UserError::BigIdeaNotFound { id: self }
    }
}

impl NotFound for MemberId {
    fn not_found(self) -> UserError {
        UserError::MemberNotFound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn some_is_the_value_and_none_the_ids_error() {
        assert_eq!(Some(3).or_not_found(IdeaId(7)), Ok(3));
        assert_eq!(
            None::<i32>.or_not_found(IdeaId(7)),
            Err(UserError::IdeaNotFound { id: IdeaId(7) })
        );
        assert_eq!(
            None::<i32>.or_not_found(MemberId(1)),
            Err(UserError::MemberNotFound)
        );
    }
}
