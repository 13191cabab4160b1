package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.exemplarbot.e2e.BallotSteps.AN;
import static vn.exemplarbot.e2e.BallotSteps.BINH;
import static vn.exemplarbot.e2e.BallotSteps.DUC;
import static vn.exemplarbot.e2e.BallotSteps.LAN;
import static vn.exemplarbot.e2e.BallotSteps.SON;
import static vn.exemplarbot.e2e.BallotSteps.THANG;
import static vn.exemplarbot.e2e.BallotSteps.TUAN;
import static vn.exemplarbot.e2e.ReadBack.awaitDocument;
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
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Corrections of issue 5 through the emulator, with clerk numbering: a ballot passes four
 * nominations; two decisions and a rejection; the clerk attaches the signed scan of one (wrong
 * files refused) and numbers them, one typed, one by the {@code Nhập số} buttons (bad inputs
 * refused); the signed copy is what is sent; publication gives the certificates their register
 * numbers and holds Hương's until she registers; the director revokes one (refusals, forged
 * presses, exactly the right people told, the certificate marked); a misspelt name is corrected and
 * the certificate reissued.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsTests {

  static final long MAI = 200106; // the office clerk, registered by username
  static final long HUONG = 200108; // Đỗ Thị Hương, registers by username, late
  static final long ADMIN = 100007;
  static final long GROUP = -1001234567890L;
  static final byte[] SCAN = ReadBack.onePagePdf("Signed decision 15 - scan");

  @TempDir static Path work;
  static BotHarness bot;
  static BallotSteps ballot;
  static NominationSteps steps;

  @BeforeAll
  static void start() {
    bot = BotHarness.started(work);
    bot.emulator().group(GROUP, "Sở Ngoại vụ - Thi đua");
    ballot = new BallotSteps(bot);
    steps = ballot.steps();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  static EmulatedUser mai() {
    EmulatedUser mai = bot.user(MAI, "dangthimai", "Mai");
    if (mai.chat().isEmpty()) {
      bot.exchange(mai, "/start", "Xin chào");
    }
    return mai;
  }

  @Test
  @Order(1)
  void twoDecisionsAndARejectionAwaitTheirNumbers() {
    mai();
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.endorsedPerson("Trương Mỹ Linh", 2, AN);
    ballot.endorsedCollective("Thanh tra Sở", 3);
    ballot.endorsedPerson("Lý Quang Vinh", 4, AN);
    for (int code = 1; code <= 4; code++) {
      ballot.appraised(code);
    }
    ballot.open(1);
    for (int code = 1; code <= 4; code++) {
      for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
        ballot.vote(steps.registered(member), "N-" + code, "Đồng ý");
      }
    }
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage both = bot.exchange(binh, "/approve N-1 N-2", "Công nhận điển hình tiên tiến");
    steps.press(binh, both, "Xác nhận", "Dự thảo quyết định số tạm 1 (N-1, N-2)");
    ChatMessage one = bot.exchange(binh, "/approve N-3", "Công nhận điển hình tiên tiến: N-3?");
    steps.press(binh, one, "Xác nhận", "Dự thảo quyết định số tạm 2 (N-3)");
    ChatMessage no = bot.exchange(binh, "/reject N-4 Chưa tiêu biểu", "Không công nhận đề cử N-4");
    steps.press(binh, no, "Xác nhận", "Đã quyết định không công nhận đề cử N-4");
  }

  @Test
  @Order(2)
  void nothingCanBeCorrectedBeforePublication() {
    EmulatedUser binh = steps.registered(BINH);
    bot.exchange(binh, "/revoke N-1 Sai sót", "Đề cử N-1 chưa được công bố kết quả");
    bot.exchange(binh, "/revoke N-4 Sai sót", "Đề cử N-4 không được công nhận");
    bot.exchange(binh, "/revoke N-99 Sai sót", "Không có đề cử mã N-99");
    bot.exchange(steps.registered(LAN), "/reissue N-1", "Đề cử N-1 chưa được công bố kết quả");
    bot.exchange(steps.registered(AN), "/revoke N-1 Sai sót", "không dành cho vai trò của bạn");
  }

  @Test
  @Order(3)
  void theClerkAttachesTheSignedScanAfterWrongFilesAreRefused() {
    EmulatedUser mai = mai();
    bot.exchange(steps.registered(SON), "/signed N-1", "không dành cho vai trò của bạn");
    bot.exchange(mai, "/signed N-4", "N-4 chưa có quyết định");
    bot.exchange(
        mai, "/signed N-2", "Gửi bản quét có chữ ký của quyết định dự thảo số tạm 1 (N-1, N-2)");
    bot.exchange(mai, "đây là bản ký", "Hãy gửi bản quét là một tệp PDF hoặc ảnh");
    mai.sendDocument("quyet-dinh.docx", "application/msword", new byte[] {1, 2, 3});
    bot.awaitText(mai, "Tệp «quyet-dinh.docx» không phải PDF");
    mai.sendDocumentOfSize("ban-ky-lon.pdf", "application/pdf", 25L * 1024 * 1024);
    bot.awaitText(mai, "Tệp lớn quá 20 MB");
    mai.sendDocument("ban-ky.pdf", "application/pdf", SCAN);
    ChatMessage confirm = bot.awaitText(mai, "Đính kèm «ban-ky.pdf» làm bản ký", "(N-1, N-2)");
    EmulatedUser an = steps.registered(AN);
    ChatMessage anMessage = bot.awaitText(an, "Xin chào");
    assertThat(steps.forAlert(an, anMessage.messageId(), "dsig:ok")).contains("Chỉ văn thư");
    steps.press(mai, confirm, "Xác nhận", "Đã đính kèm bản ký của quyết định dự thảo số tạm 1");
    ChatMessage sent = awaitDocument(bot, steps.registered(LAN), "Ban-ky-quyet-dinh-1.pdf");
    assertThat(sent.documentBytes()).isEqualTo(SCAN);
    assertThat(sent.text()).contains("Bản ký", "N-1, N-2", "Đặng Thị Mai");
    assertThat(bot.dataDir().resolve("decisions/1/ban-ky-1.pdf")).hasBinaryContent(SCAN);
    assertThat(bot.bean(AuditLog.class).byAction("decision-signed")).hasSize(1);
  }

  @Test
  @Order(4)
  void theClerkNumbersByTypingAndByButtonsWithEveryEntryChecked() {
    EmulatedUser mai = mai();
    bot.exchange(mai, "/number N-3 14/QĐ-SNgV 04/01/2027", "Đã vào số quyết định 14/QĐ-SNgV (N-3)");
    awaitDocument(bot, steps.registered(LAN), "Quyet-dinh-2.pdf");
    assertThat(ballot.withText(steps.registered(THANG), "N-3", "đã được công nhận")).isEmpty();
    assertThat(steps.registered(SON).chat()).noneMatch(m -> m.documentName() != null);
    assertThat(bot.emulator().chat(GROUP)).isEmpty();

    ChatMessage notice = bot.awaitText(mai, "số tạm 1: N-1, N-2", "chờ vào số");
    String data = NominationSteps.button(notice, "Nhập số").callbackData();
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage binhMessage = bot.awaitText(binh, "Xin chào");
    assertThat(steps.forAlert(binh, binhMessage.messageId(), data)).contains("Chỉ văn thư");
    steps.press(mai, notice, "Nhập số", "nhập số quyết định, ví dụ 15/QĐ-SNgV");
    bot.exchange(mai, "15/QĐ-ABC", "không đúng dạng <số>/QĐ-SNgV");
    bot.exchange(mai, "15/QĐ-SNgV", "Số 15/QĐ-SNgV. Nhập ngày quyết định");
    bot.exchange(mai, "31/02/2027", "Ngày «31/02/2027» không hợp lệ");
    bot.exchange(mai, "05/06/2027", "Ngày «05/06/2027» không hợp lý");
    bot.exchange(mai, "14/QĐ-SNgV 05/01/2027", "Số 14/QĐ-SNgV đã được dùng", "2027");
    ChatMessage confirm =
        bot.exchange(mai, "15/QĐ-SNgV 05/01/2027", "Vào số quyết định 15/QĐ-SNgV ngày 05/01/2027");
    assertThat(confirm.text()).contains("N-1, N-2");
    assertThat(steps.forAlert(binh, binhMessage.messageId(), "dnum:ok")).contains("Chỉ văn thư");
    steps.press(mai, confirm, "Xác nhận", "Đã vào số quyết định 15/QĐ-SNgV (N-1, N-2)");
    assertThat(steps.pressForAlert(mai, notice, "Nhập số")).contains("đã có số 15/QĐ-SNgV");
    assertThat(bot.bean(AuditLog.class).byAction("decision-numbered")).hasSize(2);
  }

  @Test
  @Order(5)
  void theSignedCopyIsWhatIsSentOnceNumbered() {
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage signed = awaitDocument(bot, lan, "Quyet-dinh-1-ban-ky.pdf");
    assertThat(signed.documentBytes()).isEqualTo(SCAN);
    assertThat(signed.text()).contains("Quyết định số 15/QĐ-SNgV ngày 05/01/2027");
    awaitDocument(bot, lan, "Giay-cong-nhan-N-1.pdf");
    assertThat(lan.chat())
        .noneMatch(m -> "Quyet-dinh-1.pdf".equals(m.documentName()))
        .noneMatch(m -> "Quyet-dinh-1.docx".equals(m.documentName()));
    awaitDocument(bot, mai(), "Quyet-dinh-1-ban-ky.pdf");
  }

  @Test
  @Order(6)
  void publicationGivesEachCertificateTheNextRegisterNumberAndHoldsHuongs() {
    EmulatedUser son = steps.registered(SON);
    bot.awaitText(son, "Đề cử N-1 (Đỗ Thị Hương) đã được công nhận", "15/QĐ-SNgV ngày 05/01/2027");
    String first = pdfText(awaitDocument(bot, son, "Giay-cong-nhan-N-1.pdf").documentBytes());
    assertThat(first).contains("Đỗ Thị Hương", "15/QĐ-SNgV", "Số sổ: 1 ");
    String second = pdfText(awaitDocument(bot, son, "Giay-cong-nhan-N-2.pdf").documentBytes());
    assertThat(second).contains("Trương Mỹ Linh", "Số sổ: 2 ");
    String third =
        pdfText(
            awaitDocument(bot, steps.registered(THANG), "Giay-cong-nhan-N-3.pdf").documentBytes());
    assertThat(third).contains("Thanh tra Sở", "14/QĐ-SNgV", "Số sổ: 3 ");

    EmulatedUser huong = bot.user(HUONG, "dothihuong", "Hương");
    bot.exchange(huong, "/start", "Xin chào");
    awaitDocument(bot, huong, "Giay-cong-nhan-N-1.pdf");
    bot.awaitText(huong, "Đề cử N-1 (Đỗ Thị Hương) đã được công nhận");
  }

  @Test
  @Order(7)
  void theDirectorRevokesARecognitionAndExactlyThoseConcernedAreTold() {
    EmulatedUser an = steps.registered(AN);
    ChatMessage anMessage = bot.awaitText(an, "Xin chào");
    assertThat(steps.forAlert(an, anMessage.messageId(), "drev:ok")).contains("Chỉ Giám đốc Sở");
    EmulatedUser binh = steps.registered(BINH);
    ChatMessage binhMessage = bot.awaitText(binh, "Xin chào");
    assertThat(steps.forAlert(binh, binhMessage.messageId(), "drev:ok")).contains("Nút này đã cũ");
    bot.exchange(binh, "/revoke", "Gõ /revoke kèm mã đề cử và lý do");
    bot.exchange(binh, "/revoke N-2", "Thu hồi công nhận đề cử N-2 (Trương Mỹ Linh): nhập lý do");
    ChatMessage confirm =
        bot.exchange(binh, "Hồ sơ khai sai thành tích", "Thu hồi công nhận điển hình tiên tiến");
    assertThat(confirm.text())
        .contains("N-2 (Trương Mỹ Linh)", "Quyết định số 15/QĐ-SNgV", "Hồ sơ khai sai thành tích");
    assertThat(ballot.state(2)).isEqualTo("recognised");
    Path site = bot.dataDir().resolve("site/exemplars.json");
    assertThat(site).content().as("public until revoked").contains("\"N-2\"", "Trương Mỹ Linh");
    steps.press(binh, confirm, "Xác nhận", "Đã thu hồi công nhận đề cử N-2");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(site)
                    .content()
                    .as("the website export leaves the revoked exemplar out")
                    .doesNotContain("\"N-2\"", "Trương Mỹ Linh")
                    .contains("\"N-1\""));
    assertThat(bot.exchange(binh, "/exemplars", "N-1").text()).doesNotContain("N-2");

    String notice = "Công nhận điển hình tiên tiến của đề cử N-2 (Trương Mỹ Linh)";
    for (long told : List.of(SON, AN, LAN)) {
      ChatMessage m = bot.awaitText(steps.registered(told), notice);
      assertThat(m.text()).contains("Quyết định số 15/QĐ-SNgV", "Lý do: Hồ sơ khai sai thành tích");
    }
    for (EmulatedUser not :
        List.of(
            steps.registered(DUC),
            steps.registered(THANG),
            mai(),
            binh,
            bot.user(HUONG, null, "x"))) {
      assertThat(ballot.withText(not, "đã bị thu hồi")).isEmpty();
    }
    Path marked = bot.dataDir().resolve("decisions/1/giay-cong-nhan-N-2-da-thu-hoi.pdf");
    assertThat(pdfText(marked)).contains("ĐÃ THU HỒI", "Trương Mỹ Linh", "Số sổ: 2 ");
    assertThat(pdfText(bot.dataDir().resolve("decisions/1/giay-cong-nhan-N-2.pdf")))
        .doesNotContain("THU HỒI");
    assertThat(bot.bean(AuditLog.class).byAction("recognition-revoked")).hasSize(1);

    bot.exchange(binh, "/revoke N-2 Lần nữa", "Công nhận đề cử N-2 đã bị thu hồi trước đó");
    bot.exchange(steps.registered(LAN), "/reissue N-2", "đã bị thu hồi trước đó");
  }

  @Test
  @Order(8)
  void aCorrectedNameIsOnTheReissuedCertificateAndTheFirstIsKept() throws IOException {
    Path roster = bot.configDir().resolve("roster.yml");
    Files.writeString(
        roster,
        Files.readString(roster).replace("name: \"Đỗ Thị Hương\"", "name: \"Đỗ Thị Hường\""));
    bot.exchange(steps.registered(ADMIN), "/reload", "Đã đọc lại bot-config");
    bot.exchange(steps.registered(BINH), "/reissue N-1", "không dành cho vai trò của bạn");
    bot.exchange(mai(), "/reissue N-1 N-2", "Gõ /reissue kèm mã đề cử");
    bot.exchange(
        steps.registered(LAN), "/reissue N-1", "Đã cấp lại giấy công nhận của đề cử N-1", "lần 2");
    EmulatedUser son = steps.registered(SON);
    ChatMessage again = awaitDocument(bot, son, "Giay-cong-nhan-N-1-v2.pdf");
    assertThat(again.text()).contains("cấp lại, lần 2", "Đỗ Thị Hường");
    assertThat(pdfText(again.documentBytes()))
        .contains("Đỗ Thị Hường", "15/QĐ-SNgV", "Số sổ: 1 ")
        .doesNotContain("Hương");
    awaitDocument(bot, bot.user(HUONG, null, "x"), "Giay-cong-nhan-N-1-v2.pdf");
    awaitDocument(bot, steps.registered(AN), "Giay-cong-nhan-N-1-v2.pdf");
    assertThat(steps.registered(DUC).chat())
        .noneMatch(m -> "Giay-cong-nhan-N-1-v2.pdf".equals(m.documentName()));
    assertThat(pdfText(bot.dataDir().resolve("decisions/1/giay-cong-nhan-N-1.pdf")))
        .contains("Đỗ Thị Hương");
    assertThat(bot.bean(AuditLog.class).byAction("certificate-reissued")).hasSize(1);
  }
}
