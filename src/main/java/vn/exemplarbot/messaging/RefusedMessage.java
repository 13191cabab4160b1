package vn.exemplarbot.messaging;

import java.time.Instant;

/** A text-free marker of a message Telegram refused for good, for {@code /admin}. */
public record RefusedMessage(long id, String personId, Long chatId, String reason, Instant at) {}
