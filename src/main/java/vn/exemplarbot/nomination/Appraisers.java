package vn.exemplarbot.nomination;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/**
 * Who appraises an endorsed dossier, from the roster as it stands now: the council secretaries who
 * neither proposed it nor are nominated by it; the council chairs (on the same terms) when no such
 * secretary is left.
 */
@Component
class Appraisers {

  private final Directory directory;

  Appraisers(Directory directory) {
    this.directory = directory;
  }

  List<Person> of(Nomination n) {
    Roster roster = directory.roster();
    List<Person> secretaries = Endorsers.neither(n, roster.withRole(Role.COUNCIL_SECRETARY), null);
    return secretaries.isEmpty()
        ? Endorsers.neither(n, roster.withRole(Role.COUNCIL_CHAIR), null)
        : secretaries;
  }

  boolean may(Person person, Nomination n) {
    return !n.isDraft() && of(n).stream().anyMatch(p -> Objects.equals(p.id(), person.id()));
  }

  String name(String personId) {
    return directory.roster().person(personId).map(Person::name).orElse(personId);
  }
}
