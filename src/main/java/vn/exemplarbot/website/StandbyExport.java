package vn.exemplarbot.website;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.PublicChanges;

/**
 * A standby serves the website export too: every two seconds it reads the count of public changes
 * ({@link PublicChanges}) and regenerates its copy when the count moved. The active regenerates on
 * each change itself ({@link ExportTriggers}); on SQLite there is no standby and nothing runs.
 */
@Component
class StandbyExport {

  private static final Logger log = LoggerFactory.getLogger(StandbyExport.class);

  private final Lease lease;
  private final PublicChanges changes;
  private final SiteExport export;
  private volatile long seen = -1;

  StandbyExport(Lease lease, PublicChanges changes, SiteExport export) {
    this.lease = lease;
    this.changes = changes;
    this.export = export;
    lease.alongside(Duration.ofSeconds(2), this::check);
  }

  private void check() {
    try {
      long serial = changes.serial();
      // The first look regenerates too: a change may have come between the start's export and it.
      if (serial != seen && !lease.holding()) {
        export.regenerate();
        log.info("Website export regenerated on this standby (public change {})", serial);
      }
      seen = serial;
    } catch (RuntimeException e) {
      log.debug("Public changes not read: {}", e.getClass().getSimpleName());
    }
  }
}
