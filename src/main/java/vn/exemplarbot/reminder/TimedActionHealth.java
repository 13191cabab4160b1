package vn.exemplarbot.reminder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.exemplarbot.reminder.internal.DueActionRows;

/**
 * {@code timedActions} in health (management port) and the gauge {@code
 * exemplar_timed_actions_late}: actions (reminders, reports, backups, deadlines) due and not yet
 * run, and those of them due more than {@link #LATE} ago, which a tick every few seconds should
 * have run: the scheduler stopped, or an action keeps failing (the log says which).
 */
@Component("timedActionsHealthIndicator")
class TimedActionHealth implements HealthIndicator, MeterBinder {

  static final Duration LATE = Duration.ofMinutes(2);

  private final DueActionRows rows;
  private final Clock clock;

  TimedActionHealth(DueActionRows rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  private long[] dueAndLate() {
    Instant now = clock.instant();
    return rows.dueAndLate(now, now.minus(LATE));
  }

  @Override
  public Health health() {
    long[] counts;
    try {
      counts = dueAndLate();
    } catch (RuntimeException e) {
      // The database out of reach is said by db and storage; this one only cannot count.
      return Health.unknown().withDetail("unread", e.getClass().getSimpleName()).build();
    }
    return Health.up()
        .withDetail("due", counts[0])
        .withDetail("late", counts[1])
        .withDetail("lateAfter", LATE.toString())
        .build();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("exemplar.timed.actions.late", this, h -> h.dueAndLate()[1])
        .description("Timed actions due more than two minutes ago and not yet run")
        .register(registry);
  }
}
