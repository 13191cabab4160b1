-- The command menu last set in each person's chat (setMyCommands), as a digest of the chat, the
-- language and the menu's lines: a reload or a takeover that changes nobody's menu sends nothing to
-- Telegram (after a failover the new active would otherwise queue one setMyCommands per registered
-- person ahead of every reply). NULL: none recorded yet, the menu is set at the next refresh.
ALTER TABLE account ADD COLUMN menu_digest TEXT;
