-- The response promise: when a member's comment passes the target without the team's first
-- response, its writer is told once, kindly, that it is still with the team. Set when told.
ALTER TABLE comments ADD COLUMN still_with_team_at BIGINT;
