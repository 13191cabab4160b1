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
 * division other than the nominee; the council secretaries instead when there is no such head or
 * when the proposer heads the nominated collective.
 */
@Component
class Endorsers {

  private final Directory directory;

  Endorsers(Directory directory) {
    this.directory = directory;
  }

  List<Person> of(Nomination n) {
    Roster roster = directory.roster();
    List<Person> heads =
        roster.ofDivision(n.nomineeDivision()).stream()
            .filter(p -> p.has(Role.DIVISION_HEAD))
            .filter(p -> !p.id().equals(n.nomineePersonId()))
            .toList();
    boolean proposerHeadsCollective =
        n.kind() == Kind.COLLECTIVE && heads.stream().anyMatch(p -> p.id().equals(n.proposerId()));
    if (!heads.isEmpty() && !proposerHeadsCollective) {
      return heads;
    }
    return roster.withRole(Role.COUNCIL_SECRETARY).stream()
        .filter(p -> !p.id().equals(n.nomineePersonId()))
        .toList();
  }

  boolean may(Person person, Nomination n) {
    return of(n).stream().anyMatch(p -> Objects.equals(p.id(), person.id()));
  }

  /** The name of whoever it is, or the id when they left the roster. */
  String name(String personId) {
    return directory.roster().person(personId).map(Person::name).orElse(personId);
  }
}
