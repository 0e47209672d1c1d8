-- The web board lists one challenge's published ideas, top or newest first, a page at a time.
CREATE INDEX ideas_challenge_top ON ideas(challenge_id, visibility, supporters DESC);
CREATE INDEX ideas_challenge_new ON ideas(challenge_id, visibility, created_at DESC);
