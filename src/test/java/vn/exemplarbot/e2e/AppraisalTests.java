package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.nomination.Nomination;
import vn.exemplarbot.nomination.NominationState;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Step 4 of the domain: the council secretary appraises endorsed dossiers ({@code Đạt}, {@code Bổ
 * sung} and its completion, {@code Mở lại thẩm định}, {@code /appraise}), sees the whole dossier
 * with its files, and nobody else can, whatever they press. Settings allow two files per dossier.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppraisalTests {

  static final String HTQT = "Phòng Hợp tác quốc tế";
  static final long BINH = 100001; // director, council chair
  static final long LAN = 100004; // council secretary, head of VP
  static final long ADMIN = 100007;
  static final long AN = 100009; // head of HTQT
  static final long SON = 100011; // staff of HTQT
  static final long DUC = 100014; // head of LS
  static final long SECOND = 100060; // a second council secretary, of BG
  static final long STRANGER = 999002;
  static final String LONG_NAME = "Công Tằng Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Ngọc Trâm Anh";

  @TempDir static Path work;
  static BotHarness bot;
  static NominationSteps steps;
  static String roster;

  @BeforeAll
  static void start() throws IOException {
    bot = BotHarness.prepare(work);
    Path settings = bot.configDir().resolve("settings.yml");
    Files.writeString(
        settings, Files.readString(settings).replace("max-files: 10", "max-files: 2"));
    Path rosterFile = bot.configDir().resolve("roster.yml");
    roster =
        Files.readString(rosterFile)
            + "\n  - { id: ten-rat-dai, name: \""
            + LONG_NAME
            + "\", division: HTQT }\n";
    Files.writeString(
        rosterFile,
        roster
            + "  - { id: thu-ky-hai, name: \"Trần Thư Ký\", division: BG, telegram-id: 100060,"
            + " roles: [council-secretary] }\n");
    bot.start();
    steps = new NominationSteps(bot);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void aDossierAskedForMoreIsCompletedWithAFileAndComesBackToTheSecretaryWhoAppraisesIt() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser second = steps.registered(SECOND);
    submitAndEndorse(son, "Đỗ Thị Hương", "N-1");
    ChatMessage card = bot.awaitText(lan, "Hồ sơ N-1 chờ thẩm định", "Đỗ Thị Hương", HTQT);
    assertThat(card.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Đạt", "Bổ sung", "Xem hồ sơ");
    ChatMessage secondCard = bot.awaitText(second, "Hồ sơ N-1 chờ thẩm định");

    // The secretary is writing a nomination of her own when she asks for more: it comes back.
    bot.exchange(lan, "/nominate", "Bước 1/8");
    steps.press(lan, card, "Bổ sung", "Nhập những gì hồ sơ N-1 cần bổ sung");
    bot.exchange(lan, "x".repeat(600), "quá giới hạn 500 ký tự");
    bot.exchange(lan, "Thiếu bằng khen năm 2026", "Đã yêu cầu bổ sung hồ sơ N-1");
    ChatMessage notice = bot.awaitText(lan, "Tiếp tục đề cử bạn đang soạn dở");
    NominationSteps.after(bot, lan, notice, "Bước 1/8");
    assertThat(bot.bean(Flows.class).active(personOf(lan))).contains("nominate");
    bot.exchange(lan, "/cancel", "Đã thoát");
    bot.awaitText(son, "Hồ sơ đề cử N-1", "cần bổ sung: Thiếu bằng khen năm 2026", "/my");
    assertThat(nomination(1).state()).isEqualTo(NominationState.NEEDS_MORE);
    assertThat(nomination(1).stateNote()).isEqualTo("Thiếu bằng khen năm 2026");
    assertThat(steps.pressForAlert(second, secondCard, "Đạt")).contains("Cần bổ sung hồ sơ");

    bot.exchange(son, "/my", "Bản nháp và đề cử của bạn");
    ChatMessage mine = bot.awaitText(son, "N-1", "Cần bổ sung hồ sơ", "Thiếu bằng khen");
    assertThat(mine.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Bổ sung hồ sơ");
    ChatMessage summary =
        steps.press(son, mine, "Bổ sung hồ sơ", "Bước 8/8", "yêu cầu bổ sung: Thiếu bằng khen");
    ChatMessage menu = steps.press(son, summary, "Sửa", "sửa phần nào");
    assertThat(menu.buttons())
        .extracting(ChatMessage.Button::text)
        .contains("Thành tích", "Tiêu chuẩn 1", "Tệp minh chứng")
        .doesNotContain("Người được đề cử", "Phong trào", "Cá nhân / Tập thể", "Nhân tố mới");
    String forged =
        NominationSteps.button(menu, "Thành tích")
            .callbackData()
            .replace("ACHIEVEMENTS", "DIVISION");
    assertThat(steps.forAlert(son, menu.messageId(), forged)).contains("hết hiệu lực");
    ChatMessage files = steps.press(son, menu, "Tệp minh chứng", "Bước 6/8");
    son.sendDocument(
        "bang-khen.pdf", "application/pdf", "%PDF-1.4 khen".getBytes(StandardCharsets.UTF_8));
    bot.awaitText(son, "Đã nhận tệp bang-khen.pdf (1/2)");
    files = bot.awaitText(son, "Bước 6/8", "Đã nhận 1 tệp");
    summary = steps.press(son, files, "Xong", "Bước 8/8", "Tệp minh chứng: 1");
    steps.press(son, summary, "Gửi", "Đã gửi bổ sung hồ sơ N-1");
    assertThat(nomination(1).state()).isEqualTo(NominationState.ENDORSED);
    assertThat(nomination(1).stateNote()).isNull();

    ChatMessage back = bot.awaitText(lan, "Hồ sơ N-1 đã được bổ sung, chờ thẩm định lại");
    bot.awaitText(second, "Hồ sơ N-1 đã được bổ sung");
    // No new endorsement: the head's only card was the first one, answered long ago.
    assertThat(countOf(steps.registered(AN), "Đề cử N-1 chờ bạn giới thiệu")).isZero();
    ChatMessage confirm = steps.press(lan, back, "Đạt", "Xác nhận hồ sơ N-1");
    ChatMessage done = steps.press(lan, confirm, "Xác nhận", "Đã thẩm định đạt hồ sơ N-1");
    assertThat(done.messageId()).isEqualTo(back.messageId());
    assertThat(done.buttons()).isEmpty();
    bot.awaitText(son, "Đề cử N-1", "đã được thẩm định đạt, chờ Hội đồng bỏ phiếu");
    assertThat(nomination(1).state()).isEqualTo(NominationState.APPRAISED);
    assertThat(steps.pressForAlert(second, secondCard, "Đạt"))
        .contains("N-1 đã được Nguyễn Thị Lan thẩm định đạt");
    AuditLog audit = bot.bean(AuditLog.class);
    for (String action :
        List.of("nomination-more-requested", "nomination-completed", "nomination-appraised")) {
      assertThat(audit.byAction(action)).anyMatch(e -> "N-1".equals(e.subject()));
    }
  }

  @Test
  @Order(2)
  void appraiseListsWhatWaitsAnswersEachCodeAndReopensAnAppraisalUntilItIsInABallot() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser lan = steps.registered(LAN);
    submitAndEndorse(son, "Trương Mỹ Linh", "N-2");
    bot.exchange(lan, "/appraise", "Hồ sơ chờ bạn thẩm định (1)");
    bot.awaitText(lan, "Hồ sơ N-2 chờ thẩm định", "Trương Mỹ Linh");
    ChatMessage byCode = bot.exchange(lan, "/appraise n-2", "Hồ sơ N-2 chờ thẩm định");
    assertThat(byCode.buttons()).extracting(ChatMessage.Button::text).contains("Đạt");
    bot.exchange(lan, "/appraise N-99", "Không tìm thấy đề cử N-99");
    bot.exchange(son, "/appraise", "không dành cho vai trò của bạn");
    bot.exchange(steps.registered(AN), "/appraise N-2", "không dành cho vai trò của bạn");

    ChatMessage appraised =
        bot.exchange(lan, "/appraise 1", "N-1", "đã được Nguyễn Thị Lan thẩm định đạt");
    ChatMessage confirm =
        steps.press(lan, appraised, "Mở lại thẩm định", "Mở lại thẩm định hồ sơ N-1");
    ChatMessage reopened = steps.press(lan, confirm, "Xác nhận", "Đã mở lại thẩm định hồ sơ N-1");
    assertThat(reopened.buttons()).extracting(ChatMessage.Button::text).contains("Đạt", "Bổ sung");
    assertThat(nomination(1).state()).isEqualTo(NominationState.ENDORSED);
    bot.awaitText(son, "Thẩm định đề cử N-1", "đã được mở lại");
    assertThat(bot.bean(AuditLog.class).byAction("nomination-appraisal-reopened"))
        .anyMatch(e -> "N-1".equals(e.subject()));
    assertThat(steps.pressForAlert(lan, confirm, "Xác nhận")).contains("chưa được thẩm định xong");

    ChatMessage again = steps.press(lan, reopened, "Đạt", "Xác nhận hồ sơ N-1");
    steps.press(lan, again, "Xác nhận", "Đã thẩm định đạt hồ sơ N-1");
    // The ballot (another issue) takes the appraised dossier: no reopening any more.
    Nomination n1 = nomination(1);
    bot.bean(NominationRows.class)
        .move(n1.id(), NominationState.APPRAISED, NominationState.IN_BALLOT, bot.clock().instant());
    assertThat(steps.pressForAlert(lan, appraised, "Mở lại thẩm định"))
        .contains("N-1 đã vào bỏ phiếu");
    bot.exchange(lan, "/appraise N-1", "N-1 không còn chờ thẩm định", "Đang bỏ phiếu");
    assertThat(nomination(1).state()).isEqualTo(NominationState.IN_BALLOT);
  }

  @Test
  @Order(3)
  void theWholeLongDossierComesInPartsUnder4096WithItsFilesAndAThirdFileIsRefused() {
    EmulatedUser son = steps.registered(SON);
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage step = bot.exchange(son, "/nominate", "Bước 1/8");
    step = steps.press(son, step, "Cá nhân", "thuộc phòng nào");
    step = steps.press(son, step, HTQT, "Chọn người");
    step = steps.press(son, step, LONG_NAME, "Bước 3/8");
    steps.press(son, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(son, "Thành tích ".repeat(190).substring(0, 2000), "Tiêu chuẩn 1/4");
    for (int i = 1; i <= 4; i++) {
      String answer = ("Trả lời " + i + " ").repeat(50).substring(0, 500);
      bot.exchange(son, answer, i < 4 ? "Tiêu chuẩn " + (i + 1) + "/4" : "Bước 6/8");
    }
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
    byte[] pdf = "%PDF-1.4 minh chứng".getBytes(StandardCharsets.UTF_8);
    son.sendPhoto(jpeg);
    bot.awaitText(son, "Đã nhận tệp photo.jpg (1/2)");
    son.sendDocument("minh-chung.pdf", "application/pdf", pdf);
    bot.awaitText(son, "Đã nhận tệp minh-chung.pdf (2/2)");
    son.sendDocument("thua.pdf", "application/pdf", pdf);
    bot.awaitText(son, "Hồ sơ đã đủ 2 tệp");
    ChatMessage files = bot.awaitText(son, "Bước 6/8", "Đã nhận 2 tệp");
    long draftId = nominationOfDraft(son);
    assertThat(bot.bean(DossierRows.class).fileCount(draftId)).isEqualTo(2);
    ChatMessage factor = steps.press(son, files, "Xong", "Bước 7/8");
    ChatMessage summary = steps.press(son, factor, "Không", "Bước 8/8", "Tệp minh chứng: 2");
    steps.press(son, summary, "Gửi", "Đã gửi", "N-3");
    EmulatedUser an = steps.registered(AN);
    ChatMessage endorse = bot.awaitText(an, "Đề cử N-3 chờ bạn giới thiệu");
    ChatMessage ok = steps.press(an, endorse, "Giới thiệu", "Giới thiệu đề cử N-3");
    steps.press(an, ok, "Xác nhận", "Đã giới thiệu đề cử N-3");

    ChatMessage card = bot.awaitText(lan, "Hồ sơ N-3 chờ thẩm định", LONG_NAME);
    lan.press(card.messageId(), NominationSteps.button(card, "Xem hồ sơ").callbackData());
    ChatMessage first = bot.awaitText(lan, "Hồ sơ đề cử N-3 (phần 1/2)");
    ChatMessage second = bot.awaitText(lan, "Hồ sơ đề cử N-3 (phần 2/2)");
    assertThat(first.text()).contains(LONG_NAME, HTQT, "Chuyển đổi số", "Thành tích Thành tích");
    String whole = first.text() + second.text();
    assertThat(whole).contains("Trả lời 4 Trả lời 4", "1. photo.jpg", "2. minh-chung.pdf");
    for (int i = 1; i <= 4; i++) {
      assertThat(whole).contains("Tiêu chuẩn " + i + ": ");
    }
    assertThat(List.of(first, second)).allMatch(m -> m.text().length() <= 4096);
    ChatMessage photo = awaitFile(lan, "N-3 · tệp 1/2: photo.jpg");
    assertThat(photo.photo()).isTrue();
    assertThat(photo.documentBytes()).isEqualTo(jpeg);
    ChatMessage document = awaitFile(lan, "N-3 · tệp 2/2: minh-chung.pdf");
    assertThat(document.photo()).isFalse();
    assertThat(document.documentBytes()).isEqualTo(pdf);

    an.press(endorse.messageId(), NominationSteps.button(endorse, "Xem hồ sơ").callbackData());
    bot.awaitText(an, "Hồ sơ đề cử N-3 (phần 2/2)");
    awaitFile(an, "N-3 · tệp 2/2: minh-chung.pdf");
    assertThat(bot.emulator().violations()).isEmpty();

    // Telegram forgot the document's file id: the copy in the data folder is sent instead.
    bot.bean(JdbcClient.class)
        .sql("UPDATE nomination_file SET file_id = 'forgotten' WHERE file_name = 'minh-chung.pdf'")
        .update();
    lan.press(card.messageId(), NominationSteps.button(card, "Xem hồ sơ").callbackData());
    await()
        .until(
            () ->
                lan.chat().stream()
                    .filter(m -> m.text() != null && m.text().contains("tệp 2/2: minh-chung.pdf"))
                    .filter(m -> java.util.Arrays.equals(m.documentBytes(), pdf))
                    .count(),
            count -> count == 2);
  }

  @Test
  @Order(4)
  void strangersStaffHeadsAndTheProposerCannotAppraiseWhateverTheyPress() {
    long id = nomination(2).id();
    ChatMessage card = bot.awaitText(steps.registered(LAN), "Hồ sơ N-2 chờ thẩm định");
    List<String> forged =
        List.of(
            NominationSteps.button(card, "Đạt").callbackData(),
            NominationSteps.button(card, "Bổ sung").callbackData(),
            NominationSteps.button(card, "Xem hồ sơ").callbackData(),
            "appr:ok:" + id,
            "appr:rook:" + nomination(1).id());
    for (long telegramId : List.of(SON, AN, DUC)) {
      EmulatedUser other = steps.registered(telegramId);
      long own = lastBotMessage(other).messageId();
      for (String data : forged) {
        assertThat(steps.forAlert(other, own, data)).contains("không phải người thẩm định");
      }
      assertThat(bot.bean(Flows.class).flows(personOf(other))).doesNotContain("appraisal-note");
    }
    EmulatedUser stranger = bot.user(STRANGER, null, "x");
    stranger.send("/start");
    ChatMessage greeting = bot.awaitText(stranger, "");
    for (String data : forged) {
      assertThat(steps.forAlert(stranger, greeting.messageId(), data)).contains("chưa đăng ký");
    }
    assertThat(nomination(2).state()).isEqualTo(NominationState.ENDORSED);
    assertThat(nomination(1).state()).isEqualTo(NominationState.IN_BALLOT);

    // The secretary herself leaves «Bổ sung» with /cancel: nothing is asked of anyone.
    EmulatedUser lan = steps.registered(LAN);
    steps.press(lan, card, "Bổ sung", "Nhập những gì hồ sơ N-2 cần bổ sung");
    bot.exchange(lan, "/cancel", "Đã thoát");
    bot.exchange(lan, "Thiếu ảnh", "chưa hiểu");
    assertThat(nomination(2).state()).isEqualTo(NominationState.ENDORSED);
    assertThat(nomination(2).stateNote()).isNull();
  }

  @Test
  @Order(5)
  void aSecretaryNeverEndorsesNorAppraisesHerOwnNominationAnotherSecretaryOrTheChairDoes()
      throws IOException {
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser second = steps.registered(SECOND);
    ChatMessage summary = steps.summaryOfPerson(lan, "Văn phòng Sở", "Võ Văn Hùng");
    steps.press(lan, summary, "Gửi", "Đã gửi", "N-4");
    ChatMessage endorse = bot.awaitText(second, "Đề cử N-4 chờ bạn giới thiệu", "Võ Văn Hùng");
    ChatMessage ok = steps.press(second, endorse, "Giới thiệu", "Giới thiệu đề cử N-4");
    steps.press(second, ok, "Xác nhận", "Đã giới thiệu đề cử N-4");
    ChatMessage card = bot.awaitText(second, "Hồ sơ N-4 chờ thẩm định");
    assertThat(countOf(lan, "N-4 chờ")).isZero();
    assertThat(
            steps.forAlert(lan, lastBotMessage(lan).messageId(), "appr:ok:" + nomination(4).id()))
        .contains("không phải người thẩm định");
    bot.exchange(lan, "/appraise N-4", "Hồ sơ N-4 không chờ bạn thẩm định");
    ChatMessage confirm = steps.press(second, card, "Đạt", "Xác nhận hồ sơ N-4");
    steps.press(second, confirm, "Xác nhận", "Đã thẩm định đạt hồ sơ N-4");

    // With the second secretary gone, the chair endorses and appraises what the secretary proposes.
    Files.writeString(bot.configDir().resolve("roster.yml"), roster);
    bot.exchange(steps.registered(ADMIN), "/reload", "Đã đọc lại bot-config");
    EmulatedUser binh = steps.registered(BINH);
    summary = steps.summaryOfPerson(lan, "Văn phòng Sở", "Bùi Thị Ngọc Anh");
    steps.press(lan, summary, "Gửi", "Đã gửi", "N-5");
    endorse = bot.awaitText(binh, "Đề cử N-5 chờ bạn giới thiệu", "Bùi Thị Ngọc Anh");
    assertThat(countOf(lan, "Đề cử N-5 chờ bạn giới thiệu")).isZero();
    ok = steps.press(binh, endorse, "Giới thiệu", "Giới thiệu đề cử N-5");
    steps.press(binh, ok, "Xác nhận", "Đã giới thiệu đề cử N-5");
    card = bot.awaitText(binh, "Hồ sơ N-5 chờ thẩm định");
    assertThat(countOf(lan, "Hồ sơ N-5 chờ thẩm định")).isZero();
    String pass = NominationSteps.button(card, "Đạt").callbackData();
    assertThat(steps.forAlert(lan, lastBotMessage(lan).messageId(), pass))
        .contains("không phải người thẩm định");
    confirm = steps.press(binh, card, "Đạt", "Xác nhận hồ sơ N-5");
    steps.press(binh, confirm, "Xác nhận", "Đã thẩm định đạt hồ sơ N-5");
    bot.awaitText(lan, "Đề cử N-5", "đã được thẩm định đạt");
  }

  private static void submitAndEndorse(EmulatedUser proposer, String name, String code) {
    ChatMessage summary = steps.summaryOfPerson(proposer, HTQT, name);
    steps.press(proposer, summary, "Gửi", "Đã gửi", code);
    EmulatedUser an = steps.registered(AN);
    ChatMessage card = bot.awaitText(an, "Đề cử " + code + " chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(an, card, "Giới thiệu", "Giới thiệu đề cử " + code);
    steps.press(an, confirm, "Xác nhận", "Đã giới thiệu đề cử " + code);
  }

  private static ChatMessage awaitFile(EmulatedUser user, String caption) {
    return bot.emulator()
        .awaitBotMessage(
            user.chatId(),
            m -> m.documentBytes() != null && m.text() != null && m.text().contains(caption),
            Duration.ofSeconds(10));
  }

  private static Nomination nomination(int code) {
    return bot.bean(NominationRows.class).byCode(code).orElseThrow();
  }

  private static long nominationOfDraft(EmulatedUser user) {
    return bot.bean(NominationRows.class).byProposer(personOf(user), 1).get(0).id();
  }

  private static long countOf(EmulatedUser user, String fragment) {
    return bot.emulator().chat(user.chatId()).stream()
        .filter(m -> m.fromBot() && m.text() != null && m.text().contains(fragment))
        .count();
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
