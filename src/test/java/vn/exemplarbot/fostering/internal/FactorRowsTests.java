package vn.exemplarbot.fostering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.exemplarbot.fostering.NewFactor;
import vn.exemplarbot.fostering.Note;
import vn.exemplarbot.fostering.Source;
import vn.exemplarbot.fostering.Subject;

/** The new-factor tables on real SQLite with the Flyway migrations. */
class FactorRowsTests {

  static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

  @TempDir Path work;
  JdbcClient jdbc;
  FactorRows rows;

  @BeforeEach
  void migrate() {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    SQLiteDataSource data = new SQLiteDataSource(config);
    data.setUrl("jdbc:sqlite:" + work.resolve("test.db"));
    Flyway.configure().dataSource(data).locations("classpath:db/migration/sqlite").load().migrate();
    jdbc = JdbcClient.create(data);
    rows = new FactorRows(jdbc);
  }

  @Test
  void aPersonAndACollectiveAreListedOnceWhicheverWayTheyCome() {
    long huong =
        rows.insert(direct(Subject.individual("do-thi-huong", "HTQT"), 2026)).orElseThrow();
    long htqt = rows.insert(direct(Subject.collective("HTQT"), 2026)).orElseThrow();
    assertThat(rows.insert(fromNomination(Subject.individual("do-thi-huong", "LS"), 7))).isEmpty();
    assertThat(rows.insert(direct(Subject.collective("HTQT"), 2027))).isEmpty();
    long son = rows.insert(direct(Subject.individual("ngo-thanh-son", "HTQT"), 2026)).orElseThrow();

    assertThat(rows.idOf(Subject.individual("do-thi-huong", "LS"))).contains(huong);
    assertThat(rows.idOf(Subject.collective("HTQT"))).contains(htqt);
    assertThat(rows.idOf(Subject.collective("LS"))).isEmpty();
    assertThat(rows.all()).extracting(NewFactor::id).containsExactly(huong, htqt, son);
    NewFactor stored = rows.find(huong).orElseThrow();
    assertThat(stored.subject()).isEqualTo(Subject.individual("do-thi-huong", "HTQT"));
    assertThat(stored.source()).isEqualTo(Source.DIRECT);
    assertThat(stored.sinceYear()).isEqualTo(2026);
    assertThat(stored.nominationId()).isNull();
    assertThat(stored.addedAt()).isEqualTo(AT);
  }

  @Test
  void aFactorFromANominationKeepsItsIdAndCode() {
    long id = rows.insert(fromNomination(Subject.collective("TT"), 4)).orElseThrow();
    NewFactor stored = rows.find(id).orElseThrow();
    assertThat(stored.source()).isEqualTo(Source.NOMINATION);
    assertThat(stored.nominationId()).isEqualTo(40L);
    assertThat(stored.nominationCode()).isEqualTo(4);
    assertThat(stored.addedBy()).isEqualTo("nguyen-thi-lan");
  }

  @Test
  void theSchemaRefusesAnIndividualWithoutAPersonAndANoteWithoutAFactor() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO new_factor (kind, division, since_year, source, added_by,"
                            + " added_at) VALUES ('individual', 'HTQT', 2026, 'direct', 'x', 0)")
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("CHECK constraint failed");
    assertThatThrownBy(() -> rows.addNote(999, "nguyen-van-an", AT, "Không có nhân tố"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("FOREIGN KEY");
  }

  @Test
  void theLatestNotesOfEachFactorComeOldestFirstWithTheirCount() {
    long huong =
        rows.insert(direct(Subject.individual("do-thi-huong", "HTQT"), 2026)).orElseThrow();
    long tt = rows.insert(direct(Subject.collective("TT"), 2026)).orElseThrow();
    for (int day = 1; day <= 5; day++) {
      rows.addNote(huong, "nguyen-van-an", AT.plus(Duration.ofDays(day)), "Ghi chú " + day);
    }
    rows.addNote(tt, "nguyen-thi-lan", AT, "Tập thể");

    assertThat(rows.latestNotes(3))
        .extracting(Note::text)
        .containsExactly("Ghi chú 3", "Ghi chú 4", "Ghi chú 5", "Tập thể");
    assertThat(rows.latestNotes(3).get(0).writtenAt()).isEqualTo(AT.plus(Duration.ofDays(3)));
    assertThat(rows.noteCounts()).containsEntry(huong, 5).containsEntry(tt, 1).hasSize(2);
  }

  private static NewFactor direct(Subject subject, int year) {
    return new NewFactor(0, subject, year, Source.DIRECT, null, null, "nguyen-van-an", null, AT);
  }

  private static NewFactor fromNomination(Subject subject, int code) {
    return new NewFactor(
        0, subject, 2026, Source.NOMINATION, code * 10L, code, "nguyen-thi-lan", null, AT);
  }
}
