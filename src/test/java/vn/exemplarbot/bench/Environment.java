package vn.exemplarbot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.exemplarbot.e2e.TestDatabase;
import vn.exemplarbot.storage.Contention;
import vn.exemplarbot.storage.Database;

/** One line saying where, when and on which database the figures were taken. */
final class Environment {

  private Environment() {}

  /**
   * SQLite in the run's temporary data folder, or PostgreSQL (its version) when {@code
   * EXEMPLAR_TEST_DATABASE_URL} names a server: each bot then gets a fresh database there.
   */
  static String database() {
    return TestDatabase.server()
        .map(Environment::postgresql)
        .orElse("SQLite (file in a temp folder)");
  }

  private static String postgresql(String url) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + " (" + Database.shown(url) + ")";
    } catch (SQLException e) {
      return "PostgreSQL (version not read: " + e.getSQLState() + ")";
    }
  }

  /**
   * How many transactions the bot in this JVM ran again because they met another (PostgreSQL's
   * serializable isolation; always 0 on SQLite).
   */
  static String contention() {
    return "transactions run again on contention: " + Contention.retried();
  }

  static String describe() {
    var runtime = ManagementFactory.getRuntimeMXBean();
    String gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    return String.format(
        "%s; %d CPUs; Java %s (%s); GC %s; JVM arguments %s; database %s",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        gcs,
        runtime.getInputArguments(),
        database());
  }
}
