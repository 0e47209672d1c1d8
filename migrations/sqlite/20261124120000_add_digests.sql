-- Digests and reminders. Each member's next digest is due at `next_digest_at` (NULL: not yet
-- scheduled, or the member changed how often); the digest run composes it, queues it and moves
-- the time on in one transaction, so a crash never loses or doubles a member's digest.
ALTER TABLE members ADD COLUMN next_digest_at BIGINT;
CREATE INDEX members_digest_due ON members(next_digest_at);

-- Deliveries composed for one member without an outbox row (a digest) carry a key that makes
-- them unique, whatever races or restarts happen.
ALTER TABLE deliveries ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX deliveries_dedupe ON deliveries(member_id, platform, dedupe_key);
-- How often a delivery was taken over after its worker's lease ran out: each time it may
-- have been sent twice. What the operator watches to see how many a crash doubled.
ALTER TABLE deliveries ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;

-- The "closes in 48 hours" reminder goes out once per sprint.
ALTER TABLE sprints ADD COLUMN reminded_at BIGINT;
