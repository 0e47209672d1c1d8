-- Ideas captured on a group's behalf: a champion running a huddle, a ward round or a chat
-- session starts a capture session, and every idea they post during it is the group's
-- (origin `captured:<session>, <date>`), with a short claim code a participant sends to the
-- bot (`/claim CODE`) to become its co-author and hear back.
ALTER TABLE ideas ADD COLUMN claim_code TEXT;
CREATE UNIQUE INDEX ideas_claim_code ON ideas (claim_code);

-- The session a champion is capturing for, if any; it lapses after twelve hours.
CREATE TABLE capture_sessions (
    member_id BIGINT PRIMARY KEY REFERENCES members (id),
    name TEXT NOT NULL,
    started_at BIGINT NOT NULL
);

-- Who claimed a captured idea: its co-authors, who hear what its author hears.
CREATE TABLE idea_claims (
    idea_id BIGINT NOT NULL REFERENCES ideas (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    claimed_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, member_id)
);
CREATE INDEX idea_claims_member ON idea_claims (member_id);
