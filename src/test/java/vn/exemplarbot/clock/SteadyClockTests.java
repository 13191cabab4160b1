package vn.exemplarbot.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A wall clock stepped by hours, back or forth, moves the steady clock by nothing. */
class SteadyClockTests {

  final AtomicLong nanos = new AtomicLong(123_456_789L);
  final SteppingClock wall = new SteppingClock(Instant.parse("2026-12-03T02:00:00Z"));

  @Test
  void aStepOfTheWallClockDoesNotMoveIt() {
    SteadyClock steady = SteadyClock.startingAt(wall, nanos::get);
    Instant start = steady.instant();
    assertThat(start).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));

    wall.step(Duration.ofHours(-3));
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(steady.instant()).isEqualTo(start.plusSeconds(2));

    wall.step(Duration.ofHours(5));
    nanos.addAndGet(Duration.ofMillis(1500).toNanos());
    assertThat(steady.instant()).isEqualTo(start.plusMillis(3500));
    assertThat(steady.millis()).isEqualTo(start.toEpochMilli() + 3500);
  }

  /** A wall clock that NTP steps. */
  static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant now) {
      this.now = now;
    }

    void step(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
