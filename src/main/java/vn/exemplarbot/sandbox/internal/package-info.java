/**
 * The emulator's workings, hidden behind {@link vn.exemplarbot.sandbox.BotApiEmulator}: the HTTP
 * handler (token, validator, faults, rate limits, recording), the Bot API methods, the chats with
 * their messages, the update queue, files, callback queries and command lists, and the decoding of
 * request bodies. Other modules never use this package; its classes are public only so that the
 * emulator's API package can wire them.
 */
package vn.exemplarbot.sandbox.internal;
