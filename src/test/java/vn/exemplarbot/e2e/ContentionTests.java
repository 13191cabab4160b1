package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.exemplarbot.reminder.internal.DueActionRows;
import vn.exemplarbot.storage.Contention;

/**
 * Transactions side by side on PostgreSQL's pool of connections come out as if run one after the
 * other, as on SQLite's one writer: the one that met another is run again from its start, through
 * the template every module is given and through {@link Transactional} methods alike; and a row one
 * transaction claims is passed over by another, not waited for.
 */
class ContentionTests {

  @TempDir Path work;
  BotHarness bot;
  final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void close() {
    threads.shutdownNow();
    if (bot != null) {
      bot.close();
    }
  }

  @Test
  void serializationFailuresAndDeadlocksAreContentionAndNothingElseIs() {
    assertThat(Contention.is(new SQLException("could not serialize", "40001"))).isTrue();
    assertThat(Contention.is(new SQLException("deadlock detected", "40P01"))).isTrue();
    assertThat(
            Contention.is(
                new TransactionSystemException(
                    "commit failed", new SQLException("could not serialize", "40001"))))
        .isTrue();
    assertThat(Contention.is(new SQLException("unique violation", "23505"))).isFalse();
    // SQLite's busy database is a storage fault, told and waited out, never run again here.
    assertThat(
            Contention.is(
                new CannotAcquireLockException(
                    "busy", new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY))))
        .isFalse();
    assertThat(Contention.is(new IllegalStateException("no"))).isFalse();
  }

  @Test
  void twoTemplateTransactionsThatReadAndWriteTheSameRowBothCount() throws Exception {
    startOnPostgresql();
    JdbcClient jdbc = probeTable();
    TransactionTemplate transactions = bot.bean(TransactionTemplate.class);
    CyclicBarrier bothRead = new CyclicBarrier(2);
    AtomicInteger attempts = new AtomicInteger();
    long retriedBefore = Contention.retried();
    Runnable increment =
        () ->
            transactions.executeWithoutResult(
                tx -> {
                  boolean first = attempts.incrementAndGet() <= 2;
                  int n = read(jdbc);
                  if (first) {
                    await(bothRead);
                  }
                  jdbc.sql("UPDATE contention_probe SET n = :n WHERE id = 1")
                      .param("n", n + 1)
                      .update();
                });
    runBoth(increment);

    // Read committed would keep one increment of the two (both read 0, both write 1).
    assertThat(read(jdbc)).isEqualTo(2);
    assertThat(attempts).as("the one that met the other ran again").hasValue(3);
    assertThat(Contention.retried()).isGreaterThan(retriedBefore);
    // Counted for the operator on the management port.
    assertThat(bot.manage("/actuator/prometheus").body())
        .containsPattern("exemplar_transactions_retried_total [1-9]");
  }

  @Test
  void twoTransactionalMethodsThatReadAndWriteTheSameRowBothCount() throws Exception {
    bot = prepared().source(ProbeService.Wiring.class);
    assumeTrue(
        TestDatabase.postgres(), "contention is PostgreSQL's: set EXEMPLAR_TEST_DATABASE_URL");
    bot.start();
    JdbcClient jdbc = probeTable();
    ProbeService service = bot.bean(ProbeService.class);
    CyclicBarrier bothRead = new CyclicBarrier(2);
    runBoth(() -> service.increment(bothRead));

    assertThat(read(jdbc)).isEqualTo(2);
    assertThat(service.attempts()).isEqualTo(3);
  }

  @Test
  void aTimedActionAnotherTransactionIsClaimingIsPassedOverNotWaitedFor() throws Exception {
    startOnPostgresql();
    DueActionRows rows = bot.bean(DueActionRows.class);
    TransactionTemplate transactions = bot.bean(TransactionTemplate.class);
    // Due in a year: the bot's own ticker leaves it alone.
    Instant due = bot.clock().instant().plusSeconds(365L * 24 * 3600);
    transactions.executeWithoutResult(tx -> rows.upsert("probe:1", "probe", due, null));
    long id =
        bot.bean(JdbcClient.class)
            .sql("SELECT id FROM due_action WHERE action_key = 'probe:1'")
            .query(Long.class)
            .single();
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> first =
        threads.submit(
            () ->
                transactions.execute(
                    tx -> {
                      boolean mine = rows.claim(id, due, "done");
                      claimed.countDown();
                      await(release);
                      // Its handler failed: nothing of the claim commits.
                      tx.setRollbackOnly();
                      return mine;
                    }));
    assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

    Future<Boolean> second =
        threads.submit(() -> transactions.execute(tx -> rows.claim(id, due, "done")));
    // Answered while the first still holds the row: passed over, not waited for.
    assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();

    // Rolled back, it is still due, and claimed once more by the next runner, then never again.
    assertThat(claim(transactions, rows, id, due)).isTrue();
    assertThat(claim(transactions, rows, id, due)).isFalse();
  }

  private static boolean claim(
      TransactionTemplate transactions, DueActionRows rows, long id, Instant now) {
    return Boolean.TRUE.equals(transactions.execute(tx -> rows.claim(id, now, "done")));
  }

  private BotHarness prepared() {
    return BotHarness.prepare(work);
  }

  private void startOnPostgresql() {
    assumeTrue(
        TestDatabase.postgres(), "contention is PostgreSQL's: set EXEMPLAR_TEST_DATABASE_URL");
    bot = prepared().start();
  }

  private JdbcClient probeTable() {
    JdbcClient jdbc = bot.bean(JdbcClient.class);
    jdbc.sql("CREATE TABLE contention_probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)").update();
    jdbc.sql("INSERT INTO contention_probe (id, n) VALUES (1, 0)").update();
    return jdbc;
  }

  private static int read(JdbcClient jdbc) {
    return jdbc.sql("SELECT n FROM contention_probe WHERE id = 1").query(Integer.class).single();
  }

  private void runBoth(Runnable task) throws Exception {
    List<Future<?>> both = List.of(threads.submit(task), threads.submit(task));
    for (Future<?> one : both) {
      one.get(60, TimeUnit.SECONDS);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A module's service as the bot's are: a method marked {@link Transactional}. */
  public static class ProbeService {

    final AtomicInteger attempts = new AtomicInteger();
    private final JdbcClient jdbc;

    ProbeService(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    /** A method, not the field: the bean handed out is a proxy, with fields of its own. */
    public int attempts() {
      return attempts.get();
    }

    @Transactional
    public void increment(CyclicBarrier bothRead) {
      boolean first = attempts.incrementAndGet() <= 2;
      int n = read(jdbc);
      if (first) {
        await(bothRead);
      }
      jdbc.sql("UPDATE contention_probe SET n = :n WHERE id = 1").param("n", n + 1).update();
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

      @Bean
      ProbeService probeService(JdbcClient jdbc) {
        return new ProbeService(jdbc);
      }
    }
  }
}
