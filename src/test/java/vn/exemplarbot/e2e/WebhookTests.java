package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.RecordedRequest;
import vn.exemplarbot.sandbox.WebhookDelivery;
import vn.exemplarbot.storage.StartupRefusedException;

/**
 * Webhook mode (issue 13): with {@code TELEGRAM_WEBHOOK_URL} the bot sets a webhook with a kept
 * secret and the emulator pushes updates to the bot's own server; a wrong or missing secret is
 * refused with 401 and stores nothing; an update pushed twice is applied once; polling to webhook
 * and back across restarts loses nothing and doubles nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookTests {

  static final String PATH = "/telegram/webhook-7f3a";
  static final long AN = 100009;

  @TempDir Path work;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aWrongOrMissingSecretIsRefusedWith401AndStoresNothing(CapturedOutput logs) throws Exception {
    try (BotHarness bot = webhook(BotHarness.prepare(work), freePort()).start()) {
      String secret = awaitWebhookSet(bot);
      RecordedRequest set = setWebhookCalls(bot).get(0);
      assertThat(secret).matches("[A-Za-z0-9_-]{32}");
      assertThat(set.params())
          .containsEntry("secret_token", secret)
          .containsEntry("max_connections", "1")
          .containsEntry("drop_pending_updates", "false");
      EmulatedUser an = registered(bot);

      assertThat(post(bot, "not-the-secret", update(900_001, "/help"))).isEqualTo(401);
      assertThat(post(bot, null, update(900_002, "/help"))).isEqualTo(401);
      assertThat(post(bot, secret.substring(1), update(900_003, "/help"))).isEqualTo(401);
      assertThat(post(bot, secret, "{\"update_id\": 900004, \"message\": {")).isEqualTo(400);
      assertThat(post(bot, secret, "[1, 2, 3]")).isEqualTo(400);
      assertThat(post(bot, secret, "{\"update_id\": 900005, \"pad\": \"" + "x".repeat(1 << 20)))
          .isEqualTo(400);
      assertThat(inboxRows(bot, 900_001, 900_005)).isZero();

      long before = newestMessage(an);
      assertThat(post(bot, secret, update(900_006, "/help"))).isEqualTo(200);
      assertThat(inboxRows(bot, 900_006, 900_006)).isOne();
      bot.emulator()
          .awaitBotMessage(
              an.chatId(),
              m -> m.messageId() > before && m.text().contains("Các lệnh của bạn"),
              Duration.ofSeconds(10));
      assertThat(logs.getAll()).contains("refused with 401").doesNotContain(secret);
    }
  }

  @Test
  void anUpdatePostedTwiceIsAppliedOnceAndTheSecretOutlivesARestart() throws Exception {
    try (BotHarness bot = webhook(BotHarness.prepare(work), freePort()).start()) {
      String secret = awaitWebhookSet(bot);
      EmulatedUser an = registered(bot);

      long pushed = an.send("/help");
      bot.awaitText(an, "Các lệnh của bạn");
      bot.emulator().redeliver(pushed);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> deliveries(bot, pushed).stream().filter(d -> d.status() == 200).count() == 2);

      String posted = update(900_101, "/help");
      assertThat(post(bot, secret, posted)).isEqualTo(200);
      assertThat(post(bot, secret, posted)).isEqualTo(200);
      await().atMost(Duration.ofSeconds(10)).until(() -> settled(bot));
      assertThat(helps(an)).as("one answer for each update, however often posted").isEqualTo(2);

      bot.restart();
      assertThat(awaitWebhookSet(bot)).isEqualTo(secret);
      assertThat(setWebhookCalls(bot)).hasSize(2);
      assertThat(getUpdatesCalls(bot)).as("no polling while a webhook is set").isZero();
    }
  }

  @Test
  @SqliteOnly("a read-only SQLite file is the fault this test makes")
  void aDatabaseThatCannotBeWrittenAnswers500AndTheUpdateComesAgainAndIsAppliedOnce()
      throws Exception {
    try (BotHarness bot = webhook(BotHarness.prepare(work), freePort()).start()) {
      awaitWebhookSet(bot);
      EmulatedUser an = registered(bot);
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      jdbc.sql("PRAGMA query_only = 1").update();

      long pushed = an.send("/help");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> deliveries(bot, pushed).stream().anyMatch(d -> d.status() == 500));
      assertThat(helps(an)).isZero();

      jdbc.sql("PRAGMA query_only = 0").update();
      await().atMost(Duration.ofSeconds(15)).until(() -> helps(an) == 1);
      assertThat(deliveries(bot, pushed)).extracting(WebhookDelivery::status).last().isEqualTo(200);
      await().atMost(Duration.ofSeconds(10)).until(() -> settled(bot));
      assertThat(helps(an)).isOne();
    }
  }

  @Test
  void pollingToWebhookAndBackAcrossRestartsLosesAndDoublesNothing() throws Exception {
    int port = freePort();
    try (BotHarness bot = BotHarness.prepare(work).property("server.port", port).start()) {
      EmulatedUser an = registered(bot);
      bot.exchange(an, "/help", "Các lệnh của bạn");
      assertThat(bot.emulator().requests()).noneMatch(r -> r.method().contains("Webhook"));

      bot.stop();
      long whileSwitchingIn = an.send("/help");
      webhook(bot, port).start();
      awaitWebhookSet(bot);
      await().atMost(Duration.ofSeconds(15)).until(() -> helps(an) == 2);
      assertThat(deliveries(bot, whileSwitchingIn))
          .extracting(WebhookDelivery::status)
          .contains(200);

      bot.stop();
      long whileSwitchingOut = an.send("/help");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> deliveries(bot, whileSwitchingOut).stream().anyMatch(d -> d.status() == 0));
      bot.property("telegram.webhook-url", "").start();
      await().atMost(Duration.ofSeconds(15)).until(() -> helps(an) == 3);
      assertThat(bot.emulator().webhookUrl()).isEmpty();
      assertThat(bot.emulator().requests())
          .filteredOn(r -> r.method().equals("deleteWebhook"))
          .singleElement()
          .satisfies(r -> assertThat(r.params()).containsEntry("drop_pending_updates", false));

      await().atMost(Duration.ofSeconds(10)).until(() -> settled(bot));
      bot.restart();
      bot.exchange(an, "/help", "Các lệnh của bạn");
      await().atMost(Duration.ofSeconds(10)).until(() -> settled(bot));
      assertThat(helps(an)).isEqualTo(4);
      assertThat(bot.emulator().requests())
          .as("deleteWebhook only when a webhook was set")
          .filteredOn(r -> r.method().equals("deleteWebhook"))
          .hasSize(1);
    }
  }

  @Test
  void aUrlTelegramWouldNotPushToIsRefusedAtStartWithTheFixAndNothingWritten() {
    try (BotHarness bot = BotHarness.prepare(work)) {
      assertRefused(bot, "http://bot.example.gov.vn/telegram/webhook", "HTTPS");
      assertRefused(bot, "https://bot.example.gov.vn:8080/telegram/webhook", "443, 80, 88");
      assertRefused(bot, "https://bot.example.gov.vn/", "đường dẫn");
      assertRefused(bot, "http://127.0.0.1:8080/telegram/webhook", "HTTPS");
      assertThatThrownBy(
              () ->
                  bot.property("telegram.webhook-url", "https://x:8081/" + BotHarness.TOKEN)
                      .start())
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageNotContaining(BotHarness.TOKEN)
          .hasMessageNotContaining(BotHarness.TOKEN.replace(":", "%3A"));
      assertThat(bot.dataDir()).doesNotExist();
    }
  }

  private static void assertRefused(BotHarness bot, String url, String why) {
    assertThatThrownBy(() -> bot.property("telegram.webhook-url", url).start())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("TELEGRAM_WEBHOOK_URL")
        .hasMessageContaining(why)
        .hasMessageContaining("bot không khởi động")
        .hasMessageContaining("the bot does not start")
        .satisfies(
            e -> assertThat(((StartupRefusedException) e).fix()).contains("proxy_pass", "polling"));
  }

  private static BotHarness webhook(BotHarness bot, int port) {
    return bot.property("server.port", port)
        .property("telegram.webhook-url", "http://127.0.0.1:" + port + PATH)
        .property("exemplar.test.allow-plain-webhook", true);
  }

  /** The secret the bot set, once the emulator has the webhook. */
  private static String awaitWebhookSet(BotHarness bot) {
    await().atMost(Duration.ofSeconds(15)).until(() -> bot.emulator().webhookUrl().endsWith(PATH));
    return bot.bean(JdbcClient.class)
        .sql("SELECT secret_token FROM webhook")
        .query(String.class)
        .single();
  }

  private static EmulatedUser registered(BotHarness bot) {
    EmulatedUser an = bot.user(AN, null, "An");
    bot.exchange(an, "/start", "Nguyễn Văn An");
    return an;
  }

  private int post(BotHarness bot, String secret, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + PATH))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A command from An as Telegram would push it, with an id the emulator never hands out. */
  private static String update(long updateId, String command) {
    return """
        {"update_id": %d, "message": {"message_id": %d, "date": 1790000000,
         "chat": {"id": %d, "type": "private", "first_name": "An"},
         "from": {"id": %d, "is_bot": false, "first_name": "An"},
         "text": "%s", "entities": [{"offset": 0, "length": %d, "type": "bot_command"}]}}
        """
        .formatted(updateId, updateId, AN, AN, command, command.length());
  }

  private static int inboxRows(BotHarness bot, long from, long to) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT count(*) FROM inbox WHERE update_id BETWEEN :from AND :to")
        .param("from", from)
        .param("to", to)
        .query(Integer.class)
        .single();
  }

  /** Every stored update applied and every message sent. */
  private static boolean settled(BotHarness bot) {
    JdbcClient jdbc = bot.bean(JdbcClient.class);
    return jdbc.sql("SELECT count(*) FROM inbox WHERE handled_at IS NULL")
                .query(Integer.class)
                .single()
            == 0
        && jdbc.sql("SELECT count(*) FROM outbox WHERE status = 'pending'")
                .query(Integer.class)
                .single()
            == 0;
  }

  private static long helps(EmulatedUser user) {
    return user.chat().stream()
        .filter(m -> m.fromBot() && m.text() != null && m.text().contains("Các lệnh của bạn"))
        .count();
  }

  private static long newestMessage(EmulatedUser user) {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }

  private static List<RecordedRequest> setWebhookCalls(BotHarness bot) {
    return bot.emulator().requests().stream()
        .filter(r -> r.method().equals("setWebhook") && r.status() == 200)
        .toList();
  }

  private static long getUpdatesCalls(BotHarness bot) {
    return bot.emulator().requests().stream().filter(r -> r.method().equals("getUpdates")).count();
  }

  private static List<WebhookDelivery> deliveries(BotHarness bot, long updateId) {
    return bot.emulator().webhookDeliveries().stream()
        .filter(d -> d.updateId() == updateId)
        .toList();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
