package vn.exemplarbot.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the tests run the bot on: the SQLite file in the data folder, or, when {@code
 * EXEMPLAR_TEST_DATABASE_URL} names a PostgreSQL server's admin URL ({@code .ci/postgres start}
 * prints one), a fresh database on that server for each bot, dropped when the bot is closed.
 */
public final class TestDatabase {

  private static final String VARIABLE = "EXEMPLAR_TEST_DATABASE_URL";
  private static final AtomicInteger COUNT = new AtomicInteger();

  private TestDatabase() {}

  /** The admin URL of the PostgreSQL server the suite runs on, if it runs on one. */
  public static Optional<String> server() {
    String url = System.getProperty(VARIABLE, System.getenv(VARIABLE));
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
  }

  public static boolean postgres() {
    return server().isPresent();
  }

  /** A new, empty database on the server: its JDBC URL (with the server URL's parameters). */
  public static String create() {
    String admin = server().orElseThrow();
    String name = "exemplar_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
    execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    execute(admin, "CREATE DATABASE " + name);
    return withDatabase(admin, name);
  }

  /** Drops a database {@link #create()} made; its connections are closed by force. */
  public static void drop(String url) {
    String name = databaseOf(url);
    execute(server().orElseThrow(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** The URL with another database's name, its parameters kept. */
  public static String withDatabase(String url, String name) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
  }

  /** The database a URL names. */
  public static String databaseOf(String url) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(base.lastIndexOf('/') + 1);
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL for the tests: " + sql + ": " + e.getMessage(), e);
    }
  }
}
