package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.RecordedRequest;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.StartupRefusedException;
import vn.exemplarbot.telegram.internal.Inbox;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;

/**
 * Two instances on one PostgreSQL (issue 15): one active by the lease, the other standing by until
 * the lease is released or expires, the former active fenced. Each bot has an emulator of its own
 * here ({@link BotHarness#sharingDatabase}), so what each asks of the Bot API is told apart. On
 * SQLite only the single bot's role is checked.
 */
class LeaseTests {

  private static final String RENEW = "PT0.5S";
  private static final String TTL = "PT2S";
  private static final Set<String> HARMLESS = Set.of("getMe");

  @TempDir Path work;

  private BotHarness first() {
    return BotHarness.prepare(work.resolve("a"))
        .property("exemplar.lease.renew", RENEW)
        .property("exemplar.lease.ttl", TTL);
  }

  private static BotHarness second(BotHarness first, Path dir) {
    return BotHarness.sharingDatabase(first, dir)
        .property("exemplar.lease.renew", RENEW)
        .property("exemplar.lease.ttl", TTL);
  }

  @Test
  void aSingleBotIsActive() {
    try (BotHarness bot = first().start()) {
      assertThat(bot.bean(Lease.class).active()).isTrue();
      assertThat(bot.manage("/actuator/health").body()).contains("\"role\":\"active\"");
      assertThat(bot.manage("/actuator/prometheus").body()).contains("exemplar_lease_active 1.0");
      EmulatedUser admin = bot.user(100007, "huynhducthinh", "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      if (TestDatabase.postgres()) {
        bot.exchange(admin, "/admin", "Phiên bản đang hoạt động: a", "lượt thuê 1");
      }
    }
  }

