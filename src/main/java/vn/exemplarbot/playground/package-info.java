/**
 * The sandbox a newcomer tries the bot in: with no token, the real bot runs against the embedded
 * Bot API emulator ({@code sandbox}) in the same process, and a page at {@code /sandbox} lets a
 * person act as anyone on the roster in a chat that looks like Telegram on a phone, move the clock,
 * follow a guided tour and reset everything. Active only in sandbox mode ({@code
 * exemplar.sandbox.active}); nothing depends on it. Uses {@code roster}, {@code reminder} and
 * {@code audit} to show the people, tick the timed actions and read the tour's progress.
 */
package vn.exemplarbot.playground;
