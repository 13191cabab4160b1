package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The only test that waits for Quartz's own ticks: the harness's clock follows the system clock,
 * {@code division-plans-due} falls four minutes ahead (rounded to the minute, as settings write it)
 * and the only offset is {@code PT2M}, so the reminder is due one to two minutes after the start.
 * Nothing calls {@code runDue()}: the ticker ({@code exemplar.tick-seconds}, one second in the
 * harness) finds it, and the reminder reaches the emulator in real time. Under three minutes.
 */
class RealTickerTests {

  static final long THANG = 100023; // head of Thanh tra Sở, whose plan is missing
  static final DateTimeFormatter SETTING = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @TempDir Path work;
  BotHarness bot;

  @AfterEach
  void stop() {
    bot.close();
  }

  @Test
  void theRealTickerSendsAPT2MReminderWhenItFalls() throws IOException {
    bot = BotHarness.prepare(work);
    bot.clock().followRealTime();
    LocalDateTime due =
        LocalDateTime.now(Zones.LOCAL).truncatedTo(ChronoUnit.MINUTES).plusMinutes(4);
    LocalDateTime remindAt = due.minusMinutes(2);
    settings(due);
    bot.start();
    EmulatedUser thang = new NominationSteps(bot).registered(THANG);

    ChatMessage reminder =
        bot.emulator()
            .awaitBotMessage(
                thang.chatId(),
                m -> m.fromBot() && m.text() != null && m.text().contains("Nhắc hạn"),
                Duration.ofMinutes(3));
    Instant arrived = Instant.now();
    assertThat(reminder.text())
        .contains(byWhen(due), "Kế hoạch năm 2026 của Thanh tra Sở chưa được nộp", "gõ /plan");
    Instant dueAt = remindAt.atZone(Zones.LOCAL).toInstant();
    assertThat(arrived).as("not before its moment").isAfterOrEqualTo(dueAt);
    assertThat(arrived).as("within a few ticks of it").isBefore(dueAt.plusSeconds(30));
    assertThat(
            bot.bean(JdbcClient.class)
                .sql("SELECT offset_key FROM reminder_sent WHERE person_id = 'lam-van-thang'")
                .query(String.class)
                .list())
        .containsExactly("PT2M");
  }

  /** Plans due at {@code due}, the later deadlines a day apart after it, one offset of PT2M. */
  private void settings(LocalDateTime due) throws IOException {
    Path file = bot.configDir().resolve("settings.yml");
    String text =
        Files.readString(file)
            .replace("division-plans-due: 2026-12-15T00:00", "division-plans-due: " + at(due, 0))
            .replace("nominations-due: 2026-12-31T00:00", "nominations-due: " + at(due, 1))
            .replace("recognition-due: 2027-01-10T00:00", "recognition-due: " + at(due, 2))
            .replace("offsets: [P7D, P3D, P1D]", "offsets: [PT2M]");
    assertThat(text).contains("offsets: [PT2M]", "division-plans-due: " + at(due, 0));
    Files.writeString(file, text);
  }

  /** As the reminder says it: a midnight deadline by its day, any other by its time and day. */
  private static String byWhen(LocalDateTime due) {
    String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due);
    return due.getHour() == 0 && due.getMinute() == 0
        ? "trước ngày " + day
        : "trước " + DateTimeFormatter.ofPattern("HH:mm").format(due) + " ngày " + day;
  }

  private static String at(LocalDateTime due, int days) {
    return SETTING.format(due.plusDays(days));
  }
}
