package vn.exemplarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.sqlite.SQLiteDataSource;
import vn.exemplarbot.e2e.TestDatabase;

/**
 * {@link SchemaCheck} says "up to date" only when Flyway itself would find nothing to do and
 * nothing to complain of: its checksums are Flyway's for every bundled migration, on SQLite and
 * (with {@code EXEMPLAR_TEST_DATABASE_URL}) on PostgreSQL; an edited, added, removed, failed or
 * unknown migration sends the start to Flyway, whose validation still refuses an edit.
 */
class SchemaCheckTests {

  @TempDir Path work;

  @Test
  void theBundledSqliteMigrationsMatchWhatFlywayRecordsOnceApplied() throws IOException {
    assertUpToDateAfterFlyway(sqlite("bundled.db"), "classpath:db/migration/sqlite", "sqlite");
  }

  @Test
  void theBundledPostgresqlMigrationsMatchWhatFlywayRecordsOnceApplied() throws IOException {
    assumeTrue(TestDatabase.postgres(), "EXEMPLAR_TEST_DATABASE_URL is not set");
    String url = TestDatabase.create();
    try {
      assertUpToDateAfterFlyway(
          new DriverManagerDataSource(url), "classpath:db/migration/postgresql", "postgresql");
    } finally {
      TestDatabase.drop(url);
    }
  }

  private void assertUpToDateAfterFlyway(DataSource data, String location, String folder)
      throws IOException {
    Flyway flyway = Flyway.configure().dataSource(data).locations(location).load();
    assertThat(SchemaCheck.upToDate(flyway.getConfiguration()))
        .as("an empty database: no history yet")
        .isEmpty();
    int applied = flyway.migrate().migrationsExecuted;

    Map<MigrationVersion, SchemaCheck.Migration> bundled =
        SchemaCheck.upToDate(flyway.getConfiguration()).orElseThrow();
    Path files = Path.of("migrations").resolve(folder.equals("sqlite") ? "." : folder);
    try (Stream<Path> sql = Files.list(files)) {
      assertThat(bundled)
          .hasSize(applied)
          .hasSize((int) sql.filter(p -> p.toString().endsWith(".sql")).count());
    }
    assertThat(bundled.keySet()).contains(SchemaVersions.bundled());
    // The same checksums Flyway computed and recorded, one by one.
    Stream.of(flyway.info().applied())
        .forEach(
            m ->
                assertThat(bundled.get(m.getVersion()).checksum())
                    .as(m.getScript())
                    .isEqualTo(m.getChecksum()));
  }

  @Test
  void anEditedMigrationGoesToFlywayWhoseValidationRefusesIt() throws IOException {
    Flyway flyway = copiedAndApplied();
    Path first = work.resolve("sql/V1__foundation.sql");
    Files.writeString(first, Files.readString(first) + "\n-- edited after it was applied\n");

    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();
    assertThatThrownBy(flyway::migrate)
        .isInstanceOf(FlywayValidateException.class)
        .hasMessageContaining("checksum mismatch");
  }

  @Test
  void aPendingMigrationGoesToFlywayAndIsAppliedThenTheSchemaIsUpToDate() throws IOException {
    Flyway flyway = copiedAndApplied();
    Files.writeString(
        work.resolve("sql/V99__later.sql"), "CREATE TABLE later (id INTEGER PRIMARY KEY);\n");

    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
    assertThat(SchemaCheck.upToDate(flyway.getConfiguration()))
        .hasValueSatisfying(m -> assertThat(m).containsKey(MigrationVersion.fromVersion("99")));
  }

  @Test
  void aRecordedMigrationWithoutItsFileGoesToFlyway() throws IOException {
    Flyway flyway = copiedAndApplied();
    Files.delete(work.resolve("sql/V22__menu_digest.sql"));

    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();
  }

  @Test
  void aFailedRowInTheHistoryGoesToFlyway() throws IOException, SQLException {
    Flyway flyway = copiedAndApplied();
    execute(flyway, "UPDATE flyway_schema_history SET success = 0 WHERE version = '22'");

    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();
  }

  @Test
  void aChangedDescriptionInTheHistoryGoesToFlyway() throws IOException, SQLException {
    Flyway flyway = copiedAndApplied();
    execute(flyway, "UPDATE flyway_schema_history SET description = 'x' WHERE version = '4'");

    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();
  }

  @Test
  void aFileThatIsNotAVersionedMigrationOrOneInASubfolderGoesToFlyway() throws IOException {
    Flyway flyway = copiedAndApplied();
    Files.writeString(work.resolve("sql/R__view.sql"), "SELECT 1;\n");
    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();

    Files.delete(work.resolve("sql/R__view.sql"));
    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isPresent();

    Files.createDirectories(work.resolve("sql/more"));
    Files.move(
        work.resolve("sql/V22__menu_digest.sql"), work.resolve("sql/more/V22__menu_digest.sql"));
    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isEmpty();
  }

  @Test
  void flywayChecksumsOfLineEndingsAndAByteOrderMarkAreMatched() throws IOException {
    Files.createDirectories(work.resolve("sql"));
    Files.writeString(
        work.resolve("sql/V1__crlf_and_bom.sql"),
        "\uFEFF-- Đơn vị, khen thưởng\r\nCREATE TABLE a (id INTEGER);\r\n\r\nCREATE TABLE b (id"
            + " INTEGER);");
    Flyway flyway =
        Flyway.configure()
            .dataSource(sqlite("bom.db"))
            .locations("filesystem:" + work.resolve("sql"))
            .load();
    flyway.migrate();

    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isPresent();
  }

  @Test
  void settingsOtherThanTheBotsGoToFlyway() throws IOException {
    copiedAndApplied();
    Flyway another =
        Flyway.configure()
            .dataSource(sqlite("copied.db"))
            .locations("filesystem:" + work.resolve("sql"))
            .sqlMigrationPrefix("M")
            .load();

    assertThat(SchemaCheck.upToDate(another.getConfiguration())).isEmpty();
  }

  /** The bundled SQLite migrations copied to a folder, and applied from it. */
  private Flyway copiedAndApplied() throws IOException {
    Path sql = Files.createDirectories(work.resolve("sql"));
    try (Stream<Path> files = Files.list(Path.of("migrations"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Files.copy(f, sql.resolve(f.getFileName()));
      }
    }
    Flyway flyway =
        Flyway.configure().dataSource(sqlite("copied.db")).locations("filesystem:" + sql).load();
    flyway.migrate();
    assertThat(SchemaCheck.upToDate(flyway.getConfiguration())).isPresent();
    return flyway;
  }

  private DataSource sqlite(String name) {
    SQLiteDataSource file = new SQLiteDataSource();
    file.setUrl("jdbc:sqlite:" + work.resolve(name));
    return file;
  }

  private static void execute(Flyway flyway, String sql) throws SQLException {
    try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
