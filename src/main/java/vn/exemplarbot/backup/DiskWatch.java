package vn.exemplarbot.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.storage.DiskSpace;

/**
 * {@code disk} in health: the free space where the data lives against {@code
 * EXEMPLAR_DISK_MIN_FREE}. Running low (the bot started with enough) tells the admins once a day
 * and the log; health shows it, and stays up: the bot still works, a monitor reads the detail.
 */
@Component("disk")
class DiskWatch implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(DiskWatch.class);

  private final Path dataDir;
  private final Environment environment;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Directory directory;
  private final Texts texts;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Duration interval;
  private volatile LocalDate toldOn;

  DiskWatch(
      @Value("${exemplar.data-dir}") Path dataDir,
      @Value("${exemplar.disk.check-interval:PT10M}") Duration interval,
      Environment environment,
      Outbox outbox,
      Accounts accounts,
      Directory directory,
      Texts texts,
      TransactionTemplate transactions,
      Clock clock) {
    this.dataDir = dataDir;
    this.interval = interval;
    this.environment = environment;
    this.outbox = outbox;
    this.accounts = accounts;
    this.directory = directory;
    this.texts = texts;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Health health() {
    long free = DiskSpace.free(dataDir);
    long minimum = DiskSpace.minimum(environment).toBytes();
    return Health.up()
        .withDetail("free", DiskSpace.show(free))
        .withDetail("minimum", DiskSpace.show(minimum))
        .withDetail("low", free < minimum)
        .build();
  }

  /** How often {@link #check()} runs ({@code exemplar.disk.check-interval}, default 10 minutes). */
  Duration interval() {
    return interval;
  }

  /** Run on the backup thread; says it once a day while it lasts. */
  void check() {
    long free = DiskSpace.free(dataDir);
    long minimum = DiskSpace.minimum(environment).toBytes();
    LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LOCAL);
    if (free >= minimum || today.equals(toldOn)) {
      return;
    }
    toldOn = today;
    log.warn(
        "Disk space low where the data lives: {} free, minimum {} (EXEMPLAR_DISK_MIN_FREE)",
        DiskSpace.show(free),
        DiskSpace.show(minimum));
    try {
      transactions.executeWithoutResult(
          tx -> {
            for (Person admin : directory.roster().withRole(Role.ADMIN)) {
              outbox.toPerson(
                  admin.id(),
                  new Message.Text(
                      texts.get(
                          accounts.language(admin.id()),
                          "disk.low",
                          DiskSpace.show(free),
                          DiskSpace.show(minimum),
                          dataDir.toString())));
            }
          });
    } catch (RuntimeException e) {
      log.warn("Could not tell the admins that disk space is low: {}", e.toString());
    }
  }
}
