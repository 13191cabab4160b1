package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.reminder.TimedActions;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Reminders of {@code recognition-due} (10/01/2027 00:00). With offsets P7D, P3D, P2D and PT12H at
 * 08:30 they fall on 31/12 (03/01 is a Sunday, 01/01 a holiday), 07/01, 08/01 and 09/01 12:00. The
 * secretary hears of appraised dossiers with no ballot and of a ballot still open, the director of
 * passed nominations awaiting a decision, the clerk of decisions awaiting their number; nobody else
 * hears anything, and the secretary's daily summary lists who owes what by division.
 */
class RecognitionReminderTests {

  static final long BINH = BallotSteps.BINH; // director, chair, member
  static final long TUAN = BallotSteps.TUAN; // member
  static final long LAN = BallotSteps.LAN; // secretary
  static final long AN = BallotSteps.AN;
  static final long DUC = BallotSteps.DUC;
  static final long THANG = BallotSteps.THANG;
  static final long SON = BallotSteps.SON;
  static final long MAI = 200106; // office clerk, registered by username
  static final long ADMIN = 100007;
  static final String WHAT =
      "Nhắc hạn: hoàn tất bình xét, công nhận điển hình tiên tiến trước ngày 10/01/2027";
  static final String REMIND = "deadline-remind:recognition-due:2026:";

  @TempDir Path work;
  BotHarness bot;
  BallotSteps ballot;
  NominationSteps steps;

  @AfterEach
  void stop() {
    bot.close();
  }

  private void prepare() throws IOException {
    bot = BotHarness.prepare(work);
    ballot = new BallotSteps(bot);
    steps = ballot.steps();
    Path settings = bot.configDir().resolve("settings.yml");
    String text = Files.readString(settings);
    assertThat(text).contains("offsets: [P7D, P3D, P1D]");
    Files.writeString(
        settings, text.replace("offsets: [P7D, P3D, P1D]", "offsets: [P7D, P3D, P2D, PT12H]"));
  }

  @Test
  void eachReminderReachesExactlyWhoStillHasWorkAndTheSummaryGoesByDivisionAndPerson()
      throws IOException {
    prepare();
    bot.start();
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser binh = steps.registered(BINH);
    EmulatedUser mai = bot.user(MAI, "dangthimai", "Mai");
    bot.exchange(mai, "/start", "Xin chào");
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.endorsedPerson("Trương Mỹ Linh", 2, AN);
    ballot.appraised(1);
    ballot.appraised(2);

    moveTo(LocalDateTime.of(2026, 12, 31, 8, 30));
    bot.awaitText(
        lan,
        WHAT,
        "2 hồ sơ đã thẩm định đạt, chưa đưa ra bỏ phiếu kín (N-1, N-2)",
        "gõ /ballot_open");
    awaitFired(REMIND + "2026-12-31T08:30");

    moveTo(LocalDateTime.of(2027, 1, 6, 9, 0));
    ChatMessage summary = bot.awaitText(lan, "Tổng hợp hằng ngày", "(còn 4 ngày)");
    assertThat(summary.text())
        .contains(
            "trước ngày 10/01/2027",
            "▪ Văn phòng Sở\n   • Nguyễn Thị Lan: 2 hồ sơ đã thẩm định đạt, chưa đưa ra bỏ phiếu"
                + " kín (N-1, N-2)")
        .doesNotContain("Trần Quốc Bình", "Đặng Thị Mai");
    ballot.open(1);
    moveTo(LocalDateTime.of(2027, 1, 7, 8, 30));
    ChatMessage open =
        bot.awaitText(lan, WHAT, "Phiếu bầu kín số 1 đang mở", "gõ /ballot_status, /ballot_close");
    assertThat(open.text()).doesNotContain("chưa đưa ra bỏ phiếu");
    awaitFired(REMIND + "2027-01-07T08:30");

    for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
      ballot.vote(steps.registered(member), "N-1", "Đồng ý");
      ballot.vote(steps.registered(member), "N-2", "Không đồng ý");
    }
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");

