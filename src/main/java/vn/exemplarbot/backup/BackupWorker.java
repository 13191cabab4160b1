package vn.exemplarbot.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.exemplarbot.backup.Backups.Done;
import vn.exemplarbot.backup.Backups.Failed;
import vn.exemplarbot.backup.Backups.Held;
import vn.exemplarbot.backup.Backups.Outcome;
import vn.exemplarbot.backup.internal.BackupStateRows;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.reminder.TimedAction;
import vn.exemplarbot.reminder.TimedActionHandler;
import vn.exemplarbot.reminder.TimedActions;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * The daily backup and {@code /backup}, on a thread of their own (a backup takes seconds, never the
 * update loop's). The daily one is a timed action at {@code EXEMPLAR_BACKUP_TIME}: its run only
 * marks the backup owed, durably, in the claim's transaction; this thread takes it as soon as no
 * gate holds it (a ballot's secrets) and retries a failed one every 10 minutes. The admins hear of
 * a failure and of too little space once; a hold for a ballot is normal and shown in {@code
 * /admin}.
 */
@Component
class BackupWorker implements TimedActionHandler, SmartLifecycle {

  static final String KIND = "backup";
  private static final Logger log = LoggerFactory.getLogger(BackupWorker.class);
  private static final Duration RETRY = Duration.ofMinutes(10);

  private final Backups backups;
  private final BackupStateRows state;
  private final BackupSettings settings;
  private final TimedActions actions;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Directory directory;
  private final Texts texts;
  private final Clock clock;
  private final DiskWatch disk;
  private volatile ScheduledExecutorService thread;
  private volatile long retryNotBefore;

  BackupWorker(
      Backups backups,
      BackupStateRows state,
      BackupSettings settings,
      TimedActions actions,
      Outbox outbox,
      Accounts accounts,
      Directory directory,
      Texts texts,
      Clock clock,
      DiskWatch disk) {
    this.backups = backups;
    this.state = state;
    this.settings = settings;
    this.actions = actions;
    this.outbox = outbox;
    this.accounts = accounts;
    this.directory = directory;
    this.texts = texts;
    this.clock = clock;
    this.disk = disk;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void run(TimedAction action, Instant now) {
    if (!backups.own()) {
      return; // scheduled on SQLite before the move to PostgreSQL: pg_dump's now
    }
    state.owe(now);
    scheduleAfter(now);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              wake();
            }
          });
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void scheduleFirst() {
    if (!backups.own()) {
      return;
    }
    scheduleAfter(clock.instant());
  }

  private void scheduleAfter(Instant now) {
    actions.scheduleDaily(KIND, settings.time(), now);
  }

  /** Looks for an owed backup now rather than at the next check. */
  void wake() {
    ScheduledExecutorService t = thread;
    if (t != null) {
      t.execute(this::takeOwed);
    }
  }

  /** {@code /backup}: taken now on the backup thread; the person hears how it went. */
  void takeFor(String personId) {
    ScheduledExecutorService t = thread;
    if (t == null) {
      return;
    }
    t.execute(
        () -> {
          try {
            Outcome outcome = backups.take();
            outbox.toPerson(personId, new Message.Text(describe(personId, outcome)));
          } catch (RuntimeException e) {
            log.warn("The backup asked for by {} failed: {}", personId, e.toString());
          }
        });
  }

  private void takeOwed() {
    try {
      if (state.status().owedSince().isEmpty() || System.nanoTime() - retryNotBefore < 0) {
        return;
      }
      Outcome outcome = backups.take();
      if (outcome instanceof Failed f) {
        retryNotBefore = System.nanoTime() + RETRY.toNanos();
        if (f.first()) {
          tellAdmins(outcome);
        }
      } else if (outcome instanceof Held h
          && h.newReason()
          && h.reasonKey().equals("backup.held.space")) {
        tellAdmins(outcome);
      } else if (outcome instanceof Held h && h.newReason()) {
        log.info("The scheduled backup waits: {}", h.reasonKey());
      }
    } catch (RuntimeException e) {
      // The database itself may be out of reach: the next check tries again.
      log.warn("The scheduled backup could not run: {}", e.toString());
    }
  }

  private void tellAdmins(Outcome outcome) {
    for (Person admin : directory.roster().withRole(Role.ADMIN)) {
      outbox.toPerson(admin.id(), new Message.Text(describe(admin.id(), outcome)));
    }
  }

  String describe(String personId, Outcome outcome) {
    String lang = accounts.language(personId);
    if (outcome instanceof Done d) {
      return texts.get(
          lang,
          "backup.done",
          d.archive().getFileName().toString(),
          vn.exemplarbot.storage.DiskSpace.show(d.size()),
          d.archive().getParent().toString());
    }
    if (outcome instanceof Held h) {
      return texts.get(lang, "backup.not-now")
          + "\n"
          + texts.get(lang, h.reasonKey(), h.args().toArray());
    }
    return texts.get(lang, "backup.failed", ((Failed) outcome).text());
  }

  @Override
  public void start() {
    if (!backups.own()) {
      return;
    }
    ScheduledThreadPoolExecutor t =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread th = new Thread(r, "backup");
              th.setDaemon(true);
              return th;
            });
    t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    t.scheduleWithFixedDelay(
        this::takeOwed,
        settings.checkInterval().toMillis(),
        settings.checkInterval().toMillis(),
        TimeUnit.MILLISECONDS);
    t.scheduleWithFixedDelay(
        this::checkDisk,
        disk.interval().toMillis(),
        disk.interval().toMillis(),
        TimeUnit.MILLISECONDS);
    thread = t;
  }

  private void checkDisk() {
    try {
      disk.check();
    } catch (RuntimeException e) {
      log.warn("The disk check failed: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService t = thread;
    thread = null;
    if (t != null) {
      t.shutdownNow();
      try {
        // A backup in progress ends with its archive or leaves only a part, removed next time.
        t.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}
