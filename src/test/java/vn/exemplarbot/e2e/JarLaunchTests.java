package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.bench.FloorBenchmark;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.BotApiSpec;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.storage.Database;
import vn.exemplarbot.storage.SchemaVersions;

/**
 * The packaged jar, as an operator runs it: {@code java -jar} from a folder that has nothing of the
 * project, configured by environment variables alone, against a Bot-API-compatible server. Runs
 * after {@code package}, under failsafe.
 */
class JarLaunchTests {

  private static final String TOKEN = "123:abc";

  @TempDir Path work;
  @RegisterExtension final ProcessDatabase database = new ProcessDatabase();
  private Path elsewhere;
  private Path config;
  private Path data;
  private BotApiEmulator emulator;

  @BeforeEach
  void prepare() throws IOException {
    elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    config = ShutdownTests.copyExampleConfig(work.resolve("config"));
    data = work.resolve("data");
    emulator = BotApiEmulator.start(TOKEN);
    emulator.requestValidator(new BotApiSpec());
  }

  @AfterEach
  void closeEmulator() {
    emulator.close();
  }

  @Test
  void runsFromAnotherFolderRegistersARosterMemberAndAnswersHelp() throws Exception {
    try (BotProcess bot = jar(environment())) {
      EmulatedUser director = emulator.user(100001, null, "Bình");
      director.send("/start");
      ChatMessage greeting = awaitText(director, Duration.ofSeconds(90), "Trần Quốc Bình");
      assertThat(greeting.text()).contains("Ban Giám đốc");
      director.send("/help");
      ChatMessage help = awaitText(director, Duration.ofSeconds(10), "Các lệnh của bạn");
      assertThat(help.text()).contains("/help", "/lang", "/cancel");

      // On PostgreSQL the data folder is a cache of files: no SQLite file may appear beside it.
      if (database.postgres()) {
        assertThat(data.resolve("exemplar.db")).doesNotExist();
      } else {
        assertThat(data.resolve("exemplar.db")).isRegularFile();
      }
      assertThat(database.tables(data)).contains("inbox", "outbox", "flyway_schema_history");
      try (Stream<Path> left = Files.list(elsewhere)) {
        assertThat(left).as("nothing written relative to the working folder").isEmpty();
      }
      assertThat(bot.terminate(Duration.ofSeconds(10)).code()).isIn(0, 143);
      assertThat(bot.output()).doesNotContain(TOKEN).doesNotContain("Sandbox:");
      assertThat(bot.output()).contains("Successfully applied").doesNotContain("Schema up to date");
      assertThat(data.resolve("sandbox")).doesNotExist();
    }
    // Started again on the same database: nothing pending, so the bundled migrations (read from
    // the nested jar) are matched with the history without Flyway, and the bot answers as before.
    try (BotProcess again = jar(environment(), work.resolve("bot-again.log"))) {
      EmulatedUser director = emulator.user(100001, null, "Bình");
      int before = director.chat().size();
      director.send("/help");
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  director.chat().stream()
                      .skip(before)
                      .anyMatch(m -> m.fromBot() && String.valueOf(m.text()).contains("/lang")));
      assertThat(again.terminate(Duration.ofSeconds(10)).code()).isIn(0, 143);
      assertThat(again.output())
          .contains(
              "Schema up to date at version "
                  + SchemaVersions.show(
                      SchemaVersions.bundled(
                          database.postgres() ? Database.POSTGRESQL : Database.SQLITE)))
          .doesNotContain("Successfully applied")
          .doesNotContain("Validated");
    }
    assertThat(emulator.violations()).isEmpty();
  }

  /**
   * The heaviest upload the bot accepts, a file of exactly 20 MB, taken by the jar in its own
   * process under the JVM flags of {@code deploy/} (a heap of 128 MB, exit on an OutOfMemoryError):
   * streamed to the data folder and kept byte for byte, the bot still answering afterwards.
   */
  @Test
  void aTwentyMegabyteFileIsKeptWholeByTheBotUnderTheFlagsOfDeploy() throws Exception {
    List<String> command = new ArrayList<>(List.of(BotProcess.java()));
    command.addAll(FloorBenchmark.flags(""));
    assertThat(command).contains("-Xmx128m", "-XX:+ExitOnOutOfMemoryError");
    Path jar = Path.of(System.getProperty("exemplar.jar", "target/exemplar-bot.jar"));
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    try (BotProcess bot =
        BotProcess.start(command, environment(), elsewhere, work.resolve("bot-flags.log"))) {
      EmulatedUser linh = emulator.user(100014, null, "Linh");
      linh.send("/start");
      awaitText(linh, Duration.ofSeconds(90), "Xin chào");
      ChatMessage step = say(linh, "/nominate", "Bước 1/8");
      step = press(linh, step, "Tập thể", "Tập thể (phòng) nào");
      step = press(linh, step, "Thanh tra Sở", "Bước 3/8");
      press(linh, step, "Chuyển đổi số", "Bước 4/8");
      say(linh, "Thanh tra đúng hạn", "Tiêu chuẩn 1/4");
      for (int i = 1; i <= 3; i++) {
        say(linh, "Trả lời " + i, "Tiêu chuẩn " + (i + 1) + "/4");
      }
      say(linh, "Trả lời 4", "Bước 6/8");

      byte[] twenty = new byte[20 * 1024 * 1024];
      new java.util.Random(20).nextBytes(twenty);
      long before = newest(linh);
      linh.sendDocument("ghi-hinh.mp4", "video/mp4", twenty);
      ChatMessage kept = awaitAfter(linh, before, Duration.ofSeconds(60), "Đã nhận 1 tệp");
      Path stored;
      try (Stream<Path> files = Files.walk(data.resolve("dossiers"))) {
        stored =
            files
                .filter(f -> f.getFileName().toString().endsWith("ghi-hinh.mp4"))
                .findFirst()
                .get();
      }
      Path sent = Files.write(work.resolve("sent.mp4"), twenty);
      twenty = null;
      assertThat(Files.mismatch(stored, sent)).isEqualTo(-1L);
      press(linh, kept, "Xong", "Bước 7/8");

      assertThat(bot.isAlive()).isTrue();
      assertThat(bot.terminate(Duration.ofSeconds(10)).code()).isIn(0, 143);
      assertThat(bot.output()).doesNotContain("OutOfMemoryError").doesNotContain(TOKEN);
    }
  }

  private ChatMessage say(EmulatedUser user, String text, String fragment) {
    long before = newest(user);
    user.send(text);
    return awaitAfter(user, before, Duration.ofSeconds(15), fragment);
  }

  private ChatMessage press(EmulatedUser user, ChatMessage message, String label, String fragment) {
    long before = newest(user);
    user.press(message.messageId(), NominationSteps.button(message, label).callbackData());
    return emulator.awaitBotMessage(
        user.chatId(),
        m ->
            m.fromBot()
                && m.text() != null
                && ((m.messageId() == message.messageId() && !m.text().equals(message.text()))
                    || m.messageId() > before)
                && m.text().contains(fragment),
        Duration.ofSeconds(15));
  }

  private static long newest(EmulatedUser user) {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }

  private ChatMessage awaitAfter(EmulatedUser user, long before, Duration limit, String fragment) {
    return emulator.awaitBotMessage(
        user.chatId(),
        m ->
            m.fromBot()
                && m.messageId() > before
                && m.text() != null
                && m.text().contains(fragment),
        limit);
  }

  @Test
  void withTheSandboxOffRefusesToStartWithoutATokenSayingHowToGetOne() {
    Map<String, String> environment = environment();
    environment.remove("TELEGRAM_BOT_TOKEN");
    environment.put("EXEMPLAR_SANDBOX", "off");
    try (BotProcess bot = jar(environment)) {
      assertThat(bot.awaitExit(Duration.ofSeconds(60))).isNotZero();
      assertThat(bot.output()).contains("TELEGRAM_BOT_TOKEN", "@BotFather", "/newbot");
      assertThat(bot.output()).contains("EXEMPLAR_SANDBOX=off").doesNotContain("Sandbox:");
    }
  }

  @Test
  void refusesToStartWithAnUnknownDivisionNamingTheFileAndKey() throws IOException {
    Path roster = config.resolve("roster.yml");
    String text = Files.readString(roster);
    Files.writeString(roster, text.replaceFirst("    division: BGD", "    division: KHONGCO"));
    try (BotProcess bot = jar(environment())) {
      assertThat(bot.awaitExit(Duration.ofSeconds(60))).isNotZero();
      assertThat(bot.output()).contains("roster.yml", "people[0].division", "KHONGCO");
    }
  }

  /**
   * {@code verify} and {@code restore} from the jar, reading the same environment file as the unit:
   * a restore refuses while the bot runs (the operating system's lock, held across processes), and
   * once the bot is killed with {@code kill -9} no lock is left behind: the archive itself is then
   * what is refused.
   */
  @Test
  @SqliteOnly(
      "restore and verify are of the bot's own backups of the SQLite file; on PostgreSQL, pg_dump")
  void restoreRefusesWhileTheBotRunsAndAKilledBotLeavesNoLock() throws Exception {
    Path env = work.resolve("env");
    Files.writeString(
        env,
        "TELEGRAM_BOT_TOKEN="
            + TOKEN
            + "\nEXEMPLAR_DATA_DIR="
            + data
            + "\nEXEMPLAR_CONFIG_DIR="
            + config
            + "\n");
    Path archive = work.resolve("exemplar-backup-20261204-023000.tar.gz");
    Files.writeString(archive, "not an archive");
    try (BotProcess bot = jar(environment())) {
      await().atMost(Duration.ofSeconds(90)).until(() -> emulator.longPollsWaiting() > 0);
      try (BotProcess restore =
          tool(List.of("restore", "--env", env.toString(), archive.toString()))) {
        assertThat(restore.awaitExit(Duration.ofSeconds(60))).as(restore.output()).isEqualTo(2);
        assertThat(restore.output())
            .contains("Thư mục dữ liệu: " + data, "đang được một bot đang chạy giữ");
      }
      bot.kill();
    }
    try (BotProcess restore =
        tool(List.of("restore", "--env", env.toString(), archive.toString()))) {
      assertThat(restore.awaitExit(Duration.ofSeconds(60))).as(restore.output()).isEqualTo(1);
      assertThat(restore.output()).contains("Thiếu tệp kiểm tra").doesNotContain("DEBUG");
    }
    try (BotProcess verify = tool(List.of("verify", "--env", env.toString()))) {
      assertThat(verify.awaitExit(Duration.ofSeconds(60))).as(verify.output()).isEqualTo(3);
      assertThat(verify.output())
          .contains("Chưa có bản sao lưu nào trong " + data.resolve("backups"));
    }
    assertThat(data.resolve("exemplar.db")).exists();
  }

  /**
   * {@code migrate-to} from the jar: a password on the command line is refused before anything
   * (exit 3, the secret not echoed); with the suite's PostgreSQL server, a folder whose database is
   * at this version's schema moves into a fresh database (exit 0).
   */
  @Test
  void migrateToRefusesAPasswordArgumentAndMovesAFolderIntoPostgres() throws Exception {
    Files.createDirectories(data);
    org.flywaydb.core.Flyway.configure()
        .dataSource("jdbc:sqlite:" + data.resolve("exemplar.db"), null, null)
        .locations("classpath:db/migration/sqlite")
        .load()
        .migrate();
    Path env = work.resolve("env");
    Files.writeString(env, "EXEMPLAR_DATA_DIR=" + data + "\n");
    try (BotProcess move =
        tool(List.of("migrate-to", "--env", env.toString(), "--password=hunter2-x"))) {
      assertThat(move.awaitExit(Duration.ofSeconds(60))).as(move.output()).isEqualTo(3);
      assertThat(move.output())
          .contains("Không nhận mật khẩu trên dòng lệnh")
          .doesNotContain("hunter2");
    }
    if (!TestDatabase.postgres()) {
      return;
    }
    String target = TestDatabase.create();
    try {
      Files.writeString(env, "EXEMPLAR_DATABASE_URL=" + target + "\n", StandardOpenOption.APPEND);
      try (BotProcess move = tool(List.of("migrate-to", "--env", env.toString()))) {
        assertThat(move.awaitExit(Duration.ofSeconds(120))).as(move.output()).isZero();
        assertThat(move.output()).contains("Đã chuyển sang", "Moved into").doesNotContain("DEBUG");
      }
    } finally {
      TestDatabase.drop(target);
    }
  }

  private BotProcess tool(List<String> arguments) {
    Path jar = Path.of(System.getProperty("exemplar.jar", "target/exemplar-bot.jar"));
    List<String> command =
        new ArrayList<>(List.of(BotProcess.java(), "-jar", jar.toAbsolutePath().toString()));
    command.addAll(arguments);
    return BotProcess.start(
        command, new HashMap<>(), elsewhere, work.resolve("tool-" + System.nanoTime() + ".log"));
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>(database.environment());
    environment.put("TELEGRAM_BOT_TOKEN", TOKEN);
    environment.put("TELEGRAM_API_URL", emulator.baseUrl());
    environment.put("EXEMPLAR_CONFIG_DIR", config.toString());
    environment.put("EXEMPLAR_DATA_DIR", data.toString());
    environment.put("SERVER_PORT", "0");
    return environment;
  }

  private BotProcess jar(Map<String, String> environment) {
    return jar(environment, work.resolve("bot.log"));
  }

  private BotProcess jar(Map<String, String> environment, Path log) {
    Path jar = Path.of(System.getProperty("exemplar.jar", "target/exemplar-bot.jar"));
    assertThat(jar).as("the packaged jar (run after mvn package)").isRegularFile();
    return BotProcess.start(
        List.of(BotProcess.java(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString()),
        environment,
        elsewhere,
        log);
  }

  private ChatMessage awaitText(EmulatedUser user, Duration limit, String fragment) {
    return await()
        .atMost(limit)
        .until(
            () ->
                user.chat().stream()
                    .filter(m -> m.fromBot() && m.text() != null && m.text().contains(fragment))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
  }
}
