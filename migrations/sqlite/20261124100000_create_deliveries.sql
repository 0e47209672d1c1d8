-- The delivery queue: one row per message to send to one person on one platform, filled from
-- the outbox's personal rows and drained by the delivery workers. A claimed row carries a lease;
-- a worker that dies leaves it to expire, and another worker takes it over.

CREATE TABLE deliveries (
    id          INTEGER PRIMARY KEY,
    outbox_id   BIGINT REFERENCES outbox(id),
    member_id   BIGINT NOT NULL REFERENCES members(id),
    platform    TEXT NOT NULL,
    address     TEXT NOT NULL,
    payload     TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending',
    not_before  BIGINT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until BIGINT,
    last_error  TEXT,
    created_at  BIGINT NOT NULL,
    sent_at     BIGINT,
    UNIQUE (outbox_id, member_id, platform)
);
CREATE INDEX deliveries_due ON deliveries(state, not_before, id);
