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
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Step 10 of the domain: the cycle moves to 2027 in settings.yml. {@code /reload} is refused while
 * a ballot is open (the old configuration stays), accepted once it is closed; then the reminders
 * are scheduled for the new deadlines, a draft left by 2026 is resumed and submitted into the new
 * cycle (checked against the new {@code nominations-due}), codes count on from the old cycle's
 * last, and a dossier the old cycle appraised but never put to the vote can go to a new ballot.
 */
class CycleRolloverTests {

  static final long ADMIN = 100007;
  static final long THUY = 100017; // staff of Phòng Lãnh sự
  static final long LAN = BallotSteps.LAN;
  static final long DUC = BallotSteps.DUC;
  static final long THANG = BallotSteps.THANG;

  @TempDir Path work;
  BotHarness bot;

  @AfterEach
  void stop() {
    bot.close();
  }

  @Test
  void aNewCycleWaitsForTheOpenBallotThenStartsAndTheOldDraftIsFinishedInIt() throws IOException {
    bot = BotHarness.started(work);
    BallotSteps ballot = new BallotSteps(bot);
    NominationSteps steps = ballot.steps();
    EmulatedUser admin = steps.registered(ADMIN);
    EmulatedUser thuy = steps.registered(THUY);
    ChatMessage step = bot.exchange(thuy, "/nominate", "Bước 1/8");
    step = steps.press(thuy, step, "Tập thể", "Tập thể (phòng) nào");
    step = steps.press(thuy, step, "Phòng Lãnh sự", "Bước 3/8");
    steps.press(thuy, step, "Chuyển đổi số", "Bước 4/8");
    bot.exchange(thuy, "/cancel", "Đã thoát");
    ballot.endorsedPerson("Đỗ Thị Hương", 1, BallotSteps.AN);
    ballot.appraised(1);
    ballot.open(1);
    ballot.endorsedPerson("Trương Mỹ Linh", 2, BallotSteps.AN);
    ballot.appraised(2); // after the ballot opened: left for a later one

    newCycle();
    ChatMessage refused = bot.exchange(admin, "/reload", "Chưa đọc lại bot-config");
    assertThat(refused.text())
        .contains("chu kỳ năm 2027", "phiếu bầu kín số 1 đang mở", "Cấu hình cũ vẫn giữ nguyên");
    assertThat(year()).isEqualTo(2026);
    assertThat(scheduled("%:2027:%")).isEmpty();

    for (long member : List.of(BallotSteps.BINH, BallotSteps.TUAN, LAN, DUC, THANG)) {
      ballot.vote(steps.registered(member), "N-1", "Đồng ý");
    }
    EmulatedUser lan = steps.registered(LAN);
    ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
    steps.press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
    bot.exchange(admin, "/reload", "Đã đọc lại bot-config");
    assertThat(year()).isEqualTo(2027);
    assertThat(scheduled("deadline-remind:%:2027:%"))
        .contains(
            "deadline-remind:division-plans-due:2027:2027-12-08T08:30",
            "deadline-remind:nominations-due:2027:2027-12-24T08:30",
            "deadline-remind:recognition-due:2027:2028-01-03T08:30");
    assertThat(scheduled("deadline-%:2026:%")).as("the old deadlines' moments are gone").isEmpty();

    bot.exchange(thuy, "/my", "Bản nháp và đề cử của bạn");
    ChatMessage draft = bot.awaitText(thuy, "Bản nháp #", "Phòng Lãnh sự");
    steps.press(thuy, draft, "Tiếp tục", "Bước 4/8");
    bot.exchange(thuy, "Phòng dẫn đầu khối về cải cách hành chính", "Tiêu chuẩn 1/4");
    steps.answerCriteriaAndFinish(thuy);
    step = bot.awaitText(thuy, "Bước 8/8", "Phòng Lãnh sự");
    steps.press(thuy, step, "Gửi", "Đã gửi", "N-3");
    assertThat(cycleOf(1)).as("the old nomination stays in its cycle").isEqualTo(2026);
    assertThat(cycleOf(3)).as("the old draft, submitted now, joins the new cycle").isEqualTo(2027);
    ChatMessage preview = bot.exchange(lan, "/ballot_open", "Mở phiếu bầu kín");
    assertThat(preview.text())
        .as("a dossier 2026 appraised but never put to the vote can be finished in 2027")
        .contains("N-2", "Trương Mỹ Linh");

    bot.clock().set(LocalDateTime.of(2028, 1, 3, 8, 30));
    EmulatedUser binh = steps.registered(BallotSteps.BINH);
    bot.awaitText(
        binh,
        "Nhắc hạn: hoàn tất bình xét, công nhận điển hình tiên tiến trước ngày 10/01/2028",
        "1 đề cử Hội đồng đã thông qua chờ quyết định công nhận (N-1)");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fired("deadline-remind:recognition-due:2027:2028-01-03T08:30"));
    bot.awaitText(
        lan,
        "Nhắc hạn: hoàn tất bình xét, công nhận điển hình tiên tiến trước ngày 10/01/2028",
        "1 hồ sơ đã thẩm định đạt, chưa đưa ra bỏ phiếu kín (N-2)");
  }

  /** 2027's cycle, its deadlines a year on. */
  private void newCycle() throws IOException {
    Path file = bot.configDir().resolve("settings.yml");
    String text = Files.readString(file);
    for (String line :
        List.of(
            "year: 2026",
            "division-plans-due: 2026-12-15T00:00",
            "nominations-due: 2026-12-31T00:00",
            "recognition-due: 2027-01-10T00:00")) {
      assertThat(text).contains(line);
    }
    text =
        text.replace("recognition-due: 2027-01-10T00:00", "recognition-due: 2028-01-10T00:00")
            .replace("year: 2026", "year: 2027")
            .replace("division-plans-due: 2026-12-15T00:00", "division-plans-due: 2027-12-15T00:00")
            .replace("nominations-due: 2026-12-31T00:00", "nominations-due: 2027-12-31T00:00");
    Files.writeString(file, text);
  }

  private boolean fired(String key) {
    return bot.bean(TimedActions.class).firedAt(key).isPresent();
  }

  private int year() {
    return bot.bean(Directory.class).settings().cycle().year();
  }

  private List<String> scheduled(String like) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT action_key FROM due_action WHERE fired_at IS NULL AND action_key LIKE :k")
        .param("k", like)
        .query(String.class)
        .list();
  }

  private int cycleOf(int code) {
    return bot.bean(JdbcClient.class)
        .sql("SELECT cycle_year FROM nomination WHERE code = :c")
        .param("c", code)
        .query(Integer.class)
        .single();
  }
}
