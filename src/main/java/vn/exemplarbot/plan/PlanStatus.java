package vn.exemplarbot.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.plan.internal.PlanRows;
import vn.exemplarbot.roster.Division;

/**
 * What the cycle's overview reads of division plans: for each division that owes one under the
 * roster in force, its latest filing of a cycle year (as {@code /plans} shows it), or none.
 */
@Service
@Transactional(readOnly = true)
public class PlanStatus {

  private final PlanRows rows;
  private final PlanFilers filers;

  PlanStatus(PlanRows rows, PlanFilers filers) {
    this.rows = rows;
    this.filers = filers;
  }

  /**
   * A division's plan for the year.
   *
   * @param version the latest version filed, 0 when missing
   * @param filedAt when the latest version was filed, null when missing
   * @param late its first version came at or after the plans deadline
   */
  public record Standing(String division, String name, int version, Instant filedAt, boolean late) {

    public boolean filed() {
      return version > 0;
    }
  }

  public List<Standing> ofYear(int year) {
    Map<String, List<DivisionPlan>> filed = new LinkedHashMap<>();
    rows.ofCycle(year)
        .forEach(p -> filed.computeIfAbsent(p.division(), k -> new ArrayList<>()).add(p));
    List<Standing> standings = new ArrayList<>();
    for (Division d : filers.owing()) {
      List<DivisionPlan> versions = filed.getOrDefault(d.code(), List.of());
      standings.add(
          versions.isEmpty()
              ? new Standing(d.code(), d.name(), 0, null, false)
              : standing(d, versions));
    }
    return standings;
  }

  private static Standing standing(Division d, List<DivisionPlan> versions) {
    DivisionPlan latest = versions.get(versions.size() - 1);
    return new Standing(
        d.code(), d.name(), latest.version(), latest.filedAt(), versions.get(0).late());
  }
}
