package vn.exemplarbot.admin;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.ConfigReloaded;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.storage.Instances;
import vn.exemplarbot.storage.Lease;

/**
 * Two instances should run one {@code bot-config/}. Each stores the hash of what it loaded at its
 * start and at each {@code /reload} ({@link Instances}); every five seconds a standby compares its
 * own with the active's (a difference is warned in the log once, and shown in health's {@code
 * config}), and the active tells the admins once per difference ({@link DriftNotice}). On takeover
 * the new active reads its {@code bot-config/} again anyway. Nothing of this on SQLite.
 */
@Component("configHealthIndicator")
class ConfigDrift implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(ConfigDrift.class);

  private final Lease lease;
  private final Instances instances;
  private final Directory directory;
  private final DriftNotice notice;
  private volatile Optional<String> differsFrom = Optional.empty();
  private volatile String warned = "";

  ConfigDrift(Lease lease, Instances instances, Directory directory, DriftNotice notice) {
    this.lease = lease;
    this.instances = instances;
    this.directory = directory;
    this.notice = notice;
    lease.alongside(Duration.ofSeconds(5), this::check);
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (lease.shared()) {
      instances.loaded(directory.configHash());
    }
  }

  @EventListener
  void on(ConfigReloaded reloaded) {
    if (lease.shared()) {
      instances.loaded(directory.configHash());
    }
  }

  private void check() {
    try {
      String mine = directory.configHash();
      if (lease.holding()) {
        differsFrom = Optional.empty();
        instances.untoldDifferences(mine).forEach(notice::tell);
        return;
      }
      Optional<String> active = lease.holder().map(Lease.Holder::name);
      Optional<String> theirs = active.flatMap(instances::hashOf);
      differsFrom = theirs.filter(h -> !h.equals(mine)).flatMap(h -> active);
      if (differsFrom.isPresent() && !warned.equals(theirs.get() + mine)) {
        warned = theirs.get() + mine;
        log.warn(
            "bot-config/ here differs from the active instance's ({}): make them the same; on"
                + " taking over this instance reads its own again",
            differsFrom.get());
      }
    } catch (RuntimeException e) {
      log.debug("Configuration not compared: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up().withDetail("hash", directory.configHash().substring(0, 12));
    differsFrom.ifPresent(
        active ->
            health.withDetail(
                "differs", "bot-config/ differs from the active instance's (" + active + ")"));
    return health.build();
  }
}
