/**
 * The embedded Bot API emulator; depends on no other module.
 *
 * <p>{@link vn.exemplarbot.sandbox.BotApiEmulator} answers the Telegram Bot API over plain HTTP on
 * 127.0.0.1 as Telegram does (tokens, error codes, message ids per chat, long polling, files),
 * keeps what each user would see in each chat, and lets tests act as users, inject faults and
 * enforce the Bot API rate limits. It uses only the JDK HTTP server and Jackson, so plain tests and
 * Spring beans can both start it.
 */
package vn.exemplarbot.sandbox;
