package vn.exemplarbot.storage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which of the instances on one PostgreSQL is active: the holder of the {@code lease} row, kept by
 * the {@link LeaseKeeper}. Not an advisory lock: a paused process or a silent network keeps its
 * session, and would keep such a lock.
 *
 * <p>Two guards. In the database, {@link #fence()}: a claim reads the row (and on a writing
 * transaction locks it against a takeover until it ends) and writes nothing unless holder and epoch
 * are still ours. Outside it, the Bot API: each renewal records on the monotonic clock when the
 * lease surely still holds (the instant the renewal was sent, plus the TTL, minus one renewal
 * interval as a margin), and past that instant {@link #active()} is false and no call is made. On
 * SQLite the one process is always active: no row, no thread, no check.
 */
@Component
public class Lease {

  private static final Logger log = LoggerFactory.getLogger(Lease.class);

  private final JdbcClient jdbc;
  private final boolean postgresql;
  private final LeaseSettings settings;
  private final List<Consumer<Boolean>> watchers = new CopyOnWriteArrayList<>();
  private final List<Chore> chores = new CopyOnWriteArrayList<>();
  private volatile Executor later = Runnable::run;
  private volatile long epoch;
  private volatile boolean holding;
  private volatile long deadlineNanos;
  private volatile boolean held;

  public Lease(JdbcClient jdbc, Environment environment, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.postgresql = !Database.of(environment).sqlite();
    this.settings = postgresql ? LeaseSettings.of(environment) : null;
    Gauge.builder("exemplar.lease.active", this, l -> l.active() ? 1 : 0)
        .description("1 while this instance is the active one (always on SQLite), else 0")
        .register(meters);
  }

  /** Whether several instances may share the database (PostgreSQL), so the lease is kept. */
  public boolean shared() {
    return postgresql;
  }

  /**
   * Whether this instance is active now: it holds the lease and its monotonic deadline has not
   * passed. Checked before each Bot API call and by every loop that acts.
   */
  public boolean active() {
    return !postgresql || (holding && System.nanoTime() - deadlineNanos < 0);
  }

  /** Whether this instance holds the lease, as it last knew (its deadline aside). */
  public boolean holding() {
    return !postgresql || holding;
  }

  public long epoch() {
    return epoch;
  }

  public String instance() {
    return postgresql ? settings.instance() : "";
  }

  /** Told {@code true} when this instance becomes active, {@code false} when it steps down. */
  public void watch(Consumer<Boolean> watcher) {
    watchers.add(watcher);
  }

  /**
   * Runs this every period while several instances share the database, on a thread beside the
   * keeper's (no chore delays a renewal); never on SQLite.
   */
  public void alongside(Duration every, Runnable chore) {
    chores.add(new Chore(every, chore));
  }

  /**
   * In a transaction that claims something: fails it with {@link Fenced} (and this instance steps
   * down) unless the lease's holder and epoch are still ours. A writing transaction locks the row
   * so no takeover commits before it ends; a read-only one (PostgreSQL refuses the lock there) only
   * reads it. The lock is {@code FOR KEY SHARE}: it holds off the takeover's {@code FOR UPDATE} but
   * not a renewal's plain {@code UPDATE}, so a claim kept open for long (an update whose handler
   * downloads a large file) never delays this instance's own renewals. A holder stopped inside such
   * a transaction keeps the lock; the standby ends its sessions once the lease has expired ({@link
   * LeaseKeeper}).
   */
  public void fence() {
    if (!postgresql) {
      return;
    }
    boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    Optional<Holder> row =
        jdbc.sql(
                "SELECT holder, epoch, acquired_at FROM lease WHERE id = 1"
                    + (readOnly ? "" : " FOR KEY SHARE"))
            .query(Lease::row)
            .optional();
    long ours = epoch;
    if (holding && row.isPresent() && row.get().ours(settings.instance(), ours)) {
      return;
    }
    if (holding) {
      try {
        later.execute(() -> stepDown(ours, "a claim found the lease held by another instance"));
      } catch (RejectedExecutionException stopping) {
        log.debug("Lease keeper stopped");
      }
    }
    throw new Fenced();
  }

  /** Who holds the lease, from which epoch and since when (none on SQLite). */
  public Optional<Holder> holder() {
    if (!postgresql) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT holder, epoch, acquired_at FROM lease WHERE id = 1")
        .query(Lease::row)
        .optional()
        .filter(h -> h.epoch() > 0);
  }

  private static Holder row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Holder(
        rs.getString("holder"),
        rs.getLong("epoch"),
        Instant.ofEpochMilli(rs.getLong("acquired_at")));
  }

  /**
   * Test hook: the keeper does nothing from now on, as in a paused process, so the lease expires
   * while this instance still believes it holds it.
   */
  public void holdRenewals() {
    held = true;
  }

  boolean held() {
    return held;
  }

  LeaseSettings settings() {
    return settings;
  }

  List<Chore> chores() {
    return chores;
  }

  /** Where a step down found by a claim is taken, off the claiming thread (the keeper's). */
  void stepDownOn(Executor keeper) {
    this.later = keeper;
  }

  /** Taken with this epoch by a renewal sent at {@code sentNanos}. */
  void took(long taken, long sentNanos) {
    synchronized (this) {
      epoch = taken;
      renewed(sentNanos);
      holding = true;
    }
    watchers.forEach(w -> w.accept(true));
  }

  void renewed(long sentNanos) {
    deadlineNanos = sentNanos + settings.ttl().minus(settings.margin()).toNanos();
  }

  /** No longer active, if still at this epoch: the loops are told to stop. */
  void stepDown(long lost, String why) {
    synchronized (this) {
      if (!holding || epoch != lost) {
        return;
      }
      holding = false;
    }
    log.warn("Standby: {} (epoch {}); this instance ({}) stops acting", why, lost, instance());
    watchers.forEach(w -> w.accept(false));
  }

  /** Released at a clean stop. */
  void released() {
    holding = false;
  }

  /** The lease's holder, its epoch, and since when it holds it. */
  public record Holder(String name, long epoch, Instant since) {
    boolean ours(String instance, long ourEpoch) {
      return name.equals(instance) && epoch == ourEpoch;
    }
  }

  /** Something done every so often beside the keeper. */
  record Chore(Duration every, Runnable task) {}

  /** A claim refused: another instance holds the lease. Nothing of the transaction is written. */
  public static final class Fenced extends RuntimeException {
    Fenced() {
      super("not the lease holder", null, false, false);
    }
  }

  /** Whether this failure is, or was caused by, a {@link Fenced} claim. */
  public static boolean fenced(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Fenced) {
        return true;
      }
    }
    return false;
  }
}
