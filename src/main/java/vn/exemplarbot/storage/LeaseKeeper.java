package vn.exemplarbot.storage;

import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link Lease} on PostgreSQL: the active renews it every {@code EXEMPLAR_LEASE_RENEW} to
 * an expiry {@code EXEMPLAR_LEASE_TTL} ahead on the database's clock; a standby tries as often and
 * takes it only once expired (or released at a clean stop), with the next epoch ({@link
 * LeaseRow#take()}). A renewal that touches no row (another instance took it) steps down at once;
 * one that fails (the database out of reach, or a row lock not granted in time) keeps the role
 * until the monotonic deadline has passed. A take that waits in vain for the row on an expired
 * lease meets a holder stopped or cut off inside a claim: the standby ends that holder's sessions
 * and takes the lease at its next try. Starts before the loops that act and stops after them,
 * releasing the lease. On SQLite: nothing.
 */
@Component
class LeaseKeeper implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

  private final Lease lease;
  private final LeaseRow row;
  private final ApplicationEventPublisher events;
  private ScheduledExecutorService keeper;
  private ScheduledExecutorService chores;
  private volatile boolean wasStandby;
  private volatile boolean running;
  private volatile boolean toldOfRoles;

  LeaseKeeper(Lease lease, LeaseRow row, ApplicationEventPublisher events) {
    this.lease = lease;
    this.row = row;
    this.events = events;
  }

  @Override
  public void start() {
    running = true;
    if (!lease.shared()) {
      return;
    }
    row.create();
    keeper = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "lease"));
    chores = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "lease-chores"));
    lease.stepDownOn(keeper);
    keep();
    long every = lease.settings().renew().toMillis();
    keeper.scheduleWithFixedDelay(this::keep, every, every, TimeUnit.MILLISECONDS);
    if (!lease.holding()) {
      log.info(
          "Standby: {} holds the lease; this instance ({}) waits",
          lease.holder().map(Lease.Holder::name).orElse("nobody"),
          lease.instance());
    }
    for (Lease.Chore chore : lease.chores()) {
      long period = chore.every().toMillis();
      chores.scheduleWithFixedDelay(chore.task(), period, period, TimeUnit.MILLISECONDS);
    }
  }

  /** One turn: renew what is ours, or take what has expired. */
  private void keep() {
    if (lease.held()) {
      return;
    }
    try {
      if (lease.holding()) {
        renew();
      } else {
        take();
      }
    } catch (RuntimeException e) {
      if (lease.holding() && !lease.active()) {
        lease.stepDown(lease.epoch(), "the lease could not be renewed in time");
      }
      log.debug("Lease not kept: {}", e.getClass().getSimpleName());
    }
  }

  private void take() {
    long sent = System.nanoTime();
    Optional<Long> taken;
    try {
      taken = row.take();
    } catch (RuntimeException e) {
      if (!LeaseRow.lockTimedOut(e)) {
        throw e;
      }
      wasStandby = true;
      endStoppedHolder();
      return;
    }
    if (taken.isEmpty()) {
      wasStandby = true;
      return;
    }
    // A takeover, unless this is the instance's first try at its start.
    boolean takeover = wasStandby || lease.epoch() > 0;
    lease.took(taken.get(), sent);
    log.info("Active: this instance ({}) holds the lease, epoch {}", lease.instance(), taken.get());
    // Off the lease's thread: re-reading bot-config/ and rewriting the export take seconds on a
    // busy machine, and the renewals must not wait for them (the lease would expire meanwhile).
    LeaseTaken event = new LeaseTaken(taken.get(), takeover);
    chores.execute(() -> events.publishEvent(event));
  }

  private void renew() {
    long sent = System.nanoTime();
    long ours = lease.epoch();
    if (row.renew(ours)) {
      lease.renewed(sent);
    } else {
      lease.stepDown(ours, "another instance took the lease");
    }
  }

  /**
   * The lease has expired, yet a claim of its holder still locks the row: that holder is stopped,
   * cut off or starved, and its sessions are ended so that the next take succeeds. A database role
   * that may not end them (the instances use different ones) is told once, with the fix.
   */
  private void endStoppedHolder() {
    try {
      LeaseRow.Ended ended = row.endStoppedHolder();
      if (!ended.ended().isEmpty()) {
        log.warn(
            "Takeover: ended {} session(s) of the stopped lease holder ({}); their transactions"
                + " roll back",
            ended.ended().size(),
            String.join(", ", new TreeSet<>(ended.ended())));
      }
      if (!ended.hidden().isEmpty()) {
        tellOfRoles(String.join(", ", new TreeSet<>(ended.hidden())));
      }
    } catch (RuntimeException e) {
      if (!LeaseRow.refused(e)) {
        throw e;
      }
      tellOfRoles("a session of another database role");
    }
  }

  private void tellOfRoles(String holders) {
    if (!toldOfRoles) {
      toldOfRoles = true;
      log.warn(
          "Takeover waits: the expired lease's holder ({}) keeps the lease row locked and this"
              + " database role may not end its sessions. Fix: give all instances the same"
              + " database role (EXEMPLAR_DATABASE_USER)",
          holders);
    }
  }

  @Override
  public void stop() {
    running = false;
    if (keeper == null) {
      return;
    }
    chores.shutdownNow();
    keeper.shutdownNow();
    try {
      keeper.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (lease.holding() && !lease.held()) {
      release();
    }
  }

  /** A clean stop: the lease expires now, so a standby takes over at its next try. */
  private void release() {
    try {
      row.release(lease.epoch());
      log.info("Lease released (epoch {})", lease.epoch());
    } catch (RuntimeException e) {
      log.warn("Lease not released ({}): it expires by itself", e.getClass().getSimpleName());
    }
    lease.released();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the loops that act start, after they stop. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 100;
  }
}
