package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.FaultPlan;
import vn.exemplarbot.sandbox.FaultPlan.Fault;
import vn.exemplarbot.sandbox.RecordedRequest;

/**
 * What real fronts send in an outage (issue 12, "Also build"): {@code 409 Conflict} on {@code
 * getUpdates} in both of Telegram's wordings (said once, told to the admin once, backed off, never
 * spun, over by itself), Telegram out of reach for a while, a {@code 504} HTML page and a 200 whose
 * JSON is cut off after the message was sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutageTests {

  static final long ADMIN = 100007;

  @TempDir static Path work;
  static BotHarness bot;
  static EmulatedUser admin;

  @BeforeAll
  static void start() {
    bot =
        BotHarness.prepare(work)
            .property("telegram.request-timeout", "2s")
            .property("exemplar.test.outbox-id-header", true)
            .start();
    admin = bot.user(ADMIN, null, "Thịnh");
    bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @AfterEach
  void calm() {
    bot.emulator().faults(FaultPlan.none());
  }

  @Test
  void anotherPollerIsSaidOnceToldToTheAdminOnceBackedOffAndOverByItself(CapturedOutput logs)
      throws Exception {
    EmulatedUser an = registered(100009, "Nguyễn Văn An");
    long before = getUpdates();
    bot.emulator().conflictFor(FaultPlan.Conflict.OTHER_POLLER, Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(10)).until(() -> logs.getAll().contains("409 Conflict"));
    assertThat(health()).contains("another program polls with this token").contains("DOWN");
    long sent = System.nanoTime();
    an.send("/help");
    ChatMessage notice = bot.awaitText(admin, "409 Conflict", "/revoke");
    assertThat(notice.text()).contains("@BotFather");

    bot.emulator()
        .awaitBotMessage(
            an.chatId(),
            m -> m.fromBot() && m.text() != null && m.text().contains("Các lệnh của bạn"),
            Duration.ofSeconds(40));
    long duringConflict =
        bot.emulator().requests().stream()
            .filter(r -> r.method().equals("getUpdates") && r.status() == 409)
            .count();
    assertThat(duringConflict)
        .as("409 answers in 10 s: backing off, not spinning")
        .isBetween(2L, 8L);
    assertThat(getUpdates() - before).isLessThan(30);
    assertThat(count(logs.getAll(), "another program polls getUpdates with this token"))
        .isEqualTo(1);
    assertThat(texts(admin, "@BotFather")).isEqualTo(1);
    assertThat(logs.getAll()).contains("getUpdates works again");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> health().contains("\"telegram\":{\"status\":\"UP\""));
    assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(40));
  }

  @Test
  void aWebhookSetForTheTokenIsSaidInItsOwnWords(CapturedOutput logs) {
    bot.emulator().conflictFor(FaultPlan.Conflict.WEBHOOK, Duration.ofSeconds(4));
    await().atMost(Duration.ofSeconds(10)).until(() -> logs.getAll().contains("a webhook is set"));
    bot.awaitText(admin, "webhook", "deleteWebhook");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> logs.getAll().contains("getUpdates works again"));
  }

  @Test
  void telegramOutOfReachForAWhileLosesAndDoublesNothing() {
    EmulatedUser duc = registered(100014, "Hoàng Văn Đức");
    bot.emulator().unreachableFor(Duration.ofSeconds(6));
    List<String> expected = enqueue(duc, 4, "ngoài-tầm");
    duc.send("/help");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(texts(duc)).containsAll(expected));
    bot.emulator()
        .awaitBotMessage(
            duc.chatId(),
            m -> m.fromBot() && m.text() != null && m.text().contains("Các lệnh của bạn"),
            Duration.ofSeconds(40));
    assertThat(bot.emulator().requests()).anyMatch(r -> "UNREACHABLE".equals(r.fault()));
    for (String text : expected) {
      assertThat(texts(duc)).filteredOn(text::equals).hasSize(1);
    }
  }

  @Test
  void a504PageIsRetriedAndACutOffAnswerIsAnUnknownFateNeverARefusal() {
    EmulatedUser thang = registered(100023, "Lâm Văn Thắng");
    bot.emulator()
        .faults(
            FaultPlan.builder()
                .rate(0.5)
                .faults(Fault.GATEWAY_TIMEOUT_HTML, Fault.TRUNCATED_JSON)
                .seed(13)
                .build());
    List<String> expected = enqueue(thang, 8, "cửa-trước");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(texts(thang)).containsAll(expected));
    await().atMost(Duration.ofSeconds(20)).until(() -> pending() == 0);
    List<RecordedRequest> sends =
        bot.emulator().requests().stream()
            .filter(r -> String.valueOf(r.params().get("text")).startsWith("cửa-trước"))
            .toList();
    assertThat(sends).anyMatch(r -> "GATEWAY_TIMEOUT_HTML".equals(r.fault()));
    assertThat(sends).anyMatch(r -> "TRUNCATED_JSON".equals(r.fault()));
    Map<Long, Long> delivered =
        sends.stream()
            .filter(r -> r.status() == 200)
            .collect(Collectors.groupingBy(RecordedRequest::outboxId, Collectors.counting()));
    delivered.forEach(
        (row, times) -> {
          if (times > 1) {
            assertThat(unknownFates(row)).as("row %d delivered %d times", row, times).isPositive();
          }
        });
    assertThat(
            bot.bean(JdbcClient.class)
                .sql("SELECT count(*) FROM outbox WHERE status = 'refused'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  private static EmulatedUser registered(long id, String name) {
    EmulatedUser user = bot.user(id, null, "x");
    bot.exchange(user, "/start", name);
    return user;
  }

  private static List<String> enqueue(EmulatedUser user, int n, String tag) {
    List<String> texts = new ArrayList<>();
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> {
              for (int i = 0; i < n; i++) {
                String text = tag + " " + i;
                bot.bean(Outbox.class).toChat(user.chatId(), new Message.Text(text));
                texts.add(text);
              }
            });
    return texts;
  }

  private static List<String> texts(EmulatedUser user) {
    return user.chat().stream().filter(ChatMessage::fromBot).map(ChatMessage::text).toList();
  }

  private static long texts(EmulatedUser user, String fragment) {
    return texts(user).stream().filter(t -> t != null && t.contains(fragment)).count();
  }

  private static long getUpdates() {
    return bot.emulator().requests().stream().filter(r -> r.method().equals("getUpdates")).count();
  }

  private static int pending() {
    return bot.bean(JdbcClient.class)
        .sql("SELECT count(*) FROM outbox WHERE status = 'pending'")
        .query(Integer.class)
        .single();
  }

  private static int unknownFates(long row) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT unknown_fates FROM outbox WHERE id = :id")
        .param("id", row)
        .query(Integer.class)
        .single();
  }

  private static int count(String text, String fragment) {
    return text.split(java.util.regex.Pattern.quote(fragment), -1).length - 1;
  }

  private static String health() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
