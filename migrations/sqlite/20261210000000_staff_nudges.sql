-- The response promise's nudges to the sprint team: one row per member, kind and period
-- ("2026-06-22" for a champion's day, "2026-W26" for a moderator's week), so a member is
-- nudged once per period however many replicas run the schedule. Old rows are pruned.
CREATE TABLE staff_nudges (
    member_id BIGINT NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL,
    period TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, kind, period)
);
