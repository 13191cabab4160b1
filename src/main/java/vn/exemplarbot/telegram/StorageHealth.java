package vn.exemplarbot.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.exemplarbot.telegram.internal.StorageWatch;

/**
 * {@code storage} in {@code /actuator/health}: down while the database cannot be written (full,
 * read-only, locked by another program), with since when and how many updates wait; updates are
 * applied by themselves once it can.
 */
@Component("storage")
class StorageHealth implements HealthIndicator {

  private final StorageWatch watch;

  StorageHealth(StorageWatch watch) {
    this.watch = watch;
  }

  @Override
  public Health health() {
    return watch
        .current()
        .map(
            t ->
                Health.down()
                    .withDetail("problem", t.kind().name())
                    .withDetail("since", t.since().toString())
                    .withDetail("waiting", t.waiting())
                    .build())
        .orElseGet(() -> Health.up().build());
  }
}
