package vn.exemplarbot.sandbox;

/** A line of a chat's "/" menu, as the bot set it with setMyCommands. */
public record MenuCommand(String command, String description) {}
