package vn.exemplarbot.website;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.PublicChanges;

/**
 * A standby serves the website export too: every two seconds it reads the count of public changes
 * ({@link PublicChanges}) and regenerates its copy when the count moved. The active regenerates on
 * each change itself ({@link ExportTriggers}); on SQLite there is no standby and no thread.
 */
@Component
class StandbyExport implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StandbyExport.class);

  private final Lease lease;
  private final PublicChanges changes;
  private final SiteExport export;
  private ScheduledExecutorService timer;
  private volatile long seen = -1;

  StandbyExport(Lease lease, PublicChanges changes, SiteExport export) {
    this.lease = lease;
    this.changes = changes;
    this.export = export;
  }

  @Override
  public void start() {
    if (!lease.shared()) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "standby-export"));
    timer.scheduleWithFixedDelay(this::check, 2, 2, TimeUnit.SECONDS);
  }

  private void check() {
    try {
      long serial = changes.serial();
      if (seen < 0) {
        seen = serial;
      } else if (serial != seen && !lease.holding()) {
        export.regenerate();
        seen = serial;
        log.info("Website export regenerated on this standby (public change {})", serial);
      } else {
        seen = serial;
      }
    } catch (RuntimeException e) {
      log.debug("Public changes not read: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
