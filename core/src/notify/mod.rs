//! Notifications: the events people should hear about, written to the outbox with the change
//! that caused them. Delivery (queues, digests, platform limits) builds on these rows.

pub mod courier;
pub mod delivery;
pub mod digest;
mod message;
pub mod quiet;

/// The events themselves are domain data (the store keeps them); the old path still works.
pub use crate::domain::event;
pub use courier::Courier;
pub use delivery::{Delivery, SendOutcome, Settled};
pub use digest::{Digest, DigestSchedule};
pub use event::Event;
pub use quiet::QuietHours;