    moveTo(LocalDateTime.of(2027, 1, 8, 8, 30));
    bot.awaitText(
        binh, WHAT, "1 đề cử Hội đồng đã thông qua chờ quyết định công nhận (N-1)", "gõ /pending");
    ChatMessage second = bot.awaitText(lan, "Tổng hợp hằng ngày", "(còn 2 ngày)");
    assertThat(second.text())
        .contains(
            "(1 người)",
            "▪ Ban Giám đốc\n   • Trần Quốc Bình: 1 đề cử Hội đồng đã thông qua chờ quyết định"
                + " công nhận (N-1)")
        .doesNotContain("Nguyễn Thị Lan", "N-2");
    awaitFired(REMIND + "2027-01-08T08:30");

    ChatMessage confirm = bot.exchange(binh, "/approve N-1", "Công nhận điển hình tiên tiến: N-1?");
    steps.press(binh, confirm, "Xác nhận", "Dự thảo quyết định");
    bot.awaitText(mai, "chờ vào số", "/number N-1");
    moveTo(LocalDateTime.of(2027, 1, 9, 12, 0));
    bot.awaitText(mai, WHAT, "1 quyết định công nhận chờ vào số (đề cử N-1)", "gõ /number");
    awaitFired(REMIND + "2027-01-09T12:00");

