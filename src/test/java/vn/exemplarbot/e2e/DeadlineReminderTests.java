package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
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
 * Reminders of {@code division-plans-due} (15/12/2026 00:00; offsets P7D, P3D, P1D at 08:30):
 * 08/12, 11/12 (Saturday 12/12 moved to Friday) and 14/12. They reach exactly the heads whose
 * division's plan is missing, once each, across restarts and reloads.
 */
class DeadlineReminderTests {

  static final long AN = 100009; // head of HTQT
  static final long DUC = 100014; // head of LS
  static final long KHOA = 100019; // head of BG
  static final long THANG = 100023; // head of TT
  static final long SON = 100011; // staff
  static final long BINH = 100001; // head of the Board, which owes no plan
  static final long LAN = 100004; // council secretary, head of the Office
  static final long ADMIN = 100007;
  static final String REMIND = "deadline-remind:division-plans-due:2026:";
  static final String SUMMARY = "deadline-summary:division-plans-due:2026:";

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
  void eachReminderReachesExactlyTheHeadsWhosePlanIsMissingAndTheSecretaryGetsASummary() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser an = steps.registered(AN);
    EmulatedUser duc = steps.registered(DUC);
    EmulatedUser khoa = steps.registered(KHOA);
    EmulatedUser thang = steps.registered(THANG);
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser son = steps.registered(SON);
    EmulatedUser binh = steps.registered(BINH);
    file(an, "Phòng Hợp tác quốc tế");

    moveTo(LocalDateTime.of(2026, 12, 8, 8, 30));
    ChatMessage reminder =
        bot.awaitText(
            duc,
            "Nhắc hạn: nộp kế hoạch của phòng cho Văn phòng Sở trước ngày 15/12/2026",
            "Kế hoạch năm 2026 của Phòng Lãnh sự chưa được nộp",
            "gõ /plan");
    assertThat(reminder.text()).doesNotContain("Phòng Hợp tác quốc tế", "Thanh tra Sở");
    bot.awaitText(khoa, "Nhắc hạn", "Phòng Quản lý biên giới chưa được nộp");
    bot.awaitText(thang, "Nhắc hạn", "Thanh tra Sở chưa được nộp");
    ChatMessage summary = bot.awaitText(lan, "Tổng hợp hằng ngày", "(còn 7 ngày)");
    assertThat(summary.text())
        .contains(
            "(3 người)",
            "▪ Phòng Lãnh sự\n   • Hoàng Văn Đức: Kế hoạch năm 2026 của Phòng Lãnh sự chưa được nộp",
            "▪ Phòng Quản lý biên giới\n   • Dương Văn Khoa: Kế hoạch năm 2026 của Phòng Quản lý"
                + " biên giới chưa được nộp",
            "▪ Thanh tra Sở\n   • Lâm Văn Thắng: Kế hoạch năm 2026 của Thanh tra Sở chưa được nộp")
        .doesNotContain("Phòng Hợp tác quốc tế");
    awaitFired(REMIND + "2026-12-08T08:30");
    assertThat(
            jdbc()
                .sql("SELECT DISTINCT person_id FROM reminder_sent WHERE offset_key LIKE 'P%'")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("hoang-van-duc", "duong-van-khoa", "lam-van-thang");
    for (EmulatedUser nobody : new EmulatedUser[] {an, son, binh, lan}) {
      assertThat(reminders(nobody)).isZero();
    }

    file(duc, "Phòng Lãnh sự");
    moveTo(LocalDateTime.of(2026, 12, 11, 8, 30));
    awaitReminders(khoa, 2);
    awaitReminders(thang, 2);
    awaitFired(REMIND + "2026-12-11T08:30");
    assertThat(reminders(duc)).isEqualTo(1);
    assertThat(reminders(an)).isZero();
    assertThat(summaries(lan)).as("09/12 and 10/12 were skipped over, not sent late").isEqualTo(2);

    file(khoa, "Phòng Quản lý biên giới");
    file(thang, "Thanh tra Sở");
    moveTo(LocalDateTime.of(2026, 12, 14, 8, 30));
    awaitFired(REMIND + "2026-12-14T08:30");
    awaitFired(SUMMARY + "2026-12-14");
    assertThat(reminders(khoa)).isEqualTo(2);
    assertThat(reminders(thang)).isEqualTo(2);
    assertThat(summaries(lan)).as("nothing missing, no summary").isEqualTo(2);
  }

