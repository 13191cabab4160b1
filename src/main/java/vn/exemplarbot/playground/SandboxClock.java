package vn.exemplarbot.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import vn.exemplarbot.clock.Zones;

/**
 * The sandbox's domain time: starts where the tour needs it and moves only forward, when the
 * visitor asks. Delivery timing (pacing, retries, long polls) stays on real time.
 */
public final class SandboxClock extends Clock {

  private final Instant start;
  private final AtomicReference<Instant> now;

  SandboxClock(Instant start) {
    this.start = start;
    this.now = new AtomicReference<>(start);
  }

  public Instant start() {
    return start;
  }

  /** Moves forward by {@code step}; a negative step is ignored. */
  public Instant advance(Duration step) {
    return now.updateAndGet(t -> step.isNegative() ? t : t.plus(step));
  }

  /** Moves forward to {@code target}; an earlier target leaves the time as it is. */
  public Instant advanceTo(Instant target) {
    return now.updateAndGet(t -> target.isAfter(t) ? target : t);
  }

  @Override
  public ZoneId getZone() {
    return Zones.LOCAL;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the bot works in one zone");
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
