package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.reminder.TimedActions;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Reminders of {@code nominations-due} (31/12/2026 00:00; offsets P7D, P3D, P1D at 08:30): 24/12,
 * 28/12 and 30/12. They reach exactly the proposers with drafts or returned nominations, the
 * endorsers with nominations waiting and the secretary with dossiers to appraise, one message per
 * person naming every kind of work they have, once each across restarts.
 */
class NominationReminderTests {

  static final long SON = 100011; // staff of HTQT
  static final long AN = 100009; // head of HTQT, endorses what names HTQT people
  static final long DUC = 100014; // head of LS
  static final long THANG = 100023; // head of TT
  static final long KHOA = 100019; // head of BG
  static final long THUY = 100017; // staff of LS
  static final long BINH = 100001; // director, council chair
  static final long LAN = 100004; // council secretary, the appraiser
  static final String HTQT = "Phòng Hợp tác quốc tế";
  static final String REMIND = "deadline-remind:nominations-due:2026:";
  static final String WHAT =
      "Nhắc hạn: hoàn tất việc đề cử điển hình tiên tiến trước ngày 31/12/2026";

  @TempDir Path work;
  BotHarness bot;
  NominationSteps steps;

  @AfterEach
  void stop() {
    bot.close();
  }

  private void startAt(LocalDateTime time) {
    if (bot == null) {
      bot = BotHarness.prepare(work);
      steps = new NominationSteps(bot);
    } else {
      bot.stop();
    }
    bot.clock().set(time);
    bot.start();
  }

  @Test
  void eachKindOfWorkIsRemindedInOneMessagePerPersonAndNobodyElseHearsAnything() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser son = steps.registered(SON);
    EmulatedUser an = steps.registered(AN);
    EmulatedUser duc = steps.registered(DUC);
    EmulatedUser thang = steps.registered(THANG);
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser khoa = steps.registered(KHOA);
    EmulatedUser thuy = steps.registered(THUY);
    EmulatedUser binh = steps.registered(BINH);
    submit(son, "Đỗ Thị Hương", "N-1"); // waits for An's endorsement
    draft(son);
    submit(duc, "Trương Mỹ Linh", "N-2");
    endorse("N-2"); // Duc's only nomination is endorsed: he owes nothing; Lan appraises it
    bot.awaitText(lan, "Hồ sơ N-2 chờ thẩm định");
    submit(thang, "Ngô Thanh Sơn", "N-3");
    ChatMessage card = bot.awaitText(an, "Đề cử N-3 chờ bạn giới thiệu");
    steps.press(an, card, "Trả lại", "Nhập lý do trả lại đề cử N-3");
    bot.exchange(an, "Thiếu minh chứng", "Đã trả lại đề cử N-3");
    draft(an); // An has a draft of his own beside N-1 to endorse

    bot.clock().set(LocalDateTime.of(2026, 12, 24, 8, 30));
    ChatMessage toAn =
        bot.awaitText(
            an,
            WHAT,
            "1 bản nháp đề cử chưa gửi",
            "1 đề cử chờ giới thiệu (N-1)",
            "gõ /my, /endorse");
    assertThat(toAn.text()).doesNotContain("N-2", "N-3", "thẩm định");
    ChatMessage toSon = bot.awaitText(son, WHAT, "1 bản nháp đề cử chưa gửi", "gõ /my");
    assertThat(toSon.text()).doesNotContain("N-1", "/endorse");
    bot.awaitText(
        thang, WHAT, "1 đề cử bị trả lại hoặc cần bổ sung hồ sơ, chưa gửi lại (N-3)", "gõ /my");
    ChatMessage toLan = bot.awaitText(lan, WHAT, "1 hồ sơ chờ thẩm định (N-2)", "gõ /appraise");
    assertThat(toLan.text()).doesNotContain("N-1", "bản nháp");
    ChatMessage summary = bot.awaitText(lan, "Tổng hợp hằng ngày", "trước ngày 31/12/2026");
    assertThat(summary.text())
        .contains(
            "(4 người)",
            "▪ Văn phòng Sở\n   • Nguyễn Thị Lan: 1 hồ sơ chờ thẩm định (N-2)\n",
            "▪ Phòng Hợp tác quốc tế\n   • Nguyễn Văn An: 1 bản nháp đề cử chưa gửi;"
                + " 1 đề cử chờ giới thiệu (N-1)\n   • Ngô Thanh Sơn: 1 bản nháp đề cử chưa gửi\n",
            "▪ Thanh tra Sở\n   • Lâm Văn Thắng: 1 đề cử bị trả lại",
            "(N-3)");
    awaitFired(REMIND + "2026-12-24T08:30");
    for (EmulatedUser one : new EmulatedUser[] {an, son, thang, lan}) {
      assertThat(reminders(one)).isEqualTo(1);
    }
    for (EmulatedUser nobody : new EmulatedUser[] {duc, khoa, thuy, binh}) {
      assertThat(reminders(nobody)).as("nothing to do, no reminder").isZero();
    }

