package vn.exemplarbot.storage;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code lease} in {@code /actuator/health}: this instance's role (active or standby), its name,
 * and who holds the lease with which epoch. Up in either role: a standby serving the website export
 * and health is well; it is not in the public group.
 */
@Component("leaseHealthIndicator")
class LeaseHealth implements HealthIndicator {

  private final Lease lease;

  LeaseHealth(Lease lease) {
    this.lease = lease;
  }

  @Override
  public Health health() {
    if (!lease.shared()) {
      return Health.up()
          .withDetail("role", "active")
          .withDetail("instances", "one (SQLite)")
          .build();
    }
    Health.Builder health =
        Health.up()
            .withDetail("role", lease.active() ? "active" : "standby")
            .withDetail("instance", lease.instance());
    lease
        .holder()
        .ifPresent(
            h ->
                health
                    .withDetail("holder", h.name())
                    .withDetail("epoch", h.epoch())
                    .withDetail("since", h.since().toString()));
    return health.build();
  }
}
