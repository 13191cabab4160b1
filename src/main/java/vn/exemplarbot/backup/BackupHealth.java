package vn.exemplarbot.backup;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code backup} in health: when the last good backup was taken, and when and why one was last put
 * off or failed. Always up: an old backup is the operator's alarm to read, not the bot's outage.
 * The gauge {@code exemplar_backup_last_success_seconds} is the age of the last good backup in
 * seconds, {@code +Inf} when there is none yet, so that one alert rule ({@code > 93600}) covers a
 * backup missed and no backup at all.
 */
@Component("backup")
class BackupHealth implements HealthIndicator, MeterBinder {

  private final Backups backups;
  private final Clock clock;

  BackupHealth(Backups backups, Clock clock) {
    this.backups = backups;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    if (!backups.own()) {
      return; // PostgreSQL: pg_dump's age is the operator's to watch
    }
    Gauge.builder(
            "exemplar.backup.last.success.seconds",
            this,
            h ->
                h.backups
                    .status()
                    .lastSuccess()
                    .map(at -> Math.max(0, clock.millis() - at.toEpochMilli()) / 1000.0)
                    .orElse(Double.POSITIVE_INFINITY))
        .description("Seconds since the last good backup; +Inf when none was taken")
        .register(registry);
  }

  @Override
  public Health health() {
    if (!backups.own()) {
      return Health.up()
          .withDetail("database", "PostgreSQL: back it up with pg_dump (see deploy/README.md)")
          .build();
    }
    BackupStatus s;
    try {
      s = backups.status();
    } catch (RuntimeException e) {
      // The database out of reach is said by db and storage; this one only cannot read.
      return Health.unknown().withDetail("unread", e.getClass().getSimpleName()).build();
    }
    Health.Builder h = Health.up();
    h.withDetail("lastSuccess", s.lastSuccess().map(Object::toString).orElse("never"));
    s.lastSkip().ifPresent(at -> h.withDetail("lastSkipped", at.toString()));
    s.lastSkipReason().ifPresent(r -> h.withDetail("lastSkipReason", r));
    s.lastFailure().ifPresent(at -> h.withDetail("lastFailure", at.toString()));
    s.owedSince().ifPresent(at -> h.withDetail("owedSince", at.toString()));
    return h.build();
  }
}
