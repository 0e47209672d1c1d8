-- Group chats, forum topics and channels tied to a sprint (or one of its challenges), where new
-- visible ideas are announced; and the cursors of the processes that follow the outbox.

CREATE TABLE channels (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL,
    chat_id      TEXT NOT NULL,
    thread_id    TEXT NOT NULL DEFAULT '',
    sprint_id    BIGINT NOT NULL REFERENCES sprints(id),
    challenge_id BIGINT REFERENCES challenges(id),
    locale       TEXT NOT NULL DEFAULT 'en-GB',
    created_by   BIGINT REFERENCES members(id),
    created_at   BIGINT NOT NULL,
    UNIQUE (platform, chat_id, thread_id)
);
CREATE INDEX channels_sprint ON channels(sprint_id);

CREATE TABLE outbox_cursors (
    name    TEXT PRIMARY KEY,
    last_id BIGINT NOT NULL
);
