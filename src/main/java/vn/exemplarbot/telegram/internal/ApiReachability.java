package vn.exemplarbot.telegram.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * When the Bot API last answered any call: a readable Telegram answer (success or refusal), or a
 * file served. A proxy's HTML error page, a timeout or a refused connection is no answer. Counted
 * on the monotonic clock; since start when nothing has answered yet.
 */
public final class ApiReachability {

  private final long startedNanos = System.nanoTime();
  private volatile long lastNanos;
  private volatile boolean heard;

  void heard() {
    lastNanos = System.nanoTime();
    heard = true;
  }

  /** How long ago the last answer came, if any came since start. */
  public Optional<Duration> sinceLastAnswer() {
    return heard ? Optional.of(Duration.ofNanos(System.nanoTime() - lastNanos)) : Optional.empty();
  }

  /** How long since the last answer, or since start when none came. */
  public Duration silentFor() {
    return Duration.ofNanos(System.nanoTime() - (heard ? lastNanos : startedNanos));
  }
}
