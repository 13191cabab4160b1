package vn.exemplarbot.conversation;

/** One update from Telegram, translated by the adapter. */
public record Incoming(long updateId, Sender sender, Input input) {}
