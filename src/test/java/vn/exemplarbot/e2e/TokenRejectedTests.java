package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * A token revoked at BotFather: Telegram answers 401 to every call. Nothing is refused for good:
 * the messages wait, health says why, and once the new token is set they are delivered, once.
 */
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
class TokenRejectedTests {

  @TempDir Path work;

  @Test
  void aRejectedTokenKeepsEveryMessageUntilTheNewTokenAndHealthSaysSo(
      org.springframework.boot.test.system.CapturedOutput logs) throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("telegram.bot-token", "999:revoked-at-botfather")
            .start()) {
      EmulatedUser guest = bot.user(310001, null, "Khách");
      bot.bean(TransactionTemplate.class)
          .executeWithoutResult(
              tx -> bot.bean(Outbox.class).toChat(guest.chatId(), new Message.Text("giữ lại")));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> health(bot).contains("rejected by Telegram"));
      assertThat(health(bot)).contains("\"status\":\"DOWN\"");
      await().atMost(Duration.ofSeconds(10)).until(() -> attempts(bot) >= 1);
      assertThat(status(bot)).isEqualTo("pending");
      assertThat(bot.emulator().requests()).allMatch(r -> r.status() == 401);
      // Neither token, whole or in part, in any line logged while it was rejected or after.
      assertThat(logs.getAll()).doesNotContain("revoked-at-botfather");

      bot.stop();
      bot.property("telegram.bot-token", BotHarness.TOKEN).start();
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> guest.chat().stream().anyMatch(m -> "giữ lại".equals(m.text())));
      assertThat(guest.chat().stream().map(ChatMessage::text)).containsOnlyOnce("giữ lại");
      await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(bot)));
      assertThat(health(bot)).contains("\"status\":\"UP\"");
      assertThat(logs.getAll())
          .contains("Delivery ")
          .doesNotContain("revoked-at-botfather", BotHarness.TOKEN);
    }
  }

  /**
   * Telegram refuses the token for a while, then accepts it again: the log and health say it
   * meanwhile, and once it is over the admin is told, once, how long sending was held.
   */
  @Test
  void whenTheTokenIsAcceptedAgainTheAdminIsToldOnceHowLongSendingWasHeld() throws Exception {
    try (BotHarness bot = BotHarness.prepare(work).start()) {
      EmulatedUser admin = bot.user(100007, null, "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      bot.emulator().tokenRejectedFor(Duration.ofSeconds(8));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> health(bot).contains("rejected by Telegram"));
      // The poll backs off while refused (up to 30 s between calls): the next one finds it over.
      ChatMessage back =
          bot.emulator()
              .awaitBotMessage(
                  admin.chatId(),
                  m -> m.fromBot() && m.text() != null && m.text().contains("chấp nhận lại mã bot"),
                  Duration.ofSeconds(60));
      assertThat(back.text()).contains("phút", "giây", "401/404");
      await().atMost(Duration.ofSeconds(10)).until(() -> health(bot).contains("\"status\":\"UP\""));
      Thread.sleep(2000);
      assertThat(admin.chat().stream().map(ChatMessage::text))
          .filteredOn(t -> t != null && t.contains("chấp nhận lại mã bot"))
          .hasSize(1);
    }
  }

  private static String status(BotHarness bot) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT status FROM outbox WHERE chat_id = 310001")
        .query(String.class)
        .single();
  }

  private static int attempts(BotHarness bot) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT attempts FROM outbox WHERE chat_id = 310001")
        .query(Integer.class)
        .single();
  }

  private static String health(BotHarness bot) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
