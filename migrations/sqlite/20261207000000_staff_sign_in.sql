-- The staff dashboard signs people in without passwords: `/web` in a chat makes a single-use
-- sign-in link, and following it opens a session. Only SHA-256 hashes of the secrets are kept,
-- so a copy of the database lets nobody in. The chat identity that asked is kept too: the
-- actor is looked up from it on every request, so a role taken away or a ban applies at once.
CREATE TABLE web_sign_ins (
    token_hash TEXT PRIMARY KEY,
    member_id  BIGINT NOT NULL REFERENCES members(id),
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX web_sign_ins_member ON web_sign_ins(member_id);

CREATE TABLE web_sessions (
    token_hash TEXT PRIMARY KEY,
    member_id  BIGINT NOT NULL REFERENCES members(id),
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    -- Forms carry it; a request from another site cannot know it.
    csrf       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX web_sessions_member ON web_sessions(member_id);
