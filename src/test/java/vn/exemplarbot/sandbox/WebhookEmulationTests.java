package vn.exemplarbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's webhook as Telegram's: {@code setWebhook} checks the URL and the secret, pending
 * updates are pushed one at a time with the secret header until answered 2xx, {@code getUpdates}
 * answers 409 meanwhile, and {@code deleteWebhook} leaves pending updates to {@code getUpdates}.
 */
class WebhookEmulationTests {

  private BotApiEmulator emulator;
  private HttpBotApi api;
  private HttpServer bot;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failFirst = new AtomicInteger();
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    emulator = BotApiEmulator.start("1:t");
    api = new HttpBotApi(emulator);
    bot = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    bot.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String secret = exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token");
          received.add(secret + " " + body);
          int answer = failFirst.getAndDecrement() > 0 ? 500 : status;
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    bot.start();
  }

  @AfterEach
  void stop() {
    bot.stop(0);
    emulator.close();
  }

  @Test
  void refusesWhatTelegramRefuses() throws Exception {
    assertThat(set(Map.of("url", "http://bot.example.org/hook")).description())
        .contains("An HTTPS URL must be provided");
    assertThat(set(Map.of("url", "https://bot.example.org:8080/hook")).description())
        .contains("ports 80, 88, 443 or 8443");
    assertThat(set(Map.of("url", hook(), "secret_token", "not secret!")).description())
        .contains("secret token contains unallowed characters");
    assertThat(emulator.webhookUrl()).isEmpty();
  }

  @Test
  void pushesPendingUpdatesInOrderWithTheSecretRetryingUntilAnswered2xx() throws Exception {
    EmulatedUser an = emulator.user(7, "an", "An");
    an.send("một");
    an.send("hai");
    failFirst.set(2);
    assertThat(set(Map.of("url", hook(), "secret_token", "s3cr3t_-", "max_connections", 1)).ok())
        .isTrue();

    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 4);
    assertThat(received)
        .allMatch(r -> r.startsWith("s3cr3t_- {\"update_id\":"))
        .extracting(r -> r.contains("một") ? "một" : "hai")
        .containsExactly("một", "một", "một", "hai");
    assertThat(emulator.webhookDeliveries())
        .extracting(WebhookDelivery::status)
        .containsExactly(500, 500, 200, 200);
    HttpBotApi.Answer poll = api.call("getUpdates", Map.of());
    assertThat(poll.status()).isEqualTo(409);
    assertThat(poll.description()).isEqualTo(FaultPlan.Conflict.WEBHOOK.description());
    HttpBotApi.Answer info = api.call("getWebhookInfo", Map.of());
    assertThat(info.result().get("url").asText()).isEqualTo(hook());
    assertThat(info.result().get("pending_update_count").asInt()).isZero();
    assertThat(info.result().get("max_connections").asInt()).isEqualTo(1);
  }

  @Test
  void deletingTheWebhookLeavesPendingUpdatesToGetUpdates() throws Exception {
    status = 503;
    assertThat(set(Map.of("url", hook())).ok()).isTrue();
    emulator.user(7, "an", "An").send("chờ");
    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2);
    HttpBotApi.Answer info = api.call("getWebhookInfo", Map.of());
    assertThat(info.result().get("pending_update_count").asInt()).isOne();
    assertThat(info.result().get("last_error_message").asText()).contains("503");
    assertThat(received).allMatch(r -> r.startsWith("null "));

    assertThat(api.call("deleteWebhook", Map.of("drop_pending_updates", false)).ok()).isTrue();
    HttpBotApi.Answer poll = api.call("getUpdates", Map.of());
    assertThat(poll.result()).hasSize(1);
    assertThat(poll.result().get(0).path("message").path("text").asText()).isEqualTo("chờ");
    assertThat(emulator.webhookUrl()).isEmpty();
  }

  private HttpBotApi.Answer set(Map<String, ?> params) throws Exception {
    return api.call("setWebhook", params);
  }

  private String hook() {
    return "http://127.0.0.1:" + bot.getAddress().getPort() + "/hook";
  }
}
