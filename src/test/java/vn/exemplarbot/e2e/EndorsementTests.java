package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.nomination.Nomination;
import vn.exemplarbot.nomination.NominationState;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** Step 3 of the domain: the division head (or the council secretary) endorses or returns. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndorsementTests {

  static final String HTQT = "Phòng Hợp tác quốc tế";
  static final long AN = 100009; // head of HTQT
  static final long LAN = 100004; // council secretary, head of VP
  static final long SON = 100011; // staff of HTQT
  static final long DUC = 100014; // head of LS
  static final long THANG = 100023; // head of TT
  static final long STRANGER = 999001;

  @TempDir static Path work;
  static BotHarness bot;
  static NominationSteps steps;

  @BeforeAll
  static void start() throws IOException {
    bot = BotHarness.prepare(work);
    // A second head of Phòng Lãnh sự, so that two people may endorse its nominations.
    Files.writeString(
        bot.configDir().resolve("roster.yml"),
        "\n  - { id: pho-phong-ls, name: \"Phó phòng Lãnh sự\", division: LS,"
            + " telegram-id: 100050, roles: [division-head] }\n",
        StandardOpenOption.APPEND);
    bot.start();
    steps = new NominationSteps(bot);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void theDivisionHeadEndorsesAfterConfirmationAndNobodyElseCanWhateverTheyPress() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser an = steps.registered(AN);
    ChatMessage summary = steps.summaryOfPerson(son, HTQT, "Đỗ Thị Hương");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-1");
    ChatMessage card = bot.awaitText(an, "Đề cử N-1 chờ bạn giới thiệu", "Đỗ Thị Hương", HTQT);
    assertThat(card.text())
        .contains("Chuyển đổi số", "Thành tích của Đỗ Thị Hương", "Ngô Thanh Sơn");
    assertThat(card.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Giới thiệu", "Trả lại", "Xem hồ sơ");
    ChatMessage dossier =
        steps.press(an, card, "Xem hồ sơ", "Hồ sơ đề cử N-1", "Trả lời: Trả lời 4");
    assertThat(dossier.messageId()).isGreaterThan(card.messageId());

    long id = nomination(1).id();
    List<String> forged =
        List.of(
            NominationSteps.button(card, "Giới thiệu").callbackData(),
            NominationSteps.button(card, "Trả lại").callbackData(),
            "endorse:ok:" + id);
    EmulatedUser stranger = bot.user(STRANGER, null, "x");
    stranger.send("/start");
    ChatMessage strangerGreeting = bot.awaitText(stranger, "");
    for (EmulatedUser other : List.of(son, steps.registered(DUC))) {
      long own = lastBotMessage(other).messageId();
      for (String data : forged) {
        assertThat(steps.forAlert(other, own, data)).contains("không phải người giới thiệu");
      }
    }
    for (String data : forged) {
      assertThat(steps.forAlert(stranger, strangerGreeting.messageId(), data))
          .contains("chưa đăng ký");
    }
    assertThat(nomination(1).state()).isEqualTo(NominationState.SUBMITTED);
    assertThat(bot.bean(Flows.class).flows(personOf(son))).doesNotContain("return-comment");

    ChatMessage confirm = steps.press(an, card, "Giới thiệu", "Giới thiệu đề cử N-1");
    ChatMessage done = steps.press(an, confirm, "Xác nhận", "Đã giới thiệu đề cử N-1");
    assertThat(done.messageId()).isEqualTo(card.messageId());
    assertThat(done.buttons()).isEmpty();
    bot.awaitText(son, "Đề cử N-1", "đã được giới thiệu bởi Nguyễn Văn An");
    assertThat(nomination(1).state()).isEqualTo(NominationState.ENDORSED);
    assertThat(bot.bean(AuditLog.class).byAction("nomination-endorsed"))
        .anyMatch(e -> "N-1".equals(e.subject()));

    assertThat(steps.forAlert(an, card.messageId(), "endorse:ok:" + id))
        .contains("N-1 đã được Nguyễn Văn An giới thiệu");

    bot.exchange(son, "/my", "Bản nháp và đề cử của bạn");
    ChatMessage mine = bot.awaitText(son, "N-1", "Đã được giới thiệu");
    assertThat(mine.buttons()).isEmpty();
    assertThat(steps.forAlert(son, mine.messageId(), "my:wdok:" + id)).contains("hết hiệu lực");
    assertThat(nomination(1).state()).isEqualTo(NominationState.ENDORSED);
  }

  @Test
  @Order(2)
  void aReturnedNominationIsEditedAndResubmittedKeepingItsCodeThenEndorsed() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser an = steps.registered(AN);
    ChatMessage summary = steps.summaryOfPerson(son, HTQT, "Trương Mỹ Linh");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-2");
    ChatMessage card = bot.awaitText(an, "Đề cử N-2 chờ bạn giới thiệu");

    bot.exchange(an, "/nominate", "Bước 1/8");
    steps.press(an, card, "Trả lại", "Nhập lý do trả lại đề cử N-2");
    bot.exchange(an, "Thiếu minh chứng năm 2026", "Đã trả lại đề cử N-2");
    // The nomination the head was writing is active again, at the step it was left.
    ChatMessage notice = bot.awaitText(an, "Tiếp tục đề cử bạn đang soạn dở");
    ChatMessage resumed = NominationSteps.after(bot, an, notice, "Bước 1/8");
    assertThat(bot.bean(Flows.class).active(personOf(an))).contains("nominate");
    steps.press(an, resumed, "Cá nhân", "thuộc phòng nào");
    bot.exchange(an, "/cancel", "Đã thoát");
    assertThat(bot.bean(Flows.class).flows(personOf(an))).contains("nominate");
    assertThat(bot.bean(Flows.class).flows(personOf(an))).doesNotContain("return-comment");
    bot.awaitText(son, "Đề cử N-2", "bị trả lại", "Thiếu minh chứng năm 2026", "/my");
    assertThat(nomination(2).state()).isEqualTo(NominationState.RETURNED);
    assertThat(nomination(2).stateNote()).isEqualTo("Thiếu minh chứng năm 2026");

    bot.exchange(son, "/my", "Bản nháp và đề cử của bạn");
    ChatMessage mine = bot.awaitText(son, "N-2", "Bị trả lại", "Thiếu minh chứng");
    assertThat(mine.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Sửa và gửi lại", "Rút đề cử");
    ChatMessage again = steps.press(son, mine, "Sửa và gửi lại", "Bước 8/8", "Trương Mỹ Linh");
    ChatMessage menu = steps.press(son, again, "Sửa", "sửa phần nào");
    steps.press(son, menu, "Tiêu chuẩn 2", "Tiêu chuẩn 2/4");
    again = bot.exchange(son, "Có bằng khen kèm theo", "Bước 8/8");
    steps.press(son, again, "Gửi", "Đã gửi lại đề cử N-2");
    assertThat(nomination(2).state()).isEqualTo(NominationState.SUBMITTED);
    assertThat(nomination(2).stateNote()).isNull();

    ChatMessage second = awaitNth(an, 2, "Đề cử N-2 chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(an, second, "Giới thiệu", "Giới thiệu đề cử N-2");
    steps.press(an, confirm, "Xác nhận", "Đã giới thiệu đề cử N-2");
    bot.awaitText(son, "Đề cử N-2", "đã được giới thiệu");
    assertThat(steps.pressForAlert(an, card, "Giới thiệu")).contains("đã được Nguyễn Văn An");
  }

  @Test
  @Order(3)
  void theSecretaryEndorsesWhenTheNomineeIsTheOnlyHeadOfTheDivision() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser an = steps.registered(AN);
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage summary = steps.summaryOfPerson(son, HTQT, "Nguyễn Văn An");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-3");
    ChatMessage card = bot.awaitText(lan, "Đề cử N-3 chờ bạn giới thiệu", "Nguyễn Văn An");
    assertThat(bot.emulator().chat(an.chatId()))
        .noneMatch(m -> m.text() != null && m.text().contains("Đề cử N-3"));
    String data = NominationSteps.button(card, "Giới thiệu").callbackData();
    assertThat(steps.forAlert(an, lastBotMessage(an).messageId(), data))
        .contains("không phải người giới thiệu");
    ChatMessage confirm = steps.press(lan, card, "Giới thiệu", "Giới thiệu đề cử N-3");
    steps.press(lan, confirm, "Xác nhận", "Đã giới thiệu đề cử N-3");
    bot.awaitText(son, "Đề cử N-3", "đã được giới thiệu bởi Nguyễn Thị Lan");
  }

  @Test
  @Order(4)
  void theSecretaryEndorsesWhenTheProposerHeadsTheNominatedCollectiveAndFindsItInEndorse() {
    EmulatedUser thang = steps.registered(THANG);
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage summary = steps.summaryOfCollective(thang, "Thanh tra Sở");
    steps.press(thang, summary, "Gửi", "Đã gửi", "N-4");
    ChatMessage card = bot.awaitText(lan, "Đề cử N-4 chờ bạn giới thiệu", "Thanh tra Sở");
    String data = NominationSteps.button(card, "Giới thiệu").callbackData();
    assertThat(steps.forAlert(thang, lastBotMessage(thang).messageId(), data))
        .contains("không phải người giới thiệu");

    bot.exchange(steps.registered(DUC), "/endorse", "Không có đề cử nào chờ bạn giới thiệu");
    bot.exchange(thang, "/endorse N-4", "Đề cử N-4 không chờ bạn giới thiệu");
    bot.exchange(lan, "/endorse n-1", "Đề cử N-1 không chờ bạn giới thiệu");
    bot.exchange(lan, "/endorse n-3", "N-3 không còn chờ giới thiệu");
    bot.exchange(lan, "/endorse N-99", "Không tìm thấy đề cử N-99");
    bot.exchange(lan, "/endorse", "Đề cử chờ bạn giới thiệu (1)");
    ChatMessage listed = awaitNth(lan, 2, "Đề cử N-4 chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(lan, listed, "Giới thiệu", "Giới thiệu đề cử N-4");
    steps.press(lan, confirm, "Xác nhận", "Đã giới thiệu đề cử N-4");
    bot.awaitText(thang, "Đề cử N-4", "đã được giới thiệu bởi Nguyễn Thị Lan");
    assertThat(steps.pressForAlert(lan, card, "Trả lại")).contains("đã được Nguyễn Thị Lan");
  }

  @Test
  @Order(5)
  void withTwoHeadsBothAreAskedAndTheSecondLearnsWhoEndorsedFirst() {
    EmulatedUser thuy = steps.registered(100017);
    EmulatedUser duc = steps.registered(DUC);
    EmulatedUser deputy = steps.registered(100050);
    ChatMessage summary = steps.summaryOfPerson(thuy, "Phòng Lãnh sự", "Vũ Hoàng Nam");
    steps.press(thuy, summary, "Gửi", "Đã gửi", "N-5");
    ChatMessage first = bot.awaitText(duc, "Đề cử N-5 chờ bạn giới thiệu", "Vũ Hoàng Nam");
    ChatMessage second = bot.awaitText(deputy, "Đề cử N-5 chờ bạn giới thiệu", "Vũ Hoàng Nam");
    ChatMessage confirm = steps.press(duc, first, "Giới thiệu", "Giới thiệu đề cử N-5");
    steps.press(duc, confirm, "Xác nhận", "Đã giới thiệu đề cử N-5");
    assertThat(steps.pressForAlert(deputy, second, "Giới thiệu"))
        .contains("N-5 đã được Hoàng Văn Đức giới thiệu");
    assertThat(steps.pressForAlert(deputy, second, "Trả lại"))
        .contains("N-5 đã được Hoàng Văn Đức giới thiệu");
    bot.exchange(steps.registered(SON), "/endorse", "không dành cho vai trò của bạn");
  }

  private static Nomination nomination(int code) {
    return bot.bean(NominationRows.class).byCode(code).orElseThrow();
  }

  /** Waits until the bot has sent this many messages with the fragments; returns the last. */
  private static ChatMessage awaitNth(EmulatedUser user, int n, String... fragments) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      List<ChatMessage> found =
          bot.emulator().chat(user.chatId()).stream()
              .filter(m -> m.fromBot() && m.text() != null)
              .filter(m -> Stream.of(fragments).allMatch(m.text()::contains))
              .toList();
      if (found.size() >= n) {
        return found.get(found.size() - 1);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("fewer than " + n + " messages with " + List.of(fragments));
  }

  private static ChatMessage lastBotMessage(EmulatedUser user) {
    return bot.emulator().chat(user.chatId()).stream()
        .filter(ChatMessage::fromBot)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static String personOf(EmulatedUser user) {
    return bot.bean(Accounts.class).identify(user.id()).orElseThrow().id();
  }
}
