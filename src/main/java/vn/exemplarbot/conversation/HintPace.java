package vn.exemplarbot.conversation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hints to free text go to a chat at most once per {@code exemplar.conversation.hint-interval}
 * (default {@code PT30S}): three hundred typed lines get one hint, not three hundred. Measured on
 * the monotonic clock, so a step of the wall clock neither silences nor repeats them; kept in
 * memory, so a restart may give one hint early.
 */
@Component
class HintPace {

  private static final int FORGET_ABOVE = 10_000;

  private final long intervalNanos;
  private final LongSupplier nanos;
  private final Map<Long, Long> lastHint = new ConcurrentHashMap<>();

  @Autowired
  HintPace(@Value("${exemplar.conversation.hint-interval:PT30S}") Duration interval) {
    this(interval, System::nanoTime);
  }

  HintPace(Duration interval, LongSupplier nanos) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException(
          "exemplar.conversation.hint-interval must not be negative: " + interval);
    }
    this.intervalNanos = interval.toNanos();
    this.nanos = nanos;
  }

  /** Whether a hint may go to this chat now; if so, the next one waits a whole interval. */
  boolean allow(long chatId) {
    long now = nanos.getAsLong();
    if (lastHint.size() > FORGET_ABOVE) {
      lastHint.values().removeIf(at -> now - at >= intervalNanos);
    }
    boolean[] allowed = {false};
    lastHint.compute(
        chatId,
        (chat, at) -> {
          if (at == null || now - at >= intervalNanos) {
            allowed[0] = true;
            return now;
          }
          return at;
        });
    return allowed[0];
  }
}
