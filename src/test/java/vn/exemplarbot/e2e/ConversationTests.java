package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** Flows per person and per kind, surviving restarts; stale and forged presses refused. */
class ConversationTests {

  @TempDir static Path work;
  static BotHarness bot;

  @BeforeAll
  static void start() {
    bot = BotHarness.prepare(work).source(TestFlows.class).start();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  void aFlowSurvivesARestartAndTwoFlowsNeverTrampleEachOther() {
    EmulatedUser user = bot.user(100011, null, "x");
    bot.exchange(user, "/start", "Xin chào");
    user.send("/note");
    bot.awaitText(user, "note bắt đầu ở 0");
    user.send("một");
    bot.awaitText(user, "note 1: một");

    bot.restart();
    user.send("hai");
    bot.awaitText(user, "note 2: hai");

    user.send("/comment");
    bot.awaitText(user, "comment bắt đầu ở 100");
    user.send("góp ý");
    bot.awaitText(user, "comment 101: góp ý");

    user.send("/note");
    bot.awaitText(user, "note bắt đầu ở 2");
    user.send("ba");
    bot.awaitText(user, "note 3: ba");
  }

  @Test
  void anUpdateThatFailsIsSetAsideItsSenderToldAndTheRestGoOn() {
    EmulatedUser user = bot.user(100001, null, "x");
    bot.exchange(user, "/start", "Xin chào");
    user.send("/note");
    bot.awaitText(user, "note bắt đầu ở 0");
    user.send("trước");
    user.send("nổ");
    user.send("sau");
    bot.awaitText(user, "note 2: sau");
    bot.awaitText(user, "có lỗi khi xử lý", "Không có dữ liệu nào bị mất");
    assertThat(user.chat().stream().map(ChatMessage::text)).contains("note 1: trước");
  }

  @Test
  void cancelLeavesTheStepAndKeepsTheState() {
    EmulatedUser user = bot.user(100017, null, "x");
    bot.exchange(user, "/start", "Xin chào");
    String person = personOf(user);
    user.send("/note");
    bot.awaitText(user, "note bắt đầu ở 0");
    user.send("/cancel");
    bot.awaitText(user, "Đã thoát bước đang làm");
    user.send("còn ai nghe không");
    bot.awaitText(user, "chưa hiểu");
    assertThat(bot.bean(Flows.class).flows(person)).contains("note");
    assertThat(bot.bean(Flows.class).active(person)).isEmpty();
  }

  @Test
  void aForgedOrStalePressIsRefusedAndChangesNothing() {
    EmulatedUser user = bot.user(100019, null, "x");
    user.send("/start");
    ChatMessage greeting = bot.awaitText(user, "Xin chào");
    user.press(greeting.messageId(), "ballot:999:A");
    user.press(greeting.messageId(), "<script>");
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(bot.emulator().callbackAnswers())
                    .filteredOn(a -> a.text() != null && a.text().contains("hết hiệu lực"))
                    .hasSizeGreaterThanOrEqualTo(2));
    assertThat(bot.emulator().violations()).isEmpty();
  }

  @Test
  void aPressEditsItsMessageInPlaceAndIsAnswered() {
    EmulatedUser user = bot.user(100009, null, "x");
    bot.exchange(user, "/start", "Xin chào");
    ChatMessage counter = bot.exchange(user, "/counter", "Đếm: 0");
    user.press(counter.messageId(), counter.buttons().get(0).callbackData());
    ChatMessage edited = bot.awaitText(user, "Đếm: 1");
    assertThat(edited.messageId()).isEqualTo(counter.messageId());
    assertThat(edited.edited()).isTrue();
    user.press(edited.messageId(), edited.buttons().get(0).callbackData());
    assertThat(bot.awaitText(user, "Đếm: 2").messageId()).isEqualTo(counter.messageId());
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(bot.emulator().callbackAnswers())
                    .filteredOn(a -> "Không có bước nào đang làm.".equals(a.text()))
                    .hasSize(2));
  }

  @Test
  void messagesInAGroupAreNotAnsweredThere() {
    EmulatedUser user = bot.user(100004, "nguyenthilan_sngv", "Lan");
    bot.emulator().group(-100500, "Sở Ngoại vụ");
    user.sendIn(-100500, "/help");
    user.sendIn(-100500, "xin chào mọi người");
    bot.exchange(user, "/start", "Nguyễn Thị Lan");
    assertThat(bot.emulator().chat(-100500)).noneMatch(ChatMessage::fromBot);
  }

  @Test
  void aStrangersPressIsRefused() {
    EmulatedUser stranger = bot.user(300900, null, "x");
    stranger.send("/start");
    ChatMessage ask = bot.awaitText(stranger, "Chia sẻ số điện thoại");
    stranger.press(ask.messageId(), "note:1");
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(bot.emulator().callbackAnswers())
                    .anyMatch(a -> a.text() != null && a.text().contains("chưa đăng ký")));
  }

  @Test
  void filesSentInAFlowAreDownloadedFromTheConfiguredBaseUrl() throws Exception {
    EmulatedUser user = bot.user(100023, null, "x");
    bot.exchange(user, "/start", "Xin chào");
    user.send("/note");
    bot.awaitText(user, "note bắt đầu");
    byte[] pdf = "%PDF-1.4 minh chứng thành tích".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    user.sendDocument("minh-chung.pdf", "application/pdf", pdf);
    bot.awaitText(user, "tệp minh-chung.pdf " + pdf.length + " byte");
    assertThat(java.nio.file.Files.readAllBytes(bot.dataDir().resolve("uploads/minh-chung.pdf")))
        .isEqualTo(pdf);
    byte[] jpeg =
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
    user.sendPhoto(jpeg);
    bot.awaitText(user, "tệp photo.jpg");
    assertThat(bot.emulator().requests())
        .anyMatch(r -> r.method().equals("getFile") && r.status() == 200);
  }

  private static String personOf(EmulatedUser user) {
    return bot.bean(vn.exemplarbot.roster.Accounts.class).identify(user.id()).orElseThrow().id();
  }
}
