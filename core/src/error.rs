//! The two kinds of failure: the person's mistake (`UserError`, shown to them) and everything
//! else (`Error::Internal`, logged with its cause; the person sees an apology with a reference).

use crate::domain::UserError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    User(#[from] UserError),
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("serialising data failed")]
    Json(#[from] serde_json::Error),
    #[error("CSV error")]
    Csv(#[from] csv::Error),
    #[error("I/O error")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// The user error inside, if this is one.
    pub fn as_user(&self) -> Option<&UserError> {
        match self {
            Error::User(e) => Some(e),
            _ => None,
        }
    }
}
