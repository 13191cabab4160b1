package vn.exemplarbot.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Real time that never jumps: the wall clock read once, at start, then moved on by the monotonic
 * clock ({@code System.nanoTime}). Delivery (retries, pacing, waits) runs on it, so an NTP step of
 * hours, back or forth, neither stalls the outbox nor fires its retries early. Its instants are
 * comparable with those stored before a restart, give or take the drift of one run. The business
 * clock ({@link Clock} bean) stays the wall clock: deadlines are dates people read. Not a {@link
 * Clock} itself, so nothing takes one for the other.
 */
public final class SteadyClock {

  private final long baseMillis;
  private final long baseNanos;
  private final LongSupplier nanos;

  private SteadyClock(long baseMillis, long baseNanos, LongSupplier nanos) {
    this.baseMillis = baseMillis;
    this.baseNanos = baseNanos;
    this.nanos = nanos;
  }

  /** From the system's wall clock, now. */
  public static SteadyClock system() {
    return startingAt(Clock.systemUTC(), System::nanoTime);
  }

  /** From this wall clock, read once now, and this monotonic source. */
  public static SteadyClock startingAt(Clock wall, LongSupplier nanos) {
    return new SteadyClock(wall.millis(), nanos.getAsLong(), nanos);
  }

  public long millis() {
    return baseMillis + (nanos.getAsLong() - baseNanos) / 1_000_000L;
  }

  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
