package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.reminder.TimedActions;

/**
 * The heartbeat timed action runs once, whether the bot restarts before, at or after its time; the
 * Quartz tick finds it, the claim makes it once.
 */
class TimedActionTests {

  static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 1, 10, 0);

  @TempDir Path work;
  BotHarness bot;

  @AfterEach
  void stop() {
    Heartbeat.failFirst.set(0);
    bot.close();
  }

  private void startAt(LocalDateTime time) {
    if (bot == null) {
      bot = BotHarness.prepare(work).source(Heartbeat.class);
    } else {
      bot.stop();
    }
    bot.clock().set(time);
    bot.start();
  }

  private void schedule(String key) {
    bot.bean(TimedActions.class)
        .schedule(key, "heartbeat", DUE.atZone(Zones.LOCAL).toInstant(), "nhịp tim");
  }

  private int beats(String key) {
    return (int)
        bot.bean(AuditLog.class).byAction("heartbeat").stream()
            .filter(e -> key.equals(e.subject()))
            .count();
  }

  private void awaitBeats(String key, int n) {
    await().atMost(Duration.ofSeconds(10)).until(() -> beats(key) == n);
  }

  @Test
  void restartBeforeTheDueTimeRunsItOnceWhenItFalls() {
    startAt(DUE.minusHours(1));
    schedule("hb-before");
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    startAt(DUE.minusMinutes(1));
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    bot.clock().set(DUE);
    awaitBeats("hb-before", 1);
    startAt(DUE.plusMinutes(5));
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    assertThat(beats("hb-before")).isEqualTo(1);
  }

  @Test
  void aStartExactlyAtTheDueTimeRunsItOnce() {
    startAt(DUE.minusHours(1));
    schedule("hb-at");
    bot.stop();
    startAt(DUE);
    awaitBeats("hb-at", 1);
    startAt(DUE);
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    assertThat(beats("hb-at")).isEqualTo(1);
  }

  @Test
  void anActionDueWhileTheBotWasDownRunsOnceAfterTheRestart() {
    startAt(DUE.minusHours(1));
    schedule("hb-after");
    bot.stop();
    startAt(DUE.plusDays(2));
    awaitBeats("hb-after", 1);
    startAt(DUE.plusDays(3));
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    assertThat(beats("hb-after")).isEqualTo(1);
  }

  @Test
  void aFailedRunLeavesNoEffectAndIsTriedAgain() {
    Heartbeat.failFirst.set(2);
    startAt(DUE.minusHours(1));
    schedule("hb-fail");
    bot.clock().set(DUE);
    awaitBeats("hb-fail", 1);
    assertThat(Heartbeat.failFirst.get()).isZero();
    assertThat(bot.bean(TimedActions.class).firedAt("hb-fail")).isPresent();
  }

  @Test
  void theNightlySweepForgetsOldHandledUpdateIdsAndSchedulesTheNextNight() {
    startAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    var jdbc = bot.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
    long threeDaysAgo = System.currentTimeMillis() - 3L * 24 * 3600 * 1000;
    jdbc.sql("INSERT INTO inbox (update_id, received_at, handled_at) VALUES (999001, :t, :t)")
        .param("t", threeDaysAgo)
        .update();
    jdbc.sql("INSERT INTO inbox (update_id, received_at, handled_at) VALUES (999002, :t, :t)")
        .param("t", System.currentTimeMillis())
        .update();
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    bot.clock().set(LocalDateTime.of(2026, 12, 2, 3, 0));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.bean(TimedActions.class).firedAt("inbox-sweep:2026-12-02").isPresent());
    var ids =
        jdbc.sql("SELECT update_id FROM inbox WHERE update_id > 999000").query(Long.class).list();
    assertThat(ids).containsExactly(999002L);
    bot.clock().set(LocalDateTime.of(2026, 12, 3, 3, 0));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> bot.bean(TimedActions.class).firedAt("inbox-sweep:2026-12-03").isPresent());
  }

  @Test
  void aCancelledActionNeverRuns() {
    startAt(DUE.minusHours(1));
    schedule("hb-cancelled");
    assertThat(bot.bean(TimedActions.class).cancel("hb-cancelled")).isTrue();
    bot.clock().set(DUE.plusHours(1));
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    assertThat(beats("hb-cancelled")).isZero();
  }

  @Test
  void schedulingAFiredActionAgainDoesNotRunItTwice() {
    startAt(DUE);
    schedule("hb-again");
    awaitBeats("hb-again", 1);
    schedule("hb-again");
    assertThat(bot.bean(TimedActions.class).runDue()).isZero();
    assertThat(beats("hb-again")).isEqualTo(1);
  }

  /**
   * A step of the wall clock back by hours leaves Quartz's next tick hours away (what rescheduling
   * the trigger three hours ahead does here); the watchdog, on the monotonic clock, starts the
   * ticker again and the due action runs within seconds, once.
   */
  @Test
  void theTickerKeepsTickingWhenTheWallClockIsSteppedBack() throws Exception {
    startAt(DUE.minusMinutes(1));
    Scheduler quartz = bot.bean(Scheduler.class);
    Trigger tick = quartz.getTrigger(TriggerKey.triggerKey("tick"));
    quartz.rescheduleJob(
        tick.getKey(),
        tick.getTriggerBuilder()
            .startAt(Date.from(Instant.now().plus(Duration.ofHours(3))))
            .build());
    schedule("hb-stepped");
    bot.clock().set(DUE.plusMinutes(1));
    awaitBeats("hb-stepped", 1);
    Thread.sleep(2500);
    assertThat(beats("hb-stepped")).isEqualTo(1);
  }
}
