package vn.exemplarbot.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.plan.internal.PlanRows;
import vn.exemplarbot.reminder.DeadlineWork;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Settings;

/** {@code division-plans-due}: every head of a division whose plan is missing still has work. */
@Component
class PlanWork implements DeadlineWork {

  private final PlanRows rows;
  private final PlanFilers filers;
  private final Directory directory;

  PlanWork(PlanRows rows, PlanFilers filers, Directory directory) {
    this.rows = rows;
    this.filers = filers;
    this.directory = directory;
  }

  @Override
  public String deadline() {
    return "division-plans-due";
  }

  @Override
  public Optional<LocalDateTime> due(Settings settings) {
    return Optional.ofNullable(settings.cycle().divisionPlansDue());
  }

  @Override
  public String whatKey() {
    return "plan.remind.what";
  }

  @Override
  public String command() {
    return "/plan";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Owed> owed(Instant now) {
    int year = directory.settings().cycle().year();
    Set<String> filed =
        rows.ofCycle(year).stream().map(DivisionPlan::division).collect(Collectors.toSet());
    // Heads grouped once: a roster of thousands of divisions is not scanned once per division.
    Map<String, List<Person>> heads =
        directory.roster().withRole(Role.DIVISION_HEAD).stream()
            .filter(p -> p.divisionCode() != null)
            .collect(Collectors.groupingBy(Person::divisionCode));
    List<Owed> owed = new ArrayList<>();
    for (Division d : filers.owing()) {
      if (filed.contains(d.code())) {
        continue;
      }
      for (Person head : heads.getOrDefault(d.code(), List.of())) {
        owed.add(new Owed(head.id(), "plan.remind.item", List.of(d.name(), "" + year)));
      }
    }
    return owed;
  }
}
