package vn.exemplarbot.fostering;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.nomination.Kind;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * Who fosters what, from the roster as it stands now: a council secretary any division, a division
 * head their own. A person's factor belongs to the division they are in now (the one they were
 * listed in, if they left the roster).
 */
@Component
class Stewards {

  private final Directory directory;

  Stewards(Directory directory) {
    this.directory = directory;
  }

  boolean fosters(Person person) {
    return person.has(Role.COUNCIL_SECRETARY) || person.has(Role.DIVISION_HEAD);
  }

  boolean fosters(Person person, String division) {
    return person.has(Role.COUNCIL_SECRETARY)
        || (person.has(Role.DIVISION_HEAD) && division.equals(person.divisionCode()));
  }

  boolean mayAnnotate(Person person, NewFactor factor) {
    return fosters(person, divisionOf(factor));
  }

  /** The divisions this person may add factors to, in roster order. */
  List<Division> divisionsFor(Person person) {
    return directory.roster().divisions().stream().filter(d -> fosters(person, d.code())).toList();
  }

  String divisionOf(NewFactor factor) {
    Subject subject = factor.subject();
    if (subject.kind() == Kind.COLLECTIVE) {
      return subject.division();
    }
    return directory
        .roster()
        .person(subject.personId())
        .map(Person::divisionCode)
        .orElse(subject.division());
  }
}
