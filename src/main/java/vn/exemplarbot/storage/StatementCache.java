package vn.exemplarbot.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Prepared statements kept on each SQLite connection and used again, as neither the pool (Hikari)
 * nor the driver keeps them: without it every statement of every update is parsed and planned by
 * SQLite anew. The pool gets its connections from {@link Source}; each connection keeps up to
 * {@code size} statements by their SQL, least recently used first out.
 *
 * <p>A statement the code closes is put back only in the state a fresh one has: its results closed
 * (so it holds no read snapshot of the database, which would stop a checkpoint from truncating the
 * write-ahead log), its parameters cleared (a ballot's values stay nowhere once the statement is
 * done), its batch empty. It is not put back, but really closed, when anything about it was changed
 * beyond its parameters (maximum rows, a query timeout, a fetch size...), when one of its calls
 * failed, when the same SQL is already kept, or when it is not a plain {@code SELECT}, {@code
 * INSERT}, {@code UPDATE}, {@code DELETE} or {@code WITH} (a schema change must never meet a
 * statement prepared before it). The same SQL used twice at once gets two statements. Only {@code
 * prepareStatement(sql)} is served from the cache; every other way of preparing goes to the driver
 * as before. Closing the connection closes what it keeps.
 */
@Configuration(proxyBeanMethods = false)
class StatementCache {

  /** How many statements each connection keeps; 0 keeps none. */
  static final String SIZE = "exemplar.database.statement-cache";

