package vn.exemplarbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
 */
@Component
public class JournalScrub implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(JournalScrub.class);

  private static final int NONE = 0;
  private static final int CHECKPOINT = 1;
  private static final int VACUUM = 2;

  private final DataSource dataSource;
  private final AtomicInteger queued = new AtomicInteger(NONE);
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "journal-scrub");
            t.setDaemon(true);
            return t;
          });

  JournalScrub(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Once the current transaction commits, empties the write-ahead log. */
  public void checkpointAfterCommit() {
    afterCommit(false);
  }

  /** Once the current transaction commits, rewrites the database file and empties the log. */
  public void vacuumAfterCommit() {
    afterCommit(true);
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
      worker.execute(() -> scrub(queued.getAndSet(NONE) == VACUUM));
    }
  }

  private void scrub(boolean vacuum) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (vacuum) {
        statement.execute("VACUUM");
      }
      statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      log.warn("The journal could not be scrubbed: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void destroy() {
    worker.shutdown();
  }
}
