package vn.exemplarbot.conversation;

/** Who sent an update and from which chat, as Telegram says. */
public record Sender(
    long userId,
    String username,
    String firstName,
    String languageCode,
    long chatId,
    boolean privateChat) {}
