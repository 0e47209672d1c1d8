//! The domain: pure types and rules. No I/O, no sqlx, no tokio.

pub mod audit_action;
pub mod counts;
pub mod digest;
pub mod display;
pub mod enums;
pub mod event;
pub mod export_format;
pub mod ids;
mod invisible;
pub mod list_order;
pub mod locale;
pub mod message;
pub mod model;
pub mod not_found;
pub mod permission;
pub mod pii;
pub mod similarity;
pub mod slow_down;
pub mod target;
pub mod text;
pub mod user_error;
pub mod words;

pub use audit_action::AuditAction;
pub use enums::*;
pub use export_format::ExportFormat;
pub use ids::*;
pub use list_order::ListOrder;
pub use locale::Locale;
pub use message::{Arg, Msg};
pub use model::*;
pub use not_found::{NotFound, OptionExt};
pub use permission::{Action, Actor};
pub use slow_down::{LimitKind, SlowDown};
pub use target::Target;
pub use text::*;
pub use user_error::UserError;
