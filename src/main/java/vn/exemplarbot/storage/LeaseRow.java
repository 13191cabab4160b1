package vn.exemplarbot.storage;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link LeaseKeeper}'s statements on the {@code lease} row. Each runs in a short transaction
 * of its own that waits at most {@link #patience()} for a row lock, so the keeper's thread never
 * hangs behind one, at {@code READ COMMITTED}: outside the serializable checks, which would
 * otherwise count every renewal against the claims running beside it.
 */
@Component
class LeaseRow {

  /** The database's clock in epoch milliseconds. */
  static final String NOW = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

  /** PostgreSQL's {@code lock_not_available}: a lock not granted within {@code lock_timeout}. */
  private static final String LOCK_TIMEOUT = "55P03";

  /** PostgreSQL's {@code insufficient_privilege}. */
  private static final String REFUSED = "42501";

  private final Lease lease;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  LeaseRow(Lease lease, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.lease = lease;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
  }

  /**
   * The row, held by nobody, unless there is one. At {@code READ COMMITTED} too: a serializable
   * insert that meets another instance renewing fails, and this instance would not start.
   */
  void create() {
    transactions.executeWithoutResult(
        status ->
            jdbc.sql(
                    "INSERT INTO lease (id, holder, epoch, expires_at, acquired_at)"
                        + " VALUES (1, '', 0, 0, 0) ON CONFLICT (id) DO NOTHING")
                .update());
  }

  /**
   * The next epoch, if the lease had expired (or was released) and is ours now. The row is locked
   * {@code FOR UPDATE} first, for two reasons: that lock waits for every claim in flight (their
   * {@code FOR KEY SHARE} does not hold off the plain {@code UPDATE}), and it marks the row so that
   * a claim whose snapshot predates the takeover fails and is run again, instead of locking the
   * former version and finding its own instance the holder. Throws when that wait times out.
   */
  Optional<Long> take() {
    return transactions.execute(
        status -> {
          patient();
          Optional<Long> expired =
              jdbc.sql(
                      "SELECT epoch FROM lease WHERE id = 1 AND expires_at <= "
                          + NOW
                          + " FOR UPDATE")
                  .query(Long.class)
                  .optional();
          if (expired.isEmpty()) {
            return Optional.<Long>empty();
          }
          return jdbc.sql(
                  "UPDATE lease SET holder = :me, epoch = epoch + 1, acquired_at = "
                      + NOW
                      + ", expires_at = "
                      + NOW
                      + " + :ttl WHERE id = 1 AND expires_at <= "
                      + NOW
                      + " RETURNING epoch")
              .param("me", lease.instance())
              .param("ttl", lease.settings().ttl().toMillis())
              .query(Long.class)
              .optional();
        });
  }

  /** Whether this epoch's lease, held by this instance, now expires one TTL ahead. */
  boolean renew(long epoch) {
    return update(
            "UPDATE lease SET expires_at = "
                + NOW
                + " + :ttl WHERE id = 1 AND holder = :me AND epoch = :epoch",
            epoch)
        == 1;
  }

  /** Lets this epoch's lease expire now. */
  void release(long epoch) {
    update(
        "UPDATE lease SET expires_at = "
            + NOW
            + " WHERE id = 1 AND holder = :me AND epoch = :epoch",
        epoch);
  }

  private int update(String sql, long epoch) {
    Integer rows =
        transactions.execute(
            status -> {
              patient();
              return jdbc.sql(sql)
                  .param("me", lease.instance())
                  .param("epoch", epoch)
                  .param("ttl", lease.settings().ttl().toMillis())
                  .update();
            });
    return rows == null ? 0 : rows;
  }

  /**
   * Ends the sessions that keep the lease row locked from a claim while the lease has expired: a
   * holder stopped or cut off inside a fenced transaction, which would otherwise hold off the
   * takeover for as long as it stays so. Safe: with its lease expired that holder may write nothing
   * anyway, and its transactions roll back. Only sessions idle in their transaction (a statement
   * running is not a stopped holder's), never this instance's own. Returns the application names of
   * those ended, and of those seen but not visible to this database role (another role's sessions,
   * whose state it may not read) as {@link Ended#hidden()}.
   */
  Ended endStoppedHolder() {
    List<Session> sessions =
        jdbc.sql(
                "SELECT a.application_name, a.state IS NULL AS hidden,"
                    + " CASE WHEN a.state LIKE 'idle in transaction%'"
                    + " THEN pg_terminate_backend(a.pid) END AS ended"
                    + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    + " WHERE l.locktype = 'relation' AND l.relation = 'lease'::regclass"
                    + " AND l.database = (SELECT oid FROM pg_database"
                    + " WHERE datname = current_database())"
                    + " AND l.mode = 'RowShareLock' AND l.granted"
                    + " AND a.pid <> pg_backend_pid() AND a.application_name <> :me"
                    + " AND (a.state IS NULL OR a.state LIKE 'idle in transaction%')"
                    + " AND EXISTS (SELECT 1 FROM lease WHERE id = 1 AND expires_at <= "
                    + NOW
                    + ")")
            .param("me", lease.settings().applicationName())
            .query((rs, n) -> new Session(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
            .list();
    return new Ended(
        sessions.stream().filter(Session::ended).map(Session::name).toList(),
        sessions.stream().filter(Session::hidden).map(Session::name).toList());
  }

  /** At most one renewal interval (and at most a second) for a row lock. */
  private long patience() {
    return Math.min(lease.settings().renew().toMillis(), 1000);
  }

  private void patient() {
    jdbc.sql("SET LOCAL lock_timeout = " + patience()).update();
  }

  /** Whether this failure is a row lock not granted in time. */
  static boolean lockTimedOut(Throwable e) {
    return sqlState(e, LOCK_TIMEOUT);
  }

  /** Whether this failure is the database refusing this role something. */
  static boolean refused(Throwable e) {
    return sqlState(e, REFUSED);
  }

  private static boolean sqlState(Throwable e, String state) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private record Session(String name, boolean hidden, boolean ended) {}

  /** The sessions ended, and those another database role holds, by application name. */
  record Ended(List<String> ended, List<String> hidden) {}
}
