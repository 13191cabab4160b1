package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.SON;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;

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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.move.MoveCommandLine;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * {@code migrate-to} as an operator moves a department (needs the suite's PostgreSQL server): a
 * department on SQLite with a nomination's evidence file, a division plan, a secret ballot, a
 * decision and its documents. While its ballot is open the move is refused (exit 1), as it is while
 * the bot runs on the folder (exit 2); once the ballot is closed and decided and the bot stopped,
 * it moves into a fresh database (exit 0; a second time: not empty, exit 1); the bot started on
 * PostgreSQL then shows the same {@code /status}, {@code /report}, {@code /exemplars} and website
 * export, and every file of the folder is in the database with the same SHA-256.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrateToTests {

  @TempDir static Path work;
  static BotHarness bot;
  static PublicationSteps publication;
  static NominationSteps steps;
  static String target;
  static final Map<String, Object> onSqlite = new TreeMap<>();

  @BeforeAll
  static void start() {
    assumeTrue(TestDatabase.postgres(), "needs EXEMPLAR_TEST_DATABASE_URL (.ci/postgres start)");
    bot = BotHarness.prepare(work).property("exemplar.database.url", "");
    PublicationSteps.autoNumbering(bot.configDir());
    bot.start();
    publication = new PublicationSteps(bot);
    steps = publication.steps();
    target = TestDatabase.create();
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.close();
      TestDatabase.drop(target);
    }
  }

  @Test
  @Order(1)
  void whileABallotIsOpenOrTheBotRunsTheDepartmentStaysWhereItIs() throws SQLException {
    nominatedWithEvidence();
    publication.ballot().endorsedCollective("Thanh tra Sở", 2);
    planFiled();
    publication.ballot().appraised(1);
    publication.ballot().appraised(2);
    publication.ballot().open(1);

    Run running = migrateTo();
    assertThat(running.code()).as(running.out()).isEqualTo(MoveCommandLine.IN_USE);
    assertThat(running.out()).contains("đang được một bot đang chạy giữ", bot.dataDir().toString());
    bot.stop();
    Run open = migrateTo();
    assertThat(open.code()).as(open.out()).isEqualTo(MoveCommandLine.REFUSED);
    assertThat(open.out()).contains("Phiếu bầu kín số 1 đang mở", "Secret ballot no. 1 is open");
    assertThat(tablesOf(target)).isZero();
    bot.start();
  }

  @Test
  @Order(2)
  void theBallotClosesAndTheDirectorDecides() {
    for (int code = 1; code <= 2; code++) {
      for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
        publication.ballot().vote(steps.registered(member), "N-" + code, "Đồng ý");
      }
    }
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
    assertThat(publication.approved("N-1", "N-2")).startsWith("1/QĐ-SNgV");
    ExportChecks export = new ExportChecks(bot);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(export.file("index.html")).contains("Đỗ Thị Hương"));
    whatPeopleSee(onSqlite);
    assertThat(onSqlite).hasSizeGreaterThan(8);
  }

  @Test
  @Order(3)
  void movedToPostgresTheBotShowsTheSameAndKeepsEveryFile() throws Exception {
    bot.stop();
    Run moved = migrateTo();
    assertThat(moved.code()).as(moved.out()).isEqualTo(MoveCommandLine.DONE);
    assertThat(moved.out()).contains("Đã chuyển sang", "Moved into", "  ballot 1", "  decision 1");
    try (Connection sqlite = sqlite();
        Connection pg = DriverManager.getConnection(target)) {
      for (String table : sqliteTables(sqlite)) {
        if (!table.startsWith("stored_file")) { // empty on SQLite: the files go there (below)
          assertThat(count(pg, table)).as(table).isEqualTo(count(sqlite, table));
          assertThat(moved.out()).contains("  " + table + " " + count(sqlite, table) + "\n");
        }
      }
      Map<String, String> files = folderFiles();
      assertThat(files.keySet())
          .anyMatch(p -> p.startsWith("dossiers/1/"))
          .anyMatch(p -> p.startsWith("plans/2026/HTQT/"))
          .anyMatch(p -> p.startsWith("ballots/1/"))
          .anyMatch(p -> p.startsWith("decisions/1/") && p.endsWith(".pdf"))
          .noneMatch(p -> p.startsWith("site/"));
      assertThat(storedFiles(pg)).isEqualTo(files);
    }
    Run again = migrateTo();
    assertThat(again.code()).as(again.out()).isEqualTo(MoveCommandLine.REFUSED);
    assertThat(again.out()).contains("không trống", "is not empty");

    deleteTree(bot.dataDir().resolve("site")); // a cache: the bot on PostgreSQL writes it again
    bot.property("exemplar.database.url", target).start();
    assertThat(bot.bean(javax.sql.DataSource.class).getConnection().getMetaData().getURL())
        .startsWith("jdbc:postgresql:");
    ExportChecks export = new ExportChecks(bot);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> Files.exists(export.site().resolve("index.html")));
    Map<String, Object> onPostgres = new TreeMap<>(onSqlite);
    whatPeopleSee(onPostgres);
    assertThat(onPostgres).isEqualTo(onSqlite);
  }

  /**
   * /status, /report, /exemplars and the website export, as texts: kept from the bot on SQLite,
   * each compared with it at once on PostgreSQL (so a difference names what differs first).
   */
  private static void whatPeopleSee(Map<String, Object> seen) {
    EmulatedUser lan = steps.registered(LAN);
    see(seen, "/status", () -> bot.exchange(lan, "/status", "Chu kỳ thi đua năm 2026").text());
    ReportWorkbook report = report(lan);
    see(seen, "/report sheets", report::sheetNames);
    for (String sheet : report.sheetNames()) {
      see(seen, "/report " + sheet, () -> report.rows(sheet));
    }
    EmulatedUser son = steps.registered(SON);
    see(
        seen,
        "/exemplars",
        () -> bot.exchange(son, "/exemplars", "Điển hình tiên tiến năm").text());
    ExportChecks export = new ExportChecks(bot);
    for (String file :
        List.of("index.html", "exemplars-2026.html", "exemplars.json", "exemplars.atom")) {
      see(seen, "site/" + file, () -> export.file(file));
    }
    see(seen, "GET /exemplars", () -> export.get("/exemplars").body());
  }

  private static void see(Map<String, Object> seen, String what, Supplier<Object> now) {
    Object value = now.get();
    if (seen.containsKey(what)) {
      assertThat(value).as(what).isEqualTo(seen.get(what));
    } else {
      seen.put(what, value);
    }
  }

  private static ReportWorkbook report(EmulatedUser user) {
    long before = user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
    user.send("/report");
    ChatMessage document =
        bot.emulator()
            .awaitBotMessage(
                user.chatId(),
                m -> "Bao-cao-thi-dua-2026.xlsx".equals(m.documentName()) && m.messageId() > before,
                Duration.ofSeconds(20));
    return new ReportWorkbook(document.documentBytes());
  }

  /** N-1, a person of HTQT, with an evidence file of two chunks, endorsed by the head. */
  private static void nominatedWithEvidence() {
    EmulatedUser son = steps.registered(SON);
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8");
    step = steps.press(son, step, "Cá nhân", "thuộc phòng nào");
    step = steps.press(son, step, "Phòng Hợp tác quốc tế", "Chọn người");
    step = steps.press(son, step, "Đỗ Thị Hương", "Bước 3/8");
    steps.press(son, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(son, "Chủ trì số hoá hồ sơ lãnh sự", "Tiêu chuẩn 1/4");
    bot.exchange(son, "Trả lời 1", "Tiêu chuẩn 2/4");
    bot.exchange(son, "Trả lời 2", "Tiêu chuẩn 3/4");
    bot.exchange(son, "Trả lời 3", "Tiêu chuẩn 4/4");
    bot.exchange(son, "Trả lời 4", "Bước 6/8");
    byte[] evidence = new byte[300_000];
    new Random(14).nextBytes(evidence);
    son.sendDocument("bang-khen.pdf", "application/pdf", evidence);
    ChatMessage files = bot.awaitText(son, "Bước 6/8", "Đã nhận 1 tệp");
    ChatMessage factor = steps.press(son, files, "Xong", "Bước 7/8");
    ChatMessage summary = steps.press(son, factor, "Không", "Bước 8/8");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-1");
    EmulatedUser an = steps.registered(AN);
    ChatMessage card = bot.awaitText(an, "Đề cử N-1 chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(an, card, "Giới thiệu", "Giới thiệu đề cử N-1");
    steps.press(an, confirm, "Xác nhận", "Đã giới thiệu đề cử N-1");
  }

  private static void planFiled() {
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/plan", "Gửi kế hoạch năm 2026 của Phòng Hợp tác quốc tế");
    an.sendDocument(
        "ke-hoach-htqt.pdf",
        "application/pdf",
        "%PDF-1.4 kế hoạch".getBytes(StandardCharsets.UTF_8));
    ChatMessage confirm = bot.awaitText(an, "Kế hoạch năm 2026 của Phòng Hợp tác quốc tế", "tệp");
    steps.press(an, confirm, "Xác nhận", "Đã nộp kế hoạch năm 2026");
  }

  record Run(int code, String out) {}

  /** {@code migrate-to} through its entry point, on the bot's folder, into the target. */
  private static Run migrateTo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        MoveCommandLine.run(
            new String[] {"migrate-to", "--data-dir", bot.dataDir().toString()},
            Map.of("EXEMPLAR_DATABASE_URL", target),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  /** The files a move takes, by path relative to the data folder, with their SHA-256. */
  private static Map<String, String> folderFiles() throws Exception {
    Path data = bot.dataDir();
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(data)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        String path = data.relativize(file).toString().replace('\\', '/');
        if (path.contains("/") && !path.startsWith("site/") && !path.startsWith("backups/")) {
          files.put(path, sha256(file));
        }
      }
    }
    return files;
  }

  private static Map<String, String> storedFiles(Connection pg) throws SQLException {
    Map<String, String> files = new TreeMap<>();
    try (Statement s = pg.createStatement();
        ResultSet rs = s.executeQuery("SELECT path, sha256 FROM stored_file")) {
      while (rs.next()) {
        files.put(rs.getString(1), rs.getString(2));
      }
    }
    return files;
  }

  private static Connection sqlite() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + bot.dataDir().resolve("exemplar.db"));
  }

  private static List<String> sqliteTables(Connection c) throws SQLException {
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

  private static long tablesOf(String url) throws SQLException {
    try (Connection pg = DriverManager.getConnection(url)) {
      return count(pg, "pg_tables WHERE schemaname = current_schema()");
    }
  }

  private static long count(Connection c, String from) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(file)) {
      in.transferTo(
          new java.io.OutputStream() {
            @Override
            public void write(int b) {
              sha.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              sha.update(b, off, len);
            }
          });
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
