package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import vn.exemplarbot.sandbox.CallbackAnswer;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** {@code /nominate}, drafts, {@code /my} and submission, driven as people use them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NominationFlowTests {

  static final String HTQT = "Phòng Hợp tác quốc tế";

  @TempDir static Path work;
  static BotHarness bot;
  static NominationSteps steps;

  @BeforeAll
  static void start() throws IOException {
    bot = BotHarness.prepare(work);
    // Eleven people in Thanh tra Sở: two pages of people to choose from.
    StringBuilder more = new StringBuilder("\n");
    for (int i = 1; i <= 8; i++) {
      more.append("  - { id: thanh-tra-").append(i).append(", name: \"Cán bộ Thanh tra ").append(i);
      more.append("\", division: TT }\n");
    }
    Files.writeString(
        bot.configDir().resolve("roster.yml"), more, java.nio.file.StandardOpenOption.APPEND);
    bot.start();
    steps = new NominationSteps(bot);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void aNominationByButtonsAndTextWithBackEditFilesAndARestartIsSubmittedAsN1() throws IOException {
    EmulatedUser son = registered(100011);
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8", "cá nhân hay một tập thể");
    step = press(son, step, "Cá nhân", "Bước 2/8", "thuộc phòng nào");
    step = press(son, step, HTQT, "Chọn người được đề cử trong " + HTQT);
    step = press(son, step, "Quay lại", "thuộc phòng nào");
    step = press(son, step, HTQT, "Chọn người được đề cử");
    step = press(son, step, "Đỗ Thị Hương", "Bước 3/8", "Đỗ Thị Hương (" + HTQT + ")");
    step = press(son, step, "Chuyển đổi số", "Bước 4/8", "2.000 ký tự");

    step = bot.exchange(son, "Chủ trì số hoá hồ sơ lãnh sự", "Bước 5/8", "Tiêu chuẩn 1/4");
    step = press(son, step, "Đạt", "Đã chọn «Đạt»");
    bot.restart();
    step = bot.exchange(son, "Không vi phạm kỷ luật", "Tiêu chuẩn 2/4");
    bot.exchange(son, "Hoàn thành xuất sắc nhiệm vụ 2026", "Tiêu chuẩn 3/4");
    bot.exchange(son, "Được Bộ biểu dương", "Tiêu chuẩn 4/4");
    step = bot.exchange(son, "Hiến máu tình nguyện", "Bước 6/8", "Đã nhận 0 tệp");

    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 7, 7, 7, (byte) 0xFF, (byte) 0xD9};
    son.sendPhoto(jpeg);
    bot.awaitText(son, "Đã nhận tệp photo.jpg (1/10)");
    byte[] pdf = "%PDF-1.4 bằng khen".getBytes(StandardCharsets.UTF_8);
    son.sendDocument("bang-khen.pdf", "application/pdf", pdf);
    step = bot.awaitText(son, "Bước 6/8", "Đã nhận 2 tệp");
    step = press(son, step, "Xong", "Bước 7/8", "nhân tố mới");
    step = press(son, step, "Có", "Bước 8/8", "Đỗ Thị Hương", "Chuyển đổi số", "Tệp minh chứng: 2");
    assertThat(step.text()).contains("Tiêu chuẩn 1: Đạt — Không vi phạm kỷ luật");

    step = press(son, step, "Sửa", "sửa phần nào");
    step = press(son, step, "Phong trào", "Bước 3/8");
    step = press(son, step, "Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026", "Bước 8/8");
    assertThat(step.text())
        .contains("Phong trào: Thi đua thực hiện")
        .doesNotContain("Chuyển đổi số");

    step = press(son, step, "Gửi", "Đã gửi", "N-1", "Đỗ Thị Hương");
    assertThat(step.buttons()).isEmpty();
    assertThat(dossierFile("1-photo.jpg")).isEqualTo(jpeg);
    assertThat(dossierFile("2-bang-khen.pdf")).isEqualTo(pdf);
    assertThat(bot.bean(AuditLog.class).byAction("nomination-submitted"))
        .anyMatch(e -> "N-1".equals(e.subject()));
    assertThat(bot.bean(AuditLog.class).byAction("nomination-draft-created")).isNotEmpty();
    assertThat(bot.bean(Flows.class).active(personOf(son))).isEmpty();
  }

  @Test
  @Order(2)
  void aDraftPausedByCancelIsResumedFromMyAndSubmittedAsN2ThenWithdrawn() {
    EmulatedUser thuy = registered(100017);
    ChatMessage step = bot.exchange(thuy, "/nominate", "Bước 1/8");
    step = press(thuy, step, "Tập thể", "Tập thể (phòng) nào");
    step = press(thuy, step, "Phòng Lãnh sự", "Bước 3/8");
    press(thuy, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(thuy, "/cancel", "Đã thoát bước đang làm");
    bot.exchange(thuy, "Thành tích sau khi thoát", "chưa hiểu");

    bot.exchange(thuy, "/my", "Bản nháp và đề cử của bạn");
    ChatMessage draft = bot.awaitText(thuy, "Bản nháp #", "Phòng Lãnh sự");
    step = press(thuy, draft, "Tiếp tục", "Bước 4/8");
    bot.exchange(thuy, "Phòng dẫn đầu khối về cải cách hành chính", "Tiêu chuẩn 1/4");
    answerCriteriaAndFinish(thuy);
    step = bot.awaitText(thuy, "Bước 8/8", "Phòng Lãnh sự");
    press(thuy, step, "Gửi", "Đã gửi", "N-2");

    bot.exchange(thuy, "/my", "Bản nháp và đề cử của bạn (1)");
    ChatMessage mine = bot.awaitText(thuy, "N-2", "Đã gửi, chờ trưởng phòng giới thiệu");
    ChatMessage confirm = press(thuy, mine, "Rút đề cử", "Rút đề cử N-2?");
    press(thuy, confirm, "Xác nhận", "Đã rút đề cử N-2");
    bot.exchange(thuy, "/my", "Bản nháp và đề cử của bạn");
    bot.awaitText(thuy, "N-2", "Trạng thái: Đã rút");
  }

  @Test
  @Order(3)
  void aDraftIsDeletedFromMyAfterConfirmation() {
    EmulatedUser nhung = registered(100022);
    ChatMessage step = bot.exchange(nhung, "/nominate", "Bước 1/8");
    press(nhung, step, "Cá nhân", "thuộc phòng nào");
    bot.exchange(nhung, "/my", "Bản nháp và đề cử của bạn (1)");
    ChatMessage draft = bot.awaitText(nhung, "Bản nháp #");
    ChatMessage confirm = press(nhung, draft, "Xoá nháp", "Xoá bản nháp");
    press(nhung, confirm, "Xác nhận", "Đã xoá bản nháp");
    bot.exchange(nhung, "/my", "chưa có bản nháp hay đề cử nào");
    assertThat(bot.bean(Flows.class).flows(personOf(nhung))).doesNotContain("nominate");
  }

  @Test
  @Order(4)
  void selfNominationAndASecondNominationOfTheSameNomineeAreRefused() {
    EmulatedUser son = registered(100011);
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8");
    step = press(son, step, "Cá nhân", "thuộc phòng nào");
    step = press(son, step, HTQT, "Chọn người được đề cử");
    assertThat(pressForAlert(son, step, "Ngô Thanh Sơn")).contains("Không được tự đề cử");
    assertThat(pressForAlert(son, step, "Đỗ Thị Hương")).contains("đã có một đề cử đang xét");
    press(son, step, "Trương Mỹ Linh", "Bước 3/8", "Trương Mỹ Linh");
  }

  @Test
  @Order(5)
  void noSubmissionAfterTheDeadlineButTheDraftStays() {
    EmulatedUser khoa = registered(100019);
    ChatMessage step = bot.exchange(khoa, "/nominate", "Bước 1/8");
    step = press(khoa, step, "Tập thể", "Tập thể (phòng) nào");
    step = press(khoa, step, "Phòng Quản lý biên giới", "Bước 3/8");
    press(khoa, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(khoa, "Quản lý biên giới an toàn", "Tiêu chuẩn 1/4");
    answerCriteriaAndFinish(khoa);
    ChatMessage summary = bot.awaitText(khoa, "Bước 8/8", "Phòng Quản lý biên giới");
    ChatMessage menu = press(khoa, summary, "Sửa", "sửa phần nào");
    summary = press(khoa, menu, "Quay lại", "Bước 8/8");
    menu = press(khoa, summary, "Sửa", "sửa phần nào");
    ChatMessage second = press(khoa, menu, "Tiêu chuẩn 2", "Tiêu chuẩn 2/4");
    assertThat(second.buttons()).extracting(ChatMessage.Button::text).contains("Giữ nguyên");
    summary = bot.exchange(khoa, "Tuần tra biên giới đủ 100%", "Bước 8/8");
    assertThat(summary.text())
        .contains("Tiêu chuẩn 2: Tuần tra biên giới đủ 100%", "Tiêu chuẩn 3: Trả lời 3");
    bot.clock().set(LocalDateTime.of(2026, 12, 31, 0, 1));
    try {
      assertThat(pressForAlert(khoa, summary, "Gửi")).contains("Đã quá hạn gửi đề cử (31/12/2026");
    } finally {
      bot.clock().set(LocalDateTime.of(2026, 12, 1, 9, 0));
    }
    press(khoa, summary, "Gửi", "Đã gửi", "N-");
  }

  @Test
  @Order(6)
  void garbageInEveryStepGetsAClearAnswerAndLeavesTheDraftAsItWas() {
    EmulatedUser an = registered(100009);
    ChatMessage step = bot.exchange(an, "/nominate", "Bước 1/8");
    bot.exchange(an, "xin chào", "chọn bằng các nút");
    step = press(an, step, "Cá nhân", "thuộc phòng nào");
    step = press(an, step, "Phòng Lãnh sự", "Chọn người");
    step = press(an, step, "Vũ Hoàng Nam", "Bước 3/8");
    ChatMessage achievements = press(an, step, "Chuyển đổi số", "Bước 4/8");

    an.sendSticker();
    bot.awaitText(an, "không đọc được nội dung này");
    bot.exchange(an, "x".repeat(10_000), "dài 10.000 ký tự, quá giới hạn 2.000 ký tự");
    bot.exchange(an, "🎉🎉🎉", "chưa có nội dung");
    an.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
    bot.awaitText(an, "Bước này cần câu trả lời bằng chữ");
    bot.exchange(an, "/help", "Các lệnh của bạn", "/nominate", "/my");
    ChatMessage criterion = bot.exchange(an, "Thành tích thật", "Tiêu chuẩn 1/4");

    assertThat(pressForAlert(an, achievements, "Quay lại")).contains("hết hiệu lực");
    bot.exchange(an, "y".repeat(501), "quá giới hạn 500 ký tự");

    EmulatedUser thang = registered(100023);
    ChatMessage greeting = bot.awaitText(thang, "Xin chào");
    String forged = button(criterion, "Quay lại").callbackData();
    thang.press(greeting.messageId(), forged);
    assertThat(answerTo(thang).text()).contains("hết hiệu lực");

    bot.exchange(an, "Chấp hành tốt", "Tiêu chuẩn 2/4");
    bot.exchange(an, "huỷ", "Đã tạm dừng đề cử");
    assertThat(bot.bean(Flows.class).active(personOf(an))).isEmpty();
    bot.exchange(an, "/my", "Bản nháp và đề cử của bạn");
    ChatMessage draft = bot.awaitText(an, "Bản nháp #", "Vũ Hoàng Nam");
    press(an, draft, "Tiếp tục", "Tiêu chuẩn 2/4");
  }

  @Test
  @Order(7)
  void aFileOfTwentyMegabytesIsKeptWholeAndOneOverIsRefusedAsIsTextInTheFilesStep()
      throws IOException {
    EmulatedUser linh = registered(100014);
    ChatMessage step = bot.exchange(linh, "/nominate", "Bước 1/8");
    step = press(linh, step, "Tập thể", "Tập thể (phòng) nào");
    step = press(linh, step, "Thanh tra Sở", "Bước 3/8");
    press(linh, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(linh, "Thanh tra đúng hạn", "Tiêu chuẩn 1/4");
    for (int i = 1; i <= 3; i++) {
      bot.exchange(linh, "Trả lời " + i, "Tiêu chuẩn " + (i + 1) + "/4");
    }
    bot.exchange(linh, "Trả lời 4", "Bước 6/8");
    // Exactly the limit: downloaded, streamed to the data folder, kept byte for byte (also under
    // the 128 MB heap of deploy/'s flags, with the emulator holding the file in the same JVM).
    byte[] twenty = new byte[20 * 1024 * 1024];
    new java.util.Random(20).nextBytes(twenty);
    linh.sendDocument("ghi-hinh.mp4", "video/mp4", twenty);
    ChatMessage kept = bot.awaitText(linh, "Bước 6/8", "Đã nhận 1 tệp");
    Path stored;
    try (Stream<Path> files = Files.walk(bot.dataDir().resolve("dossiers"))) {
      stored =
          files.filter(f -> f.getFileName().toString().endsWith("ghi-hinh.mp4")).findFirst().get();
    }
    assertThat(Files.mismatch(stored, writeTemp(twenty))).isEqualTo(-1L);
    twenty = null;
    linh.sendDocumentOfSize("video.mp4", "video/mp4", 20L * 1024 * 1024 + 1);
    bot.awaitText(linh, "lớn hơn 20 MB");
    bot.exchange(linh, "đây là chữ", "xin gửi ảnh hoặc tài liệu");
    try (Stream<Path> all = Files.walk(bot.dataDir())) {
      assertThat(all).noneMatch(p -> p.getFileName().toString().endsWith("video.mp4"));
    }
    ChatMessage files = steps.press(linh, kept, "Xong", "Bước 7/8");
    assertThat(files.text()).contains("Thanh tra Sở");
  }

  @Test
  @Order(8)
  void peopleOfABigDivisionArePagedEightAtATime() {
    EmulatedUser thang = registered(100023);
    ChatMessage step = bot.exchange(thang, "/nominate", "Bước 1/8");
    step = press(thang, step, "Cá nhân", "thuộc phòng nào");
    step = press(thang, step, "Thanh tra Sở", "(trang 1/2)");
    assertThat(step.buttons())
        .extracting(ChatMessage.Button::text)
        .contains("Châu Thị Bé", "Cán bộ Thanh tra 5", "Sau ›")
        .doesNotContain("Cán bộ Thanh tra 6", "‹ Trước");
    step = press(thang, step, "Sau ›", "(trang 2/2)");
    assertThat(step.buttons())
        .extracting(ChatMessage.Button::text)
        .contains("Cán bộ Thanh tra 6", "Cán bộ Thanh tra 8", "‹ Trước")
        .doesNotContain("Châu Thị Bé", "Sau ›");
    step = press(thang, step, "‹ Trước", "(trang 1/2)");
    step = press(thang, step, "Sau ›", "(trang 2/2)");
    press(thang, step, "Cán bộ Thanh tra 7", "Bước 3/8", "Cán bộ Thanh tra 7 (Thanh tra Sở)");
  }

  @Test
  @Order(9)
  void aSecondNominationOfTheSameCollectiveIsRefusedAtSubmission() {
    ChatMessage first = summaryOfCollective(registered(100004), "Văn phòng Sở");
    EmulatedUser thinh = registered(100007);
    ChatMessage second = summaryOfCollective(thinh, "Văn phòng Sở");
    press(registered(100004), first, "Gửi", "Đã gửi", "Văn phòng Sở");
    assertThat(pressForAlert(thinh, second, "Gửi"))
        .contains("Văn phòng Sở đã có một đề cử đang xét");
    assertThat(bot.emulator().chat(thinh.chatId()))
        .noneMatch(m -> m.text() != null && m.text().contains("Đã gửi"));
  }

  @Test
  @Order(10)
  void underLangEnTheStepsAndTypedAnswersAreEnglish() {
    EmulatedUser director = registered(100001);
    bot.exchange(director, "/lang en", "Switched to English");
    try {
      ChatMessage step =
          bot.exchange(director, "/nominate", "Step 1/8", "a person or a collective");
      assertThat(step.buttons())
          .extracting(ChatMessage.Button::text)
          .containsExactly("Individual", "Collective", "Cancel");
      step = press(director, step, "Collective", "Which collective");
      press(director, step, "Thanh tra Sở", "Step 3/8");
      bot.exchange(director, "CANCEL", "Nomination paused");
    } finally {
      bot.exchange(director, "/lang vi", "Đã chuyển sang Tiếng Việt");
    }
  }

  private static ChatMessage summaryOfCollective(EmulatedUser user, String division) {
    return steps.summaryOfCollective(user, division);
  }

  private static void answerCriteriaAndFinish(EmulatedUser user) {
    steps.answerCriteriaAndFinish(user);
  }

  private static EmulatedUser registered(long telegramId) {
    return steps.registered(telegramId);
  }

  private static ChatMessage press(
      EmulatedUser user, ChatMessage message, String label, String... expected) {
    return steps.press(user, message, label, expected);
  }

  private static String pressForAlert(EmulatedUser user, ChatMessage message, String label) {
    return steps.pressForAlert(user, message, label);
  }

  private static CallbackAnswer answerTo(EmulatedUser user) {
    return steps.answerTo(user);
  }

  private static ChatMessage.Button button(ChatMessage message, String label) {
    return NominationSteps.button(message, label);
  }

  private static byte[] dossierFile(String name) throws IOException {
    try (Stream<Path> files = Files.walk(bot.dataDir().resolve("dossiers"))) {
      List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
      assertThat(found).hasSize(1);
      return Files.readAllBytes(found.get(0));
    }
  }

  private static String personOf(EmulatedUser user) {
    return bot.bean(vn.exemplarbot.roster.Accounts.class).identify(user.id()).orElseThrow().id();
  }

  private static Path writeTemp(byte[] bytes) throws IOException {
    Path copy = Files.createTempFile(work, "sent", ".bin");
    Files.write(copy, bytes);
    return copy;
  }
}
