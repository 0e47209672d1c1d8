-- A delivery worker claims due rows of one platform in `not_before` order, and rows whose
-- lease ran out. Two partial indexes hold only those rows, platform first, so a claim is one
-- short ordered walk however many deliveries were sent before. With one index over every
-- state and no platform in it, PostgreSQL (planning from statistics taken while the queue was
-- small) chose a bitmap scan and sorted every due row on each claim: 100,000 digests went out
-- at half the permitted rate.
DROP INDEX deliveries_due;
CREATE INDEX deliveries_pending ON deliveries(platform, not_before, id) WHERE state = 'pending';
CREATE INDEX deliveries_leased ON deliveries(platform, lease_until) WHERE state = 'sending';
