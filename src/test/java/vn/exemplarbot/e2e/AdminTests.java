package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** The admin's view, /unbind, long messages, and health. */
class AdminTests {

  @TempDir static Path work;
  static BotHarness bot;
  static EmulatedUser admin;

  @BeforeAll
  static void start() {
    bot = BotHarness.started(work);
    admin = bot.user(100007, "huynhducthinh", "Thịnh");
    bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  void adminSeesWhoHasNotRegisteredAndRefusedMessagesWithoutTheirText() {
    EmulatedUser blocked = bot.user(100009, null, "An");
    bot.exchange(blocked, "/start", "Nguyễn Văn An");
    blocked.blockBot(true);
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx ->
                bot.bean(Outbox.class)
                    .toPerson("nguyen-van-an", new Message.Text("Nội dung riêng tư 4711")));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.bean(vn.exemplarbot.messaging.OutboxQueue.class).count("refused") > 0);
    admin.send("/admin");
    ChatMessage report = bot.awaitText(admin, "Chưa đăng ký với bot", "Tin nhắn Telegram từ chối");
    assertThat(report.text())
        .contains("Võ Văn Hùng (vo-van-hung)")
        .doesNotContain("Huỳnh Đức Thịnh (")
        .contains("nguyen-van-an")
        .contains("403")
        .doesNotContain("Nội dung riêng tư 4711");
  }

  @Test
  void unbindFreesABindingSoANewAccountCanRegister() {
    EmulatedUser oldPhone = bot.user(500001, "dothihuong", "Hương");
    bot.exchange(oldPhone, "/start", "Đỗ Thị Hương");
    EmulatedUser newPhone = bot.user(500002, "dothihuong", "Hương");
    bot.exchange(newPhone, "/start", "đã được liên kết");
    admin.send("/unbind do-thi-huong");
    bot.awaitText(admin, "Đã gỡ liên kết của Đỗ Thị Hương");
    bot.exchange(newPhone, "/start", "Đỗ Thị Hương", "Phòng Hợp tác quốc tế");
    oldPhone.send("/help");
    bot.awaitText(oldPhone, "chưa đăng ký");
    assertThat(bot.bean(vn.exemplarbot.audit.AuditLog.class).byAction("unbound"))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("huynh-duc-thinh");
              assertThat(e.subject()).isEqualTo("do-thi-huong");
            });
    assertThat(bot.bean(vn.exemplarbot.audit.AuditLog.class).byAction("registered"))
        .anyMatch(e -> "do-thi-huong".equals(e.subject()));
  }

  @Test
  void unbindWithoutAnIdSaysHowToUseIt() {
    admin.send("/unbind");
    bot.awaitText(admin, "Cách dùng: /unbind");
    admin.send("/unbind khong-co-ai");
    bot.awaitText(admin, "Không có liên kết nào với «khong-co-ai»");
  }

  @Test
  void aLongTextIsSplitUnderTelegramsLimit() {
    String paragraph = "Thành tích xuất sắc trong công tác đối ngoại của tỉnh. ".repeat(40);
    String text = (paragraph + "\n").repeat(5);
    assertThat(text.length()).isGreaterThan(2 * 4096);
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> bot.bean(Outbox.class).toPerson("huynh-duc-thinh", new Message.Text(text)));
    // Cut at line breaks: two paragraphs (4,401 characters) never fit, so each goes on its own.
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(
                        admin.chat().stream()
                            .filter(m -> m.text() != null && m.text().startsWith("Thành tích"))
                            .map(ChatMessage::text)
                            .toList())
                    .hasSize(5)
                    .allMatch(t -> t.length() <= 4096)
                    .allMatch(t -> t.equals(paragraph.strip())));
    assertThat(bot.emulator().violations()).isEmpty();
  }

  @Test
  void aMessageIsEditedByItsOutboxRowEvenWhileItWasStillHeld() {
    TransactionTemplate tx = bot.bean(TransactionTemplate.class);
    Outbox outbox = bot.bean(Outbox.class);
    long row =
        tx.execute(s -> outbox.toPerson("le-thi-thu-ha", new Message.Text("Phiếu: đang mở")));
    tx.executeWithoutResult(s -> outbox.editSent(row, new Message.Text("Phiếu: đã huỷ")));
    EmulatedUser deputy = bot.user(600001, "lethithuha", "Hà");
    deputy.send("/start");
    ChatMessage edited = bot.awaitText(deputy, "Phiếu: đã huỷ");
    assertThat(edited.edited()).isTrue();
    assertThat(deputy.chat()).noneMatch(m -> "Phiếu: đang mở".equals(m.text()));
    long later = tx.execute(s -> outbox.toPerson("le-thi-thu-ha", new Message.Text("Lần hai")));
    bot.awaitText(deputy, "Lần hai");
    tx.executeWithoutResult(s -> outbox.editSent(later, new Message.Text("Lần hai, đã sửa")));
    assertThat(bot.awaitText(deputy, "Lần hai, đã sửa").edited()).isTrue();
  }

  @Test
  void healthIsUpWithTheDatabase() throws Exception {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
  }
}
