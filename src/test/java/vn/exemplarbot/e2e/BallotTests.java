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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.reminder.TimedActions;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Step 5 of the domain through the emulator: a council of seven over three nominations where one
 * passes on the exact threshold ({@code >= 4/7}), one fails with abstentions and a recused member,
 * one falls short of quorum; a late member; refused presses; the audit of the sealed box.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BallotTests {

  @TempDir static Path work;
  static BotHarness bot;
  static BallotSteps ballot;
  static NominationSteps steps;
  static List<String> receipts = new ArrayList<>();

  @BeforeAll
  static void start() {
    bot = BotHarness.prepare(work);
    BallotSteps.councilRules(bot.configDir());
    bot.start();
    ballot = new BallotSteps(bot);
    steps = ballot.steps();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @Test
  @Order(1)
  void nothingAppraisedIsSaidPlainlyAndOnlyTheSecretaryOpens() {
    EmulatedUser lan = steps.registered(LAN);
    bot.exchange(lan, "/ballot_open", "Chưa có hồ sơ nào đã thẩm định");
    bot.exchange(lan, "/ballot_close", "Không có phiếu bầu nào đang mở");
    bot.exchange(steps.registered(AN), "/ballot_open", "không dành cho vai trò của bạn");
    bot.exchange(lan, "/ballot_audit", "Chưa có phiếu bầu nào đã đóng");
  }

  @Test
  @Order(2)
  void theCouncilVotesAPassOnTheExactThresholdAFailAndOneShortOfQuorum() {
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.endorsedPerson("Nguyễn Văn An", 2, LAN);
    ballot.endorsedCollective("Thanh tra Sở", 3);
    for (int code = 1; code <= 3; code++) {
      ballot.appraised(code);
    }
    EmulatedUser binh = steps.registered(BINH);
    EmulatedUser tuan = steps.registered(TUAN);
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser an = steps.registered(AN);
    EmulatedUser duc = steps.registered(DUC);
    EmulatedUser thang = steps.registered(THANG);

    ChatMessage preview = bot.exchange(lan, "/ballot_open", "Mở phiếu bầu kín với 3 hồ sơ");
    assertThat(preview.text())
        .contains("N-1: Đỗ Thị Hương", "N-2: Nguyễn Văn An", "N-3: Thanh tra Sở")
        .contains("Thành viên Hội đồng: 7", ">= 2/3", ">= 4/7 tổng số thành viên");
    steps.press(lan, preview, "Xác nhận", "Đã mở phiếu bầu kín số 1");
    bot.exchange(lan, "/ballot_open", "Đang có phiếu bầu số 1 mở");
    assertThat(ballot.state(1)).isEqualTo("in_ballot");
    EmulatedUser son = steps.registered(SON);
    bot.awaitText(son, "N-1", "đưa vào bỏ phiếu");
    bot.awaitText(son, "N-2", "đưa vào bỏ phiếu");

    ChatMessage card = ballot.card(binh, "N-1");
    assertThat(card.text()).contains("Đỗ Thị Hương", "Phòng Hợp tác quốc tế", "Chuyển đổi số");
    assertThat(card.buttons())
        .extracting(ChatMessage.Button::text)
        .containsExactly("Đồng ý", "Không đồng ý", "Không ý kiến", "Xem hồ sơ");
    steps.press(binh, card, "Xem hồ sơ", "N-1", "Trả lời: Trả lời 4");
    // A recused member gets no ballot on himself.
    ballot.card(an, "N-1");
    assertThat(ballot.withText(an, "Đề cử N-2\n")).isEmpty();

    receipts.add(ballot.vote(binh, "N-1", "Đồng ý"));
    receipts.add(ballot.vote(tuan, "N-1", "Đồng ý"));
    receipts.add(ballot.vote(lan, "N-1", "Đồng ý"));
    receipts.add(ballot.vote(an, "N-1", "Không đồng ý"));
    receipts.add(ballot.vote(duc, "N-1", "Không đồng ý"));
    receipts.add(ballot.vote(thang, "N-1", "Không đồng ý"));
    // The late member registers while the ballot is open and gets it then.
    EmulatedUser ha = ballot.ha();
    bot.awaitText(ha, "Phiếu bầu kín số 1");
    receipts.add(ballot.vote(ha, "N-1", "Đồng ý"));

    receipts.add(ballot.vote(binh, "N-2", "Đồng ý"));
    receipts.add(ballot.vote(tuan, "N-2", "Đồng ý"));
    receipts.add(ballot.vote(lan, "N-2", "Không đồng ý"));
    receipts.add(ballot.vote(duc, "N-2", "Không đồng ý"));
    receipts.add(ballot.vote(ha, "N-2", "Không ý kiến"));
    receipts.add(ballot.vote(thang, "N-2", "Không ý kiến"));

    receipts.add(ballot.vote(binh, "N-3", "Đồng ý"));
    receipts.add(ballot.vote(tuan, "N-3", "Đồng ý"));
    receipts.add(ballot.vote(lan, "N-3", "Đồng ý"));
    receipts.add(ballot.vote(an, "N-3", "Đồng ý"));
    assertThat(receipts).doesNotHaveDuplicates().allMatch(r -> r.matches("[A-Z2-9]{8}"));
    assertThat(bot.bean(AuditLog.class).byAction("ballot-voted")).hasSize(17);
    assertThat(bot.bean(AuditLog.class).byAction("ballot-voted"))
        .allMatch(e -> e.detail().equals("ballot-1") && e.subject().startsWith("N-"));
  }

  @Test
  @Order(3)
  void doubleForgedAndForeignPressesChangeNothing() {
    EmulatedUser binh = steps.registered(BINH);
    EmulatedUser an = steps.registered(AN);
    ChatMessage voted = ballot.card(binh, "N-1");
    assertThat(voted.buttons()).isEmpty();
    long msg = voted.messageId();
    assertThat(steps.forAlert(binh, msg, "vote:ok:1:" + nominationId(1) + ":D"))
        .contains("đã bỏ phiếu đề cử này");
    assertThat(steps.forAlert(binh, msg, "vote:p:1:" + nominationId(3) + ":A"))
        .contains("đã bỏ phiếu đề cử này");
    assertThat(steps.forAlert(an, msg, "vote:ok:1:" + nominationId(2) + ":A"))
        .contains("không có phiếu");
    EmulatedUser son = steps.registered(SON);
    assertThat(steps.forAlert(son, msg, "vote:ok:1:" + nominationId(3) + ":A"))
        .contains("không có phiếu");
    assertThat(steps.forAlert(steps.registered(DUC), msg, "vote:ok:2:" + nominationId(3) + ":A"))
        .contains("không có phiếu");
    assertThat(steps.forAlert(steps.registered(DUC), msg, "vote:ok:1:" + nominationId(3) + ":X"))
        .contains("hết hiệu lực");
    assertThat(steps.forAlert(an, msg, "bclose:ok:1")).contains("Chỉ Thư ký Hội đồng");
    assertThat(bot.bean(AuditLog.class).byAction("ballot-voted")).hasSize(17);
  }

  @Test
  @Order(4)
  void closingCountsExactlyAndTellsOnlyTheSecretaryTheChairAndTheDirector() {
    EmulatedUser lan = steps.registered(LAN);
    bot.exchange(lan, "/ballot_status", "Phiếu bầu số 1");
    ChatMessage confirm = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, confirm, "Xác nhận", "Đã đóng phiếu bầu số 1");

    ChatMessage results = bot.awaitText(lan, "Kết quả phiếu bầu kín số 1");
    assertThat(results.text())
        .contains("Thành viên: 7; đã bỏ phiếu: 7")
        .contains(
            "N-1: Đỗ Thị Hương (Phòng Hợp tác quốc tế)\nĐồng ý 4, không đồng ý 3, không ý kiến 0; đã bỏ 7/7")
        .contains("4/7 (57,14%)")
        .contains(
            "N-2: Nguyễn Văn An (Phòng Hợp tác quốc tế)\nĐồng ý 2, không đồng ý 2, không ý kiến 2; đã bỏ 6/6")
        .contains(
            "N-3: Thanh tra Sở (Thanh tra Sở)\nĐồng ý 4, không đồng ý 0, không ý kiến 0; đã bỏ 4/7")
        .contains("Dấu niêm phong (SHA-256): ");
    assertThat(results.text().split("Kết quả: "))
        .extracting(s -> s.split("\n")[0])
        .containsSubsequence("Đạt", "Không đạt", "Không đủ túc số (giữ ở trạng thái đã thẩm định)");
    bot.awaitText(steps.registered(BINH), "Kết quả phiếu bầu kín số 1");
    minutesHoldTheCountsAndTheSeal(lan, results.text());
    for (long other : List.of(AN, SON, THANG, DUC, TUAN)) {
      assertThat(ballot.withText(steps.registered(other), "Kết quả phiếu bầu")).isEmpty();
    }
    assertThat(ballot.state(1)).isEqualTo("passed");
    assertThat(ballot.state(2)).isEqualTo("failed");
    assertThat(ballot.state(3)).isEqualTo("appraised");
    assertThat(ballot.withText(steps.registered(SON), "N-1"))
        .noneMatch(m -> m.text().contains("Đạt"));
    // The proposer's /my keeps the council's result to itself until the decision publishes it.
    EmulatedUser son = steps.registered(SON);
    bot.exchange(son, "/my", "Bản nháp và đề cử của bạn");
    bot.awaitText(son, "N-1", "Đã bỏ phiếu, chờ công bố kết quả");
    bot.awaitText(son, "N-2", "Đã bỏ phiếu, chờ công bố kết quả");
    assertThat(son.chat()).noneMatch(m -> m.text() != null && m.text().contains("thông qua"));

    EmulatedUser ha = ballot.ha();
    ChatMessage unvoted =
        bot.awaitText(ha, "Đề cử N-3: phiếu bầu đã đóng lúc", "bạn không bỏ phiếu đề cử này");
    assertThat(unvoted.buttons()).isEmpty();
    assertThat(steps.forAlert(ha, unvoted.messageId(), "vote:ok:1:" + nominationId(3) + ":A"))
        .contains("đã đóng");
  }

  @Test
  @Order(5)
  @SqliteOnly("alters the box in clear; on PostgreSQL it is sealed (BallotSecrecyPostgresTests)")
  void theAuditMatchesTheSealAndFailsOnceTheBoxIsAlteredByHand() {
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage ok = bot.exchange(lan, "/ballot_audit", "KHỚP");
    String seal = ok.text().replaceAll("(?s).*Dấu niêm phong: (\\w+).*", "$1");
    assertThat(seal).matches("[0-9a-f]{64}");
    assertThat(bot.awaitText(lan, "Kết quả phiếu bầu kín số 1").text()).contains(seal);
    var facts = bot.bean(vn.exemplarbot.ballot.BallotMinutes.class).facts(1).orElseThrow();
    assertThat(facts.lines().stream().flatMap(l -> l.receipts().stream()).sorted().toList())
        .containsExactlyElementsOf(receipts.stream().sorted().toList());
    assertThat(facts.lines().get(0).receipts()).isSorted();

    JdbcClient jdbc = bot.bean(JdbcClient.class);
    String row =
        jdbc.sql("SELECT receipt FROM ballot_box WHERE ballot_id = 1 AND choice = 'D' LIMIT 1")
            .query(String.class)
            .single();
    jdbc.sql("UPDATE ballot_box SET choice = 'A' WHERE ballot_id = 1 AND receipt = :r")
        .param("r", row)
        .update();
    ChatMessage bad = bot.exchange(lan, "/ballot_audit 1", "KHÔNG KHỚP");
    assertThat(bad.text()).contains("seal: " + seal);
    jdbc.sql("UPDATE ballot_box SET choice = 'D' WHERE ballot_id = 1 AND receipt = :r")
        .param("r", row)
        .update();
    bot.exchange(lan, "/ballot_audit 1", "từ hòm phiếu KHỚP với biên bản");

    // A salt changed by hand: the counts still match, the seal does not.
    String salt =
        jdbc.sql("SELECT salt FROM ballot_box WHERE ballot_id = 1 AND choice <> '-' LIMIT 1")
            .query(String.class)
            .single();
    assertThat(salt).matches("[0-9a-f]{32}");
    jdbc.sql("UPDATE ballot_box SET salt = :x WHERE salt = :s")
        .param("x", "0".repeat(32))
        .param("s", salt)
        .update();
    assertThat(bot.exchange(lan, "/ballot_audit 1", "KHÔNG KHỚP").text())
        .contains("seal: " + seal)
        .doesNotContain("N-1:", "N-2:", "N-3:");
    jdbc.sql("UPDATE ballot_box SET salt = :s WHERE salt = :x")
        .param("x", "0".repeat(32))
        .param("s", salt)
        .update();
  }

  /**
   * A ballot closed before salts (seal_scheme 1, no salt in its box, the seal over code;receipt;
   * choice lines sorted as text) keeps its old seal: the audit recounts it the old way, matches,
   * and says that such a seal can give the choices away to whoever holds the minutes.
   */
  @Test
  @Order(6)
  @SqliteOnly("ballots before salts were only ever held on SQLite, in a box in clear")
  void aBallotSealedBeforeSaltsKeepsItsOldSealAndTheAuditSaysSo() throws Exception {
    EmulatedUser lan = steps.registered(LAN);
    JdbcClient jdbc = bot.bean(JdbcClient.class);
    String salted = jdbc.sql("SELECT seal FROM ballot WHERE id = 1").query(String.class).single();
    StringBuilder lines = new StringBuilder();
    jdbc
        .sql(
            "SELECT 'N-' || n.code || ';' || b.receipt || ';' || b.choice"
                + " FROM ballot_box b JOIN nomination n ON n.id = b.nomination_id"
                + " WHERE b.ballot_id = 1 AND b.choice <> '-'")
        .query(String.class)
        .list()
        .stream()
        .map(line -> line + "\n")
        .sorted()
        .forEach(lines::append);
    String old =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    jdbc.sql(
            "UPDATE ballot SET seal_scheme = 1, seal = :old, facts = replace(facts, :salted, :old)"
                + " WHERE id = 1")
        .param("old", old)
        .param("salted", salted)
        .update();
    jdbc.sql("UPDATE ballot_box SET salt = NULL WHERE ballot_id = 1").update();

    ChatMessage audit =
        bot.exchange(lan, "/ballot_audit 1", "từ hòm phiếu KHỚP với biên bản. Dấu niêm phong");
    assertThat(audit.text()).contains(old);
    bot.awaitText(lan, "phiếu bầu số 1 được niêm phong theo cách cũ", "không có chuỗi ngẫu nhiên");
  }

  @Test
  @Order(7)
  void aBallotClosesItselfAtItsDeadlineOnceAcrossARestartAndRemindsNonVoters() {
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser binh = steps.registered(BINH);
    EmulatedUser tuan = steps.registered(TUAN);
    bot.clock().set(LocalDateTime.of(2026, 12, 2, 9, 0));
    ChatMessage preview = bot.exchange(lan, "/ballot_open", "Mở phiếu bầu kín với 1 hồ sơ");
    assertThat(preview.text()).contains("N-3: Thanh tra Sở").doesNotContain("N-1");
    steps.press(lan, preview, "Xác nhận", "Đã mở phiếu bầu kín số 2", "09:00 05/12/2026");
    ballot.vote(binh, "N-3", "Đồng ý");

    ChatMessage status = bot.exchange(lan, "/ballot_status", "Phiếu bầu số 2");
    assertThat(status.text().split("Chưa bỏ phiếu hết:")[0]).contains("Trần Quốc Bình");
    assertThat(status.text().split("Chưa bỏ phiếu hết:")[1])
        .contains("Phạm Minh Tuấn", "Lê Thị Thu Hà")
        .doesNotContain("Trần Quốc Bình");
    assertThat(status.text()).doesNotContain("Đồng ý", "đồng ý");
    lan.press(status.messageId(), NominationSteps.button(status, "Nhắc").callbackData());
    assertThat(steps.answerTo(lan).text()).contains("Đã nhắc 6 thành viên");
    ballot.awaitNth(tuan, 1, "Nhắc: bạn chưa bỏ phiếu hết", "số 2");

    bot.clock().set(LocalDateTime.of(2026, 12, 4, 9, 0));
    ballot.awaitNth(tuan, 2, "Nhắc: bạn chưa bỏ phiếu hết", "số 2");
    assertThat(ballot.withText(binh, "Nhắc: bạn chưa bỏ phiếu hết")).isEmpty();
    ballot.vote(tuan, "N-3", "Không đồng ý");

    bot.stop();
    bot.clock().set(LocalDateTime.of(2026, 12, 5, 10, 0));
    bot.start();
    ChatMessage results = bot.awaitText(lan, "Kết quả phiếu bầu kín số 2");
    assertThat(results.text())
        .contains("Đồng ý 1, không đồng ý 1, không ý kiến 0; đã bỏ 2/7", "Không đủ túc số");
    assertThat(ballot.withText(tuan, "Nhắc: bạn chưa bỏ phiếu hết", "số 2")).hasSize(2);
    bot.restart();
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    assertThat(bot.bean(AuditLog.class).byAction("ballot-closed"))
        .filteredOn(e -> e.subject().equals("ballot-2"))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(AuditLog.SYSTEM));
    assertThat(ballot.state(3)).isEqualTo("appraised");
    EmulatedUser duc = steps.registered(DUC);
    ChatMessage late = bot.awaitText(duc, "Đề cử N-3: phiếu bầu đã đóng lúc 09:00 05/12/2026");
    assertThat(steps.forAlert(duc, late.messageId(), "vote:p:2:" + nominationId(3) + ":A"))
        .contains("đã đóng");
  }

  @Test
  @Order(8)
  void aVoidedBallotSaysSoToItsMembersAndPutsTheNominationsBack() {
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser binh = steps.registered(BINH);
    ballot.open(3);
    ballot.vote(binh, "N-3", "Đồng ý");
    bot.exchange(lan, "/ballot_void", "Gõ lý do sau lệnh");
    ChatMessage confirm =
        bot.exchange(lan, "/ballot_void Mở nhầm danh sách", "Huỷ phiếu bầu số 3?");
    String data = NominationSteps.button(confirm, "Xác nhận").callbackData();
    long own = ballot.card(binh, "N-3").messageId();
    assertThat(steps.forAlert(binh, own, data)).contains("Chỉ Thư ký Hội đồng");
    steps.press(lan, confirm, "Xác nhận", "Đã huỷ phiếu bầu số 3", "Mở nhầm danh sách");
    bot.awaitText(binh, "Đề cử N-3: phiếu bầu này đã bị huỷ", "Mở nhầm danh sách");
    bot.awaitText(steps.registered(TUAN), "Đề cử N-3: phiếu bầu này đã bị huỷ");
    assertThat(ballot.state(3)).isEqualTo("appraised");
    var jdbc = bot.bean(JdbcClient.class);
    assertThat(
            jdbc.sql("SELECT count(*) FROM ballot_box WHERE ballot_id = 3")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(steps.forAlert(binh, own, "vote:ok:3:" + nominationId(3) + ":A"))
        .contains("đã đóng");
    bot.exchange(lan, "/ballot_status", "Không có phiếu bầu nào đang mở");
    ballot.open(4);
  }

  private static long nominationId(int code) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT id FROM nomination WHERE code = :c")
        .param("c", code)
        .query(Long.class)
        .single();
  }

  /** The minutes PDF reached the secretary, is kept in the data folder and reads as the results. */
  private void minutesHoldTheCountsAndTheSeal(EmulatedUser lan, String results) {
    ChatMessage minutes = bot.awaitText(lan, "Biên bản kiểm phiếu của phiếu bầu kín số 1");
    assertThat(minutes.documentName()).isEqualTo("Bien-ban-kiem-phieu-1.pdf");
    assertThat(bot.dataDir().resolve("ballots/1/bien-ban-kiem-phieu-1.pdf"))
        .hasBinaryContent(minutes.documentBytes());
    String text;
    try (PDDocument pdf = Loader.loadPDF(minutes.documentBytes())) {
      text = new PDFTextStripper().getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String seal = results.substring(results.indexOf("(SHA-256): ") + 11).trim().substring(0, 64);
    // Table cells wrap names and results over lines: compare with single spaces.
    assertThat(text.replaceAll("\\s+", " "))
        .contains("BIÊN BẢN KIỂM PHIẾU", "Hội đồng Thi đua - Khen thưởng")
        .contains("Đỗ Thị Hương", "Nguyễn Văn An", "Thanh tra Sở", "57,14%", "Không đủ túc số");
    assertThat(text.replaceAll("\\s", "")).contains(seal);
    // Every member finds the receipt they were given, without its choice.
    assertThat(receipts).isNotEmpty().allSatisfy(r -> assertThat(text).contains(r));
  }
}
