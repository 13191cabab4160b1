package vn.exemplarbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.sqlite.SQLiteConfig;

/**
 * The schema versions that matter before Flyway runs: the newest migration this build carries and
 * the newest one a database file records. Flyway ignores migrations it does not know, so a database
 * written by a newer version would otherwise start under an older bot that misreads it.
 */
public final class SchemaVersions {

  /** A versioned migration's file name: its version, then its description. */
  static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.*)\\.sql");

  private SchemaVersions() {}

  /** The newest version among the SQLite file's migrations on the class path. */
  public static MigrationVersion bundled() {
    return bundled(Database.SQLITE);
  }

  /** The newest version among this database's migrations on the class path. */
  public static MigrationVersion bundled(Database database) {
    try {
      MigrationVersion newest = MigrationVersion.fromVersion("0");
      for (Resource r :
          new PathMatchingResourcePatternResolver(SchemaVersions.class.getClassLoader())
              .getResources(database.migrationPattern())) {
        Matcher m = NAME.matcher(String.valueOf(r.getFilename()));
        if (m.matches()) {
          MigrationVersion v = version(m.group(1));
          if (v.compareTo(newest) > 0) {
            newest = v;
          }
        }
      }
      return newest;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the bundled migrations", e);
    }
  }

  /** The newest successful migration recorded in the database file, read only; empty if none. */
  public static Optional<MigrationVersion> recorded(Path database) throws SQLException {
    if (!Files.isRegularFile(database)) {
      return Optional.empty();
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
        Statement s = c.createStatement()) {
      try (ResultSet t =
          s.executeQuery(
              "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                  + " AND name = 'flyway_schema_history'")) {
        if (!t.next() || t.getInt(1) == 0) {
          return Optional.empty();
        }
      }
      MigrationVersion newest = null;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT version FROM flyway_schema_history WHERE success = 1"
                  + " AND version IS NOT NULL")) {
        while (rs.next()) {
          MigrationVersion v = version(rs.getString(1));
          if (newest == null || v.compareTo(newest) > 0) {
            newest = v;
          }
        }
      }
      return Optional.ofNullable(newest);
    }
  }

  /**
   * The newest successful migration recorded in a PostgreSQL database, in a read-only transaction;
   * empty if it has none yet.
   */
  public static Optional<MigrationVersion> recorded(String url, String user, String password)
      throws SQLException {
    java.util.Properties account = new java.util.Properties();
    if (user != null && !user.isBlank()) {
      account.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      account.setProperty("password", password);
    }
    try (Connection c = DriverManager.getConnection(url, account)) {
      c.setReadOnly(true);
      try (ResultSet t =
          c.getMetaData().getTables(null, null, "flyway_schema_history", new String[] {"TABLE"})) {
        if (!t.next()) {
          return Optional.empty();
        }
      }
      MigrationVersion newest = null;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT version FROM flyway_schema_history WHERE success"
                      + " AND version IS NOT NULL")) {
        while (rs.next()) {
          MigrationVersion v = version(rs.getString(1));
          if (newest == null || v.compareTo(newest) > 0) {
            newest = v;
          }
        }
      }
      return Optional.ofNullable(newest);
    }
  }

  static MigrationVersion version(String text) {
    return MigrationVersion.fromVersion(text);
  }

  /** As Flyway writes it: {@code 15}, or {@code 2.1}. */
  public static String show(MigrationVersion version) {
    return version.getVersion();
  }
}
