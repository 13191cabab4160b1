package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Health and metrics as an operator reads them (issue 13): the public port answers the status and
 * nothing else; details and Prometheus metrics are on the management port, on loopback only; the
 * status goes down when the Bot API stops answering and up when it answers again; and every update
 * and delivery has its log line, which never holds what a person wrote nor the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class HealthAndMetricsTests {

  @TempDir Path work;

  @Test
  void thePublicPortShowsTheStatusAloneAndTheManagementPortTheDetailsAndMetrics(CapturedOutput logs)
      throws Exception {
    try (BotHarness bot = BotHarness.prepare(work).start()) {
      EmulatedUser admin = bot.user(100007, "huynhducthinh", "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      admin.send("chữ-riêng-tư-7731");
      bot.awaitText(admin, "/help");

      HttpResponse<String> status = bot.get("/actuator/health");
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(status.body()).isEqualTo("{\"status\":\"UP\"}");
      for (String path :
          List.of(
              "/actuator",
              "/actuator/prometheus",
              "/actuator/metrics",
              "/actuator/health/db",
              "/actuator/health/botApi",
              "/actuator/health/public")) {
        assertThat(bot.get(path).statusCode()).as(path).isEqualTo(404);
      }

      String details = bot.manage("/actuator/health").body();
      assertThat(details)
          .contains(
              "\"db\"",
              "\"botApi\"",
              "lastAnswer",
              "\"outbox\"",
              "backlog",
              "oldestSeconds",
              "held",
              "\"timedActions\"",
              "late",
              "\"backup\"",
              TestDatabase.postgres() ? "pg_dump" : "lastSuccess",
              "\"disk\"");

      String metrics = bot.manage("/actuator/prometheus").body();
      assertThat(value(metrics, "exemplar_updates_applied_total"))
          .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(2));
      Matcher sent =
          Pattern.compile(
                  "(?m)^exemplar_sends_total\\{[^}]*method=\"sendMessage\"[^}]*"
                      + "outcome=\"sent\"[^}]*\\} (\\S+)$")
              .matcher(metrics);
      assertThat(sent.find()).as(metrics).isTrue();
      assertThat(Double.parseDouble(sent.group(1))).isGreaterThanOrEqualTo(2);
      assertThat(value(metrics, "exemplar_outbox_backlog")).isPresent();
      assertThat(value(metrics, "exemplar_outbox_oldest_seconds")).isPresent();
      assertThat(value(metrics, "exemplar_timed_actions_late")).hasValue(0.0);
      if (TestDatabase.postgres()) {
        assertThat(metrics).doesNotContain("exemplar_backup_last_success_seconds");
      } else {
        assertThat(metrics).contains("exemplar_backup_last_success_seconds +Inf");
      }

      Optional<InetAddress> outside = nonLoopbackAddress();
      if (outside.isPresent()) {
        assertThat(connects(outside.get(), bot.port())).as("public port from outside").isTrue();
        assertThat(connects(outside.get(), bot.managementPort()))
            .as("management port from outside")
            .isFalse();
      }

      String all = logs.getAll();
      assertThat(all)
          .containsPattern("Update \\d+ text from 100007: applied in \\d+ ms")
          .containsPattern("Update \\d+ command from 100007: applied in \\d+ ms")
          .containsPattern("Delivery \\d+ sendMessage to chat 100007: sent");
      assertThat(all).doesNotContain("chữ-riêng-tư-7731", BotHarness.TOKEN);
    }
  }

  @Test
  void thePublicStatusGoesDownWhileTheBotApiIsSilentAndUpWhenItAnswers() {
    try (BotHarness bot =
        BotHarness.prepare(work).property("exemplar.api.down-after", "PT3S").start()) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> bot.get("/actuator/health").statusCode() == 200);
      bot.emulator().unreachableFor(Duration.ofSeconds(15));
      await()
          .atMost(Duration.ofSeconds(14))
          .until(() -> bot.get("/actuator/health").statusCode() == 503);
      assertThat(bot.get("/actuator/health").body()).isEqualTo("{\"status\":\"DOWN\"}");
      assertThat(bot.manage("/actuator/health").body())
          .containsPattern(
              "\"botApi\":\\{\"details\":\\{[^}]*\"silentSeconds\"[^}]*\\},\"status\":\"DOWN\"");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> bot.get("/actuator/health").statusCode() == 200);
      assertThat(bot.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  /** A quiet bot (nothing to poll for, nothing to send) stays up: getMe keeps the API heard. */
  @Test
  void aQuietBotStaysUp() throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("exemplar.api.down-after", "PT4S")
            .property("telegram.poll-timeout", "8s")
            .start()) {
      for (int i = 0; i < 10; i++) {
        assertThat(bot.get("/actuator/health").statusCode()).isEqualTo(200);
        Thread.sleep(1000);
      }
      assertThat(bot.emulator().requests()).anyMatch(r -> "getMe".equals(r.method()));
    }
  }

  private static Optional<Double> value(String metrics, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? (\\S+)$")
            .matcher(metrics);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
