package vn.exemplarbot.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Leaves no earlier version of a secret in the files: after a commit that wrote or deleted a ballot
 * choice or receipt, the write-ahead log is copied into the database and truncated ({@code
 * wal_checkpoint(TRUNCATE)}), and after a ballot ends the file is rewritten ({@code VACUUM}).
 * {@code secure_delete} (set on the connection) zeroes what is deleted. Both need the connection
 * outside any transaction, so they run on a thread of their own once the committing transaction has
 * released it (the pool has one connection).
 *
 * <p>An owed scrub is never dropped. A checkpoint that readers block does not fail, it answers
 * "busy": that is read, and the scrub tried again (1 s, doubling to a minute) until it is done, as
 * after an error (a full disk during {@code VACUUM}). An owed {@code VACUUM} is a row of {@code
 * scrub_owed}, written with the ballot's end and deleted once done, so it survives a crash; at
 * every start, before the first update, {@link #atStart()} truncates the log (a kill between a
 * vote's commit and its checkpoint left its frames there) and runs the owed {@code VACUUM}.
 */
@Component
public class JournalScrub implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(JournalScrub.class);

  private static final int NONE = 0;
  private static final int CHECKPOINT = 1;
  private static final int VACUUM = 2;
  private static final long FIRST_RETRY_MS = 1_000;
  private static final long LAST_RETRY_MS = 60_000;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Duration testDelay;
  private final AtomicInteger queued = new AtomicInteger(NONE);
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "journal-scrub");
            t.setDaemon(true);
            return t;
          });
  private long retryMs = FIRST_RETRY_MS;
  private volatile boolean failing;

  /** SQLite's files only: PostgreSQL keeps what it keeps (its ballot's design is its own). */
  private final boolean sqlite;

  JournalScrub(
      DataSource dataSource,
      JdbcClient jdbc,
      org.springframework.core.env.Environment environment,
      @Value("${exemplar.scrub.test-delay:PT0S}") Duration testDelay) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.testDelay = testDelay;
    this.sqlite = Database.of(environment).sqlite();
  }

  /** Once the current transaction commits, empties the write-ahead log. */
  public void checkpointAfterCommit() {
    if (sqlite) {
      afterCommit(false);
    }
  }

  /**
   * Owes a rewrite of the database file, durably: in the current transaction (a ballot's end) a row
   * of {@code scrub_owed}; once it commits, the file is rewritten and the log emptied.
   */
  public void vacuumAfterCommit() {
    if (!sqlite) {
      return;
    }
    jdbc.sql(
            "INSERT INTO scrub_owed (what, since) VALUES ('vacuum', :now)"
                + " ON CONFLICT (what) DO NOTHING")
        .param("now", System.currentTimeMillis())
        .update();
    afterCommit(true);
  }

  /**
   * At start, before the first update is applied: the log truncated, and the owed {@code VACUUM}
   * run. What cannot be done now (a reader holds the log) is retried in the background.
   */
  public void atStart() {
    if (!sqlite) {
      return;
    }
    boolean owed = vacuumOwed();
    if (!scrub(owed)) {
      log.warn("The journal could not be scrubbed at start; trying again in the background");
      request(owed);
    } else if (owed) {
      log.info("The database file was rewritten at start, as a ballot's end owed");
    }
  }

  private void afterCommit(boolean vacuum) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      request(vacuum);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
              request(vacuum);
            }
          }
        });
  }

  /**
   * Requests that arrive while one waits for the connection join it: a scrub that has not started
   * covers every commit before it, so a burst of votes costs one checkpoint, not one each.
   */
  private void request(boolean vacuum) {
    int wanted = vacuum ? VACUUM : CHECKPOINT;
    if (queued.getAndAccumulate(wanted, Math::max) == NONE) {
      worker.schedule(this::run, testDelay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void run() {
    int wanted = queued.getAndSet(NONE);
    boolean vacuum = wanted == VACUUM || vacuumOwed();
    if (scrub(vacuum)) {
      retryMs = FIRST_RETRY_MS;
      return;
    }
    // Not done: owed again, after a while, joined by whatever comes meanwhile.
    if (queued.getAndAccumulate(vacuum ? VACUUM : CHECKPOINT, Math::max) == NONE) {
      worker.schedule(this::run, retryMs, TimeUnit.MILLISECONDS);
    }
    retryMs = Math.min(LAST_RETRY_MS, retryMs * 2);
  }

  /** One scrub; true when it is done: the file rewritten if asked, the log emptied. */
  private boolean scrub(boolean vacuum) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (vacuum) {
        statement.execute("VACUUM");
      }
      boolean truncated = checkpoint(statement);
      if (truncated && vacuum) {
        statement.execute("DELETE FROM scrub_owed WHERE what = 'vacuum'");
        truncated = checkpoint(statement);
      }
      if (!truncated) {
        return failed("readers hold the write-ahead log");
      }
      if (failing) {
        failing = false;
        log.info("The journal is scrubbed, after earlier attempts failed");
      }
      return true;
    } catch (SQLException | RuntimeException e) {
      return failed(e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  /**
   * {@code wal_checkpoint(TRUNCATE)}: its first column says whether readers kept it from ending.
   */
  private static boolean checkpoint(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
      return rs.next() && rs.getInt(1) == 0;
    }
  }

  private boolean failed(String why) {
    if (!failing) {
      failing = true;
      log.warn("The journal could not be scrubbed ({}); trying again until it is", why);
    }
    return false;
  }

  private boolean vacuumOwed() {
    try {
      return jdbc.sql("SELECT count(*) FROM scrub_owed").query(Integer.class).single() > 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void destroy() {
    worker.shutdown();
  }
}
