-- Bans that outlive erasure, and who may lift a ban.
--
-- A member erased while banned leaves behind only one-way hashes of the chat accounts they
-- used (no name, no platform id), so registering again from the same account starts banned.
-- `banned_by_role` is the role of whoever banned: only someone of at least that role may lift it.

CREATE TABLE banned_identities (
    identity_hash  TEXT PRIMARY KEY,
    banned_by_role TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

ALTER TABLE members ADD COLUMN banned_by_role TEXT;
