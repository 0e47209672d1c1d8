-- A sprint's own response target in working days; NULL keeps the service's
-- (`response_target_days`).
ALTER TABLE sprints ADD COLUMN response_target_days INTEGER;
