package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.SON;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;
import static vn.exemplarbot.e2e.ReadBack.awaitDocument;
import static vn.exemplarbot.e2e.ReadBack.docxText;
import static vn.exemplarbot.e2e.ReadBack.pdfText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The director's decisions the first tests left out, with auto numbering: codes of two ballots in
 * one {@code /approve} make two decisions; {@code Không công nhận} pressed from {@code /pending}
 * asks the reason; an approval after {@code recognition-due} is confirmed twice and marked late; a
 * name with every Vietnamese diacritic and achievements full of HTML and Markdown specials come out
 * exactly in the chat, the decision's PDF and DOCX and the certificate.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecisionGapsTests {

  /** Đ, breve, circumflex, horn and the five tones, upper and lower case. */
  static final String NAME = "Đoàn Ẩn Ưỡng Ờ Ắc Ẽ Ụy Ỳ Lệ Ặng Ốc";

  static final String ACHIEVEMENTS = "<b>&</b> *x* _y_ [z](w) &amp; `q`";
  static final long GROUP = -1001234567890L;

  @TempDir static Path work;
  static BotHarness bot;
  static BallotSteps ballot;
  static NominationSteps steps;

  @BeforeAll
  static void start() throws IOException {
    bot = BotHarness.prepare(work);
    Path settings = bot.configDir().resolve("settings.yml");
    Files.writeString(
        settings, Files.readString(settings).replace("numbering: clerk", "numbering: auto"));
    Path roster = bot.configDir().resolve("roster.yml");
    Files.writeString(roster, Files.readString(roster).replace("Lý Quang Vinh", NAME));
    bot.start();
    bot.emulator().group(GROUP, "Sở Ngoại vụ - Thi đua");
    ballot = new BallotSteps(bot);
    steps = ballot.steps();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void twoBallotsPassTheirNominations() {
    EmulatedUser son = steps.registered(SON);
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8");
    step = steps.press(son, step, "Cá nhân", "thuộc phòng nào");
    step = steps.press(son, step, "Phòng Hợp tác quốc tế", "Chọn người");
    step = steps.press(son, step, NAME, "Bước 3/8");
    steps.press(son, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(son, ACHIEVEMENTS, "Tiêu chuẩn 1/4");
    ChatMessage summary = steps.answerCriteriaAndFinish(son);
    steps.press(son, summary, "Gửi", "Đã gửi", "N-1");
    EmulatedUser an = steps.registered(AN);
    ChatMessage card = bot.awaitText(an, "Đề cử N-1 chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(an, card, "Giới thiệu", "Giới thiệu đề cử N-1");
    steps.press(an, confirm, "Xác nhận", "Đã giới thiệu đề cử N-1");
    ballot.endorsedPerson("Đỗ Thị Hương", 2, AN);
    ballot.endorsedCollective("Thanh tra Sở", 3);
    passed(1, 1, 2, 3);
    ballot.endorsedPerson("Trương Mỹ Linh", 4, AN);
    passed(2, 4);
    assertThat(ballot.state(4)).isEqualTo("passed");
  }

  private static void passed(int number, int... codes) {
    for (int code : codes) {
      ballot.appraised(code);
    }
    ballot.open(number);
    for (int code : codes) {
      for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
        ballot.vote(steps.registered(member), "N-" + code, "Đồng ý");
      }
    }
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số " + number + " ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số " + number);
  }

  @Test
  @Order(2)
  void notRecognisedFromPendingAsksTheReasonThenRejects() {
    EmulatedUser binh = steps.registered(BINH);
    bot.exchange(binh, "/pending", "chờ quyết định: 4");
    ChatMessage card = bot.awaitText(binh, "N-3: Thanh tra Sở (Thanh tra Sở)\nPhiếu");
    steps.press(binh, card, "Không công nhận", "Không công nhận đề cử N-3", "nhập lý do");
    ChatMessage confirm =
        bot.exchange(binh, "Chưa có mô hình mới", "Không công nhận đề cử N-3 (Thanh tra Sở)");
    assertThat(confirm.text()).contains("lý do: Chưa có mô hình mới");
    assertThat(ballot.state(3)).isEqualTo("passed");
    steps.press(binh, confirm, "Xác nhận", "Đã quyết định không công nhận đề cử N-3");
    assertThat(ballot.state(3)).isEqualTo("not_recognised");
  }

  @Test
  @Order(3)
  void codesOfTwoBallotsInOneApprovalMakeTwoDecisions() {
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage confirm = bot.exchange(binh, "/approve N-1 N-4", "Công nhận điển hình tiên tiến");
    assertThat(confirm.text())
        .contains(
            "Phiếu bầu kín số 1: một quyết định công nhận N-1",
            "Phiếu bầu kín số 2: một quyết định công nhận N-4");
    ChatMessage done = steps.press(binh, confirm, "Xác nhận", "Đã quyết định công nhận");
    assertThat(done.text())
        .contains("Quyết định số 1/QĐ-SNgV (N-1)", "Quyết định số 2/QĐ-SNgV (N-4)");
    assertThat(decisions("SELECT COUNT(*) FROM decision")).isEqualTo(2);
    assertThat(decisions("SELECT COUNT(DISTINCT ballot_id) FROM decision")).isEqualTo(2);
    // Ballot 2 is complete and published; ballot 1 still waits for N-2.
    bot.awaitText(steps.registered(SON), "Đề cử N-4 (Trương Mỹ Linh) đã được công nhận");
    assertThat(ballot.withText(steps.registered(SON), "Đề cử N-1", "được công nhận")).isEmpty();
  }

  @Test
  @Order(4)
  void anApprovalAfterRecognitionIsDueIsConfirmedTwiceAndMarkedLate() {
    bot.clock().advance(Duration.ofDays(45));
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage confirm = bot.exchange(binh, "/approve N-2", "Công nhận điển hình tiên tiến: N-2?");
    ChatMessage late = steps.press(binh, confirm, "Xác nhận", "Đã quá hạn", "N-2");
    assertThat(ballot.state(2)).isEqualTo("passed");
    ChatMessage done =
        steps.press(binh, late, "Xác nhận", "Quyết định số 1/QĐ-SNgV (N-2)", "quá hạn");
    assertThat(done.text()).contains("Quyết định được ghi là quá hạn");
    // A new calendar year: numbering starts again from 1.
    assertThat(decisions("SELECT late FROM decision WHERE number_year = 2027")).isEqualTo(1);
    assertThat(decisions("SELECT SUM(late) FROM decision")).isEqualTo(1);
  }

  @Test
  @Order(5)
  void diacriticsAndSpecialCharactersComeOutExactlyEverywhere() {
    EmulatedUser son = steps.registered(SON);
    bot.awaitText(son, "Đề cử N-1 (" + NAME + ") đã được công nhận", "1/QĐ-SNgV");
    ChatMessage announced =
        bot.emulator()
            .awaitBotMessage(
                GROUP, m -> m.text() != null && m.text().contains(NAME), Duration.ofSeconds(10));
    assertThat(announced.text()).contains(NAME + " (Phòng Hợp tác quốc tế)\n" + ACHIEVEMENTS);
    EmulatedUser lan = steps.registered(LAN);
    String decision = pdfText(awaitDocument(bot, lan, "Quyet-dinh-1.pdf").documentBytes());
    assertThat(decision).contains(NAME, ACHIEVEMENTS);
    String docx = docxText(awaitDocument(bot, lan, "Quyet-dinh-1.docx").documentBytes());
    assertThat(docx).contains(NAME, ACHIEVEMENTS);
    String certificate = pdfText(awaitDocument(bot, son, "Giay-cong-nhan-N-1.pdf").documentBytes());
    // Ballot 2 was published first: N-4's certificate is number 1 of 2026, N-1's number 2.
    assertThat(certificate).contains(NAME, "1/QĐ-SNgV", "Số sổ: 2 ");
  }

  private static int decisions(String sql) {
    return bot.bean(JdbcClient.class).sql(sql).query(Integer.class).single();
  }
}