  /**
   * On SQLite, the pool's connections from the driver through {@link Source}, and without the
   * driver's hidden {@code SELECT last_insert_rowid()} after every {@code INSERT} (the bot reads a
   * new row's id with {@code RETURNING}). Set before the pool starts, which is at its first use.
   */
  @Bean
  static BeanPostProcessor sqliteStatementCache(Environment environment) {
    int size = environment.getProperty(SIZE, Integer.class, 64);
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool
            && pool.getDataSource() == null
            && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:sqlite:")) {
          pool.addDataSourceProperty("jdbc.get_generated_keys", "false");
          if (size > 0) {
            pool.setDataSource(
                new Source(
                    new DriverDataSource(
                        pool.getJdbcUrl(),
                        pool.getDriverClassName(),
                        pool.getDataSourceProperties(),
                        pool.getUsername(),
                        pool.getPassword()),
                    size));
          }
        }
        return bean;
      }
    };
  }

  /** The data source the pool takes its connections from: the driver's, with a cache on each. */
  static final class Source extends DelegatingDataSource {

    private final int size;

    Source(DataSource driver, int size) {
      super(driver);
      this.size = size;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return cached(super.getConnection(), size);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return cached(super.getConnection(username, password), size);
    }
  }

  /** This connection, keeping up to {@code size} statements. */
  static Connection cached(Connection physical, int size) {
    Kept kept = new Kept(physical, size);
    kept.self =
        (Connection)
            Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class}, kept);
    return kept.self;
  }

  private static final Set<String> KEEPABLE =
      Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "WITH");

  /**
   * Whether a statement of this SQL may be kept: reads and writes of rows, never a schema change.
   */
  static boolean keepable(String sql) {
    int from = 0;
    while (from < sql.length() && Character.isWhitespace(sql.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < sql.length() && Character.isLetter(sql.charAt(to))) {
      to++;
    }
    return KEEPABLE.contains(sql.substring(from, to).toUpperCase(Locale.ROOT));
  }

  /** One connection and the statements it keeps. */
  private static final class Kept implements InvocationHandler {

    private final Connection physical;
    private final int size;
    // Access-ordered: the eldest is the least recently used.
    private final LinkedHashMap<String, PreparedStatement> idle;
    private volatile Connection self;

    Kept(Connection physical, int size) {
      this.physical = physical;
      this.size = size;
      this.idle =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
              if (size() > Kept.this.size) {
                quietlyClose(eldest.getValue());
                return true;
              }
              return false;
            }
          };
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "prepareStatement":
          if (args.length == 1 && keepable((String) args[0])) {
            return lend((String) args[0]);
          }
          break;
        case "close":
          closeKept();
          break;
        case "abort":
          // Another thread ends the connection: what it keeps goes with it in the driver.
          break;
        case "unwrap":
          if (((Class<?>) args[0]).isInstance(proxy)) {
            return proxy;
          }
          break;
        case "isWrapperFor":
          if (((Class<?>) args[0]).isInstance(proxy)) {
            return true;
          }
          break;
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "cached statements on " + physical;
        default:
          break;
      }
      return call(physical, method, args);
    }

    /** A kept statement of this SQL, or a new one when none is idle. */
    private PreparedStatement lend(String sql) throws SQLException {
      PreparedStatement statement;
      synchronized (this) {
        statement = idle.remove(sql);
      }
      if (statement == null || statement.isClosed()) {
        statement = physical.prepareStatement(sql);
      }
      return (PreparedStatement)
          Proxy.newProxyInstance(
              StatementCache.class.getClassLoader(),
              new Class<?>[] {PreparedStatement.class},
              new Lent(this, sql, statement));
    }

    /** A statement given back, in a fresh statement's state, kept unless one is kept already. */
    void giveBack(String sql, PreparedStatement statement) {
      synchronized (this) {
        if (!idle.containsKey(sql)) {
          idle.put(sql, statement);
          return;
        }
      }
      quietlyClose(statement);
    }

    private void closeKept() {
      List<PreparedStatement> kept;
      synchronized (this) {
        kept = new ArrayList<>(idle.values());
        idle.clear();
      }
      kept.forEach(Kept::quietlyClose);
    }

    private static void quietlyClose(PreparedStatement statement) {
      try {
        statement.close();
      } catch (SQLException | RuntimeException e) {
        // Closing the connection finalises whatever is left of it.
      }
    }
  }

  /** A kept statement while the code uses it. */
  private static final class Lent implements InvocationHandler {

    // Calls that change a statement beyond its parameters: it is closed, not kept, after them.
    private static final Set<String> CHANGING =
        Set.of(
            "setMaxRows",
            "setLargeMaxRows",
            "setQueryTimeout",
            "setFetchSize",
            "setFetchDirection",
            "setMaxFieldSize",
            "setEscapeProcessing",
            "setCursorName",
            "setPoolable",
            "closeOnCompletion");

    private final Kept connection;
    private final String sql;
    private final PreparedStatement statement;
    private final List<ResultSet> results = new ArrayList<>(1);
    private boolean closed;
    private boolean keep = true;

    Lent(Kept connection, String sql, PreparedStatement statement) {
      this.connection = connection;
      this.sql = sql;
      this.statement = statement;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      switch (name) {
        case "close":
          giveBack();
          return null;
        case "isClosed":
          return closed || statement.isClosed();
        case "getConnection":
          return connection.self;
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "kept " + statement;
        default:
          break;
      }
      if (closed) {
        throw new SQLException("statement is closed");
      }
      if (CHANGING.contains(name)) {
        keep = false;
      }
      Object result;
      try {
        result = call(statement, method, args);
      } catch (SQLException | RuntimeException e) {
        keep = false;
        throw e;
      }
      if (result instanceof ResultSet rs && !results.contains(rs)) {
        results.add(rs);
      }
      return result;
    }

    private void giveBack() throws SQLException {
      if (closed) {
        return;
      }
      closed = true;
      if (keep && !statement.isClosed()) {
        try {
          for (ResultSet rs : results) {
            rs.close();
          }
          statement.clearParameters();
          statement.clearBatch();
          statement.clearWarnings();
        } catch (SQLException | RuntimeException e) {
          keep = false;
        }
      }
      results.clear();
      if (keep && !statement.isClosed()) {
        connection.giveBack(sql, statement);
      } else {
        statement.close();
      }
    }
  }

  /** The call on the real object, its own exception thrown as it is. */
  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
