-- "You said, we did": what became of an idea or a Big Idea, with a short public note. One row
-- each, replaced when the outcome changes; the audit log keeps the history.
CREATE TABLE idea_outcomes (
    idea_id  BIGINT PRIMARY KEY REFERENCES ideas(id),
    outcome  TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    set_by   BIGINT REFERENCES members(id),
    set_at   BIGINT NOT NULL
);

CREATE TABLE big_idea_outcomes (
    big_idea_id BIGINT PRIMARY KEY REFERENCES big_ideas(id),
    outcome     TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    set_by      BIGINT REFERENCES members(id),
    set_at      BIGINT NOT NULL
);
