-- Members can pause their notifications for a while (muting one idea is `follows.muted`).
ALTER TABLE members ADD COLUMN paused_until BIGINT;
