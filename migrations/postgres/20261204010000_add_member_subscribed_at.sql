-- When a member last started taking the digest (and with it the sprint's news): news written
-- before then is not theirs to receive. Set on registering (the digest is on by default) and
-- whenever the digest goes from off to on; left alone when it only changes how often. NULL,
-- as for a row written without it, counts from when the member joined.
ALTER TABLE members ADD COLUMN subscribed_at BIGINT;

-- Members who take the digest now are counted as subscribed since they joined: when they
-- last turned it on was never recorded, and joining is the earliest it can have been.
UPDATE members SET subscribed_at = created_at WHERE digest <> 'off';
