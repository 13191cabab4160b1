package vn.exemplarbot.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.storage.DataFolderLock;

/**
 * {@code migrate-to} on a real SQLite file and, where the suite has one, a real PostgreSQL server:
 * the refusals that leave everything as it was, the copy of rows and files with the sequences moved
 * on, and the checks that roll a bad copy back and leave the target empty again.
 */
class MoveCommandLineTests {

  @TempDir Path work;

  record Run(int code, String out) {}

  static Run migrateTo(Map<String, String> env, String... options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] args = new String[options.length + 1];
    args[0] = "migrate-to";
    System.arraycopy(options, 0, args, 1, options.length);
    int code = MoveCommandLine.run(args, env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  /** A data folder whose database Flyway brought to {@code version} (null: the newest). */
  Path department(String version) {
    Path data = work.resolve("data");
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    var flyway =
        Flyway.configure()
            .dataSource("jdbc:sqlite:" + data.resolve("exemplar.db"), null, null)
            .locations("classpath:db/migration/sqlite");
    if (version != null) {
      flyway.target(version);
    }
    flyway.load().migrate();
    return data;
  }

  static Map<String, String> env(Path data, String url) {
    Map<String, String> env = new HashMap<>();
    env.put("EXEMPLAR_DATA_DIR", data.toString());
    env.put("EXEMPLAR_DATABASE_URL", url);
    return env;
  }

  @Test
  void aPasswordOnTheCommandLineIsRefusedUnshownAndNothingIsDone() throws Exception {
    Path data = department(null);
    String before = sha256(data.resolve("exemplar.db"));
    Run run = migrateTo(env(data, "jdbc:postgresql://127.0.0.1:1/x"), "--password=s3cr3t-Pw");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out())
        .contains("Không nhận mật khẩu trên dòng lệnh", "EXEMPLAR_DATABASE_PASSWORD")
        .contains("A password is not taken on the command line")
        .doesNotContain("s3cr3t");
    assertThat(migrateTo(env(data, ""), "--db-password", "s3cr3t").out()).doesNotContain("s3cr3t");
    assertThat(sha256(data.resolve("exemplar.db"))).isEqualTo(before);
    assertThat(data.resolve(DataFolderLock.FILE)).doesNotExist();
  }

  @Test
  void usageMistakesAreRefusedWithTheFix() {
    Path data = department(null);
    Run noUrl = migrateTo(env(data, ""));
    assertThat(noUrl.code()).isEqualTo(3);
    assertThat(noUrl.out())
        .contains("EXEMPLAR_DATABASE_URL trống", "EXEMPLAR_DATABASE_URL is empty");
    Run mysql = migrateTo(env(data, "jdbc:mysql://u:pw@h/x"));
    assertThat(mysql.code()).isEqualTo(3);
    assertThat(mysql.out()).contains("không phải địa chỉ PostgreSQL").doesNotContain("pw@");
    assertThat(migrateTo(env(data, "jdbc:postgresql://h/x"), "--bogus").code()).isEqualTo(3);
    assertThat(migrateTo(env(data, "jdbc:postgresql://h/x"), "extra").code()).isEqualTo(3);
    assertThat(migrateTo(env(data, "jdbc:postgresql://h/x"), "--data-dir").code()).isEqualTo(3);
    Run nowhere =
        migrateTo(env(data, "jdbc:postgresql://h/x"), "--data-dir", work.resolve("no").toString());
    assertThat(nowhere.code()).isEqualTo(3);
    assertThat(nowhere.out())
        .contains("Không có cơ sở dữ liệu SQLite", work.resolve("no").toString());
  }

  @Test
  void theTargetComesFromTheEnvironmentFileAndAnUnreachableOneIsAnIoError() throws Exception {
    Path data = department(null);
    Path file = work.resolve("env");
    Files.writeString(
        file,
        "EXEMPLAR_DATABASE_URL=jdbc:postgresql://127.0.0.1:1/exemplar\n"
            + "EXEMPLAR_DATABASE_PASSWORD='pw-from-file'\n");
    Run run = migrateTo(Map.of(), "--env", file.toString(), "--data-dir", data.toString());
    assertThat(run.code()).as(run.out()).isEqualTo(3);
    assertThat(run.out())
        .contains("Thư mục dữ liệu: " + data, "Không kết nối được", "127.0.0.1:1/exemplar")
        .doesNotContain("pw-from-file");
  }

  @Test
  void aDatabaseAtAnOlderSchemaIsRefusedAndLeftUnread() throws Exception {
    Path data = department("17");
    String before = sha256(data.resolve("exemplar.db"));
    Run run = migrateTo(env(data, "jdbc:postgresql://127.0.0.1:1/x"));
    assertThat(run.code()).as(run.out()).isEqualTo(3);
    assertThat(run.out())
        .contains("lược đồ V17, cũ hơn lược đồ V22", "Khởi động bản bot này một lần trên SQLite")
        .contains("Start this version of the bot once on SQLite");
    assertThat(sha256(data.resolve("exemplar.db"))).isEqualTo(before);
  }

  @Test
  void aFolderWhoseLockIsHeldIsInUse() throws Exception {
    Path data = department(null);
    try (DataFolderLock held = DataFolderLock.tryAcquire(data).orElseThrow()) {
      Run run = migrateTo(env(data, "jdbc:postgresql://127.0.0.1:1/x"));
      assertThat(run.code()).as(run.out()).isEqualTo(2);
      assertThat(run.out()).contains("đang được một bot đang chạy giữ", "held by a running bot");
    }
  }

  @Test
  void anOpenBallotIsRefusedBeforeTheTargetIsTouched() throws Exception {
    Path data = department(null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exemplar.db"));
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO ballot (id, cycle_year, state, opened_by, opened_at, closes_at, rules)"
              + " VALUES (3, 2026, 'open', 'x', 0, 1, '{}')");
    }
    Run run = migrateTo(env(data, "jdbc:postgresql://127.0.0.1:1/x"));
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(run.out())
        .contains("Phiếu bầu kín số 3 đang mở", "/ballot_close", "Secret ballot no. 3 is open")
        .doesNotContain("Không kết nối được");
  }

  @Test
  void everyTableComesAfterTheTablesItRefersTo() throws Exception {
    Path data = department(null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exemplar.db"))) {
      List<String> order = SourceSchema.tables(c).stream().map(Table::name).toList();
      assertThat(order).containsExactlyInAnyOrderElementsOf(sqliteTables(c));
      assertThat(order.indexOf("ballot")).isLessThan(order.indexOf("ballot_box"));
      assertThat(order.indexOf("decision")).isLessThan(order.indexOf("certificate"));
      assertThat(order.indexOf("nomination")).isLessThan(order.indexOf("nomination_file"));
      assertThat(order.indexOf("stored_file")).isLessThan(order.indexOf("stored_file_chunk"));
    }
  }

  static List<String> sqliteTables(Connection c) throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  static String sha256(Path file) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
