package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The threat of the secrecy section: someone later holds a copy of the database file with its
 * write-ahead log, or the logs. After each vote (once its messages are settled) the test copies the
 * {@code .db} and {@code -wal} files, reads every table of the copy and scans the raw bytes of both
 * files and the captured logs; it fails if a copy links a member (id, Telegram id, username, name)
 * to a choice or a receipt by content, by the order of voter rows against box rows, or by size.
 */
@ExtendWith(OutputCaptureExtension.class)
@SqliteOnly("the box's secrecy rests on SQLite's files; on PostgreSQL it comes with issue 15")
class BallotSecrecyTests {

  private static final Pattern CHOICE_DATA = Pattern.compile("vote:(ok|p):\\d+:\\d+:[ADN]");
  private static final List<String> CHOICE_TEXTS =
      List.of("bạn chọn «", "Mã phiếu", "you chose «", "Your receipt");

  @TempDir Path work;
  BotHarness bot;
  final List<String> receipts = new ArrayList<>();
  final Map<Long, List<Long>> lowestEmptyFilled = new HashMap<>();
  int fills;
  int lowestFills;
  List<Long> boxRowids;
  List<Long> voterRowids;

  @Test
  void noCopyOfTheDatabaseOrTheLogsLinksAMemberToAChoiceOrAReceipt(CapturedOutput logs)
      throws Exception {
    bot = BotHarness.prepare(work);
    BallotSteps.councilRules(bot.configDir());
    bot.start();
    try {
      castAndInspect(logs);
    } finally {
      bot.close();
    }
  }

  private void castAndInspect(CapturedOutput logs) throws Exception {
    BallotSteps ballot = new BallotSteps(bot);
    ballot.endorsedCollective("Thanh tra Sở", 1);
    ballot.endorsedPerson("Đỗ Thị Hương", 2, AN);
    ballot.appraised(1);
    ballot.appraised(2);
    List<EmulatedUser> voters = new ArrayList<>();
    for (long id : List.of(BINH, TUAN, LAN, AN, DUC, THANG)) {
      voters.add(ballot.steps().registered(id));
    }
    ballot.open(1);
    String[] labels = {"Đồng ý", "Không đồng ý", "Không ý kiến"};
    int n = 0;
    for (String code : List.of("N-1", "N-2")) {
      for (EmulatedUser voter : voters) {
        receipts.add(ballot.vote(voter, code, labels[n++ % 3]));
        inspect(settledCopy(n), logs.getAll());
      }
    }
    assertThat(fills).isEqualTo(12);
    // Filling the first (or the last) empty row would give the order away: the pick is random.
    assertThat(lowestFills).isLessThan(fills);
    theMinutesGiveNoChoiceAway(ballot);
  }

  /**
   * Whoever holds the minutes (receipts, counts, seal) tries every assignment of choices to the
   * receipts that matches the counts: none hashes to the seal, since each row's salt stays in the
   * box. ({@link SealAttackTests} shows the same attack reading every choice off an unsalted seal.)
   */
  private void theMinutesGiveNoChoiceAway(BallotSteps ballot) {
    EmulatedUser lan = ballot.steps().registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    ballot.steps().press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
    SealAttack.failsOn(bot.bean(BallotRows.class).facts(1).orElseThrow());
    assertThat(bot.exchange(lan, "/ballot_audit", "Phiếu bầu số 1").text())
        .contains("KHỚP với biên bản")
        .doesNotContain("KHÔNG KHỚP", "niêm phong theo cách cũ");
  }

