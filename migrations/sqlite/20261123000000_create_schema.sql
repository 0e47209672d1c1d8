-- crowdsprint schema for SQLite. Times are milliseconds since the Unix epoch (UTC).

CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    display_name  TEXT,
    describes     TEXT NOT NULL,
    organisation  TEXT,
    region        TEXT,
    locale        TEXT NOT NULL DEFAULT 'en-GB',
    role          TEXT NOT NULL DEFAULT 'member',
    banned        BOOLEAN NOT NULL DEFAULT FALSE,
    banned_reason TEXT,
    digest        TEXT NOT NULL DEFAULT 'weekly',
    timezone      TEXT,
    consented_at  BIGINT NOT NULL,
    created_at    BIGINT NOT NULL,
    erased_at     BIGINT
);

CREATE TABLE identities (
    platform       TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    member_id      BIGINT NOT NULL REFERENCES members(id),
    unreachable_at BIGINT,
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id)
);
CREATE INDEX identities_member ON identities(member_id);

CREATE TABLE link_codes (
    code       TEXT PRIMARY KEY,
    member_id  BIGINT NOT NULL REFERENCES members(id),
    expires_at BIGINT NOT NULL
);

CREATE TABLE sprints (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    opens_at    BIGINT NOT NULL,
    closes_at   BIGINT NOT NULL,
    stage       TEXT NOT NULL DEFAULT 'draft',
    created_by  BIGINT REFERENCES members(id),
    created_at  BIGINT NOT NULL
);

CREATE TABLE challenges (
    id          INTEGER PRIMARY KEY,
    sprint_id   BIGINT NOT NULL REFERENCES sprints(id),
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL
);
CREATE INDEX challenges_sprint ON challenges(sprint_id);

CREATE TABLE ideas (
    id            INTEGER PRIMARY KEY,
    sprint_id     BIGINT NOT NULL REFERENCES sprints(id),
    challenge_id  BIGINT NOT NULL REFERENCES challenges(id),
    author_id     BIGINT REFERENCES members(id),
    title         TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    origin        TEXT NOT NULL,
    visibility    TEXT NOT NULL,
    hidden_reason TEXT,
    merged_into   BIGINT REFERENCES ideas(id),
    review_state  TEXT NOT NULL DEFAULT 'unreviewed',
    held_for      TEXT NOT NULL DEFAULT '',
    stage         TEXT NOT NULL DEFAULT 'submitted',
    supporters    BIGINT NOT NULL DEFAULT 0,
    comment_count BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX ideas_sprint_top ON ideas(sprint_id, visibility, supporters DESC);
CREATE INDEX ideas_sprint_new ON ideas(sprint_id, visibility, created_at DESC);
CREATE INDEX ideas_author ON ideas(author_id);
CREATE INDEX ideas_review ON ideas(review_state, created_at);

CREATE VIRTUAL TABLE ideas_fts USING fts5(
    title, body, content = 'ideas', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
    INSERT INTO ideas_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
    INSERT INTO ideas_fts(ideas_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, body ON ideas BEGIN
    INSERT INTO ideas_fts(ideas_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO ideas_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE votes (
    idea_id    BIGINT NOT NULL REFERENCES ideas(id),
    member_id  BIGINT NOT NULL REFERENCES members(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, member_id)
);
CREATE INDEX votes_member ON votes(member_id);

CREATE TABLE comments (
    id            INTEGER PRIMARY KEY,
    idea_id       BIGINT NOT NULL REFERENCES ideas(id),
    parent_id     BIGINT REFERENCES comments(id),
    author_id     BIGINT REFERENCES members(id),
    body          TEXT NOT NULL,
    visibility    TEXT NOT NULL,
    hidden_reason TEXT,
    review_state  TEXT NOT NULL DEFAULT 'unreviewed',
    is_response   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT NOT NULL
);
CREATE INDEX comments_idea ON comments(idea_id, created_at);
CREATE INDEX comments_parent ON comments(parent_id);
CREATE INDEX comments_review ON comments(review_state, created_at);

CREATE TABLE themes (
    id          INTEGER PRIMARY KEY,
    sprint_id   BIGINT NOT NULL REFERENCES sprints(id),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL
);

CREATE TABLE idea_themes (
    idea_id  BIGINT NOT NULL REFERENCES ideas(id),
    theme_id BIGINT NOT NULL REFERENCES themes(id),
    PRIMARY KEY (idea_id, theme_id)
);
CREATE INDEX idea_themes_theme ON idea_themes(theme_id);

CREATE TABLE big_ideas (
    id          INTEGER PRIMARY KEY,
    sprint_id   BIGINT NOT NULL REFERENCES sprints(id),
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    stage       TEXT NOT NULL DEFAULT 'submitted',
    created_at  BIGINT NOT NULL
);

CREATE TABLE big_idea_themes (
    big_idea_id BIGINT NOT NULL REFERENCES big_ideas(id),
    theme_id    BIGINT NOT NULL REFERENCES themes(id),
    PRIMARY KEY (big_idea_id, theme_id)
);

CREATE TABLE follows (
    member_id  BIGINT NOT NULL REFERENCES members(id),
    idea_id    BIGINT NOT NULL REFERENCES ideas(id),
    explicit   BOOLEAN NOT NULL DEFAULT FALSE,
    muted      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, idea_id)
);
CREATE INDEX follows_idea ON follows(idea_id);

CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    event        TEXT NOT NULL,
    recipient_id BIGINT REFERENCES members(id),
    sprint_id    BIGINT,
    idea_id      BIGINT,
    payload      TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    processed_at BIGINT
);
CREATE INDEX outbox_pending ON outbox(processed_at, id);
CREATE INDEX outbox_recipient ON outbox(recipient_id);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    actor_id   BIGINT REFERENCES members(id),
    action     TEXT NOT NULL,
    target     TEXT NOT NULL,
    reason     TEXT,
    details    TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_time ON audit_log(created_at);