  /**
   * The bot was down (or the clock stepped) across 08/12 08:30 and starts again at 15:00, more than
   * the grace of six hours later: the heads get no reminder that late, the secretary is told once
   * (not again at the next restart), and the next moment, on time, reminds as usual.
   */
  @Test
  void aMomentMissedByMoreThanTheGraceIsReportedOnceToTheSecretaryNotSentLate() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser duc = steps.registered(DUC);
    EmulatedUser lan = steps.registered(LAN);
    bot.stop();

    startAt(LocalDateTime.of(2026, 12, 8, 15, 0));
    awaitFired(REMIND + "2026-12-08T08:30");
    ChatMessage missed = bot.awaitText(lan, "lẽ ra được gửi lúc 08:30 08/12/2026");
    assertThat(missed.text()).contains("trễ 6 giờ", "nộp kế hoạch của phòng", "/status");
    assertThat(reminders(duc)).isZero();

    startAt(LocalDateTime.of(2026, 12, 8, 16, 0));
    bot.exchange(lan, "/help", "Các lệnh của bạn");
    assertThat(missedReports(lan)).isEqualTo(1);
    assertThat(reminders(duc)).isZero();

    moveTo(LocalDateTime.of(2026, 12, 11, 8, 30));
    awaitFired(REMIND + "2026-12-11T08:30");
    awaitReminders(duc, 1);
    assertThat(missedReports(lan)).isEqualTo(1);
  }

  private static long missedReports(EmulatedUser user) {
    return user.chat().stream().filter(m -> m.fromBot() && has(m, "lẽ ra được gửi lúc")).count();
  }

  @Test
  void aMomentForMorePeopleThanOneTransactionTakesGoesOnInContinuationsEachPersonOnce() {
    bot = BotHarness.prepare(work).property("exemplar.reminders.per-transaction", 1);
    steps = new NominationSteps(bot);
    bot.clock().set(LocalDateTime.of(2026, 12, 1, 9, 0));
    bot.start();
    EmulatedUser duc = steps.registered(DUC);
    EmulatedUser khoa = steps.registered(KHOA);
    EmulatedUser thang = steps.registered(THANG);
    EmulatedUser an = steps.registered(AN);

    moveTo(LocalDateTime.of(2026, 12, 8, 8, 30));
    awaitFired(REMIND + "2026-12-08T08:30");
    awaitFired(REMIND + "2026-12-08T08:30#2");
    awaitFired(REMIND + "2026-12-08T08:30#3");
    awaitReminders(duc, 1);
    awaitReminders(khoa, 1);
    awaitReminders(thang, 1);
    awaitReminders(an, 1); // HTQT filed nothing in this test
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> bot.bean(TimedActions.class).firedAt(REMIND + "2026-12-08T08:30#4").isPresent());
    assertThat(bot.bean(TimedActions.class).firedAt(REMIND + "2026-12-08T08:30#5"))
        .as("four heads, one a transaction: the moment and three continuations, none more")
        .isEmpty();
    assertThat(
            jdbc()
                .sql("SELECT count(*) FROM reminder_sent WHERE offset_key = 'P7D'")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void restartsBeforeDuringAndAfterAReminderSendEachOnceAndOnlyTheLatestMissed() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser thang = steps.registered(THANG);
    startAt(LocalDateTime.of(2026, 12, 8, 8, 29));
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("lam-van-thang")).isEmpty();
    bot.clock().set(LocalDateTime.of(2026, 12, 8, 8, 31));
    awaitReminders(thang, 1);
    startAt(LocalDateTime.of(2026, 12, 8, 9, 0));
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("lam-van-thang")).containsExactly("P7D");

    startAt(LocalDateTime.of(2026, 12, 14, 10, 0));
    awaitReminders(thang, 2);
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("lam-van-thang"))
        .as("11/12 and 14/12 were both missed: only the latest is sent")
        .containsExactlyInAnyOrder("P7D", "P1D");
    assertThat(latestReminder(thang).text()).contains("trước ngày 15/12/2026");

    startAt(LocalDateTime.of(2026, 12, 16, 9, 0));
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("lam-van-thang")).hasSize(2);
    assertThat(reminders(thang)).isEqualTo(2);
  }

  @Test
  void nothingIsSentOnceTheDeadlineHasPassed() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser thang = steps.registered(THANG);
    startAt(LocalDateTime.of(2026, 12, 15, 0, 30));
    awaitFired(REMIND + "2026-12-14T08:30");
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("lam-van-thang")).isEmpty();
    assertThat(reminders(thang)).isZero();
  }

  @Test
  void aSaturdayAndASundayReminderBothMoveToFridayAndGoAsOne() throws IOException {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    editSettings("offsets: [P7D, P3D, P1D]", "offsets: [P3D, P2D]");
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser thang = steps.registered(THANG);
    assertThat(
            jdbc()
                .sql("SELECT action_key FROM due_action WHERE action_key LIKE :k")
                .param("k", REMIND + "%")
                .query(String.class)
                .list())
        .containsExactly(REMIND + "2026-12-11T08:30");
    moveTo(LocalDateTime.of(2026, 12, 11, 8, 30));
    awaitReminders(thang, 1);
    assertThat(sentOffsets("lam-van-thang")).containsExactlyInAnyOrder("P3D", "P2D");
    moveTo(LocalDateTime.of(2026, 12, 13, 8, 30));
    bot.bean(TimedActions.class).runDue();
    assertThat(reminders(thang)).isEqualTo(1);
  }

  @Test
  void changedOffsetsDeadlineAndReloadRescheduleWithoutSendingTwice() throws IOException {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    EmulatedUser thang = steps.registered(THANG);
    EmulatedUser admin = steps.registered(ADMIN);
    moveTo(LocalDateTime.of(2026, 12, 8, 8, 30));
    awaitReminders(thang, 1);

    editSettings("offsets: [P7D, P3D, P1D]", "offsets: [P7D, P5D, P1D]");
    editSettings("time-of-day: \"08:30\"", "time-of-day: \"10:00\"");
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    moveTo(LocalDateTime.of(2026, 12, 10, 10, 0));
    awaitReminders(thang, 2);
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    bot.bean(TimedActions.class).runDue();
    assertThat(sentOffsets("lam-van-thang")).containsExactlyInAnyOrder("P7D", "P5D");

    editSettings("division-plans-due: 2026-12-15T00:00", "division-plans-due: 2026-12-18T17:00");
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    moveTo(LocalDateTime.of(2026, 12, 11, 10, 0));
    awaitFired(REMIND + "2026-12-11T10:00");
    assertThat(reminders(thang)).as("P7D and P5D of the moved deadline were sent").isEqualTo(2);
    moveTo(LocalDateTime.of(2026, 12, 17, 10, 0));
    awaitReminders(thang, 3);
    assertThat(latestReminder(thang).text()).contains("trước 17:00 ngày 18/12/2026");
    assertThat(sentOffsets("lam-van-thang")).containsExactlyInAnyOrder("P7D", "P5D", "P1D");
  }

  private void file(EmulatedUser head, String division) {
    bot.exchange(head, "/plan", "Gửi kế hoạch năm 2026 của " + division);
    ChatMessage confirm = bot.exchange(head, "Kế hoạch của " + division, "Bấm «Xác nhận»");
    steps.press(head, confirm, "Xác nhận", "Đã nộp kế hoạch");
  }

  private void moveTo(LocalDateTime time) {
    bot.clock().set(time);
  }

  private void editSettings(String from, String to) throws IOException {
    Path settings = bot.configDir().resolve("settings.yml");
    String text = Files.readString(settings);
    assertThat(text).contains(from);
    Files.writeString(settings, text.replace(from, to));
  }

  private JdbcClient jdbc() {
    return bot.bean(JdbcClient.class);
  }

  private Set<String> sentOffsets(String personId) {
    return jdbc()
        .sql("SELECT offset_key FROM reminder_sent WHERE person_id = :p AND offset_key LIKE 'P%'")
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
    return user.chat().stream().filter(m -> m.fromBot() && has(m, "Nhắc hạn")).count();
  }

  private static long summaries(EmulatedUser user) {
    return user.chat().stream().filter(m -> m.fromBot() && has(m, "Tổng hợp hằng ngày")).count();
  }

  private static ChatMessage latestReminder(EmulatedUser user) {
    return user.chat().stream()
        .filter(m -> m.fromBot() && has(m, "Nhắc hạn"))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static boolean has(ChatMessage m, String text) {
    return m.text() != null && m.text().contains(text);
  }
}
