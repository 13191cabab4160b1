package vn.exemplarbot.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.exemplarbot.decision.internal.RecognitionWorkRows.Unnumbered;

/**
 * What the director and the clerks still owe before {@code recognition-due}, on real SQLite with
 * the migrations: written by the decision's own SQL, read by the reminder's.
 */
class RecognitionWorkRowsTests {

  static final Instant AT = Instant.parse("2027-01-05T02:00:00Z");

  @TempDir Path work;
  DecisionRows decisions;
  ResultRows results;
  RejectionRows rejections;
  RecognitionWorkRows pending;

  @BeforeEach
  void migrate() {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    SQLiteDataSource data = new SQLiteDataSource(config);
    data.setUrl("jdbc:sqlite:" + work.resolve("test.db"));
    Flyway.configure().dataSource(data).locations("classpath:db/migration/sqlite").load().migrate();
    JdbcClient jdbc = JdbcClient.create(data);
    decisions = new DecisionRows(jdbc);
    results = new ResultRows(jdbc);
    rejections = new RejectionRows(jdbc);
    pending = new RecognitionWorkRows(jdbc);
  }

  @Test
  void passedNominationsAwaitADecisionUntilRecognisedOrRejected() {
    result(1, 11, "N-1", true);
    result(1, 12, "N-2", true);
    result(1, 13, "N-3", false);
    assertThat(pending.undecidedCodes()).containsExactly("N-1", "N-2");
    long d = decisions.insertDecision(1, false, "tran-quoc-binh", AT);
    decisions.addItem(d, 11, 1);
    rejections.reject(12, 1, "Chưa đủ tiêu chuẩn", false, "tran-quoc-binh", AT);
    assertThat(pending.undecidedCodes()).isEmpty();
    assertThat(pending.unacknowledgedBallots()).as("ballot 1 passed something").isEmpty();
  }

  @Test
  void aBallotThatPassedNothingAwaitsAcknowledgementOnce() {
    result(1, 11, "N-1", true);
    result(2, 12, "N-2", false);
    result(2, 13, "N-3", false);
    result(3, 14, "N-4", false);
    assertThat(pending.unacknowledgedBallots()).containsExactly(2L, 3L);
    results.acknowledge(2, "tran-quoc-binh", AT);
    assertThat(pending.unacknowledgedBallots()).containsExactly(3L);
  }

  @Test
  void aDecisionAwaitsItsNumberWithTheCodesItRecognises() {
    result(1, 11, "N-1", true);
    result(1, 12, "N-2", true);
    result(2, 13, "N-3", true);
    long first = decisions.insertDecision(1, false, "tran-quoc-binh", AT);
    decisions.addItem(first, 11, 1);
    decisions.addItem(first, 12, 2);
    long second = decisions.insertDecision(2, true, "tran-quoc-binh", AT);
    decisions.addItem(second, 13, 1);
    assertThat(pending.unnumbered())
        .containsExactly(new Unnumbered(first, "N-1, N-2"), new Unnumbered(second, "N-3"));
    decisions.number(first, "15/QĐ-SNgV", LocalDate.of(2027, 1, 6));
    assertThat(pending.unnumbered()).containsExactly(new Unnumbered(second, "N-3"));
  }

  private void result(long ballot, long nomination, String code, boolean passed) {
    results.addResult(new ResultRows.Result(ballot, nomination, code, passed));
  }
}
