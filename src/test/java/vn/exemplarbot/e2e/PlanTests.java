package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** Step 1 of the domain: division plans filed with the Office, by heads or by the clerk. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanTests {

  static final long AN = 100009; // head of HTQT
  static final long LAN = 100004; // council secretary, head of the Office
  static final long BINH = 100001; // director, head of the Board (owes no plan)
  static final long SON = 100011; // staff of HTQT
  static final long KHOA = 100019; // head of BG
  static final long THANG = 100023; // head of TT
  static final long MAI = 200106; // the office clerk, registered by username

  @TempDir static Path work;
  static BotHarness bot;
  static NominationSteps steps;
  static EmulatedUser mai;

  @BeforeAll
  static void start() {
    bot = BotHarness.started(work);
    steps = new NominationSteps(bot);
    mai = bot.user(MAI, "dangthimai", "Mai");
    bot.exchange(mai, "/start", "Xin chào");
    steps.registered(LAN);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void aHeadFilesTheDivisionPlanAsADocumentAndTheOfficeIsToldWithTheFile() throws IOException {
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/plan", "Gửi kế hoạch năm 2026 của Phòng Hợp tác quốc tế", "tối đa 4000");
    byte[] pdf = "%PDF-1.4 kế hoạch HTQT".getBytes(StandardCharsets.UTF_8);
    an.sendDocument("ke-hoach-htqt.pdf", "application/pdf", pdf);
    ChatMessage confirm = bot.awaitText(an, "Kế hoạch năm 2026 của Phòng Hợp tác quốc tế", "tệp");
    assertThat(confirm.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Xác nhận", "Hủy");
    steps.press(an, confirm, "Xác nhận", "Đã nộp kế hoạch năm 2026", "(phiên bản 1)");

    ChatMessage notice = bot.awaitText(steps.registered(LAN), "Phòng Hợp tác quốc tế đã được nộp");
    assertThat(notice.text()).contains("phiên bản 1", "Nguyễn Văn An", "01/12/2026 09:00");
    assertThat(notice.documentName()).isEqualTo("ke-hoach-htqt.pdf");
    assertThat(notice.documentBytes()).isEqualTo(pdf);
    assertThat(bot.awaitText(mai, "Phòng Hợp tác quốc tế đã được nộp").documentBytes())
        .isEqualTo(pdf);
    Path kept = bot.dataDir().resolve("plans/2026/HTQT/v1-ke-hoach-htqt.pdf");
    assertThat(Files.readAllBytes(kept)).isEqualTo(pdf);
    assertThat(bot.bean(AuditLog.class).byAction("plan-filed"))
        .anyMatch(e -> "HTQT:2026".equals(e.subject()) && "v1".equals(e.detail()));
  }

  @Test
  @Order(2)
  void aSecondPlanAsTextBecomesVersionTwoAndKeepsTheFirst() {
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/plan", "đã nộp phiên bản 1", "phiên bản 2");
    ChatMessage confirm =
        bot.exchange(an, "Kế hoạch sửa đổi: thi đua chuyển đổi số", "nội dung gõ (39 ký tự)");
    steps.press(an, confirm, "Xác nhận", "(phiên bản 2)");
    ChatMessage notice =
        bot.awaitText(
            steps.registered(LAN), "phiên bản 2", "Kế hoạch sửa đổi: thi đua chuyển đổi số");
    assertThat(notice.text()).contains("Phòng Hợp tác quốc tế", "Nguyễn Văn An");
    assertThat(bot.dataDir().resolve("plans/2026/HTQT/v1-ke-hoach-htqt.pdf")).exists();
  }

  @Test
  @Order(3)
  void theClerkFilesAPaperPlanForADivisionPickedFromButtons() {
    ChatMessage choose = bot.exchange(mai, "/plan", "Nộp kế hoạch cho phòng nào?");
    assertThat(choose.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly(
            "Phòng Hợp tác quốc tế", "Phòng Lãnh sự", "Phòng Quản lý biên giới", "Thanh tra Sở");
    steps.press(mai, choose, "Phòng Lãnh sự", "Gửi kế hoạch năm 2026 của Phòng Lãnh sự");
    mai.sendPhoto(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
    ChatMessage confirm = bot.awaitText(mai, "Kế hoạch năm 2026 của Phòng Lãnh sự: tệp photo.jpg");
    steps.press(
        mai, confirm, "Xác nhận", "Đã nộp kế hoạch năm 2026 của Phòng Lãnh sự", "phiên bản 1");
    ChatMessage notice = bot.awaitText(steps.registered(LAN), "Phòng Lãnh sự đã được nộp");
    assertThat(notice.text()).contains("Đặng Thị Mai");
    assertThat(notice.documentName()).isEqualTo("photo.jpg");
    assertThat(mai.chat())
        .noneMatch(m -> m.text() != null && m.text().contains("Phòng Lãnh sự đã được nộp"));
  }

  @Test
  @Order(4)
  void badInputIsAnsweredClearlyAndCancelLeavesNothingFiled() {
    EmulatedUser thang = steps.registered(THANG);
    bot.exchange(thang, "/plan", "Gửi kế hoạch năm 2026 của Thanh tra Sở");
    long before = lastId(thang);
    thang.sendSticker();
    bot.awaitText(thang, "Bot không đọc được nội dung này");
    bot.exchange(thang, "   ", "chưa có nội dung");
    bot.exchange(thang, "x".repeat(4001), "dài 4001 ký tự, quá giới hạn 4000 ký tự");
    thang.sendDocumentOfSize("rat-lon.pdf", "application/pdf", 25L * 1024 * 1024);
    bot.awaitText(thang, "lớn hơn 20 MB");
    assertThat(thang.chat()).noneMatch(m -> m.messageId() > before && m.buttons().size() > 0);
    ChatMessage confirm = bot.exchange(thang, "Kế hoạch Thanh tra", "Bấm «Xác nhận»");
    bot.exchange(thang, "/cancel", "Đã thoát");
    assertThat(steps.pressForAlert(thang, confirm, "Xác nhận")).contains("Nút này đã cũ");
    bot.exchange(thang, "Kế hoạch Thanh tra", "Tôi chưa hiểu tin nhắn này");
  }

  @Test
  @Order(5)
  void forgedPressesAndWrongRolesAreRefused() {
    EmulatedUser son = steps.registered(SON);
    long anyMessage = lastId(son);
    assertThat(steps.forAlert(son, anyMessage, "plan:ok")).contains("không được nộp kế hoạch");
    assertThat(steps.forAlert(son, anyMessage, "plan:pick:0")).contains("không được nộp kế hoạch");
    bot.exchange(son, "/plan", "không dành cho vai trò của bạn");
    bot.exchange(son, "/plans", "không dành cho vai trò của bạn");

    EmulatedUser khoa = steps.registered(KHOA);
    ChatMessage ask = bot.exchange(khoa, "/plan", "Phòng Quản lý biên giới");
    assertThat(steps.forAlert(khoa, ask.messageId(), "plan:pick:1")).contains("không được nộp");
    assertThat(steps.forAlert(khoa, ask.messageId(), "plan:ok")).contains("Nút này đã cũ");
    bot.exchange(khoa, "/cancel", "Đã thoát");
    ChatMessage choose = bot.exchange(mai, "/plan", "phòng nào");
    assertThat(steps.forAlert(mai, choose.messageId(), "plan:pick:9")).contains("không được nộp");
    bot.exchange(mai, "/cancel", "Đã thoát");

    bot.exchange(steps.registered(BINH), "/plan", "Ban Giám đốc không phải nộp kế hoạch");
    bot.exchange(steps.registered(LAN), "/plan", "Văn phòng Sở không phải nộp kế hoạch");
  }

  @Test
  @Order(6)
  void plansShowsEachDivisionFiledOrMissing() {
    ChatMessage plans =
        bot.exchange(steps.registered(LAN), "/plans", "Kế hoạch năm 2026 của các phòng");
    assertThat(plans.text())
        .contains(
            "(hạn: trước ngày 15/12/2026): 2/4 phòng đã nộp",
            "✅ Phòng Hợp tác quốc tế: đã nộp 01/12/2026 09:00, phiên bản 2, do Nguyễn Văn An gửi",
            "✅ Phòng Lãnh sự: đã nộp 01/12/2026 09:00, phiên bản 1, do Đặng Thị Mai gửi",
            "❌ Phòng Quản lý biên giới: chưa nộp",
            "❌ Thanh tra Sở: chưa nộp")
        .doesNotContain("Văn phòng Sở:", "Ban Giám đốc");
  }

  @Test
  @Order(7)
  void afterTheDeadlineAPlanIsStillTakenAndMarkedLate() {
    bot.clock().set(LocalDateTime.of(2026, 12, 16, 10, 0));
    EmulatedUser khoa = steps.registered(KHOA);
    bot.exchange(khoa, "/plan", "Đã quá hạn nộp (trước ngày 15/12/2026)", "nộp muộn");
    ChatMessage confirm = bot.exchange(khoa, "Kế hoạch biên giới", "Bấm «Xác nhận»");
    steps.press(khoa, confirm, "Xác nhận", "được ghi là nộp muộn");
    bot.awaitText(steps.registered(LAN), "Phòng Quản lý biên giới đã được nộp muộn");
    ChatMessage plans = bot.exchange(mai, "/plans", "3/4 phòng đã nộp");
    assertThat(plans.text())
        .contains(
            "⚠️ Phòng Quản lý biên giới: nộp muộn, bản mới nhất 16/12/2026 10:00, phiên bản 1",
            "⛔ Thanh tra Sở: chưa nộp, đã quá hạn",
            "✅ Phòng Hợp tác quốc tế");
    assertThat(bot.bean(AuditLog.class).byAction("plan-filed"))
        .anyMatch(e -> "BG:2026".equals(e.subject()) && "v1 late".equals(e.detail()));
  }

  private static long lastId(EmulatedUser user) {
    return user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
  }
}
