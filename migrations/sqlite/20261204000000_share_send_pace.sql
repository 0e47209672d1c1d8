-- One sending pace per bot, shared by every replica (see `core::limits::Pace`).
--
-- A replica about to send takes the next few send slots of its bot from `next_slot_us` (a
-- microsecond Unix time, moved on by the slots taken), so replicas together keep the bot's
-- rate with no share to agree on; a replica that dies just leaves its few unused slots. A
-- platform's "slow down" (429) moves `paused_until_us` on, and every replica sends nothing
-- until then.

CREATE TABLE send_pace (
    bot             TEXT PRIMARY KEY,
    next_slot_us    BIGINT NOT NULL,
    paused_until_us BIGINT NOT NULL
);
