package vn.exemplarbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteDataSource;
import vn.exemplarbot.e2e.TestDatabase;

/**
 * {@link DataFiles} on the real databases: on PostgreSQL (only when {@code
 * EXEMPLAR_TEST_DATABASE_URL} names a server) files go into {@code stored_file} in chunks of 256
 * KiB and come back byte for byte into a lost cache; on SQLite nothing is written to the database.
 */
class DataFilesTests {

  @TempDir Path work;
  String database;
  JdbcClient jdbc;
  DataSourceTransactionManager transactions;

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      TestDatabase.drop(database);
    }
  }

  /** Files in a data folder, on a fresh PostgreSQL database with the migrations. */
  DataFiles onPostgresql() {
    assumeTrue(TestDatabase.postgres(), "EXEMPLAR_TEST_DATABASE_URL is not set");
    database = TestDatabase.create();
    return files(new DriverManagerDataSource(database), "postgresql", database);
  }

  DataFiles onSqlite() {
    SQLiteDataSource file = new SQLiteDataSource();
    file.setUrl("jdbc:sqlite:" + work.resolve("exemplar.db"));
    return files(file, "sqlite", "");
  }

  DataFiles files(DataSource data, String vendor, String url) {
    Flyway.configure()
        .dataSource(data)
        .locations("classpath:db/migration/" + vendor)
        .load()
        .migrate();
    jdbc = JdbcClient.create(data);
    transactions = new DataSourceTransactionManager(data);
    FileChunks chunks = new FileChunks(jdbc, transactions, Clock.systemUTC());
    MockEnvironment environment = new MockEnvironment().withProperty(Database.URL, url);
    return new DataFiles(work.resolve("data"), environment, chunks);
  }

  @Test
  void twentyMegabytesGoInChunksOfExactly256KibAndComeBackIntoALostCacheTheSame()
      throws IOException {
    DataFiles files = onPostgresql();
    Path file = work.resolve("data/dossiers/7/1-video.mp4");
    long size = 20L * 1024 * 1024 + 12_345;
    String written = generate(file, size, 7);

    files.keep(file);

    assertThat(row("dossiers/7/1-video.mp4")).containsExactly(size, written);
    long chunks = (size + 262_143) / 262_144;
    assertThat(count("SELECT count(*) FROM stored_file_chunk")).isEqualTo(chunks);
    assertThat(count("SELECT count(*) FROM stored_file_chunk WHERE octet_length(bytes) = 262144"))
        .isEqualTo(chunks - 1);
    assertThat(count("SELECT max(seq) FROM stored_file_chunk")).isEqualTo(chunks - 1);

    Files.delete(file);
    Path back = files.local("dossiers/7/1-video.mp4");
    assertThat(back).isEqualTo(file.toAbsolutePath());
    assertThat(Files.size(back)).isEqualTo(size);
    assertThat(sha256(back)).isEqualTo(written);
    assertThat(parts()).isEmpty();
  }

  @Test
  void aCopyOfAnotherSizeIsFetchedAgainAndOneOfTheSameSizeIsLeftAlone() throws IOException {
    DataFiles files = onPostgresql();
    Path file = work.resolve("data/plans/2026/HTQT/v1-ke-hoach.pdf");
    String kept = generate(file, 300_000, 1);
    files.keep(file);

    Files.writeString(file, "cut short");
    assertThat(sha256(files.local(file))).isEqualTo(kept);

    byte[] sameSize = new byte[300_000];
    Files.write(file, sameSize);
    assertThat(Files.readAllBytes(files.local("plans/2026/HTQT/v1-ke-hoach.pdf")))
        .isEqualTo(sameSize);
    assertThat(parts()).isEmpty();
  }

  @Test
  void keepingAgainReplacesTheContentAndAnEmptyFileHasNoChunk() throws IOException {
    DataFiles files = onPostgresql();
    Path file = work.resolve("data/reports/2026/bao-cao.xlsx");
    generate(file, 600_000, 2);
    files.keep(file);
    Files.write(file, new byte[0]);

    files.keep(file);

    assertThat(row("reports/2026/bao-cao.xlsx"))
        .containsExactly(0L, HexFormat.of().formatHex(sha().digest()));
    assertThat(count("SELECT count(*) FROM stored_file_chunk")).isZero();
    Files.delete(file);
    assertThat(Files.size(files.local("reports/2026/bao-cao.xlsx"))).isZero();
  }

  @Test
  void keepTakesPartInTheCurrentTransaction() throws IOException {
    DataFiles files = onPostgresql();
    Path file = work.resolve("data/ballots/3/bien-ban.pdf");
    generate(file, 1000, 3);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              files.keep(file);
              assertThat(count("SELECT count(*) FROM stored_file")).isOne();
              status.setRollbackOnly();
            });

    assertThat(count("SELECT count(*) FROM stored_file")).isZero();
    assertThat(count("SELECT count(*) FROM stored_file_chunk")).isZero();
  }

  @Test
  void deletingAFolderTakesOnlyWhatIsUnderIt() throws IOException {
    DataFiles files = onPostgresql();
    for (String path :
        List.of("dossiers/12/1-a.pdf", "dossiers/12/2-b_c.pdf", "dossiers/123/1-x.pdf")) {
      Path file = work.resolve("data").resolve(path);
      generate(file, 10, 4);
      files.keep(file);
    }
    files.delete("dossiers/123/1-x.pdf");
    assertThat(files.exists("dossiers/123/1-x.pdf")).isFalse();
    generate(work.resolve("data/dossiers/123/1-x.pdf"), 10, 4);
    files.keep(work.resolve("data/dossiers/123/1-x.pdf"));

    files.deleteUnder("dossiers/12/");

    assertThat(jdbc.sql("SELECT path FROM stored_file").query(String.class).list())
        .containsExactly("dossiers/123/1-x.pdf");
    assertThat(work.resolve("data/dossiers/12")).doesNotExist();
    assertThat(work.resolve("data/dossiers/123/1-x.pdf")).exists();
    assertThat(files.exists("dossiers/12/1-a.pdf")).isFalse();
  }

  @Test
  void aFileOnlyInTheDatabaseExists() throws IOException {
    DataFiles files = onPostgresql();
    Path file = work.resolve("data/decisions/4/ban-ky-4.pdf");
    generate(file, 10, 5);
    files.keep(file);
    Files.delete(file);
    assertThat(files.exists("decisions/4/ban-ky-4.pdf")).isTrue();
    assertThat(files.exists("decisions/4/ban-ky-4-2.pdf")).isFalse();
  }

  @Test
  void onSqliteTheFilesStayInTheFolderAndNoRowIsWritten() throws IOException {
    DataFiles files = onSqlite();
    Path file = work.resolve("data/dossiers/1/1-a.pdf");
    generate(file, 300_000, 6);

    files.keep(file);

    assertThat(count("SELECT count(*) FROM stored_file")).isZero();
    assertThat(files.local("dossiers/1/1-a.pdf")).isEqualTo(file.toAbsolutePath());
    assertThat(files.exists("dossiers/1/1-a.pdf")).isTrue();
    files.deleteUnder("dossiers/1/");
    assertThat(file).doesNotExist();
  }

  @Test
  void pathsThatLeaveTheDataFolderAreRefused() {
    DataFiles files = onSqlite();
    for (String bad :
        List.of("", "/etc/passwd", "../exemplar.db", "a/../../b", "a//b", "./a", "a\\b", "a/..")) {
      assertThatThrownBy(() -> files.local(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> files.keep(work.resolve("elsewhere.pdf")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.deleteUnder("dossiers/1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> files.deleteUnder("../")).isInstanceOf(IllegalArgumentException.class);
  }

  List<Object> row(String path) {
    return jdbc.sql("SELECT size, sha256 FROM stored_file WHERE path = :path")
        .param("path", path)
        .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2)))
        .single();
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  List<Path> parts() throws IOException {
    try (Stream<Path> all = Files.walk(work.resolve("data"))) {
      return all.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  /** Writes {@code size} pseudo-random bytes 64 KiB at a time; returns their SHA-256. */
  static String generate(Path file, long size, long seed) throws IOException {
    Files.createDirectories(file.getParent());
    Random random = new Random(seed);
    MessageDigest sha = sha();
    byte[] buffer = new byte[65_536];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
      for (long left = size; left > 0; left -= buffer.length) {
        random.nextBytes(buffer);
        out.write(buffer, 0, (int) Math.min(left, buffer.length));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static String sha256(Path file) throws IOException {
    MessageDigest sha = sha();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha() {
    return FileChunks.sha256();
  }
}
