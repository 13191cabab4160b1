package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The update loop outlives a database out of reach for longer than the pool waits for its one
 * connection (a 5,000-person reminder held it over 30 s on a loaded machine, and the loop ended: no
 * update was applied again until a restart).
 */
@ExtendWith(OutputCaptureExtension.class)
@SqliteOnly("SQLite's one pooled connection, held by another transaction")
class UpdateLoopOutageTests {

  @TempDir Path work;

  @Test
  void updatesAreAppliedAgainOnceTheConnectionIsFree(CapturedOutput logs) throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("spring.datasource.hikari.connection-timeout", "250")
            .start()) {
      EmulatedUser an = bot.user(100009, null, "An");
      bot.exchange(an, "/start", "Nguyễn Văn An");
      CountDownLatch release = new CountDownLatch(1);
      Thread holder = new Thread(() -> holdTheConnection(bot, release), "holder");
      holder.start();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> logs.getAll().contains("The database cannot be written (UNAVAILABLE"));
      release.countDown();
      holder.join();

      bot.exchange(an, "/help", "Các lệnh của bạn");
      assertThat(logs.getAll()).doesNotContain("Exception in thread \"tg-loop");
    }
  }

  /** A transaction that keeps the pool's only connection until released. */
  private static void holdTheConnection(BotHarness bot, CountDownLatch release) {
    bot.bean(TransactionTemplate.class)
        .executeWithoutResult(
            tx -> {
              bot.bean(JdbcClient.class).sql("SELECT 1").query(Integer.class).single();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }
}
