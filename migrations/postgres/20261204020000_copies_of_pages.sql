-- A public message may show several ideas (a page of `/ideas` in a group or channel), so a
-- copy is now one row per idea a message shows, and says what it shows (`card`, or a page as
-- `top:0` / `new:2`) so that hiding or erasing any of them can draw the message again.
ALTER TABLE published_copies ADD COLUMN shows TEXT NOT NULL DEFAULT 'card';
ALTER TABLE published_copies DROP CONSTRAINT published_copies_pkey;
ALTER TABLE published_copies ADD PRIMARY KEY (platform, chat_id, message_id, idea_id);
