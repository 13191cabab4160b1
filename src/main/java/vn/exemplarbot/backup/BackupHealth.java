package vn.exemplarbot.backup;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code backup} in health: when the last good backup was taken, and when and why one was last put
 * off or failed. Always up: an old backup is the operator's alarm to read, not the bot's outage.
 */
@Component("backup")
class BackupHealth implements HealthIndicator {

  private final Backups backups;

  BackupHealth(Backups backups) {
    this.backups = backups;
  }

  @Override
  public Health health() {
    BackupStatus s = backups.status();
    Health.Builder h = Health.up();
    h.withDetail("lastSuccess", s.lastSuccess().map(Object::toString).orElse("never"));
    s.lastSkip().ifPresent(at -> h.withDetail("lastSkipped", at.toString()));
    s.lastSkipReason().ifPresent(r -> h.withDetail("lastSkipReason", r));
    s.lastFailure().ifPresent(at -> h.withDetail("lastFailure", at.toString()));
    s.owedSince().ifPresent(at -> h.withDetail("owedSince", at.toString()));
    return h.build();
  }
}
