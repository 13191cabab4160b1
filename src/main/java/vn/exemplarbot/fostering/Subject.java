package vn.exemplarbot.fostering;

import java.util.Objects;
import vn.exemplarbot.nomination.Kind;

/**
 * Who is fostered: a person (with the division they belong to) or a collective (a division). The
 * list holds each at most once.
 */
public record Subject(Kind kind, String personId, String division) {

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(division, "division");
    if ((kind == Kind.INDIVIDUAL) != (personId != null)) {
      throw new IllegalArgumentException("an individual has a person id, a collective none");
    }
  }

  public static Subject individual(String personId, String division) {
    return new Subject(Kind.INDIVIDUAL, Objects.requireNonNull(personId, "personId"), division);
  }

  public static Subject collective(String division) {
    return new Subject(Kind.COLLECTIVE, null, division);
  }

  /** How the audit log names it: the person's roster id, or the division's code. */
  public String key() {
    return kind == Kind.INDIVIDUAL ? personId : division;
  }
}
