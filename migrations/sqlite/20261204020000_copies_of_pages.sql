-- A public message may show several ideas (a page of `/ideas` in a group or channel), so a
-- copy is now one row per idea a message shows, and says what it shows (`card`, or a page as
-- `top:0` / `new:2`) so that hiding or erasing any of them can draw the message again.
-- SQLite cannot change a primary key in place: the table is rebuilt.
CREATE TABLE published_copies_next (
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    idea_id    BIGINT NOT NULL REFERENCES ideas(id),
    locale     TEXT NOT NULL,
    shows      TEXT NOT NULL DEFAULT 'card',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (platform, chat_id, message_id, idea_id)
);
INSERT INTO published_copies_next (platform, chat_id, message_id, idea_id, locale, created_at)
    SELECT platform, chat_id, message_id, idea_id, locale, created_at FROM published_copies;
DROP TABLE published_copies;
ALTER TABLE published_copies_next RENAME TO published_copies;
CREATE INDEX published_copies_idea ON published_copies(idea_id, platform);
