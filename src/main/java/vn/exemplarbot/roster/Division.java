package vn.exemplarbot.roster;

import java.util.Objects;

/**
 * A unit of the department.
 *
 * @param office whether this is the Office (Văn phòng Sở), which receives division plans
 * @param plans whether the division owes a yearly plan
 */
public record Division(String code, String name, boolean office, boolean plans) {

  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** The Office receives plans and owes none, whatever {@code plans} says. */
  public boolean owesPlan() {
    return plans && !office;
  }
}
