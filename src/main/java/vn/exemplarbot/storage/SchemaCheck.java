package vn.exemplarbot.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database already holds exactly the migrations this build carries, told without Flyway:
 * the bundled files' names and checksums against {@code flyway_schema_history}. At a start with
 * nothing pending, Flyway's own validation (finding and parsing every migration, then the history)
 * costs most of a second; this costs a few milliseconds. It only ever says "up to date" or "ask
 * Flyway": anything it does not recognise (a failed or baseline row, a file it cannot name, a
 * changed checksum, a pending or a missing migration, settings other than ours) is left to {@code
 * flyway.migrate()}, which validates first as always. Validation is never turned off.
 *
 * <p>The checksum is Flyway's: CRC-32 over each line's UTF-8 bytes without its line break, a byte
 * order mark removed ({@code ChecksumCalculator}); {@code SchemaCheckTests} holds it to what Flyway
 * records for every bundled migration on both databases.
 */
public final class SchemaCheck {

  private SchemaCheck() {}

  /** A migration as Flyway would record it. */
  record Migration(String version, String description, String script, int checksum) {}

  /**
   * The bundled migrations when the database's history matches them exactly, each applied and
   * successful; empty when Flyway must look (or the history cannot be read).
   */
  public static Optional<Map<MigrationVersion, Migration>> upToDate(Configuration flyway) {
    try {
      if (!ours(flyway)) {
        return Optional.empty();
      }
      Optional<Map<MigrationVersion, Migration>> bundled = bundled(flyway);
      if (bundled.isEmpty() || bundled.get().isEmpty()) {
        return Optional.empty();
      }
      return matches(flyway.getDataSource(), flyway.getTable(), bundled.get())
          ? bundled
          : Optional.empty();
    } catch (IOException | SQLException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Only the settings the bot gives Flyway are understood; any other is Flyway's to judge. */
  private static boolean ours(Configuration c) {
    return "V".equals(c.getSqlMigrationPrefix())
        && "__".equals(c.getSqlMigrationSeparator())
        && c.getSqlMigrationSuffixes().length == 1
        && ".sql".equals(c.getSqlMigrationSuffixes()[0])
        && c.getCallbacks().length == 0
        && c.getJavaMigrations().length == 0
        && c.getResolvers().length == 0
        && c.getDefaultSchema() == null
        && c.getSchemas().length == 0
        && c.getInitSql() == null
        && (c.getTarget() == null || c.getTarget().equals(MigrationVersion.LATEST))
        && c.getLocations().length > 0;
  }

  /** Every file under the locations, each a versioned migration; empty if one is anything else. */
  static Optional<Map<MigrationVersion, Migration>> bundled(Configuration c) throws IOException {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(c.getClassLoader());
    Charset encoding = c.getEncoding();
    Map<MigrationVersion, Migration> found = new HashMap<>();
    for (Location location : c.getLocations()) {
      String root = location.getRootPath();
      String pattern =
          switch (location.getPrefix()) {
            case "classpath:" -> "classpath*:" + root + "/**/*";
            case "filesystem:" -> "file:" + root + "/**/*";
            default -> null;
          };
      if (pattern == null) {
        return Optional.empty();
      }
      for (Resource r : resolver.getResources(pattern)) {
        if (!r.isReadable()) {
          continue; // a folder
        }
        String name = String.valueOf(r.getFilename());
        Matcher m = SchemaVersions.NAME.matcher(name);
        if (!m.matches() || !directlyUnder(r, root, name)) {
          return Optional.empty();
        }
        MigrationVersion version = MigrationVersion.fromVersion(m.group(1));
        Migration migration =
            new Migration(
                version.getVersion(), m.group(2).replace('_', ' '), name, checksum(r, encoding));
        if (found.put(version, migration) != null) {
          return Optional.empty(); // two files of one version: Flyway's error to give
        }
      }
    }
    return Optional.of(found);
  }

  /** Flyway records a file in a subfolder by its relative path; only the top level is ours. */
  private static boolean directlyUnder(Resource r, String root, String name) throws IOException {
    String path = r.getURL().toString();
    String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    return path.endsWith(trimmed + "/" + name);
  }

  /** Flyway's checksum of a migration (see the class comment). */
  static int checksum(Resource resource, Charset encoding) throws IOException {
    CRC32 crc = new CRC32();
    try (Reader in = new InputStreamReader(resource.getInputStream(), encoding);
        BufferedReader lines = new BufferedReader(in, 4096)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        crc.update(line.replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8));
      }
    }
    return (int) crc.getValue();
  }

  private static boolean matches(
      DataSource dataSource, String table, Map<MigrationVersion, Migration> bundled)
      throws SQLException {
    if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return false;
    }
    Map<MigrationVersion, Migration> recorded = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, description, type, script, checksum, success FROM " + table)) {
      while (rs.next()) {
        String text = rs.getString(1);
        int checksum = rs.getInt(5);
        if (text == null || rs.wasNull() || !"SQL".equals(rs.getString(3)) || !rs.getBoolean(6)) {
          return false;
        }
        MigrationVersion version = MigrationVersion.fromVersion(text);
        Migration row =
            new Migration(version.getVersion(), rs.getString(2), rs.getString(4), checksum);
        if (recorded.put(version, row) != null) {
          return false;
        }
      }
    }
    return recorded.equals(bundled);
  }
}
