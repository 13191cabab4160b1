package vn.exemplarbot.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database of the bots a test starts in JVMs of their own ({@link BotProcess}), registered with
 * {@code @RegisterExtension}: the SQLite file in their data folder, or, when the suite runs on
 * PostgreSQL ({@link TestDatabase}), one fresh database for the whole test, named to each child in
 * {@code EXEMPLAR_DATABASE_URL} as an operator names it (so a restarted bot finds its state), and
 * dropped after the test.
 */
final class ProcessDatabase implements AfterEachCallback {

  private String url;

  /** The child's environment for it: nothing on SQLite, {@code EXEMPLAR_DATABASE_URL} otherwise. */
  Map<String, String> environment() {
    if (!TestDatabase.postgres()) {
      return Map.of();
    }
    if (url == null) {
      url = TestDatabase.create();
    }
    // The URL carries the user (?user=…), a form DatabaseSettings takes without the variables.
    return Map.of("EXEMPLAR_DATABASE_URL", url);
  }

  boolean postgres() {
    return TestDatabase.postgres();
  }

  /** The name the bot gives its connection pool, which its shutdown lines carry. */
  String poolName() {
    return postgres() ? "postgresql" : "sqlite";
  }

  /** A connection to what the bot with this data folder stores, to read it as it runs. */
  Connection connect(Path data) throws SQLException {
    if (postgres()) {
      return DriverManager.getConnection(environment().get("EXEMPLAR_DATABASE_URL"));
    }
    return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exemplar.db"));
  }

  /** The tables the bot created, from its database's own catalogue. */
  List<String> tables(Path data) throws SQLException {
    String sql =
        postgres()
            ? "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
    List<String> names = new ArrayList<>();
    try (Connection db = connect(data);
        ResultSet rs = db.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (url != null) {
      TestDatabase.drop(url);
      url = null;
    }
  }
}