  /** A copy of the .db and -wal files once the vote's messages are settled and the log emptied. */
  private Path settledCopy(int n) {
    Path dir = work.resolve("copy-" + n);
    return await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> copy(dir), this::settled);
  }

  private Path copy(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path db = bot.dataDir().resolve("exemplar.db");
    Path wal = bot.dataDir().resolve("exemplar.db-wal");
    Files.copy(db, dir.resolve("raw.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(dir.resolve("raw.db-wal"));
    if (Files.exists(wal)) {
      Files.copy(wal, dir.resolve("raw.db-wal"));
    }
    Files.copy(
        dir.resolve("raw.db"),
        dir.resolve("read.db"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(dir.resolve("read.db-wal"));
    if (Files.exists(dir.resolve("raw.db-wal"))) {
      Files.copy(dir.resolve("raw.db-wal"), dir.resolve("read.db-wal"));
    }
    return dir;
  }

  /** No ephemeral message left in the outbox and the write-ahead log emptied by the checkpoint. */
  private boolean settled(Path dir) {
    Path wal = dir.resolve("raw.db-wal");
    try (Connection c = open(dir);
        Statement s = c.createStatement()) {
      if (Files.exists(wal) && Files.size(wal) > 0) {
        return false;
      }
      ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox WHERE ephemeral = 1");
      return rs.next() && rs.getInt(1) == 0;
    } catch (IOException | SQLException e) {
      return false;
    }
  }

  private static Connection open(Path dir) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("read.db"));
  }

  private void inspect(Path dir, String logs) throws Exception {
    List<String> members = memberIdentifiers();
    try (Connection c = open(dir)) {
      for (String row : everyRow(c)) {
        assertThat(CHOICE_DATA.matcher(row).find())
            .as("a choice in button data: %s", row)
            .isFalse();
        assertThat(CHOICE_TEXTS).noneMatch(row::contains);
        if (receipts.stream().anyMatch(row::contains)) {
          assertThat(members).as("a member beside a receipt: %s", row).noneMatch(row::contains);
        }
      }
      orderAndSize(c);
    }
    for (String file : List.of("raw.db", "raw.db-wal")) {
      Path path = dir.resolve(file);
      String bytes =
          Files.exists(path)
              ? new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)
              : "";

      assertThat(CHOICE_DATA.matcher(bytes).find()).as("choice data in %s", file).isFalse();
      for (String text : CHOICE_TEXTS) {
        assertThat(bytes)
            .doesNotContain(
                new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      }
      for (String receipt : receipts) {
        // Once in its box row, once in the index that keeps receipts unique; nowhere else.
        assertThat(occurrences(bytes, receipt))
            .as("%s in %s", receipt, file)
            .isLessThanOrEqualTo(2);
      }
    }
    assertThat(receipts).noneMatch(logs::contains);
    assertThat(CHOICE_DATA.matcher(logs).find()).isFalse();
  }

  /**
   * The voter list and the box keep their rows from the opening; choices and marks are one size.
   */
  private void orderAndSize(Connection c) throws SQLException {
    List<Long> box = longs(c, "SELECT rowid FROM ballot_box ORDER BY rowid");
    List<Long> voter = longs(c, "SELECT rowid FROM ballot_voter ORDER BY rowid");
    if (boxRowids == null) {
      boxRowids = box;
      voterRowids = voter;
    }
    assertThat(box).isEqualTo(boxRowids);
    assertThat(voter).isEqualTo(voterRowids);
    assertThat(longs(c, "SELECT DISTINCT length(choice) FROM ballot_box")).containsExactly(1L);
    assertThat(strings(c, "SELECT DISTINCT typeof(choice) FROM ballot_box"))
        .containsExactly("text");
    assertThat(strings(c, "SELECT DISTINCT typeof(voted) FROM ballot_voter"))
        .containsExactly("integer");
    for (String table : List.of("ballot_box", "ballot_voter")) {
      assertThat(strings(c, "SELECT name FROM pragma_table_info('" + table + "')"))
          .noneMatch(col -> col.endsWith("_at") || col.contains("time"));
    }
    trackFillOrder(c);
  }

  /** Whether each newly filled box row was the lowest empty one: a fixed order would be a link. */
  private void trackFillOrder(Connection c) throws SQLException {
    for (long nomination : longs(c, "SELECT DISTINCT nomination_id FROM ballot_box")) {
      List<Long> filled =
          longs(
              c,
              "SELECT rowid FROM ballot_box WHERE choice <> '-' AND nomination_id = " + nomination);
      List<Long> before = lowestEmptyFilled.getOrDefault(nomination, List.of());
      if (filled.size() == before.size() + 1) {
        fills++;
        long added = filled.stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
        long lowestEmpty =
            longs(c, "SELECT rowid FROM ballot_box WHERE nomination_id = " + nomination).stream()
                .filter(r -> !before.contains(r))
                .min(Long::compare)
                .orElseThrow();
        if (added == lowestEmpty) {
          lowestFills++;
        }
      }
      lowestEmptyFilled.put(nomination, filled);
    }
  }

  private List<String> memberIdentifiers() {
    List<String> ids = new ArrayList<>();
    for (Person p : bot.bean(Directory.class).roster().people()) {
      if (p.has(vn.exemplarbot.roster.Role.COUNCIL_MEMBER)) {
        ids.add(p.id());
        ids.add(p.name());
        if (p.telegramId() != null) {
          ids.add(String.valueOf(p.telegramId()));
        }
        if (p.telegramUsername() != null) {
          ids.add(p.telegramUsername());
        }
      }
    }
    return ids;
  }

  private static List<String> everyRow(Connection c) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder(table);
          for (int i = 1; i <= columns; i++) {
            row.append('|').append(rs.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  private static int occurrences(String haystack, String needle) {
    int count = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }

  private static List<Long> longs(Connection c, String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
