package vn.exemplarbot.nomination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.exemplarbot.nomination.CriterionAnswer;
import vn.exemplarbot.nomination.Kind;
import vn.exemplarbot.nomination.NominationState;

/** The nomination tables on real SQLite with the Flyway migrations. */
class NominationRowsTests {

  static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

  @TempDir Path work;
  NominationRows rows;
  DossierRows dossier;

  @BeforeEach
  void migrate() {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    SQLiteDataSource data = new SQLiteDataSource(config);
    data.setUrl("jdbc:sqlite:" + work.resolve("test.db"));
    Flyway.configure().dataSource(data).locations("classpath:db/migration/sqlite").load().migrate();
    JdbcClient jdbc = JdbcClient.create(data);
    rows = new NominationRows(jdbc);
    dossier = new DossierRows(jdbc);
  }

  @Test
  void codesCountOnAcrossCyclesAndOnlyDraftsAreSubmitted() {
    long first = draftOf(2026, "do-thi-huong");
    long second = draftOf(2027, "do-thi-huong");
    assertThat(rows.find(first).orElseThrow().code()).isNull();
    assertThat(rows.submit(first, 2026, AT)).isTrue();
    assertThat(rows.submit(first, 2026, AT)).isFalse();
    assertThat(rows.submit(second, 2027, AT)).isTrue();
    assertThat(rows.find(first).orElseThrow().codeText()).isEqualTo("N-1");
    assertThat(rows.find(second).orElseThrow().codeText()).isEqualTo("N-2");
    assertThat(rows.find(second).orElseThrow().state()).isEqualTo(NominationState.SUBMITTED);
  }

  @Test
  void aNomineeIsLiveOncePerCycleUntilWithdrawn() {
    long submitted = draftOf(2026, "do-thi-huong");
    long other = draftOf(2026, "do-thi-huong");
    assertThat(rows.liveFor(2026, Kind.INDIVIDUAL, "do-thi-huong", null, other)).isFalse();
    rows.submit(submitted, 2026, AT);
    assertThat(rows.liveFor(2026, Kind.INDIVIDUAL, "do-thi-huong", null, other)).isTrue();
    assertThat(rows.liveFor(2027, Kind.INDIVIDUAL, "do-thi-huong", null, other)).isFalse();
    assertThat(rows.liveFor(2026, Kind.INDIVIDUAL, "do-thi-huong", null, submitted)).isFalse();
    assertThat(rows.move(submitted, NominationState.DRAFT, NominationState.WITHDRAWN, AT))
        .isFalse();
    rows.move(submitted, NominationState.SUBMITTED, NominationState.WITHDRAWN, AT);
    assertThat(rows.liveFor(2026, Kind.INDIVIDUAL, "do-thi-huong", null, other)).isFalse();
  }

  @Test
  void deletingADraftTakesItsAnswersAndFilesWithIt() {
    long id = draftOf(2026, "do-thi-huong");
    dossier.saveAnswer(id, new CriterionAnswer(0, "Tiêu chuẩn", true, "Minh chứng"));
    dossier.saveAnswer(id, new CriterionAnswer(0, "Tiêu chuẩn", false, "Sửa lại"));
    assertThat(dossier.answers(id))
        .singleElement()
        .extracting(CriterionAnswer::text)
        .isEqualTo("Sửa lại");
    dossier.addFile(
        id,
        new vn.exemplarbot.nomination.DossierFile(
            0, "f1", "dossiers/1/1-a.pdf", "a.pdf", "application/pdf", 3, false),
        AT);
    assertThat(dossier.fileCount(id)).isEqualTo(1);
    assertThat(rows.deleteDraft(id)).isTrue();
    assertThat(dossier.answers(id)).isEmpty();
    assertThat(dossier.fileCount(id)).isZero();
  }

  private long draftOf(int year, String nominee) {
    long id = rows.insertDraft(year, "ngo-thanh-son", AT);
    rows.setKind(id, Kind.INDIVIDUAL, AT);
    rows.setNominee(id, nominee, "HTQT", AT);
    return id;
  }
}
