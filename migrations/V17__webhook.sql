-- Webhook mode (issue 13): the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token, drawn once
-- (32 characters of A-Za-z0-9_-) and kept, so a restart or a second instance on these data sets
-- the same; and the URL a webhook was last asked for, written before setWebhook is called and
-- cleared once deleteWebhook has succeeded, so that a start without TELEGRAM_WEBHOOK_URL knows it
-- must remove the webhook before polling.
CREATE TABLE webhook (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    secret_token TEXT    NOT NULL,
    set_url      TEXT,
    set_at       INTEGER
);
