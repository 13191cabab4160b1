package vn.exemplarbot.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.exemplarbot.roster.ConfigFixture.ROSTER;
import static vn.exemplarbot.roster.ConfigFixture.SETTINGS;
import static vn.exemplarbot.roster.ConfigFixture.with;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gaps in the roster load anyway, with a warning saying what is missing and what to do. */
class RosterGapsTests {

  private static final String FIRST_ROLES =
      "roles: [director, council-chair, council-member, council-secretary, office-clerk, admin]";

  @TempDir Path dir;

  @Test
  void aCompleteRosterHasNoGaps() {
    assertThat(ConfigFixture.loaded(dir, ROSTER, SETTINGS).warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "director",
        "council-chair",
        "council-member",
        "council-secretary",
        "office-clerk",
        "admin"
      })
  void warnsWhenNobodyHoldsARole(String role) {
    String others =
        Arrays.stream(FIRST_ROLES.replaceAll(".*\\[|\\]", "").split(", "))
            .filter(r -> !r.equals(role))
            .collect(Collectors.joining(", "));
    String roster = with(ROSTER, FIRST_ROLES, "roles: [" + others + "]");
    if (role.equals("council-member")) {
      roster = with(roster, "[division-head, council-member]", "[division-head]");
    }
    List<ConfigProblem> warnings = ConfigFixture.loaded(dir, roster, SETTINGS).warnings();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.key()).isEqualTo("config.gap." + role);
              assertThat(w.file()).isEqualTo("roster.yml");
              assertThat(w.render(ConfigFixture.VI))
                  .startsWith("roster.yml, people: ")
                  .contains(" — ")
                  .contains(role);
            });
  }

  @Test
  void warnsOfADivisionWithoutAHeadButNotOfTheOffice() {
    String roster = with(ROSTER, "[division-head, council-member]", "[council-member]");
    List<ConfigProblem> warnings = ConfigFixture.loaded(dir, roster, SETTINGS).warnings();
    assertThat(warnings)
        .singleElement()
        .extracting(w -> w.render(ConfigFixture.VI))
        .isEqualTo(
            "roster.yml, divisions[1]: phòng HTQT (Phòng Hợp tác quốc tế) chưa có trưởng"
                + " phòng — thêm division-head vào roles của người đứng đầu phòng HTQT; khi chưa có,"
                + " Thư ký Hội đồng giới thiệu thay.");
  }

  @Test
  void aRosterOfStaffAloneWarnsOfEveryGap() {
    String roster = with(ROSTER, FIRST_ROLES, "roles: []");
    roster = with(roster, "roles: [division-head, council-member]", "roles: []");
    assertThat(ConfigFixture.loaded(dir, roster, SETTINGS).warnings())
        .extracting(ConfigProblem::key)
        .containsExactly(
            "config.gap.director",
            "config.gap.council-secretary",
            "config.gap.council-member",
            "config.gap.council-chair",
            "config.gap.office-clerk",
            "config.gap.admin",
            "config.gap.division-head");
  }

  @Test
  void withoutADirectorNoSignerIsAssumed() {
    String roster =
        with(
            ROSTER,
            FIRST_ROLES,
            "roles: [council-chair, council-member," + " council-secretary, office-clerk, admin]");
    assertThat(ConfigFixture.loaded(dir, roster, SETTINGS).settings().documents().signer())
        .isNull();
  }
}
