-- Replies in a person's own chat say what they answer (issue 12, finding 4): 'command' (a reply to a
-- command), 'input' (to typed input, a file or a press), 'hint' (to free text that changes nothing)
-- or 'note' (the line saying earlier replies were dropped). NULL for everything else: notices to
-- other people, ballot messages, documents, edits. A flood cannot bury its sender: an identical
-- reply that still waits is not queued twice, and a new command drops what waits for earlier
-- commands. Rows so dropped end in the status 'coalesced'.
ALTER TABLE outbox ADD COLUMN reply TEXT;
