package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.FaultPlan;
import vn.exemplarbot.sandbox.RecordedRequest;
import vn.exemplarbot.sandbox.UploadedFile;

/**
 * On PostgreSQL the data folder is only a cache (issue 14): a dossier's evidence, a division plan
 * and a report, all in the database, are served byte for byte by a bot restarted after the folder's
 * files were lost. Skipped on SQLite, whose files live only in the folder.
 */
class FilesInDatabaseTests {

  static final String HTQT = "Phòng Hợp tác quốc tế";
  static final long SON = 100011; // staff of HTQT
  static final long AN = 100009; // head of HTQT
  static final long LAN = 100004; // council secretary
  static final long MAI = 200106; // the office clerk, registered by username

  @TempDir static Path work;
  static BotHarness bot;
  static NominationSteps steps;

  @BeforeAll
  static void start() {
    if (TestDatabase.postgres()) {
      bot = BotHarness.started(work);
      steps = new NominationSteps(bot);
    }
  }

  /** Reported skipped, not silently absent, on SQLite. */
  @BeforeEach
  void onPostgresqlOnly() {
    Assumptions.assumeTrue(
        TestDatabase.postgres(), "files live in the database on PostgreSQL only");
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.close();
    }
  }

  @Test
  void everyFileIsServedFromTheDatabaseAfterTheCacheIsLost() throws IOException {
    EmulatedUser lan = steps.registered(LAN);
    byte[] evidence = bytes(700_000, 1); // three chunks
    byte[] plan = bytes(300_000, 2);
    nominateWith(steps.registered(SON), evidence);
    EmulatedUser an = steps.registered(AN);
    ChatMessage card = bot.awaitText(an, "chờ bạn giới thiệu");
    filePlan(an, plan);
    bot.awaitText(lan, HTQT + " đã được nộp");
    byte[] report = reportLeftUnsent(lan);

    Map<String, String> rows = storedRows();
    assertThat(rows.values())
        .containsExactlyInAnyOrder(sha256(evidence), sha256(plan), sha256(report));
    bot.stop();
    bot.emulator().faults(FaultPlan.none());
    for (String folder : List.of("dossiers", "plans", "reports")) {
      deleteTree(bot.dataDir().resolve(folder));
    }
    bot.start();

    // The report waiting in the outbox, the plan held for the clerk until she starts the bot, and
    // the dossier's file once Telegram has forgotten its id: each sent from the database.
    ChatMessage sentReport =
        awaitDocument(lan, "Bao-cao-thi-dua-2026.xlsx", "Báo cáo chu kỳ thi đua năm 2026", 0);
    assertThat(sentReport.documentBytes()).isEqualTo(report);
    EmulatedUser mai = bot.user(MAI, "dangthimai", "Mai");
    bot.exchange(mai, "/start", "Xin chào");
    assertThat(awaitDocument(mai, "ke-hoach.pdf", HTQT + " đã được nộp", 0).documentBytes())
        .isEqualTo(plan);
    bot.bean(JdbcClient.class)
        .sql("UPDATE nomination_file SET file_id = 'forgotten' WHERE file_name = 'minh-chung.pdf'")
        .update();
    long before = an.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
    an.press(card.messageId(), NominationSteps.button(card, "Xem hồ sơ").callbackData());
    ChatMessage dossier = awaitDocument(an, "minh-chung.pdf", "tệp 1/1: minh-chung.pdf", before);
    assertThat(dossier.documentBytes()).isEqualTo(evidence);

    // The emulator records a request once answered, just after the chat shows its message.
    await()
        .untilAsserted(
            () ->
                assertThat(uploadsAfterRestart())
                    .contains(sha256(evidence), sha256(plan), sha256(report)));
    assertThat(storedRows()).isEqualTo(rows);
    for (Map.Entry<String, String> row : rows.entrySet()) {
      Path cached = bot.dataDir().resolve(row.getKey());
      assertThat(sha256(Files.readAllBytes(cached))).as(row.getKey()).isEqualTo(row.getValue());
    }
    assertThat(bot.emulator().violations()).isEmpty();
  }

  private static void nominateWith(EmulatedUser son, byte[] evidence) {
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8");
    step = steps.press(son, step, "Cá nhân", "thuộc phòng nào");
    step = steps.press(son, step, HTQT, "Chọn người");
    step = steps.press(son, step, "Đỗ Thị Hương", "Bước 3/8");
    steps.press(son, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(son, "Chủ trì số hoá hồ sơ lãnh sự", "Tiêu chuẩn 1/4");
    bot.exchange(son, "Trả lời 1", "Tiêu chuẩn 2/4");
    bot.exchange(son, "Trả lời 2", "Tiêu chuẩn 3/4");
    bot.exchange(son, "Trả lời 3", "Tiêu chuẩn 4/4");
    bot.exchange(son, "Trả lời 4", "Bước 6/8");
    son.sendDocument("minh-chung.pdf", "application/pdf", evidence);
    ChatMessage files = bot.awaitText(son, "Bước 6/8", "Đã nhận 1 tệp");
    ChatMessage factor = steps.press(son, files, "Xong", "Bước 7/8");
    ChatMessage summary = steps.press(son, factor, "Không", "Bước 8/8", "Tệp minh chứng: 1");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-1");
  }

  private static void filePlan(EmulatedUser an, byte[] plan) {
    bot.exchange(an, "/plan", "Gửi kế hoạch năm 2026 của " + HTQT);
    an.sendDocument("ke-hoach.pdf", "application/pdf", plan);
    ChatMessage confirm = bot.awaitText(an, "Kế hoạch năm 2026 của " + HTQT, "tệp");
    steps.press(an, confirm, "Xác nhận", "Đã nộp kế hoạch năm 2026");
  }

  /**
   * {@code /report} while Telegram answers every sendDocument with 500: the report is written and
   * tried once, and waits in the outbox. Returns the bytes of that attempt.
   */
  private static byte[] reportLeftUnsent(EmulatedUser lan) {
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .faults(FaultPlan.Fault.SERVER_ERROR)
                .methods("sendDocument")
                .build());
    lan.send("/report");
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                bot.emulator().requests().stream()
                    .filter(r -> r.method().equals("sendDocument") && r.status() == 500)
                    .map(r -> r.params().get("document"))
                    .filter(UploadedFile.class::isInstance)
                    .map(d -> ((UploadedFile) d).bytes())
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** A document newer than message {@code after} in the user's chat. */
  private static ChatMessage awaitDocument(
      EmulatedUser user, String name, String caption, long after) {
    return bot.emulator()
        .awaitBotMessage(
            user.chatId(),
            m ->
                m.messageId() > after
                    && name.equals(m.documentName())
                    && m.text() != null
                    && m.text().contains(caption),
            Duration.ofSeconds(20));
  }

  /** The SHA-256 of each file uploaded with a sendDocument Telegram accepted. */
  private static List<String> uploadsAfterRestart() {
    return bot.emulator().requests().stream()
        .filter(r -> r.method().equals("sendDocument") && r.status() == 200)
        .map(RecordedRequest::params)
        .map(p -> p.get("document"))
        .filter(UploadedFile.class::isInstance)
        .map(d -> sha256(((UploadedFile) d).bytes()))
        .toList();
  }

  private static Map<String, String> storedRows() {
    return bot
        .bean(JdbcClient.class)
        .sql("SELECT path, sha256 FROM stored_file")
        .query()
        .listOfRows()
        .stream()
        .collect(Collectors.toMap(r -> (String) r.get("path"), r -> (String) r.get("sha256")));
  }

  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
