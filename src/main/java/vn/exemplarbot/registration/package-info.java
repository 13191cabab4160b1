/**
 * Registration and the basic commands everyone has: {@code /start} (binds the Telegram account to
 * the roster by id, username or own contact, greets the person by name and division, releases the
 * messages that waited for them, sets their command menu), {@code /help}, {@code /lang}, {@code
 * /cancel}. Uses {@code conversation}, {@code roster}, {@code messaging}, {@code audit}.
 */
package vn.exemplarbot.registration;
