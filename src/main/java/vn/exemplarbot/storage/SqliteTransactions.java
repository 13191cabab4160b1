package vn.exemplarbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.sqlite.SQLiteConnection;

/**
 * The transaction manager, aware of two habits of SQLite and its driver that a full disk, a
 * read-only file or another program's lock bring out:
 *
 * <ul>
 *   <li>On {@code SQLITE_FULL}, {@code SQLITE_IOERR} and some {@code SQLITE_BUSY} SQLite rolls the
 *       transaction back by itself, so the rollback that follows fails with "cannot rollback - no
 *       transaction is active". That failure would replace the real one (a full disk would read as
 *       an SQL error) and be logged with a stack trace at every retry; here it is what it is: the
 *       transaction is already rolled back.
 *   <li>When {@code BEGIN IMMEDIATE} fails (the database locked past the busy timeout, or
 *       read-only), the driver has already noted the connection as out of auto-commit: the next
 *       transaction on it would begin nothing, each statement would commit on its own, and every
 *       commit after would fail, until a restart. A connection handed to a new transaction is
 *       therefore always idle, and is told so again.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SqliteTransactions {

  @Bean
  JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new AlreadyRolledBackAware(new IdleConnections(dataSource));
  }

  static final class AlreadyRolledBackAware extends JdbcTransactionManager {

    AlreadyRolledBackAware(DataSource dataSource) {
      super(dataSource);
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
      try {
        super.doRollback(status);
      } catch (RuntimeException e) {
        if (!alreadyRolledBack(e)) {
          throw e;
        }
      }
    }

    private static boolean alreadyRolledBack(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql
            && sql.getMessage() != null
            && sql.getMessage().contains("no transaction is active")) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The pool's connections as a transaction gets them: one the driver still notes as out of
   * auto-commit after a failed {@code BEGIN} is put back to auto-commit (its note only: SQLite has
   * no transaction open on it), so the transaction's own {@code BEGIN} runs. An infrastructure
   * proxy, so transactions stay bound to the pool itself and every query finds them.
   */
  static final class IdleConnections extends DelegatingDataSource implements InfrastructureProxy {

    IdleConnections(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      if (connection.isWrapperFor(SQLiteConnection.class)) {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        if (!sqlite.getConnectionConfig().isAutoCommit()) {
          sqlite.getConnectionConfig().setAutoCommit(true);
        }
      }
      return connection;
    }

    @Override
    public Object getWrappedObject() {
      return getTargetDataSource();
    }
  }
}
