package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * What differs on PostgreSQL (issue 14), run when the suite runs there: the secret ballot is
 * refused with the fix without a ballot key (issue 15), the bot's own backups give way to pg_dump,
 * and the bot's tables are PostgreSQL's.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresTests {

  @TempDir Path work;

  @BeforeEach
  void onPostgres() {
    assumeTrue(TestDatabase.postgres(), "the suite runs on SQLite");
  }

  @Test
  void aBallotWithoutABallotKeyIsRefusedWithTheFix() {
    try (BotHarness bot = BotHarness.prepare(work).property("exemplar.ballot.key", "").start()) {
      EmulatedUser lan = bot.user(BallotSteps.LAN, null, "Lan");
      bot.exchange(lan, "/start", "Xin chào");
      bot.exchange(
          lan, "/ballot_open", "PostgreSQL", "chưa mở được phiếu bầu kín", "EXEMPLAR_BALLOT_KEY");
      assertThat(
              bot.bean(JdbcClient.class)
                  .sql("SELECT count(*) FROM ballot")
                  .query(Integer.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void backupsArePgDumpsAndTheBotTakesNone() throws Exception {
    try (BotHarness bot = BotHarness.started(work)) {
      EmulatedUser admin = bot.user(100007, "huynhducthinh", "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      bot.exchange(admin, "/backup", "pg_dump", "PostgreSQL");
      bot.exchange(admin, "/admin", "pg_dump");
      assertThat(bot.manage("/actuator/health").body()).contains("pg_dump");
      assertThat(bot.dataDir().resolve("backups")).doesNotExist();
      assertThat(bot.dataDir().resolve("exemplar.db")).doesNotExist();
      String product =
          bot.bean(JdbcClient.class).sql("SELECT version()").query(String.class).single();
      assertThat(product).startsWith("PostgreSQL");
    }
  }

  /** A server that logs statements with their parameters is named at start and in /admin. */
  @Test
  void aServerLoggingStatementsWithParametersIsWarnedOf(CapturedOutput output) throws Exception {
    try (BotHarness bot = BotHarness.prepare(work)) {
      String url = bot.databaseUrl().orElseThrow();
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute(
            "ALTER DATABASE \"" + TestDatabase.databaseOf(url) + "\" SET log_statement = 'mod'");
      }
      bot.start();
      assertThat(output).contains("ghi câu lệnh SQL kèm tham số", "log_statement=mod");
      EmulatedUser admin = bot.user(100007, "huynhducthinh", "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      bot.exchange(admin, "/admin", "log_statement=mod", "log_statement = none");
    }
  }

  @Test
  void aServerThatDoesNotLogStatementsIsNotWarnedOf(CapturedOutput output) {
    try (BotHarness bot = BotHarness.started(work)) {
      assertThat(output).doesNotContain("ghi câu lệnh SQL kèm tham số");
      EmulatedUser admin = bot.user(100007, "huynhducthinh", "Thịnh");
      bot.exchange(admin, "/start", "Huỳnh Đức Thịnh");
      assertThat(bot.exchange(admin, "/admin", "pg_dump").text()).doesNotContain("log_statement");
    }
  }
}
