-- Following the broadcasts without a cursor, and every public copy of an idea we made.
--
-- A cursor ("everything after outbox id N") can skip a row on PostgreSQL: ids are handed out
-- when a row is written but become visible when its transaction commits, so a slow writer's
-- smaller id can appear after the cursor has moved past it. Instead each follower (the
-- Telegram announcer, the Discord mirror) registers once, and every broadcast written from
-- then on gets one job per follower in the same transaction: a job exists exactly when its
-- event committed. A follower claims jobs under a lease and deletes each when done (at least
-- once), never one for an idea while an earlier job for that idea is still open (in order per
-- idea).

CREATE TABLE outbox_followers (
    name       TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
);

CREATE TABLE broadcast_jobs (
    id          INTEGER PRIMARY KEY,
    follower    TEXT NOT NULL,
    outbox_id   BIGINT NOT NULL REFERENCES outbox(id),
    idea_id     BIGINT,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX broadcast_jobs_follower ON broadcast_jobs(follower, id);
CREATE INDEX broadcast_jobs_idea ON broadcast_jobs(follower, idea_id, id);

-- Followers that had a cursor carry on from it, nothing lost.
INSERT INTO outbox_followers (name, created_at) SELECT name, 0 FROM outbox_cursors;
INSERT INTO broadcast_jobs (follower, outbox_id, idea_id, created_at)
    SELECT c.name, o.id, o.idea_id, o.created_at
    FROM outbox_cursors c JOIN outbox o ON o.id > c.last_id AND o.recipient_id IS NULL
    ORDER BY o.id;

-- Cards and posts we put in public places (a group, a channel, a forum post's first
-- message), so that hiding, merging or erasing can take them back or redraw them.
CREATE TABLE published_copies (
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    idea_id    BIGINT NOT NULL REFERENCES ideas(id),
    locale     TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (platform, chat_id, message_id)
);
CREATE INDEX published_copies_idea ON published_copies(idea_id, platform);

-- Which forum messages were written there by a person (a comment that came from Discord), as
-- against copies we posted: a person deleting or editing their own reply changes the comment.
ALTER TABLE forum_messages ADD COLUMN written_here BOOLEAN NOT NULL DEFAULT FALSE;
