package vn.exemplarbot.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.exemplarbot.move.MoveCommandLineTests.env;
import static vn.exemplarbot.move.MoveCommandLineTests.migrateTo;
import static vn.exemplarbot.move.MoveCommandLineTests.sha256;
import static vn.exemplarbot.move.MoveCommandLineTests.sqliteTables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.e2e.TestDatabase;
import vn.exemplarbot.move.MoveCommandLineTests.Run;

/**
 * {@code migrate-to} into a fresh database of the suite's PostgreSQL server (skipped without one):
 * rows of every kind across batches, files in chunks, the identity sequences moved on, a second run
 * refused, and a value that would not copy intact caught by its checksum and rolled back.
 */
class MoveIntoPostgresTests {

  @TempDir Path work;
  String target;
  Path data;

  @BeforeEach
  void department() {
    assumeTrue(TestDatabase.postgres(), "needs EXEMPLAR_TEST_DATABASE_URL (.ci/postgres start)");
    target = TestDatabase.create();
    MoveCommandLineTests source = new MoveCommandLineTests();
    source.work = work;
    data = source.department(null);
  }

  @AfterEach
  void drop() {
    if (target != null) {
      TestDatabase.drop(target);
    }
  }

  @Test
  void rowsAndFilesMoveCheckedAndNumbersContinueAfterThem() throws Exception {
    fill(data);
    byte[] big = new byte[2 * FileCopy.CHUNK + 1234];
    new Random(7).nextBytes(big);
    write("decisions/2/quyet-dinh-2.pdf", big);
    write("dossiers/1/1-bằng khen.pdf", "%PDF-1.4 bằng khen".getBytes(StandardCharsets.UTF_8));
    write("reports/2026/empty.xlsx", new byte[0]);
    for (String left :
        new String[] {
          "site/index.html",
          "backups/a.tar.gz",
          "sandbox/x",
          "before-restore-20260101-000000/exemplar.db",
          "plans/v1.pdf.part",
          "exemplar.db-wal"
        }) {
      write(left, new byte[] {1});
    }
    String before = sha256(data.resolve("exemplar.db"));

    Run run = migrateTo(env(data, target));
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out()).contains("Đã chuyển sang", "3 tệp", "Moved into", "outbox 1201");
    assertThat(sha256(data.resolve("exemplar.db"))).isEqualTo(before);
    try (Connection sqlite = sqlite();
        Connection pg = DriverManager.getConnection(target)) {
      for (String table : sqliteTables(sqlite)) {
        if (!table.startsWith("stored_file")) {
          assertThat(count(pg, table)).as(table).isEqualTo(count(sqlite, table));
          assertThat(run.out()).contains("  " + table + " " + count(sqlite, table));
        }
      }
      assertThat(storedFiles(pg))
          .containsExactly(
              Map.entry(
                  "decisions/2/quyet-dinh-2.pdf",
                  sha256(data.resolve("decisions/2/quyet-dinh-2.pdf")) + " 3"),
              Map.entry(
                  "dossiers/1/1-bằng khen.pdf",
                  sha256(data.resolve("dossiers/1/1-bằng khen.pdf")) + " 1"),
              Map.entry(
                  "reports/2026/empty.xlsx",
                  sha256(data.resolve("reports/2026/empty.xlsx")) + " 0"));
      assertThat(text(pg, "SELECT payload FROM outbox WHERE id = 7"))
          .isEqualTo("Chúc mừng 🎉 «Đạt»");
      assertThat(text(pg, "SELECT payload FROM outbox WHERE id = 8")).isNull();
      assertThat(text(pg, "SELECT count(*) FROM backup_state")).isEqualTo("1");
      assertThat(text(pg, "SELECT last_file FROM backup_state")).isEqualTo("b.tar.gz");
      assertThat(
              text(
                  pg,
                  "INSERT INTO outbox (chat_id, method, status, next_attempt_at, created_at)"
                      + " VALUES (1, 'sendMessage', 'pending', 0, 0) RETURNING id"))
          .isEqualTo("1202");
    }

    Run again = migrateTo(env(data, target));
    assertThat(again.code()).as(again.out()).isEqualTo(1);
    assertThat(again.out()).contains("không trống", "is not empty", "outbox 1202");
  }

  @Test
  void aValueThatWouldNotCopyIntactRollsTheMoveBackAndTheTargetStaysEmpty() throws Exception {
    fill(data);
    write("dossiers/1/a.pdf", new byte[] {1, 2, 3});
    execute("UPDATE outbox SET attempts = 1.5 WHERE id = 9");
    Run run = migrateTo(env(data, target));
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("Bảng outbox", "tổng kiểm tra", "Đã hoàn tác", "Undone");
    try (Connection pg = DriverManager.getConnection(target)) {
      assertThat(text(pg, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"))
          .isEqualTo("0");
    }

    execute("UPDATE outbox SET attempts = 2 WHERE id = 9");
    Run fixed = migrateTo(env(data, target));
    assertThat(fixed.code()).as(fixed.out()).isZero();
  }

  /** Rows across several batches, text in Vietnamese and beyond, NULLs, a closed ballot. */
  private void fill(Path data) throws SQLException {
    try (Connection c = sqlite()) {
      c.setAutoCommit(false);
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO outbox (id, chat_id, method, payload, status, next_attempt_at,"
                  + " created_at) VALUES (?, ?, 'sendMessage', ?, 'sent', ?, ?)")) {
        for (int id = 1; id <= 1201; id++) {
          p.setInt(1, id);
          p.setLong(2, 5_000_000_000L + id);
          p.setString(3, id == 7 ? "Chúc mừng 🎉 «Đạt»" : id == 8 ? null : "m" + id);
          p.setLong(4, 1_790_000_000_000L);
          p.setLong(5, 1_790_000_000_000L + id);
          p.addBatch();
        }
        p.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO ballot (id, cycle_year, state, opened_by, opened_at, closes_at, rules,"
                + " seal) VALUES (4, 2026, 'closed', 'lan', 1, 2, '{\"q\":\"2/3\"}', 'abc')");
        s.execute(
            "INSERT INTO ballot_box (ballot_id, nomination_id, receipt, choice, salt)"
                + " VALUES (4, 1, 'R1', 'A', 's'), (4, 1, 'R2', 'D', 't')");
        s.execute("UPDATE backup_state SET last_file = 'b.tar.gz', last_size = 10 WHERE id = 1");
        s.execute(
            "INSERT INTO audit_entry (id, at, actor, action) VALUES (41, 1, 'x', 'a'),"
                + " (42, 2, 'y', 'b')");
      }
      c.commit();
    }
  }

  private void write(String relative, byte[] bytes) throws IOException {
    Path file = data.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = sqlite();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private Connection sqlite() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exemplar.db"));
  }

  private static Map<String, String> storedFiles(Connection pg) throws SQLException {
    Map<String, String> files = new TreeMap<>();
    try (Statement s = pg.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT f.path, f.sha256, (SELECT count(*) FROM stored_file_chunk c"
                    + " WHERE c.path = f.path) FROM stored_file f")) {
      while (rs.next()) {
        files.put(rs.getString(1), rs.getString(2) + " " + rs.getLong(3));
      }
    }
    return files;
  }

  private static long count(Connection c, String table) throws SQLException {
    return Long.parseLong(text(c, "SELECT count(*) FROM " + table));
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
