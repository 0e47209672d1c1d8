-- Ideas mirrored as forum posts (a Discord forum channel tied to a sprint): one post per idea
-- and forum, and the messages in those posts that are comments (written there, or mirrored
-- there from elsewhere), so a comment is never mirrored twice or echoed back.

CREATE TABLE forum_posts (
    platform   TEXT NOT NULL,
    forum_id   TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    idea_id    BIGINT NOT NULL REFERENCES ideas(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (platform, thread_id),
    UNIQUE (platform, forum_id, idea_id)
);
CREATE INDEX forum_posts_idea ON forum_posts(idea_id);

CREATE TABLE forum_messages (
    platform   TEXT NOT NULL,
    message_id TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    comment_id BIGINT NOT NULL REFERENCES comments(id),
    PRIMARY KEY (platform, message_id)
);
CREATE INDEX forum_messages_comment ON forum_messages(comment_id, thread_id);
