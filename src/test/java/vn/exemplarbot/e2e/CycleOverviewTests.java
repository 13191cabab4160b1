package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.SON;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * {@code /status} through the emulator as the secretary and the director live a cycle: a plan filed
 * and three missing, nominations in several states, an open ballot showing its turnout and no
 * count, then closed with its results; the lists behind the numbers; refusals for other roles and
 * forged presses; a bad year, an empty year, and the cycle read again once it is past.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CycleOverviewTests {

  static final long MAI = 200106; // the office clerk, registered by username
  static final long ADMIN = 100007;
  static final String VINH = "Lý <b>&</b> *x* Quang Vinh"; // the roster's name, specials and all

  @TempDir static Path work;
  static BotHarness bot;
  static BallotSteps ballot;
  static NominationSteps steps;

  @BeforeAll
  static void start() throws IOException {
    bot = BotHarness.prepare(work);
    Path roster = bot.configDir().resolve("roster.yml");
    Files.writeString(roster, Files.readString(roster).replace("Lý Quang Vinh", VINH));
    bot.start();
    ballot = new BallotSteps(bot);
    steps = ballot.steps();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  /** HTQT files its plan; N-1, N-2 go to a ballot, N-3 waits for appraisal, N-4 for its head. */
  static void aCycleUnderWay() {
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/plan", "Gửi kế hoạch năm 2026 của Phòng Hợp tác quốc tế");
    ChatMessage confirm = bot.exchange(an, "Kế hoạch thi đua của phòng", "nội dung gõ");
    steps.press(an, confirm, "Xác nhận", "Đã nộp kế hoạch năm 2026");
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.endorsedPerson(VINH, 2, AN);
    ballot.endorsedCollective("Thanh tra Sở", 3);
    EmulatedUser son = steps.registered(SON);
    ChatMessage summary = steps.summaryOfPerson(son, "Phòng Hợp tác quốc tế", "Trương Mỹ Linh");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-4");
    ballot.appraised(1);
    ballot.appraised(2);
    ballot.open(1);
    for (long member : List.of(BINH, TUAN)) {
      ballot.vote(steps.registered(member), "N-1", "Đồng ý");
      ballot.vote(steps.registered(member), "N-2", "Đồng ý");
    }
  }

  @Test
  @Order(1)
  void whileTheBallotIsOpenTheStatusShowsTurnoutButNoCount() {
    aCycleUnderWay();
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage status = bot.exchange(lan, "/status", "Chu kỳ thi đua năm 2026");
    assertThat(status.text())
        .contains(
            "Hạn nộp kế hoạch của phòng: 15/12/2026 (còn 14 ngày)",
            "Hạn gửi đề cử: 31/12/2026 (còn 30 ngày)",
            "Hạn hoàn thành công nhận: 10/01/2027 (còn 40 ngày)",
            "Kế hoạch của phòng: đã nộp 1/4 (nộp muộn 0), còn thiếu 3",
            "Còn thiếu: Phòng Lãnh sự, Phòng Quản lý biên giới, Thanh tra Sở",
            "Đề cử: 4",
            "• Phòng Hợp tác quốc tế (3): Chờ giới thiệu 1, Đang bỏ phiếu 2",
            "• Thanh tra Sở (1): Chờ thẩm định 1",
            "Phiếu bầu kín số 1: đang mở",
            "đã bỏ phiếu 2/7 thành viên",
            "Quyết định: đã lập 0");
    assertThat(status.text())
        .doesNotContain("đồng ý", "Đồng ý", "thông qua", "Được thông qua", "4/7");
    assertThat(status.text().length()).isLessThan(4096);
    assertThat(status.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Kế hoạch còn thiếu", "Đề cử chờ giới thiệu", "Hồ sơ chờ thẩm định");
  }

  @Test
  @Order(2)
  void theButtonsSendTheListsBehindTheNumbers() {
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage status = bot.exchange(lan, "/status", "Chu kỳ thi đua năm 2026");
    ChatMessage plans =
        steps.press(lan, status, "Kế hoạch còn thiếu", "Kế hoạch năm 2026 còn thiếu (3)");
    assertThat(plans.text())
        .contains("• Phòng Lãnh sự", "• Phòng Quản lý biên giới", "• Thanh tra Sở")
        .doesNotContain("Hợp tác quốc tế");
    ChatMessage endorse =
        steps.press(lan, status, "Đề cử chờ giới thiệu", "Đề cử năm 2026 chờ giới thiệu (1)");
    assertThat(endorse.text()).contains("• N-4: Trương Mỹ Linh (Phòng Hợp tác quốc tế)");
    ChatMessage appraise =
        steps.press(lan, status, "Hồ sơ chờ thẩm định", "Hồ sơ năm 2026 chờ thẩm định (1)");
    assertThat(appraise.text()).contains("• N-3: Thanh tra Sở (Thanh tra Sở)");
    // The director sees the same overview.
    bot.exchange(steps.registered(BINH), "/status", "Chu kỳ thi đua năm 2026", "Đề cử: 4");
  }

  @Test
  @Order(3)
  void othersAreRefusedAndForgedPressesChangeNothing() {
    EmulatedUser son = steps.registered(SON);
    bot.exchange(son, "/status", "không dành cho vai trò của bạn");
    bot.exchange(son, "/report", "không dành cho vai trò của bạn");
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/status 2026", "không dành cho vai trò của bạn");
    bot.exchange(an, "/report 2026", "không dành cho vai trò của bạn");
    ChatMessage sonMessage = bot.awaitText(son, "Xin chào");
    assertThat(steps.forAlert(son, sonMessage.messageId(), "cycle:plans:2026"))
        .contains("Chỉ Thư ký Hội đồng và Giám đốc Sở");
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage status = bot.exchange(lan, "/status", "Chu kỳ thi đua năm 2026");
    assertThat(steps.forAlert(lan, status.messageId(), "cycle:votes:2026"))
        .contains("không còn hợp lệ");
    assertThat(steps.forAlert(lan, status.messageId(), "cycle:plans:20x6"))
        .contains("không còn hợp lệ");
    assertThat(steps.forAlert(lan, status.messageId(), "cycle:plans")).contains("không còn hợp lệ");
  }

  @Test
  @Order(4)
  void aBadYearOrAnEmptyOneIsSaidPlainly() {
    EmulatedUser lan = steps.registered(LAN);
    bot.exchange(lan, "/status 20x5", "Năm không hợp lệ", "/status 2025");
    bot.exchange(lan, "/status 1999", "Năm không hợp lệ");
    bot.exchange(lan, "/report năm", "Năm không hợp lệ", "/report 2025");
    bot.exchange(lan, "/status 2025", "Năm 2025 chưa có dữ liệu nào");
  }

  @Test
  @Order(5)
  void onceClosedTheStatusShowsResultsAndWhatAwaitsTheDirectorAndTheClerk() {
    for (long member : List.of(LAN, DUC)) {
      ballot.vote(steps.registered(member), "N-1", "Đồng ý");
      ballot.vote(steps.registered(member), "N-2", "Đồng ý");
    }
    ballot.vote(steps.registered(THANG), "N-1", "Không đồng ý");
    ballot.vote(steps.registered(THANG), "N-2", "Đồng ý");
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage approve = bot.exchange(binh, "/approve N-1", "Công nhận điển hình tiên tiến: N-1?");
    steps.press(binh, approve, "Xác nhận", "Dự thảo quyết định");

    ChatMessage status = bot.exchange(binh, "/status", "Chu kỳ thi đua năm 2026");
    assertThat(status.text())
        .contains(
            "Phiếu bầu kín số 1: đã đóng lúc",
            "5/7 thành viên đã bỏ phiếu; thông qua 2, không thông qua 0, không đủ túc số 0",
            "chưa công bố kết quả",
            "Phòng Hợp tác quốc tế (3): Chờ giới thiệu 1, Được thông qua 1,"
                + " Đã quyết định, chờ công bố 1",
            "Quyết định: đã lập 1 (đã vào số 0, dự thảo 1); không công nhận 0; chờ quyết định 1");
    assertThat(status.buttons())
        .extracting(ChatMessage.Button::text)
        .contains("Chờ quyết định", "Chờ vào số");
    ChatMessage decide =
        steps.press(binh, status, "Chờ quyết định", "đã được thông qua, chờ quyết định (1)");
    assertThat(decide.text()).contains("• N-2: " + VINH + " (phiếu bầu kín số 1)");
    ChatMessage number = steps.press(binh, status, "Chờ vào số", "chờ vào số (1)");
    assertThat(number.text()).contains("N-1 (phiếu bầu kín số 1)");
  }

  @Test
  @Order(6)
  void aListEmptiedSinceTheOverviewSaysSo() {
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage status = bot.exchange(binh, "/status", "Chu kỳ thi đua năm 2026", "dự thảo 1");
    EmulatedUser mai = bot.user(MAI, "dangthimai", "Mai");
    bot.exchange(mai, "/start", "Xin chào");
    bot.exchange(mai, "/number N-1 15/QĐ-SNgV 05/01/2027", "Đã vào số quyết định 15/QĐ-SNgV");
    steps.press(binh, status, "Chờ vào số", "danh sách này hiện không còn gì");
    bot.exchange(binh, "/status", "Quyết định: đã lập 1 (đã vào số 1, dự thảo 0)");
  }

  @Test
  @Order(7)
  void theReportHoldsTheSameFactsInASheetPerSubject() throws IOException {
    EmulatedUser lan = steps.registered(LAN);
    ReportWorkbook book = report(lan, "/report");
    assertThat(book.sheetNames())
        .containsExactly("Tổng hợp", "Đề cử", "Kết quả Hội đồng", "Quyết định", "Nhân tố mới");
    for (String sheet : book.sheetNames()) {
      assertThat(book.headerBold(sheet)).as(sheet).isTrue();
      assertThat(book.sheet(sheet).getPaneInformation().isFreezePane()).as(sheet).isTrue();
    }
    assertThat(book.row("Tổng hợp", "Năm")).containsExactly("Năm", "2026");
    assertThat(book.row("Tổng hợp", "Cơ quan")).contains("Sở Ngoại vụ tỉnh Đồng Nai");
    assertThat(book.row("Tổng hợp", "Đề cử")).containsExactly("Đề cử", "4");
    assertThat(book.row("Tổng hợp", "Kế hoạch còn thiếu"))
        .containsExactly("Kế hoạch còn thiếu", "3");
    assertThat(book.row("Đề cử", "Phòng Hợp tác quốc tế", "Cá nhân").get(2)).isEqualTo("3");
    assertThat(book.row("Đề cử", "N-2"))
        .containsExactly(
            "N-2", "Cá nhân", VINH, "Phòng Hợp tác quốc tế", "Chuyển đổi số", "Được thông qua");
    assertThat(book.row("Đề cử", "N-1")).contains("Đỗ Thị Hương", "Đã quyết định, chờ công bố");
    assertThat(book.row("Đề cử", "N-3")).contains("Tập thể", "Thanh tra Sở", "Chờ thẩm định");
    assertThat(book.sheet("Đề cử").getColumnWidth(2)).isGreaterThan(20 * 256);
    List<String> n1 = book.row("Kết quả Hội đồng", "1", "N-1");
    assertThat(n1.subList(2, 9))
        .containsExactly("Đỗ Thị Hương", "Phòng Hợp tác quốc tế", "4", "1", "0", "5", "7");
    assertThat(n1).contains("4/7 (57,14%)", "Thông qua", "Không");
    assertThat(book.row("Kết quả Hội đồng", "1", "N-2").subList(2, 5))
        .containsExactly(VINH, "Phòng Hợp tác quốc tế", "5");
    assertThat(book.cell("Quyết định", "15/QĐ-SNgV").getCellType())
        .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    assertThat(book.row("Quyết định", "15/QĐ-SNgV"))
        .startsWith("15/QĐ-SNgV", "05/01/2027", "1", "N-1", "Không", "Đã vào số");
    assertThat(book.rows("Nhân tố mới")).hasSize(1);
    try (var kept = Files.list(bot.dataDir().resolve("reports/2026"))) {
      assertThat(kept).hasSize(1);
    }
    assertThat(bot.bean(AuditLog.class).byAction("cycle-report"))
        .singleElement()
        .satisfies(e -> assertThat(e.subject()).isEqualTo("2026"));
  }

  @Test
  @Order(8)
  void afterPublicationTheReportShowsTheOutcomesAndTheExemplarFollowedUp() throws IOException {
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage reject =
        bot.exchange(binh, "/reject N-2 Chưa đủ tiêu biểu", "Không công nhận đề cử N-2");
    steps.press(binh, reject, "Xác nhận", "Đã quyết định không công nhận đề cử N-2");
    ReportWorkbook book = report(binh, "/report 2026");
    assertThat(book.row("Đề cử", "N-1")).contains("Được công nhận");
    assertThat(book.row("Đề cử", "N-2")).contains("Không được công nhận");
    assertThat(book.row("Kết quả Hội đồng", "1", "N-1")).endsWith("Thông qua", "Có");
    assertThat(book.row("Quyết định", "N-2")).contains("Chưa đủ tiêu biểu", "Không");
    assertThat(book.row("Nhân tố mới", "Cá nhân", "Đỗ Thị Hương"))
        .startsWith(
            "Cá nhân", "Đỗ Thị Hương", "Phòng Hợp tác quốc tế", "2026", "Điển hình được công nhận");
    bot.exchange(binh, "/status", "Phiếu bầu kín số 1", "đã công bố kết quả", "không công nhận 1");
    try (var kept = Files.list(bot.dataDir().resolve("reports/2026"))) {
      assertThat(kept).hasSize(2); // the first report, made in the same second, is kept too
    }
  }

  private static ReportWorkbook report(EmulatedUser user, String command) {
    long before = user.chat().stream().mapToLong(ChatMessage::messageId).max().orElse(0);
    user.send(command);
    ChatMessage document =
        bot.emulator()
            .awaitBotMessage(
                user.chatId(),
                m -> "Bao-cao-thi-dua-2026.xlsx".equals(m.documentName()) && m.messageId() > before,
                java.time.Duration.ofSeconds(20));
    assertThat(document.text()).contains("Báo cáo chu kỳ thi đua năm 2026");
    return new ReportWorkbook(document.documentBytes());
  }

  @Test
  @Order(9)
  void aPastCycleReadsItsOwnFiguresWithoutDeadlines() throws IOException {
    Path settings = bot.configDir().resolve("settings.yml");
    Files.writeString(
        settings,
        Files.readString(settings)
            .replace("year: 2026", "year: 2027")
            .replace("division-plans-due: 2026-12-15", "division-plans-due: 2027-12-15")
            .replace("nominations-due: 2026-12-31", "nominations-due: 2027-12-31")
            .replace("recognition-due: 2027-01-10", "recognition-due: 2028-01-10"));
    bot.exchange(steps.registered(ADMIN), "/reload", "Đã đọc lại bot-config");
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage past = bot.exchange(lan, "/status 2026", "Chu kỳ thi đua năm 2026");
    assertThat(past.text())
        .contains("Chu kỳ đã qua", "Đề cử: 4", "Phiếu bầu kín số 1: đã đóng")
        .doesNotContain("còn 14 ngày", "Hạn nộp kế hoạch");
    ChatMessage current = bot.exchange(lan, "/status", "Chu kỳ thi đua năm 2027");
    assertThat(current.text())
        .contains("Hạn nộp kế hoạch của phòng: 15/12/2027", "Đề cử: chưa có.", "đã nộp 0/4")
        .doesNotContain("N-1");
  }
}
