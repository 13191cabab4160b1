package vn.exemplarbot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure rules of a nomination: typed answers, limits, steps, codes. */
class NominationRulesTests {

  @Test
  void typedAnswersIgnoreCaseAndWhereTheToneMarkSits() {
    assertThat(Typed.same("huỷ", "Hủy")).isTrue();
    assertThat(Typed.same("  HỦY ", "Hủy")).isTrue();
    assertThat(Typed.same("hùy", "Hủy")).isFalse();
    assertThat(Typed.same("Đạt", "Đạt")).isTrue();
    assertThat(Typed.same("dat", "Đạt")).isFalse();
  }

  @Test
  void emojiOnlyOrEmptyTextSaysNothing() {
    assertThat(Rules.achievements("🎉🎉🎉"))
        .get()
        .extracting(Refusal::key)
        .isEqualTo("nomination.refused.empty-text");
    assertThat(Rules.answer("  ")).isPresent();
    assertThat(Rules.answer("Hoàn thành 100% kế hoạch")).isEmpty();
  }

  @Test
  void limitsNameTheirLength() {
    assertThat(Rules.achievements("a".repeat(2000))).isEmpty();
    Refusal refusal = Rules.achievements("a".repeat(2001)).orElseThrow();
    assertThat(refusal.args()).containsExactly(2000, 2001);
    assertThat(Rules.answer("a".repeat(501)))
        .get()
        .extracting(Refusal::key)
        .isEqualTo("nomination.refused.answer-long");
  }

  @Test
  void selfNominationIsRefusedUnlessAllowed() {
    assertThat(Rules.self("an", "an", false)).isPresent();
    assertThat(Rules.self("an", "an", true)).isEmpty();
    assertThat(Rules.self("an", "binh", false)).isEmpty();
  }

  @Test
  void theDeadlineIsLocalTime() {
    LocalDateTime due = LocalDateTime.of(2026, 12, 31, 0, 0);
    assertThat(Rules.deadline(Instant.parse("2026-12-30T16:59:59Z"), due)).isEmpty();
    assertThat(Rules.deadline(Instant.parse("2026-12-30T17:00:00Z"), due)).isPresent();
  }

  @Test
  void filesAreRefusedByCountThenByReportedSize() {
    assertThat(Rules.file(1000, 9, 10)).isEmpty();
    assertThat(Rules.file(1000, 10, 10))
        .get()
        .extracting(Refusal::key)
        .isEqualTo("nomination.refused.too-many-files");
    assertThat(Rules.file(20L * 1024 * 1024 + 1, 0, 10))
        .get()
        .extracting(Refusal::key)
        .isEqualTo("nomination.refused.file-large");
  }

  @Test
  void stepsGoForwardBackAndReturnToTheSummaryWhenEditing() {
    Draft kind = Draft.start(1, 1);
    Draft division = Steps.forward(kind, Kind.INDIVIDUAL, 4);
    assertThat(division.step()).isEqualTo(Step.DIVISION);
    assertThat(Steps.forward(division, Kind.INDIVIDUAL, 4).step()).isEqualTo(Step.PERSON);
    assertThat(Steps.forward(division, Kind.COLLECTIVE, 4).step()).isEqualTo(Step.MOVEMENT);
    Draft last = kind.atCriterion(3);
    assertThat(Steps.forward(last, Kind.INDIVIDUAL, 4).step()).isEqualTo(Step.FILES);
    assertThat(Steps.back(kind.at(Step.FILES), Kind.INDIVIDUAL, 4).criterion()).isEqualTo(3);
    assertThat(Steps.back(kind.at(Step.MOVEMENT), Kind.COLLECTIVE, 4).step())
        .isEqualTo(Step.DIVISION);
    Draft editing = kind.at(Step.MOVEMENT).editing(true);
    assertThat(Steps.forward(editing, Kind.INDIVIDUAL, 4).step()).isEqualTo(Step.SUMMARY);
    assertThat(Steps.back(editing, Kind.INDIVIDUAL, 4).step()).isEqualTo(Step.SUMMARY);
    assertThat(Steps.forward(kind.editing(true), Kind.INDIVIDUAL, 4).step())
        .isEqualTo(Step.DIVISION);
  }

  @Test
  void aResumedDraftPicksUpAtItsFirstUnansweredStep() {
    Nomination n =
        new Nomination(
            7,
            null,
            2026,
            "an",
            Kind.INDIVIDUAL,
            "binh",
            "HTQT",
            "Chuyển đổi số",
            "Tốt",
            null,
            NominationState.DRAFT,
            null,
            false);
    assertThat(Steps.resume(n, Set.of(0, 2), 4, 5).criterion()).isEqualTo(1);
    assertThat(Steps.resume(n, Set.of(0, 1, 2, 3), 4, 5).step()).isEqualTo(Step.FILES);
    assertThat(Steps.resume(n, Set.of(0, 1, 2, 3), 4, 5).seq()).isEqualTo(5);
  }

  @Test
  void codesAreTypedWithOrWithoutTheLetter() {
    assertThat(Codes.format(12)).isEqualTo("N-12");
    assertThat(Codes.parse("n-12")).contains(12);
    assertThat(Codes.parse("12")).contains(12);
    assertThat(Codes.parse("N12")).contains(12);
    assertThat(Codes.parse("X-12")).isEmpty();
  }

  @Test
  void fileNamesAreMadeSafe() {
    assertThat(Dossiers.safe("../Bằng khen 2026.pdf")).isEqualTo("__B_ng_khen_2026.pdf");
    assertThat(Dossiers.safe("minh-chung.pdf")).isEqualTo("minh-chung.pdf");
  }
}
