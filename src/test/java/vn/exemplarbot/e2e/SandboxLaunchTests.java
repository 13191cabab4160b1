package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar without a token, as a newcomer runs it: the sandbox opens, says where, answers
 * the first {@code /start}, and a restart leaves nothing of the last run behind. It refuses under
 * systemd, over a production database and with {@code EXEMPLAR_DATABASE_URL} set (a PostgreSQL
 * server that lost its token), naming {@code EXEMPLAR_SANDBOX}. Runs under failsafe. The sandbox is
 * its own SQLite data folder by design.
 */
class SandboxLaunchTests {

  private static final Pattern ADDRESS =
      Pattern.compile("Sandbox: http://127\\.0\\.0\\.1:(\\d+)/sandbox");

  @TempDir Path work;
  @RegisterExtension final ProcessDatabase database = new ProcessDatabase();
  private Path elsewhere;
  private Path config;
  private Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void prepare() throws IOException {
    elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    config = ShutdownTests.copyExampleConfig(work.resolve("config"));
    data = work.resolve("data");
  }

  @Test
  void withoutATokenTheSandboxOpensAnswersAndARestartLeavesNothingBehind() throws Exception {
    int port;
    try (BotProcess bot = jar(environment(), "first.log")) {
      port = awaitAddress(bot);
      String cookie = pageCookie(port);
      assertThat(start(port, cookie)).contains("Xin chào", "Nguyễn Thị Lan");
      assertThat(data.resolve("sandbox").resolve("exemplar.db")).isRegularFile();
      assertThat(data.resolve("exemplar.db")).doesNotExist();
      Files.writeString(data.resolve("sandbox").resolve("left-behind.txt"), "x");
      assertThat(bot.terminate(Duration.ofSeconds(15)).code()).isIn(0, 143);
      assertThat(bot.output()).doesNotContainPattern("\\d+:sandbox-[0-9a-f]{24}");
    }
    try (BotProcess again = jar(environment(), "second.log")) {
      int second = awaitAddress(again);
      assertThat(data.resolve("sandbox").resolve("left-behind.txt")).doesNotExist();
      assertThat(start(second, pageCookie(second))).contains("Xin chào");
      assertThat(again.terminate(Duration.ofSeconds(15)).code()).isIn(0, 143);
    }
  }

  @Test
  void withADatabaseUrlWithoutATokenItRefusesAndTouchesNothing() throws Exception {
    Map<String, String> environment = environment();
    // On SQLite an address nothing listens on: the refusal comes before any connection.
    environment.putIfAbsent(
        "EXEMPLAR_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/exemplar?password=hunter2");
    environment.putAll(database.environment());
    try (BotProcess bot = jar(environment, "database.log")) {
      assertThat(bot.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
      assertThat(bot.output())
          .contains("EXEMPLAR_SANDBOX", "EXEMPLAR_DATABASE_URL", "TELEGRAM_BOT_TOKEN")
          .doesNotContain("Sandbox:", "hunter2");
    }
    assertThat(data.resolve("sandbox")).doesNotExist();
    if (database.postgres()) {
      assertThat(database.tables(data)).as("the database EXEMPLAR_DATABASE_URL names").isEmpty();
    }
  }

  @Test
  void underSystemdWithoutATokenItRefusesNamingTheSwitch() {
    Map<String, String> environment = environment();
    environment.put("INVOCATION_ID", "5d1f0c8e2a7b4f0e9c3a1b2c3d4e5f60");
    try (BotProcess bot = jar(environment, "systemd.log")) {
      assertThat(bot.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
      assertThat(bot.output())
          .contains("EXEMPLAR_SANDBOX", "systemd", "TELEGRAM_BOT_TOKEN")
          .doesNotContain("Sandbox:");
    }
    assertThat(data.resolve("sandbox")).doesNotExist();
  }

  @Test
  void overAProductionDatabaseWithoutATokenItRefusesAndTouchesNothing() throws IOException {
    Files.createDirectories(data);
    Files.writeString(data.resolve("exemplar.db"), "the department's data");
    try (BotProcess bot = jar(environment(), "production.log")) {
      assertThat(bot.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
      assertThat(bot.output()).contains("EXEMPLAR_SANDBOX", "exemplar.db", data.toString());
    }
    assertThat(Files.readString(data.resolve("exemplar.db"))).isEqualTo("the department's data");
    try (var left = Files.list(data)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("exemplar.db");
    }
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("EXEMPLAR_CONFIG_DIR", config.toString());
    environment.put("EXEMPLAR_DATA_DIR", data.toString());
    environment.put("SERVER_PORT", "0");
    return environment;
  }

  private BotProcess jar(Map<String, String> environment, String log) {
    Path jar = Path.of(System.getProperty("exemplar.jar", "target/exemplar-bot.jar"));
    assertThat(jar).as("the packaged jar (run after mvn package)").isRegularFile();
    return BotProcess.start(
        List.of(BotProcess.java(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString()),
        environment,
        elsewhere,
        work.resolve(log));
  }

  private static int awaitAddress(BotProcess bot) {
    String output =
        await().atMost(Duration.ofSeconds(90)).until(bot::output, o -> ADDRESS.matcher(o).find());
    Matcher m = ADDRESS.matcher(output);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private String pageCookie(int port) throws Exception {
    HttpResponse<String> page = get(port, "/sandbox");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Môi trường thử: không bí mật, không gửi Telegram");
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  /** Lan types /start on the page; what her chat shows once the bot has answered. */
  private String start(int port, String cookie) throws Exception {
    HttpRequest send =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox/api/send"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .header("Origin", "http://127.0.0.1:" + port)
            .POST(HttpRequest.BodyPublishers.ofString("as=nguyen-thi-lan&text=/start"))
            .build();
    assertThat(http.send(send, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> get(port, "/sandbox/api/chat?as=nguyen-thi-lan").body(),
            b -> b.contains("Xin chào"));
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
