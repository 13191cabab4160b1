package vn.exemplarbot.storage;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * On PostgreSQL every transaction is serializable ({@link ContentionRetry}); bookkeeping that
 * writes single rows by their key, whose outcome nothing else running can change (the outbox's
 * record of a delivery, an update stored as it came), runs at {@code READ COMMITTED} instead. It
 * then neither aborts the serializable transactions beside it nor is aborted by them: without this,
 * every group of updates that queued a reply met the sender recording the last one, and ran twice.
 * SQLite's one writer needs none of it.
 */
@Component
public class TransactionLevels {

  private final JdbcClient jdbc;
  private final boolean postgresql;

  public TransactionLevels(JdbcClient jdbc, Environment environment) {
    this.jdbc = jdbc;
    this.postgresql = !Database.of(environment).sqlite();
  }

  /**
   * This transaction at {@code READ COMMITTED}, on PostgreSQL; the first statement of a transaction
   * of its own (as PostgreSQL requires), never of one joined from outside.
   */
  public void readCommitted() {
    if (postgresql && beganHere()) {
      jdbc.sql("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").update();
    }
  }

  /** Whether the {@code @Transactional} method calling this began its transaction itself. */
  private static boolean beganHere() {
    try {
      return TransactionAspectSupport.currentTransactionStatus().isNewTransaction();
    } catch (NoTransactionException outside) {
      return false;
    }
  }
}
