package vn.exemplarbot.roster;

import java.time.Instant;

/**
 * A roster person's Telegram account. Bound by the roster's {@code telegram-id}, by username or by
 * the person's own contact; registered once they started the bot (a chat exists to write to).
 */
public record Account(
    String personId,
    long telegramId,
    Long chatId,
    String language,
    String boundBy,
    Instant boundAt,
    Instant registeredAt) {

  public boolean registered() {
    return registeredAt != null && chatId != null;
  }
}
