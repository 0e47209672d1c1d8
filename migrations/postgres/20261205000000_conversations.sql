-- A conversation under way (registering, posting an idea, a comment asked for, ...), kept per
-- chat identity so that any replica continues it and a restart loses nothing. `state` is the
-- JSON of core's `conversation::Conversation`; it may hold what the person has typed so far,
-- so it is dropped when it expires, when the conversation ends and when the member is erased.
CREATE TABLE conversations (
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id)
);
CREATE INDEX conversations_expiry ON conversations(expires_at);
