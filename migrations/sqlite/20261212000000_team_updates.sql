-- Team updates: the sprint team's own news to the people taking part, in English and, when
-- given, Welsh; sent at once to every subscriber ('now') or leading their next digest
-- ('digest'). Kept, so /updates and the web board can list them.
CREATE TABLE team_updates (
    id INTEGER PRIMARY KEY,
    sprint_id BIGINT NOT NULL REFERENCES sprints (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT,
    welsh_title TEXT,
    welsh_body TEXT,
    sent_when TEXT NOT NULL,
    created_by BIGINT REFERENCES members (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX team_updates_sprint ON team_updates (sprint_id, created_at);
CREATE INDEX team_updates_digest ON team_updates (sent_when, created_at);
