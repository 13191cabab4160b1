package vn.exemplarbot.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import vn.exemplarbot.clock.Zones;

/** A clock tests move by hand, in the department's zone. */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private volatile boolean real;

  public MutableClock(LocalDateTime start) {
    this.now = new AtomicReference<>(start.atZone(Zones.LOCAL).toInstant());
  }

  /**
   * From now on reads the system clock, for a test that waits for Quartz's real ticks; {@link #set}
   * and {@link #advance} then have no effect.
   */
  public void followRealTime() {
    real = true;
  }

  public void set(LocalDateTime time) {
    now.set(time.atZone(Zones.LOCAL).toInstant());
  }

  public void advance(Duration duration) {
    now.updateAndGet(i -> i.plus(duration));
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
    return real ? Instant.now() : now.get();
  }
}
