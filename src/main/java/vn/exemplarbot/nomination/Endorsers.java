package vn.exemplarbot.nomination;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/**
 * Who endorses a nomination, computed from the roster as it stands now: the heads of the nominee's
 * division; the council secretaries instead when there is no such head or when the proposer heads
 * the nominated collective; the council chairs when no secretary is left. Never the proposer nor
 * the nominee.
 */
@Component
class Endorsers {

  private final Directory directory;

  Endorsers(Directory directory) {
    this.directory = directory;
  }

  List<Person> of(Nomination n) {
    Roster roster = directory.roster();
    boolean proposerHeadsCollective =
        n.kind() == Kind.COLLECTIVE
            && roster.ofDivision(n.nomineeDivision()).stream()
                .anyMatch(p -> p.has(Role.DIVISION_HEAD) && p.id().equals(n.proposerId()));
    List<Person> heads =
        proposerHeadsCollective
            ? List.of()
            : neither(n, roster.ofDivision(n.nomineeDivision()), Role.DIVISION_HEAD);
    if (!heads.isEmpty()) {
      return heads;
    }
    List<Person> secretaries = neither(n, roster.withRole(Role.COUNCIL_SECRETARY), null);
    return secretaries.isEmpty()
        ? neither(n, roster.withRole(Role.COUNCIL_CHAIR), null)
        : secretaries;
  }

  boolean may(Person person, Nomination n) {
    return of(n).stream().anyMatch(p -> Objects.equals(p.id(), person.id()));
  }

  /** The name of whoever it is, or the id when they left the roster. */
  String name(String personId) {
    return directory.roster().person(personId).map(Person::name).orElse(personId);
  }

  /** The people (with the role, when given) who neither proposed nor are nominated. */
  static List<Person> neither(Nomination n, List<Person> people, Role role) {
    return people.stream()
        .filter(p -> role == null || p.has(role))
        .filter(p -> !p.id().equals(n.nomineePersonId()) && !p.id().equals(n.proposerId()))
        .toList();
  }
}