    assertThat(sent())
        .as("exactly who had work at each moment, once")
        .containsExactlyInAnyOrder(
            "nguyen-thi-lan P7D", "nguyen-thi-lan P3D", "tran-quoc-binh P2D", "dang-thi-mai PT12H");
    assertThat(reminders(lan)).isEqualTo(2);
    assertThat(reminders(binh)).isEqualTo(1);
    assertThat(reminders(mai)).isEqualTo(1);
    for (long nobody : List.of(TUAN, AN, DUC, THANG, SON)) {
      assertThat(reminders(steps.registered(nobody))).as("nothing to do: " + nobody).isZero();
    }
  }

  @Test
  void aBallotThatPassedNothingRemindsTheDirectorUntilHeAcknowledgesIt() throws IOException {
    prepare();
    bot.start();
    EmulatedUser binh = steps.registered(BINH);
    EmulatedUser lan = steps.registered(LAN);
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.appraised(1);
    ballot.open(1);
    for (long member : List.of(BINH, TUAN, LAN, DUC, THANG)) {
      ballot.vote(steps.registered(member), "N-1", "Không đồng ý");
    }
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");

    moveTo(LocalDateTime.of(2026, 12, 31, 8, 30));
    bot.awaitText(
        binh,
        WHAT,
        "1 kết quả phiếu bầu kín không có đề cử nào được thông qua chờ xác nhận (phiếu số 1)",
        "gõ /pending");
    awaitFired(REMIND + "2026-12-31T08:30");
    assertThat(reminders(lan)).as("no dossier waits for a ballot, none is open").isZero();

    bot.exchange(binh, "/pending", "chờ quyết định");
    ChatMessage ack = bot.awaitText(binh, "Phiếu bầu kín số 1 không có đề cử nào được thông qua");
    steps.press(binh, ack, "Xác nhận", "Đã xác nhận kết quả phiếu bầu kín số 1");
    moveTo(LocalDateTime.of(2027, 1, 7, 8, 30));
    awaitFired(REMIND + "2027-01-07T08:30");
    assertThat(reminders(binh)).as("acknowledged: nothing more to do").isEqualTo(1);
    assertThat(sent()).containsExactly("tran-quoc-binh P7D");
  }

  @Test
  void restartsBeforeDuringAndAfterSendTheLatestMissedOnceAndNothingAfterTheDeadline()
      throws IOException {
    prepare();
    bot.start();
    EmulatedUser lan = steps.registered(LAN);
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.appraised(1);

    restartAt(LocalDateTime.of(2027, 1, 7, 10, 0));
    await().atMost(Duration.ofSeconds(10)).until(() -> reminders(lan) >= 1);
    bot.bean(TimedActions.class).runDue();
    assertThat(sent())
        .as("31/12 and 07/01 were both missed: only the latest is sent")
        .containsExactly("nguyen-thi-lan P3D");
    assertThat(reminders(lan)).isEqualTo(1);

    restartAt(LocalDateTime.of(2027, 1, 8, 8, 29));
    bot.bean(TimedActions.class).runDue();
    assertThat(sent()).hasSize(1);
    moveTo(LocalDateTime.of(2027, 1, 8, 8, 31));
    await().atMost(Duration.ofSeconds(10)).until(() -> reminders(lan) >= 2);
    restartAt(LocalDateTime.of(2027, 1, 8, 9, 0));
    bot.bean(TimedActions.class).runDue();
    assertThat(sent()).containsExactlyInAnyOrder("nguyen-thi-lan P3D", "nguyen-thi-lan P2D");

    restartAt(LocalDateTime.of(2027, 1, 10, 0, 30));
    awaitFired(REMIND + "2027-01-09T12:00");
    bot.bean(TimedActions.class).runDue();
    assertThat(sent()).as("09/01 12:00 was missed, and the deadline has passed").hasSize(2);
    assertThat(reminders(lan)).isEqualTo(2);
  }

  @Test
  void changedOffsetsAndReloadRescheduleWithoutSendingAnythingTwice() throws IOException {
    prepare();
    bot.start();
    EmulatedUser lan = steps.registered(LAN);
    EmulatedUser admin = steps.registered(ADMIN);
    ballot.endorsedPerson("Đỗ Thị Hương", 1, AN);
    ballot.appraised(1);
    moveTo(LocalDateTime.of(2026, 12, 31, 8, 30));
    await().atMost(Duration.ofSeconds(10)).until(() -> reminders(lan) >= 1);

    editSettings("offsets: [P7D, P3D, P2D, PT12H]", "offsets: [P7D, P6D, P1D]");
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    assertThat(scheduled())
        .as("04/01 for P6D; P1D (Saturday 09/01) moved to Friday")
        .containsExactlyInAnyOrder(REMIND + "2027-01-04T08:30", REMIND + "2027-01-08T08:30");
    moveTo(LocalDateTime.of(2027, 1, 4, 8, 30));
    await().atMost(Duration.ofSeconds(10)).until(() -> reminders(lan) >= 2);
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    bot.bean(TimedActions.class).runDue();
    assertThat(sent()).containsExactlyInAnyOrder("nguyen-thi-lan P7D", "nguyen-thi-lan P6D");
    assertThat(reminders(lan)).isEqualTo(2);
  }

  private void editSettings(String from, String to) throws IOException {
    Path settings = bot.configDir().resolve("settings.yml");
    String text = Files.readString(settings);
    assertThat(text).contains(from);
    Files.writeString(settings, text.replace(from, to));
  }

  private List<String> scheduled() {
    return bot.bean(JdbcClient.class)
        .sql("SELECT action_key FROM due_action WHERE fired_at IS NULL AND action_key LIKE :k")
        .param("k", REMIND + "%")
        .query(String.class)
        .list();
  }

  private void restartAt(LocalDateTime time) {
    bot.stop();
    bot.clock().set(time);
    bot.start();
  }

  private void moveTo(LocalDateTime time) {
    bot.clock().set(time);
  }

  /** "person offset" of every recognition-due reminder recorded. */
  private List<String> sent() {
    return bot.bean(JdbcClient.class)
        .sql(
            "SELECT person_id, offset_key FROM reminder_sent"
                + " WHERE deadline = 'recognition-due:2026' AND offset_key NOT LIKE 'summary:%'")
        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }

  private void awaitFired(String key) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.bean(TimedActions.class).firedAt(key).isPresent());
  }

  private static long reminders(EmulatedUser user) {
    return user.chat().stream()
        .filter(m -> m.fromBot() && m.text() != null && m.text().contains(WHAT))
        .count();
  }
}
