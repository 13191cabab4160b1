-- How many attempts of an outbox row ended with an unknown fate (issue 12): a timeout or a dropped
-- connection after the request may have reached Telegram. Such a row is sent again, so the chat
-- may show it twice; the count stays once the row is sent, so every duplicate delivery can be
-- traced to it (the chaos run checks that no other duplicate exists).
ALTER TABLE outbox ADD COLUMN unknown_fates INTEGER NOT NULL DEFAULT 0;
