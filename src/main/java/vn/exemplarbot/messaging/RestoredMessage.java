package vn.exemplarbot.messaging;

import java.time.Instant;

/** A message found unsent in data restored from a backup: it waits for the admin. */
public record RestoredMessage(long id, String personId, Long chatId, String method, Instant at) {}
