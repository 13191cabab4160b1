package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.SON;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Step 6 of the domain through the emulator (first slice): a ballot passes four nominations; the
 * director lists them, approves two together (one decision, numbered automatically), one more (the
 * next number), rejects the last without a reason (asked) after recognition is due (confirmed
 * twice, marked late); refusals for anyone else, forged presses, unknown codes and deciding twice;
 * the proposer hears nothing before publication.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecisionTests {

  static final long MAI = 200106; // the office clerk, registered by username
  static final long ADMIN = 100007;
  static final long GROUP = -1001234567890L; // announce-chat-id in the example settings

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
  void theCouncilPassesFiveNominationsAndFailsOne() {
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.endorsedPerson("Trương Mỹ Linh", 2, AN);
    ballot.endorsedPerson("Lý Quang Vinh", 3, AN);
    ballot.endorsedCollective("Thanh tra Sở", 4);
    collective("Phòng Lãnh sự", 5, DUC);
    ballot.endorsedPerson("Nguyễn Văn An", 6, LAN);
    for (int code = 1; code <= 6; code++) {
      ballot.appraised(code);
    }
    ballot.open(1);
    for (int code = 1; code <= 6; code++) {
      String agree = code == 5 ? "Không đồng ý" : "Đồng ý";
      for (long member : List.of(BINH, TUAN, LAN, DUC)) {
        ballot.vote(steps.registered(member), "N-" + code, agree);
      }
      ballot.vote(steps.registered(THANG), "N-" + code, code == 5 ? "Đồng ý" : "Không đồng ý");
    }
    close(1);
    assertThat(ballot.state(4)).isEqualTo("passed");
    assertThat(ballot.state(5)).isEqualTo("failed");
  }

  /** Proposed by the head of Thanh tra Sở, endorsed by the head of the division nominated. */
  private static void collective(String division, int code, long endorser) {
    EmulatedUser thang = steps.registered(THANG);
    ChatMessage summary = steps.summaryOfCollective(thang, division);
    steps.press(thang, summary, "Gửi", "Đã gửi", "N-" + code);
    EmulatedUser head = steps.registered(endorser);
    ChatMessage card = bot.awaitText(head, "Đề cử N-" + code + " chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(head, card, "Giới thiệu", "Giới thiệu đề cử N-" + code);
    steps.press(head, confirm, "Xác nhận", "Đã giới thiệu đề cử N-" + code);
  }

  private static void close(int number) {
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage confirm =
        bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số " + number + " ngay");
    steps.press(lan, confirm, "Xác nhận", "Đã đóng phiếu bầu số " + number);
  }

  @Test
  @Order(2)
  void onlyTheDirectorSeesThePendingListAndDecides() {
    EmulatedUser an = steps.registered(AN);
    bot.exchange(an, "/pending", "không dành cho vai trò của bạn");
    bot.exchange(an, "/approve N-1", "không dành cho vai trò của bạn");
    EmulatedUser binh = steps.registered(BINH);
    bot.exchange(binh, "/pending", "chờ quyết định: 5");
    ChatMessage card = bot.awaitText(binh, "N-1: Đỗ Thị Hương (Phòng Hợp tác quốc tế)\nPhiếu");
    assertThat(card.text())
        .contains("Phiếu bầu kín số 1: đồng ý 4, không đồng ý 1", "đã bỏ 5/7", "4/7 (57,14%)");
    ChatMessage failed = bot.awaitText(binh, "Không được Hội đồng thông qua");
    assertThat(failed.text()).contains("N-5: Phòng Lãnh sự", "đồng ý 1, không đồng ý 4");
    assertThat(failed.text()).doesNotContain("N-1");
    steps.press(binh, card, "Xem hồ sơ", "N-1", "Trả lời 4");
    assertThat(card.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Công nhận", "Không công nhận", "Xem hồ sơ");
    // The same button data pressed from another person's chat decides nothing.
    ChatMessage anMessage = bot.awaitText(an, "Xin chào");
    String data = card.buttons().get(0).callbackData();
    assertThat(steps.forAlert(an, anMessage.messageId(), data)).contains("Chỉ Giám đốc Sở");
    bot.exchange(binh, "/approve N-99", "Không có đề cử mã N-99");
    bot.exchange(binh, "/approve N-1 N-5", "Đề cử N-5 không ở danh sách");
    bot.exchange(binh, "/approve", "Gõ /approve kèm mã");
    assertThat(ballot.state(1)).isEqualTo("passed");
  }

  @Test
  @Order(3)
  void twoCodesApprovedTogetherMakeOneNumberedDecision() {
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage confirm =
        bot.exchange(binh, "/approve n-1 2", "Công nhận điển hình tiên tiến: N-1, N-2?");
    assertThat(confirm.text()).contains("Phiếu bầu kín số 1: một quyết định công nhận N-1, N-2");
    steps.press(binh, confirm, "Xác nhận", "Đã quyết định công nhận", "Quyết định số 1/QĐ-SNgV");
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage pdf = awaitDocument(lan, "Quyet-dinh-1.pdf");
    String text = pdfText(pdf.documentBytes());
    assertThat(text)
        .contains(
            "QUYẾT ĐỊNH", "1/QĐ-SNgV", "Đỗ Thị Hương", "Trương Mỹ Linh", "điển hình tiên tiến")
        .doesNotContain("DỰ THẢO");
    assertThat(bot.dataDir().resolve("decisions/1/quyet-dinh-1.pdf")).exists();
    byte[] docx = awaitDocument(lan, "Quyet-dinh-1.docx").documentBytes();
    try (XWPFWordExtractor word =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      assertThat(word.getText()).contains("1/QĐ-SNgV", "Đỗ Thị Hương", "Trương Mỹ Linh");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(ballot.state(1)).isEqualTo("recognised");
    assertThat(ballot.state(2)).isEqualTo("recognised");

    bot.exchange(binh, "/approve N-2", "Đề cử N-2 đã được quyết định rồi");
    // By the buttons of /pending: Công nhận, then Xác nhận; a forger's or a stale Xác nhận does
    // nothing.
    bot.exchange(binh, "/pending", "chờ quyết định: 3");
    ChatMessage card = bot.awaitText(binh, "N-3: Lý Quang Vinh (Phòng Hợp tác quốc tế)\nPhiếu");
    ChatMessage next = steps.press(binh, card, "Công nhận", "Công nhận điển hình tiên tiến: N-3?");
    EmulatedUser an = steps.registered(AN);
    ChatMessage anMessage = bot.awaitText(an, "Xin chào");
    assertThat(steps.forAlert(an, anMessage.messageId(), "dapp:ok")).contains("Chỉ Giám đốc Sở");
    assertThat(ballot.state(3)).isEqualTo("passed");
    steps.press(binh, next, "Xác nhận", "Quyết định số 2/QĐ-SNgV (N-3)");
    assertThat(steps.forAlert(binh, next.messageId(), "dapp:ok")).contains("Nút này đã cũ");
    assertThat(bot.bean(AuditLog.class).byAction("decision-made")).hasSize(2);
  }

  @Test
  @Order(4)
  void withClerkNumberingTheDecisionIsADraftUntilTheClerkRegistersItsNumber() throws IOException {
    EmulatedUser mai = bot.user(MAI, "dangthimai", "Mai");
    bot.exchange(mai, "/start", "Xin chào");
    Path settings = bot.configDir().resolve("settings.yml");
    Files.writeString(
        settings, Files.readString(settings).replace("numbering: auto", "numbering: clerk"));
    bot.exchange(steps.registered(ADMIN), "/reload", "Đã đọc lại bot-config");

    EmulatedUser binh = steps.registered(BINH);
    ChatMessage confirm = bot.exchange(binh, "/approve N-6", "Công nhận điển hình tiên tiến: N-6?");
    steps.press(binh, confirm, "Xác nhận", "Dự thảo quyết định số tạm 3 (N-6)");
    EmulatedUser lan = steps.registered(LAN);
    String draft = pdfText(awaitDocument(lan, "Du-thao-quyet-dinh-3.pdf").documentBytes());
    assertThat(draft).contains("DỰ THẢO", "Nguyễn Văn An").doesNotContain("3/QĐ-SNgV");
    bot.awaitText(mai, "chờ vào số", "/number N-6");
    awaitDocument(mai, "Du-thao-quyet-dinh-3.pdf");

    bot.exchange(binh, "/number N-6 15/QĐ-SNgV 05/01/2027", "không dành cho vai trò của bạn");
    bot.exchange(mai, "/number N-6 15/QĐ-ABC 05/01/2027", "không đúng dạng <số>/QĐ-SNgV");
    bot.exchange(mai, "/number N-6 15/QĐ-SNgV 31/02/2027", "Ngày «31/02/2027» không hợp lệ");
    bot.exchange(mai, "/number N-6 2/QĐ-SNgV 15/12/2026", "Số 2/QĐ-SNgV đã được dùng", "2026");
    bot.exchange(mai, "/number N-4 15/QĐ-SNgV 05/01/2027", "N-4 chưa có quyết định");
    bot.exchange(mai, "/number n6 15/QĐ-SNgV 05/01/2027", "Đã vào số quyết định 15/QĐ-SNgV (N-6)");
    String numbered = pdfText(awaitDocument(lan, "Quyet-dinh-3.pdf").documentBytes());
    assertThat(numbered)
        .contains("15/QĐ-SNgV", "ngày 05 tháng 01 năm 2027", "Nguyễn Văn An")
        .doesNotContain("DỰ THẢO");
    awaitDocument(mai, "Quyet-dinh-3.pdf");
    bot.exchange(mai, "/number N-6 16/QĐ-SNgV 06/01/2027", "đã có số 15/QĐ-SNgV");
  }

  @Test
  @Order(5)
  void aBallotThatPassedNothingIsAcknowledged() {
    collective("Phòng Hợp tác quốc tế", 7, AN);
    ballot.appraised(7);
    ballot.open(2);
    for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
      ballot.vote(steps.registered(member), "N-7", "Không đồng ý");
    }
    close(2);
    EmulatedUser binh = steps.registered(BINH);
    bot.exchange(binh, "/pending", "chờ quyết định: 1");
    ChatMessage ack = bot.awaitText(binh, "Phiếu bầu kín số 2 không có đề cử nào được thông qua");
    assertThat(ack.text()).contains("N-7: Phòng Hợp tác quốc tế");
    steps.press(binh, ack, "Xác nhận", "Đã xác nhận kết quả phiếu bầu kín số 2");
    assertThat(steps.forAlert(binh, ack.messageId(), ack.buttons().get(0).callbackData()))
        .contains("Nút này đã cũ");
    assertThat(bot.bean(AuditLog.class).byAction("ballot-acknowledged")).hasSize(1);
    // Acknowledged, the ballot is published at once: its proposer and the division's head learn it.
    String notPassed = "Đề cử N-7 (Phòng Hợp tác quốc tế) không được Hội đồng";
    bot.awaitText(steps.registered(THANG), notPassed);
    bot.awaitText(steps.registered(AN), notPassed);
    assertThat(ballot.withText(steps.registered(SON), "N-7")).isEmpty();
  }

  @Test
  @Order(6)
  void aRejectionAfterRecognitionIsDueAsksTheReasonAndIsConfirmedTwice() {
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage withReason =
        bot.exchange(binh, "/reject N-4 Chưa tiêu biểu", "Không công nhận đề cử N-4");
    assertThat(withReason.text()).contains("lý do: Chưa tiêu biểu");
    steps.press(binh, withReason, "Huỷ", "Đã huỷ");
    assertThat(ballot.state(4)).isEqualTo("passed");

    bot.clock().advance(Duration.ofDays(45));
    bot.exchange(binh, "/reject N-4", "nhập lý do");
    ChatMessage confirm =
        bot.exchange(binh, "Thành tích chưa nổi bật", "lý do: Thành tích chưa nổi bật");
    ChatMessage late = steps.press(binh, confirm, "Xác nhận", "Đã quá hạn");
    nothingHasReachedTheProposersYet();
    steps.press(binh, late, "Xác nhận", "Đã quyết định không công nhận đề cử N-4", "quá hạn");
    assertThat(ballot.state(4)).isEqualTo("not_recognised");
    assertThat(
            bot.bean(JdbcClient.class)
                .sql("SELECT late FROM rejection")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    bot.exchange(binh, "/reject N-4 lần nữa", "đã được quyết định rồi");
    bot.exchange(binh, "/pending", "Không có đề cử nào chờ quyết định");
  }

  private void nothingHasReachedTheProposersYet() {
    EmulatedUser son = steps.registered(SON);
    bot.exchange(son, "/my", "Bản nháp và đề cử của bạn");
    bot.awaitText(son, "N-1:", "Đã bỏ phiếu, chờ công bố kết quả");
    EmulatedUser thang = steps.registered(THANG);
    bot.exchange(thang, "/my", "Bản nháp và đề cử của bạn");
    bot.awaitText(thang, "N-4:", "Đã bỏ phiếu, chờ công bố kết quả");
    for (EmulatedUser someone : List.of(son, thang, steps.registered(AN))) {
      assertThat(someone.chat())
          .noneMatch(
              m ->
                  m.text() != null
                      && (m.text().contains("đã được công nhận")
                          || m.text().contains("Quyết định số")
                          || m.text().contains("Chưa tiêu biểu")));
      assertThat(someone.chat()).noneMatch(m -> m.documentName() != null);
    }
    assertThat(bot.emulator().chat(GROUP)).isEmpty();
  }

  @Test
  @Order(7)
  void publicationTellsEveryoneConcernedAtOnce() {
    EmulatedUser son = steps.registered(SON);
    bot.awaitText(
        son,
        "Đề cử N-1 (Đỗ Thị Hương) đã được công nhận điển hình tiên tiến theo Quyết định số"
            + " 1/QĐ-SNgV ngày 01/12/2026");
    bot.awaitText(son, "Đề cử N-6 (Nguyễn Văn An)", "Quyết định số 15/QĐ-SNgV ngày 05/01/2027");
    String certificate = pdfText(awaitDocument(son, "Giay-cong-nhan-N-1.pdf").documentBytes());
    assertThat(certificate).contains("GIẤY CÔNG NHẬN", "Đỗ Thị Hương", "1/QĐ-SNgV");
    EmulatedUser an = steps.registered(AN);
    bot.awaitText(an, "Đề cử N-2 (Trương Mỹ Linh) đã được công nhận");
    awaitDocument(an, "Giay-cong-nhan-N-3.pdf");
    awaitDocument(steps.registered(LAN), "Giay-cong-nhan-N-6.pdf");
    EmulatedUser thang = steps.registered(THANG);
    ChatMessage rejected = bot.awaitText(thang, "Đề cử N-4 (Thanh tra Sở) không được công nhận");
    assertThat(rejected.text()).contains("Lý do: Thành tích chưa nổi bật");
    assertThat(ballot.withText(thang, "Đề cử N-4 (Thanh tra Sở) không được")).hasSize(1);
    bot.awaitText(steps.registered(DUC), "Đề cử N-5 (Phòng Lãnh sự) không được Hội đồng");
    assertThat(ballot.withText(son, "Đề cử N-5")).isEmpty();

    ChatMessage announced =
        bot.emulator()
            .awaitBotMessage(GROUP, m -> m.text().contains("Chúc mừng"), Duration.ofSeconds(10));
    assertThat(bot.emulator().chat(GROUP)).hasSize(1);
    assertThat(announced.text())
        .contains("Chúc mừng", "Đỗ Thị Hương", "Trương Mỹ Linh", "Lý Quang Vinh", "Nguyễn Văn An")
        .doesNotContain("Thanh tra Sở", "Phòng Lãnh sự");
    bot.exchange(son, "/my", "Bản nháp và đề cử của bạn");
    bot.awaitText(son, "N-1:", "Đã được công nhận");
    assertThat(bot.bean(AuditLog.class).byAction("ballot-published")).hasSize(2);
    assertThat(
            bot.bean(JdbcClient.class)
                .sql(
                    "SELECT COUNT(*) FROM new_factor WHERE person_id IN"
                        + " ('do-thi-huong', 'truong-my-linh', 'ly-quang-vinh', 'nguyen-van-an')")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }

  private static ChatMessage awaitDocument(EmulatedUser user, String name) {
    return bot.emulator()
        .awaitBotMessage(user.chatId(), m -> name.equals(m.documentName()), Duration.ofSeconds(20));
  }

  private static String pdfText(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
