/**
 * Parts of the emulator that know nothing of Telegram: request body decoding (query strings, form
 * bodies, multipart) and rolling-window counting.
 */
package vn.exemplarbot.sandbox.internal;
