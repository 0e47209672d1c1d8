//! The domain: pure types and rules. No I/O, no sqlx, no tokio.

pub mod display;
pub mod enums;
pub mod ids;
mod invisible;
pub mod locale;
pub mod message;
pub mod model;
pub mod permission;
pub mod pii;
pub mod similarity;
pub mod slow_down;
pub mod text;
pub mod user_error;
pub mod words;

pub use enums::*;
pub use ids::*;
pub use locale::Locale;
pub use message::{Arg, Msg};
pub use model::*;
pub use permission::{Action, Actor};
pub use slow_down::{LimitKind, SlowDown};
pub use text::*;
pub use user_error::UserError;