  @Test
  void theStandbyCallsNothingAndTakesOverAtACleanStop() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start();
        BotHarness b = second(a, work.resolve("b")).start()) {
      Lease standby = b.bean(Lease.class);
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(4))
          .until(() -> callsBut(b.emulator(), HARMLESS).isEmpty() && !standby.active());
      assertThat(b.manage("/actuator/health").body())
          .contains("\"role\":\"standby\"", "\"holder\":\"a\"", "\"epoch\":1");
      assertThat(a.manage("/actuator/health").body()).contains("\"role\":\"active\"");
      assertThat(b.manage("/actuator/prometheus").body()).contains("exemplar_lease_active 0.0");

      long stopped = System.nanoTime();
      a.stop();
      await().atMost(Duration.ofSeconds(10)).until(standby::active);
      System.out.printf(
          "Takeover after a clean stop of the active (renew %s, ttl %s): %d ms%n",
          RENEW, TTL, (System.nanoTime() - stopped) / 1_000_000);
      assertThat(standby.epoch()).isEqualTo(2);
      EmulatedUser admin = b.user(100007, "huynhducthinh", "Thịnh");
      b.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      b.exchange(admin, "/admin", "Phiên bản đang hoạt động: b", "lượt thuê 2");
    }
  }

  /**
   * A takeover reads bot-config/ again, as /reload does; the command menus it would set are those
   * already set, so it sends none (one setMyCommands per registered person would otherwise queue
   * ahead of every reply after a failover).
   */
  @Test
  void aTakeoverSetsNoCommandMenuAgainThatIsAlreadySet() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start();
        BotHarness b = second(a, work.resolve("b")).start()) {
      EmulatedUser admin = a.user(100007, "huynhducthinh", "Thịnh");
      a.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      await().atMost(Duration.ofSeconds(10)).until(() -> calls(a, "setMyCommands") == 1);
      a.stop();
      Lease standby = b.bean(Lease.class);
      await().atMost(Duration.ofSeconds(10)).until(standby::active);
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> calls(b, "setMyCommands") == 0);
      assertThat(
              b.bean(JdbcClient.class)
                  .sql("SELECT menu_digest FROM account")
                  .query(String.class)
                  .single())
          .matches("[0-9a-f]{32}");
    }
  }

  @Test
  void aPausedActiveIsFencedAndSendsNothingOnceTheStandbyTookOver() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start();
        BotHarness b = second(a, work.resolve("b")).start()) {
      // Each emulator numbers its updates from 1, and the inbox is keyed by update_id: the first
      // bot is written to only once the second is active, so the two never meet in the inbox.
      EmulatedUser lan = a.user(100007, "huynhducthinh", "Thịnh");
      Lease paused = a.bean(Lease.class);
      Lease standby = b.bean(Lease.class);

      paused.holdRenewals();
      long held = System.nanoTime();
      await().atMost(Duration.ofSeconds(10)).until(standby::active);
      System.out.printf(
          "Takeover after the active stopped renewing (renew %s, ttl %s): %d ms%n",
          RENEW, TTL, (System.nanoTime() - held) / 1_000_000);
      assertThat(standby.epoch()).isEqualTo(2);
      assertThat(paused.active()).isFalse();
      // A long poll sent before its deadline is recorded when it ends: a call in flight.
      await().atMost(Duration.ofSeconds(5)).until(() -> a.emulator().longPollsWaiting() == 0);
      int callsBefore = callsBut(a.emulator(), HARMLESS).size();

      // The former active still believes it holds the lease: each claim finds it fenced.
      JdbcClient db = a.bean(JdbcClient.class);
      int inbox = db.sql("SELECT count(*) FROM inbox").query(Integer.class).single();
      assertThatThrownBy(() -> a.bean(Inbox.class).store(List.of(new RawUpdate(999_999, "{}", 0))))
          .isInstanceOf(Lease.Fenced.class);
      assertThat(db.sql("SELECT count(*) FROM inbox").query(Integer.class).single())
          .isEqualTo(inbox);

      // Someone writes to the former active: it neither polls, nor answers, nor sends.
      lan.send("/start");
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(4))
          .untilAsserted(() -> assertThat(callsBut(a.emulator(), HARMLESS)).hasSize(callsBefore));

      EmulatedUser admin = b.user(100007, "huynhducthinh", "Thịnh");
      b.exchange(admin, "/start", "Huỳnh Đức Thịnh");
    }
  }

  @Test
  void aHolderStoppedInsideAClaimIsCutOffAndTheStandbyTakesOver() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start();
        BotHarness b = second(a, work.resolve("b")).start()) {
      Lease stopped = a.bean(Lease.class);
      Lease standby = b.bean(Lease.class);
      OpenClaim claim = OpenClaim.on(a);

      // As in a process stopped inside the claim: its transaction stays open, its renewals stop.
      stopped.holdRenewals();
      long held = System.nanoTime();
      await().atMost(Duration.ofSeconds(10)).until(standby::active);
      System.out.printf(
          "Takeover from an active stopped inside a claim (renew %s, ttl %s): %d ms%n",
          RENEW, TTL, (System.nanoTime() - held) / 1_000_000);
      assertThat(standby.epoch()).isEqualTo(2);

      // Its session was ended: the claim's next statement fails, and nothing of it is written.
      assertThat(claim.resume()).failsWithin(Duration.ofSeconds(10));
      assertThat(stopped.active()).isFalse();
      assertThatThrownBy(() -> a.bean(Inbox.class).store(List.of(new RawUpdate(999_999, "{}", 0))))
          .isInstanceOf(Lease.Fenced.class);
      await().atMost(Duration.ofSeconds(5)).until(() -> !stopped.holding());
      assertThat(
              b.bean(JdbcClient.class)
                  .sql("SELECT count(*) FROM inbox WHERE update_id = 999999")
                  .query(Integer.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void aLongClaimOnTheActiveHoldsOffNoneOfItsRenewals() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start();
        BotHarness b = second(a, work.resolve("b")).start()) {
      Lease active = a.bean(Lease.class);
      Lease standby = b.bean(Lease.class);
      // A claim kept open past the TTL, as an update whose handler downloads a large file.
      OpenClaim claim = OpenClaim.on(a);
      await()
          .during(Duration.ofSeconds(4))
          .atMost(Duration.ofSeconds(5))
          .until(() -> active.active() && !standby.active());
      assertThat(active.epoch()).isEqualTo(1);
      assertThat(claim.resume()).succeedsWithin(Duration.ofSeconds(10));
      assertThat(active.active()).isTrue();
    }
  }

  @Test
  void aTtlNotAboveTwiceTheRenewalIsRefused() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness bot =
        BotHarness.prepare(work.resolve("a"))
            .property("exemplar.lease.renew", "PT5S")
            .property("exemplar.lease.ttl", "PT10S")) {
      assertThatThrownBy(bot::start)
          .isInstanceOf(StartupRefusedException.class)
          .hasMessageContaining("EXEMPLAR_LEASE_TTL=PT10S")
          .hasMessageContaining("hai lần")
          .hasMessageContaining("twice");
    }
  }

  @Test
  void aStandbyWithAnotherConfigurationWarnsAndTheAdminsAreToldOnce() throws Exception {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start()) {
      EmulatedUser admin = a.user(100007, "huynhducthinh", "Thịnh");
      a.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      BotHarness b = second(a, work.resolve("b"));
      Files.writeString(
          b.configDir().resolve("settings.yml"),
          "\n# changed on machine b only\n",
          StandardOpenOption.APPEND);
      try (b) {
        b.start();
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> b.manage("/actuator/health").body().contains("differs from the active"));
        a.awaitText(admin, "Phiên bản b", "bot-config/");
        await()
            .during(Duration.ofSeconds(6))
            .atMost(Duration.ofSeconds(8))
            .until(() -> toldAbout(a, admin, "Phiên bản b") == 1);
        assertThat(a.manage("/actuator/health").body()).doesNotContain("differs from the active");
      }
    }
  }

  @Test
  void aStandbyRegeneratesItsExportWhenTheActiveMadeAPublicChange() throws Exception {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
    try (BotHarness a = first().start();
        BotHarness b = second(a, work.resolve("b")).start()) {
      Path page = b.dataDir().resolve("site/index.html");
      await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(page));
      // The standby's first look at the count of changes regenerates once; the watch starts there.
      FileTime started = Files.getLastModifiedTime(page);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Files.getLastModifiedTime(page).compareTo(started) > 0);
      FileTime before = Files.getLastModifiedTime(page);
      EmulatedUser admin = a.user(100007, "huynhducthinh", "Thịnh");
      a.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      // A reload regenerates the active's export, a public change the standby hears of.
      a.exchange(admin, "/reload", "Đã đọc lại bot-config");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Files.getLastModifiedTime(page).compareTo(before) > 0);
      assertThat(b.bean(Lease.class).active()).isFalse();
    }
  }

  private static long toldAbout(BotHarness bot, EmulatedUser user, String fragment) {
    return bot.emulator().chat(user.chatId()).stream()
        .filter(m -> m.fromBot() && m.text() != null && m.text().contains(fragment))
        .count();
  }

  /**
   * A claim held open on a bot: its transaction passed the lease's fence (and holds its lock on the
   * row) and waits, idle in its transaction, until resumed; then it runs one more statement.
   */
  private record OpenClaim(CountDownLatch resumed, CompletableFuture<Integer> done) {

    static OpenClaim on(BotHarness bot) {
      CountDownLatch fenced = new CountDownLatch(1);
      CountDownLatch resumed = new CountDownLatch(1);
      CompletableFuture<Integer> done =
          CompletableFuture.supplyAsync(
              () ->
                  bot.bean(TransactionTemplate.class)
                      .execute(
                          status -> {
                            bot.bean(Lease.class).fence();
                            fenced.countDown();
                            await()
                                .atMost(Duration.ofMinutes(1))
                                .until(() -> resumed.getCount() == 0);
                            return bot.bean(JdbcClient.class)
                                .sql("SELECT count(*) FROM inbox")
                                .query(Integer.class)
                                .single();
                          }));
      await().atMost(Duration.ofSeconds(10)).until(() -> fenced.getCount() == 0 || done.isDone());
      assertThat(done).isNotDone();
      return new OpenClaim(resumed, done);
    }

    CompletableFuture<Integer> resume() {
      resumed.countDown();
      return done;
    }
  }

  private static long calls(BotHarness bot, String method) {
    return bot.emulator().requests().stream().filter(r -> r.method().equals(method)).count();
  }

  /** The requests the bot behind this emulator made, those named aside. */
  private static List<String> callsBut(BotApiEmulator emulator, Set<String> aside) {
    return emulator.requests().stream()
        .map(RecordedRequest::method)
        .filter(m -> !aside.contains(m))
        .toList();
  }
}
