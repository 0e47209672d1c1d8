//! Notifications: the events people should hear about, written to the outbox with the change
//! that caused them. Delivery (queues, digests, platform limits) builds on these rows.

pub mod delivery;
pub mod digest;
pub mod event;
mod message;
pub mod quiet;

pub use delivery::{Delivery, SendOutcome, Settled};
pub use digest::{Digest, DigestSchedule};
pub use event::Event;
pub use quiet::QuietHours;
