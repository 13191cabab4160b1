package vn.exemplarbot.roster.internal;

import java.util.ArrayList;
import java.util.List;
import vn.exemplarbot.roster.ConfigProblem;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/** Finds the gaps in a valid roster: roles nobody holds, divisions nobody heads. They only warn. */
public final class RosterGaps {

  private static final List<Role> NEEDED =
      List.of(
          Role.DIRECTOR,
          Role.COUNCIL_SECRETARY,
          Role.COUNCIL_MEMBER,
          Role.COUNCIL_CHAIR,
          Role.OFFICE_CLERK,
          Role.ADMIN);

  private RosterGaps() {}

  public static List<ConfigProblem> of(Roster roster) {
    List<ConfigProblem> gaps = new ArrayList<>();
    for (Role role : NEEDED) {
      if (roster.withRole(role).isEmpty()) {
        gaps.add(
            ConfigProblem.of(
                RosterReader.FILE, 0, "people", "config.gap." + role.yamlName(), role.yamlName()));
      }
    }
    for (int i = 0; i < roster.divisions().size(); i++) {
      Division division = roster.divisions().get(i);
      boolean headed =
          roster.ofDivision(division.code()).stream().anyMatch(p -> p.has(Role.DIVISION_HEAD));
      if (!division.office() && !headed) {
        gaps.add(
            ConfigProblem.of(
                RosterReader.FILE,
                0,
                "divisions[" + i + "]",
                "config.gap.division-head",
                division.code(),
                division.name()));
      }
    }
    return gaps;
  }
}
