package vn.exemplarbot.storage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which of the instances on one PostgreSQL is active: the holder of the {@code lease} row. The
 * active renews it every {@code EXEMPLAR_LEASE_RENEW} to an expiry {@code EXEMPLAR_LEASE_TTL} ahead
 * on the database's clock; a standby tries as often and takes it only once expired (or released at
 * a clean stop), with the next epoch, in one conditional {@code UPDATE}. Not an advisory lock: a
 * paused process or a silent network keeps its session, and would keep such a lock.
 *
 * <p>Two guards. In the database, {@link #fence()}: a claim reads the row (and on a writing
 * transaction locks it against a takeover until it ends) and writes nothing unless holder and epoch
 * are still ours. Outside it, the Bot API: each renewal records on the monotonic clock when the
 * lease surely still holds (the instant the renewal was sent, plus the TTL, minus one renewal
 * interval as a margin), and past that instant {@link #active()} is false and no call is made. On
 * SQLite the one process is always active: no row, no thread, no check.
 */
@Component
public class Lease implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Lease.class);

  /** The database's clock in epoch milliseconds. */
  private static final String NOW = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

  private final JdbcClient jdbc;
  private final boolean postgresql;
  private final LeaseSettings settings;
  private final ApplicationEventPublisher events;
  private final List<Consumer<Boolean>> watchers = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService keeper;
  private volatile long epoch;
  private volatile boolean holding;
  private volatile long deadlineNanos;
  private volatile boolean wasStandby;
  private volatile boolean held;
  private volatile boolean running;

  public Lease(
      JdbcClient jdbc,
      Environment environment,
      ApplicationEventPublisher events,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.events = events;
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
   * In a transaction that claims something: fails it with {@link Fenced} (and this instance steps
   * down) unless the lease's holder and epoch are still ours. A writing transaction locks the row
   * ({@code FOR SHARE}) so no takeover commits before it ends; a read-only one (PostgreSQL refuses
   * the lock there) only reads it.
   */
  public void fence() {
    if (!postgresql) {
      return;
    }
    boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    Optional<Holder> row =
        jdbc.sql(
                "SELECT holder, epoch, acquired_at FROM lease WHERE id = 1"
                    + (readOnly ? "" : " FOR SHARE"))
            .query(Lease::row)
            .optional();
    long ours = epoch;
    if (holding && row.isPresent() && row.get().ours(settings.instance(), ours)) {
      return;
    }
    if (holding) {
      try {
        keeper.execute(() -> stepDown(ours, "a claim found the lease held by another instance"));
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
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

  @Override
  public void start() {
    running = true;
    if (!postgresql) {
      return;
    }
    jdbc.sql(
            "INSERT INTO lease (id, holder, epoch, expires_at, acquired_at) VALUES (1, '', 0, 0, 0)"
                + " ON CONFLICT (id) DO NOTHING")
        .update();
    keeper = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "lease"));
    keep();
    long every = settings.renew().toMillis();
    keeper.scheduleWithFixedDelay(this::keep, every, every, TimeUnit.MILLISECONDS);
    if (!holding) {
      log.info("Standby: {} holds the lease; this instance ({}) waits", name(), instance());
    }
  }

  private String name() {
    return holder().map(Holder::name).orElse("nobody");
  }

  /** One turn of the keeper: renew what is ours, or take what has expired. */
  private void keep() {
    if (held) {
      return;
    }
    try {
      if (holding) {
        renew();
      } else {
        take();
      }
    } catch (RuntimeException e) {
      if (holding && System.nanoTime() - deadlineNanos >= 0) {
        stepDown(epoch, "the lease could not be renewed in time");
      }
      log.debug("Lease not kept: {}", e.getClass().getSimpleName());
    }
  }

  private void take() {
    long sent = System.nanoTime();
    Optional<Long> taken =
        jdbc.sql(
                "UPDATE lease SET holder = :me, epoch = epoch + 1, acquired_at = "
                    + NOW
                    + ", expires_at = "
                    + NOW
                    + " + :ttl WHERE id = 1 AND expires_at <= "
                    + NOW
                    + " RETURNING epoch")
            .param("me", settings.instance())
            .param("ttl", settings.ttl().toMillis())
            .query(Long.class)
            .optional();
    if (taken.isEmpty()) {
      wasStandby = true;
      return;
    }
    synchronized (this) {
      epoch = taken.get();
      deadlineNanos = sent + settings.ttl().minus(settings.margin()).toNanos();
      holding = true;
    }
    log.info("Active: this instance ({}) holds the lease, epoch {}", instance(), epoch);
    watchers.forEach(w -> w.accept(true));
    events.publishEvent(new LeaseTaken(epoch, wasStandby));
  }

  private void renew() {
    long sent = System.nanoTime();
    long ours = epoch;
    int renewed =
        jdbc.sql(
                "UPDATE lease SET expires_at = "
                    + NOW
                    + " + :ttl WHERE id = 1 AND holder = :me AND epoch = :epoch")
            .param("me", settings.instance())
            .param("epoch", ours)
            .param("ttl", settings.ttl().toMillis())
            .update();
    if (renewed == 1) {
      deadlineNanos = sent + settings.ttl().minus(settings.margin()).toNanos();
    } else {
      stepDown(ours, "another instance took the lease");
    }
  }

  private void stepDown(long lost, String why) {
    synchronized (this) {
      if (!holding || epoch != lost) {
        return;
      }
      holding = false;
      wasStandby = true;
    }
    log.warn("Standby: {} (epoch {}); this instance ({}) stops acting", why, lost, instance());
    watchers.forEach(w -> w.accept(false));
  }

  /**
   * Test hook: the keeper does nothing from now on, as in a paused process, so the lease expires
   * while this instance still believes it holds it.
   */
  public void holdRenewals() {
    held = true;
  }

  @Override
  public void stop() {
    running = false;
    if (keeper == null) {
      return;
    }
    keeper.shutdownNow();
    try {
      keeper.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (holding && !held) {
      release();
    }
  }

  /** A clean stop: the lease expires now, so a standby takes over at its next try. */
  private void release() {
    try {
      jdbc.sql(
              "UPDATE lease SET expires_at = "
                  + NOW
                  + " WHERE id = 1 AND holder = :me AND epoch = :epoch")
          .param("me", settings.instance())
          .param("epoch", epoch)
          .update();
      log.info("Lease released (epoch {})", epoch);
    } catch (RuntimeException e) {
      log.warn("Lease not released ({}): it expires by itself", e.getClass().getSimpleName());
    }
    holding = false;
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

  /** The lease's holder, its epoch, and since when it holds it. */
  public record Holder(String name, long epoch, Instant since) {
    boolean ours(String instance, long ourEpoch) {
      return name.equals(instance) && epoch == ourEpoch;
    }
  }

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
