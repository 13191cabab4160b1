package vn.exemplarbot.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * Who may file which division's plan, read from the roster in force at every step: a division head
 * their own division's, the office clerk any division's; only divisions that owe a plan.
 */
@Component
class PlanFilers {

  private final Directory directory;

  PlanFilers(Directory directory) {
    this.directory = directory;
  }

  List<Division> divisionsFor(Person p) {
    return owing().stream().filter(d -> mayFile(p, d)).toList();
  }

  boolean may(Person p, String code) {
    return divisionsFor(p).stream().anyMatch(d -> d.code().equals(code));
  }

  List<Division> owing() {
    return directory.roster().divisions().stream().filter(Division::owesPlan).toList();
  }

  /** The person heads a division that owes no plan (told so when they type /plan). */
  boolean headsDivisionOwingNone(Person p) {
    return p.has(Role.DIVISION_HEAD)
        && directory.roster().division(p.divisionCode()).map(d -> !d.owesPlan()).orElse(false);
  }

  String name(String code) {
    return directory.roster().division(code).map(Division::name).orElse(code);
  }

  private static boolean mayFile(Person p, Division d) {
    return p.has(Role.OFFICE_CLERK)
        || (p.has(Role.DIVISION_HEAD) && d.code().equals(p.divisionCode()));
  }
}