    // Lan appraises N-2 before the next reminder: she is spared it, the others are not.
    bot.clock().set(LocalDateTime.of(2026, 12, 24, 10, 0));
    ChatMessage dossier = bot.awaitText(lan, "Hồ sơ N-2 chờ thẩm định");
    ChatMessage confirm = steps.press(lan, dossier, "Đạt", "Xác nhận hồ sơ N-2");
    steps.press(lan, confirm, "Xác nhận", "Đã thẩm định đạt hồ sơ N-2");
    bot.clock().set(LocalDateTime.of(2026, 12, 28, 8, 30));
    awaitReminders(an, 2);
    awaitReminders(son, 2);
    awaitReminders(thang, 2);
    awaitFired(REMIND + "2026-12-28T08:30");
    assertThat(reminders(lan)).isEqualTo(1);
    assertThat(sentOffsets("nguyen-thi-lan")).containsExactly("P7D");
    for (EmulatedUser nobody : new EmulatedUser[] {duc, khoa, thuy, binh}) {
      assertThat(reminders(nobody)).isZero();
    }
  }

  @Test
  void aRestartAcrossAReminderSendsItOnceOnlyTheLatestMissedAndNothingAfterTheDeadline() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser son = steps.registered(SON);
    draft(son);
    startAt(LocalDateTime.of(2026, 12, 24, 8, 29));
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("ngo-thanh-son")).isEmpty();
    bot.clock().set(LocalDateTime.of(2026, 12, 24, 8, 31));
    awaitReminders(son, 1);
    startAt(LocalDateTime.of(2026, 12, 24, 9, 0));
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("ngo-thanh-son")).containsExactly("P7D");
    assertThat(reminders(son)).isEqualTo(1);

    startAt(LocalDateTime.of(2026, 12, 30, 10, 0));
    awaitReminders(son, 2);
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("ngo-thanh-son"))
        .as("28/12 and 30/12 were both missed: only the latest is sent")
        .containsExactlyInAnyOrder("P7D", "P1D");

    startAt(LocalDateTime.of(2026, 12, 31, 0, 30));
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("ngo-thanh-son")).hasSize(2);
    assertThat(reminders(son)).isEqualTo(2);
  }

  @Test
  void nothingIsSentOnceTheDeadlineHasPassed() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser son = steps.registered(SON);
    draft(son);
    startAt(LocalDateTime.of(2026, 12, 31, 0, 30));
    awaitFired(REMIND + "2026-12-30T08:30");
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("ngo-thanh-son")).isEmpty();
    assertThat(reminders(son)).isZero();
  }

  private void submit(EmulatedUser proposer, String name, String code) {
    ChatMessage summary = steps.summaryOfPerson(proposer, HTQT, name);
    steps.press(proposer, summary, "Gửi", "Đã gửi", code);
  }

  private void endorse(String code) {
    EmulatedUser an = steps.registered(AN);
    ChatMessage card = bot.awaitText(an, "Đề cử " + code + " chờ bạn giới thiệu");
    ChatMessage confirm = steps.press(an, card, "Giới thiệu", "Giới thiệu đề cử " + code);
    steps.press(an, confirm, "Xác nhận", "Đã giới thiệu đề cử " + code);
  }

  /** A draft left at step 1. */
  private void draft(EmulatedUser proposer) {
    bot.exchange(proposer, "/nominate", "Bước 1/8");
    bot.exchange(proposer, "/cancel", "Đã thoát");
  }

  private JdbcClient jdbc() {
    return bot.bean(JdbcClient.class);
  }

  private Set<String> sentOffsets(String personId) {
    return jdbc()
        .sql(
            "SELECT offset_key FROM reminder_sent WHERE person_id = :p AND offset_key LIKE 'P%'"
                + " AND deadline = 'nominations-due:2026'")
        .param("p", personId)
        .query(String.class)
        .list()
        .stream()
        .collect(Collectors.toSet());
  }

  private void awaitFired(String key) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.bean(TimedActions.class).firedAt(key).isPresent());
  }

  private void awaitReminders(EmulatedUser user, int n) {
    await().atMost(Duration.ofSeconds(10)).until(() -> reminders(user) >= n);
    assertThat(reminders(user)).isEqualTo(n);
  }

  private static long reminders(EmulatedUser user) {
    return user.chat().stream()
        .filter(m -> m.fromBot() && m.text() != null && m.text().contains("Nhắc hạn"))
        .count();
  }
}
