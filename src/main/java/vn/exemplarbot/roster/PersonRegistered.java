package vn.exemplarbot.roster;

/** A roster person now has a chat with the bot (first registration, or a new account or chat). */
public record PersonRegistered(String personId, long chatId) {}
