//! crowdsprint-core: the domain, its storage and its use cases. Knows nothing of any chat
//! platform; adapters turn platform events into calls here and render what comes back.

pub mod background;
pub mod clock;
pub mod command;
pub mod conversation;
pub mod demo;
pub mod domain;
pub mod error;
pub mod health;
pub mod i18n;
pub mod layout;
pub mod limits;
pub mod metrics;
pub mod notify;
pub mod service;
pub mod store;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{Error, Result};
pub use service::Core;
pub use store::Store;
