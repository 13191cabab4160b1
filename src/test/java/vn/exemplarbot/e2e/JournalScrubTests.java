package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.exemplarbot.e2e.BallotSteps.LAN;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * An owed scrub of the journal is done, however long it takes (issue 12, finding 3): a checkpoint
 * that an outside reader blocks past the busy timeout is tried again until the write-ahead log is
 * empty, with no new vote to set it off; a {@code VACUUM} owed by a ballot's end that fails (the
 * database read-only for a while) is tried again, survives a restart, and runs at the next start.
 */
@ExtendWith(OutputCaptureExtension.class)
@SqliteOnly("SQLite's write-ahead log and VACUUM")
class JournalScrubTests {

  @TempDir Path work;

  @Test
  void aCheckpointAnOutsideReaderBlocksIsTriedAgainUntilTheLogIsEmpty(CapturedOutput logs)
      throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property(
                "spring.datasource.url",
                "jdbc:sqlite:"
                    + work.resolve("data/exemplar.db")
                    + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true&busy_timeout=1000"
                    + "&transaction_mode=IMMEDIATE")) {
      BallotSteps.councilRules(bot.configDir());
      bot.start();
      assertThat(bot.bean(DataSource.class).unwrap(HikariDataSource.class).getDataSource())
          .as("the pool keeps prepared statements: the log must truncate all the same")
          .extracting(d -> d.getClass().getName())
          .isEqualTo("vn.exemplarbot.storage.StatementCache$Source");
      BallotSteps ballot = new BallotSteps(bot);
      ballot.endorsedCollective("Thanh tra Sở", 1);
      ballot.appraised(1);
      EmulatedUser an = ballot.steps().registered(BallotSteps.AN);
      ballot.open(1);
      Path wal = bot.dataDir().resolve("exemplar.db-wal");

      try (Connection reader =
          DriverManager.getConnection("jdbc:sqlite:" + bot.dataDir().resolve("exemplar.db"))) {
        reader.setAutoCommit(false);
        try (Statement s = reader.createStatement();
            ResultSet rs = s.executeQuery("SELECT count(*) FROM ballot_box")) {
          rs.next();
          ballot.vote(an, "N-1", "Đồng ý");
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> logs.getAll().contains("The journal could not be scrubbed"));
          Thread.sleep(1500);
          assertThat(Files.size(wal)).as("the log the reader holds").isPositive();
        }
        reader.rollback();
      }

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> Files.size(wal) == 0 && logs.getAll().contains("The journal is scrubbed"));
    }
  }

  @Test
  void aVacuumThatFailsIsOwedAcrossARestartAndRunsAtTheNextStart(CapturedOutput logs)
      throws Exception {
    BotHarness bot = BotHarness.prepare(work).property("exemplar.scrub.test-delay", "PT3S");
    BallotSteps.councilRules(bot.configDir());
    bot.start();
    try {
      BallotSteps ballot = new BallotSteps(bot);
      ballot.endorsedCollective("Thanh tra Sở", 1);
      ballot.appraised(1);
      EmulatedUser an = ballot.steps().registered(BallotSteps.AN);
      ballot.open(1);
      ballot.vote(an, "N-1", "Đồng ý");
      EmulatedUser lan = ballot.steps().registered(LAN);
      ChatMessage close = bot.exchange(lan, "/ballot_close", "Đóng phiếu bầu số 1 ngay");
      ballot.steps().press(lan, close, "Xác nhận", "Đã đóng phiếu bầu số 1");
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      assertThat(owed(jdbc)).as("owed with the ballot's end, in its transaction").isEqualTo(1);
      // Within the scrub's delay, the database becomes read-only: the VACUUM fails.
      jdbc.sql("PRAGMA query_only = 1").update();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> logs.getAll().contains("The journal could not be scrubbed"));
      assertThat(owed(jdbc)).isEqualTo(1);

      bot.restart();
      assertThat(owed(bot.bean(JdbcClient.class))).as("done at start").isZero();
      assertThat(logs.getAll()).contains("The database file was rewritten at start");
    } finally {
      bot.close();
    }
  }

  private static int owed(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM scrub_owed").query(Integer.class).single();
  }
}
