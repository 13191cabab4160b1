/**
 * The Telegram adapter, the only place TelegramBots types appear. It polls {@code getUpdates} with
 * a loop of its own and stores each update in the inbox before asking for the next offset, or, with
 * {@code TELEGRAM_WEBHOOK_URL}, sets a webhook with a secret kept in the database and stores each
 * pushed update in the inbox before answering 200 (deleting the webhook when started without it
 * again); handles each update once, in one transaction with what it causes; answers button presses
 * at once; drains the outbox within Telegram's limits, honouring {@code retry_after}, retrying 5xx
 * and network errors with backoff and never resending what succeeded; downloads files from {@code
 * <base>/file/bot<token>/<path>} itself; owns its executors and its HTTP client, so that the
 * process exits promptly on SIGTERM. Nothing depends on this module.
 */
package vn.exemplarbot.telegram;
