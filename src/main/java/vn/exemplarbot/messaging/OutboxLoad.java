package vn.exemplarbot.messaging;

import java.time.Duration;
import java.util.Optional;

/**
 * What waits in the outbox: messages to send (pending, some waiting for a retry), the age of the
 * oldest of them, messages held for people not registered yet, and messages a restore found unsent.
 */
public record OutboxLoad(long backlog, Optional<Duration> oldest, long held, long restored) {}
