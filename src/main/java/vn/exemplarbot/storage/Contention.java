package vn.exemplarbot.storage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Two transactions that met: PostgreSQL's serialization failure ({@code 40001}, which its
 * serializable isolation raises when transactions running side by side could not have run one after
 * the other) or a deadlock ({@code 40P01}). Neither is a fault of the data or of the update: the
 * transaction is run again from its start, and then succeeds. SQLite never raises either: its one
 * writer runs transactions one after the other.
 */
public final class Contention {

  /** How many times a transaction is run in all before its failure is let through. */
  public static final int ATTEMPTS = 10;

  private static final AtomicLong RETRIED = new AtomicLong();

  private Contention() {}

  /** How many transactions this process has run again since it started. */
  public static long retried() {
    return RETRIED.get();
  }

  /** True when {@code e}, or what caused it, is a serialization failure or a deadlock. */
  public static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Waits before the next attempt: a few milliseconds, more each time and at random, so the
   * transactions that met do not meet again at once.
   */
  static void pauseBefore(int attempt) {
    RETRIED.incrementAndGet();
    long most = Math.min(200, 5L << Math.min(attempt, 6));
    LockSupport.parkNanos(
        Duration.ofMillis(ThreadLocalRandom.current().nextLong(1, most + 1)).toNanos());
  }
}
