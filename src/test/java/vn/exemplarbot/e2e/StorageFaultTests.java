package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The database cannot be written (issue 12, finding 5 and storage faults): a full disk (SQLite's
 * {@code max_page_count}), a database made read-only ({@code query_only}, since tests run as root)
 * and another program holding its lock past the busy timeout. Each time: nothing is lost or applied
 * twice (three {@code /lang} toggles must end in English), nothing is set aside, the admin is told
 * once by a direct message, the log says it once (not every second), health shows it, and the bot
 * recovers by itself.
 */
@ExtendWith(OutputCaptureExtension.class)
@SqliteOnly("faults of the SQLite file: read-only, full, held by another program's lock")
class StorageFaultTests {

  private static final long ADMIN = 100007;
  private static final long AN = 100009;

  @TempDir Path work;

  @Test
  void aFullDiskIsToldOnceAndEveryUpdateIsAppliedOnceWhenThereIsSpace(CapturedOutput logs)
      throws Exception {
    try (BotHarness bot = BotHarness.prepare(work).start()) {
      EmulatedUser admin = registered(bot, ADMIN, "Huỳnh Đức Thịnh");
      EmulatedUser an = registered(bot, AN, "Nguyễn Văn An");
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      jdbc.sql("VACUUM").update();
      int pages = jdbc.sql("PRAGMA page_count").query(Integer.class).single();
      jdbc.sql("PRAGMA max_page_count = " + pages).query(Integer.class).single();

      for (int i = 0; i < 60; i++) {
        an.send("dòng số " + i + " " + "x".repeat(300));
      }
      toggleLanguageThriceAndAskForHelp(an);
      troubleSeen(bot, logs, admin, "FULL", "ổ đĩa đã đầy");

      jdbc.sql("PRAGMA max_page_count = 1073741823").query(Integer.class).single();
      recovered(bot, logs, admin, an);
    }
  }

  @Test
  void aReadOnlyDatabaseIsToldOnceAndRecoversByItself(CapturedOutput logs) throws Exception {
    try (BotHarness bot = BotHarness.prepare(work).start()) {
      EmulatedUser admin = registered(bot, ADMIN, "Huỳnh Đức Thịnh");
      EmulatedUser an = registered(bot, AN, "Nguyễn Văn An");
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      jdbc.sql("PRAGMA query_only = 1").update();

      toggleLanguageThriceAndAskForHelp(an);
      troubleSeen(bot, logs, admin, "READ_ONLY", "chỉ đọc");

      jdbc.sql("PRAGMA query_only = 0").update();
      recovered(bot, logs, admin, an);
    }
  }

  @Test
  void anotherProgramHoldingTheLockPastTheBusyTimeoutIsToldOnce(CapturedOutput logs)
      throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property(
                "spring.datasource.url",
                "jdbc:sqlite:"
                    + work.resolve("data/exemplar.db")
                    + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true&busy_timeout=1500"
                    + "&transaction_mode=IMMEDIATE")
            .start()) {
      EmulatedUser admin = registered(bot, ADMIN, "Huỳnh Đức Thịnh");
      EmulatedUser an = registered(bot, AN, "Nguyễn Văn An");
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch locked = new CountDownLatch(1);
      Thread outside =
          new Thread(() -> holdTheWriteLock(bot.dataDir(), locked, release), "outside-program");
      outside.start();
      locked.await();

      toggleLanguageThriceAndAskForHelp(an);
      troubleSeen(bot, logs, admin, "LOCKED", "đang giữ khóa");

      release.countDown();
      outside.join();
      recovered(bot, logs, admin, an);
    }
  }

  private static EmulatedUser registered(BotHarness bot, long id, String name) {
    EmulatedUser user = bot.user(id, null, "x");
    bot.exchange(user, "/start", name);
    return user;
  }

  private static void toggleLanguageThriceAndAskForHelp(EmulatedUser an) {
    an.send("/lang");
    an.send("/lang");
    an.send("/lang");
    an.send("/help");
  }

  private static void troubleSeen(
      BotHarness bot, CapturedOutput logs, EmulatedUser admin, String kind, String notice)
      throws Exception {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> logs.getAll().contains("The database cannot be written (" + kind));
    bot.awaitText(admin, notice);
    assertThat(health(bot)).contains("\"storage\"").contains(kind).contains("DOWN");
    // The public port says only that the bot is down, never why.
    assertThat(bot.get("/actuator/health").statusCode()).isEqualTo(503);
    assertThat(bot.get("/actuator/health").body()).isEqualTo("{\"status\":\"DOWN\"}");
    Thread.sleep(4000);
    assertThat(count(logs.getAll(), "The database cannot be written")).isEqualTo(1);
    assertThat(logs.getAll())
        .doesNotContain(
            "could not be stored",
            "could not be applied",
            "Outbox read failed",
            "threw an unhandled Exception",
            "Application exception overridden");
    assertThat(count(logs.getAll(), "Timed actions could not run")).isLessThanOrEqualTo(1);
    assertThat(adminTexts(admin, notice)).isEqualTo(1);
  }

  private static void recovered(
      BotHarness bot, CapturedOutput logs, EmulatedUser admin, EmulatedUser an) throws Exception {
    bot.awaitText(an, "Your commands");
    bot.awaitText(admin, "ghi được vào cơ sở dữ liệu trở lại");
    await().atMost(Duration.ofSeconds(10)).until(() -> health(bot).contains("\"status\":\"UP\""));
    assertThat(bot.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(logs.getAll()).contains("The database can be written again");
    JdbcClient jdbc = bot.bean(JdbcClient.class);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM inbox WHERE handled_at IS NULL")
                        .query(Integer.class)
                        .single()
                    == 0);
    assertThat(
            jdbc.sql("SELECT count(*) FROM inbox WHERE failed = 1").query(Integer.class).single())
        .as("no update set aside")
        .isZero();
    assertThat(an.chat().stream().filter(m -> m.fromBot() && m.text() != null))
        .noneMatch(m -> m.text().contains("Xin lỗi, có lỗi"));
    assertThat(adminTexts(admin, "ghi được vào cơ sở dữ liệu trở lại")).isEqualTo(1);
  }

  private static long adminTexts(EmulatedUser admin, String fragment) {
    return admin.chat().stream()
        .filter(ChatMessage::fromBot)
        .filter(m -> m.text() != null && m.text().contains(fragment))
        .count();
  }

  private static String health(BotHarness bot) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  private static int count(String text, String fragment) {
    Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** A second connection, as a sqlite3 shell would hold it: the write lock until released. */
  private static void holdTheWriteLock(
      Path dataDir, CountDownLatch locked, CountDownLatch release) {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("exemplar.db"));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      s.execute("BEGIN IMMEDIATE");
      locked.countDown();
      release.await();
      s.execute("COMMIT");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
