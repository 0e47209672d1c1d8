//! Notifications: the events people should hear about, written to the outbox with the change
//! that caused them. Delivery (queues, digests, platform limits) builds on these rows.

pub mod event;

pub use event::Event;
