package vn.exemplarbot.move;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import vn.exemplarbot.storage.Database;
import vn.exemplarbot.storage.StartupTexts;

/**
 * The PostgreSQL database to move into, from {@code EXEMPLAR_DATABASE_URL}, {@code
 * EXEMPLAR_DATABASE_USER} and {@code EXEMPLAR_DATABASE_PASSWORD}. Shown only with any password in
 * the URL hidden; the password itself is never shown.
 */
record Target(String url, String user, String password) {

  static Target of(Map<String, String> env) {
    String url = env.getOrDefault("EXEMPLAR_DATABASE_URL", "").strip();
    if (url.isEmpty()) {
      throw new MoveRefused(MoveCommandLine.USAGE, StartupTexts.both("move.no-url"));
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new MoveRefused(
          MoveCommandLine.USAGE,
          StartupTexts.both("storage.refused.url", Database.shown(url)),
          StartupTexts.both("storage.refused.url.fix"));
    }
    return new Target(
        url,
        env.getOrDefault("EXEMPLAR_DATABASE_USER", "").strip(),
        env.getOrDefault("EXEMPLAR_DATABASE_PASSWORD", ""));
  }

  String shown() {
    return Database.shown(url);
  }

  /** A connection of its own; inserts in a batch go as multi-row statements. */
  Connection connect() throws SQLException {
    Properties p = new Properties();
    if (!user.isEmpty()) {
      p.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      p.setProperty("password", password);
    }
    p.setProperty("reWriteBatchedInserts", "true");
    p.setProperty("ApplicationName", "exemplar-bot migrate-to");
    return DriverManager.getConnection(url, p);
  }

  @Override
  public String toString() {
    return "Target[" + shown() + "]";
  }
}
