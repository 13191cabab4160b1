/**
 * Messaging: the outbox. Modules write what they want to say (texts rendered from the message
 * bundles in the recipient's language, inline keyboards, documents, command menus) in the same
 * transaction as the change that causes it; the Telegram adapter drains it. Messages for a person
 * who has not registered yet are held and released on {@code /start}. Uses {@code roster}
 * (accounts) and {@code storage}.
 */
package vn.exemplarbot.messaging;
