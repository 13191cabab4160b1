package vn.exemplarbot.playground;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/**
 * Who plays the sample data, chosen from the roster: staff members who can register (by id or
 * username) in divisions whose head can too, from different divisions where there are enough; two
 * nominate a colleague of their own division, the third their division as a collective; a council
 * secretary appraises. Nominees are not council members, so every member votes.
 */
record SampleCast(List<Filing> filings, Person secretary) {

  /** One nomination: who files it, for whom (null: the division itself), who endorses it. */
  record Filing(Person proposer, Person nominee, Division division, Person head) {}

  static SampleCast of(Roster roster) {
    Person secretary =
        roster.withRole(Role.COUNCIL_SECRETARY).stream()
            .filter(SampleCast::reachable)
            .findFirst()
            .orElseThrow(
                () -> missing("không có thư ký Hội đồng (council-secretary) đăng ký được"));
    List<Person> proposers = proposers(roster);
    if (proposers.isEmpty()) {
      throw missing("không có cán bộ nào đăng ký được ở một phòng có trưởng phòng đăng ký được");
    }
    List<Filing> filings = new ArrayList<>();
    Set<String> nominated = new LinkedHashSet<>();
    for (int i = 0; i < 3; i++) {
      Person proposer = proposers.get(i % proposers.size());
      Division division = roster.division(proposer.divisionCode()).orElseThrow();
      Person head = head(roster, proposer).orElseThrow();
      Person nominee = i < 2 ? colleague(roster, proposer, nominated) : null;
      filings.add(new Filing(proposer, nominee, division, head));
    }
    return new SampleCast(filings, secretary);
  }

  /** One registrable staff member per division first, then the others. */
  private static List<Person> proposers(Roster roster) {
    List<Person> able =
        roster.people().stream()
            .filter(p -> p.roles().equals(Set.of(Role.STAFF)) && reachable(p))
            .filter(p -> head(roster, p).isPresent())
            .toList();
    List<Person> ordered = new ArrayList<>();
    Set<String> divisions = new LinkedHashSet<>();
    able.stream().filter(p -> divisions.add(p.divisionCode())).forEach(ordered::add);
    able.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
    return ordered;
  }

  private static Optional<Person> head(Roster roster, Person p) {
    return roster.ofDivision(p.divisionCode()).stream()
        .filter(h -> h.has(Role.DIVISION_HEAD) && reachable(h) && !h.id().equals(p.id()))
        .findFirst();
  }

  /** A colleague not on the council and not yet nominated; null means: the division itself. */
  private static Person colleague(Roster roster, Person proposer, Set<String> nominated) {
    Optional<Person> found =
        roster.ofDivision(proposer.divisionCode()).stream()
            .filter(p -> !p.id().equals(proposer.id()) && !p.has(Role.COUNCIL_MEMBER))
            .filter(p -> !nominated.contains(p.id()))
            .findFirst();
    found.ifPresent(p -> nominated.add(p.id()));
    return found.orElse(null);
  }

  private static boolean reachable(Person p) {
    return p.telegramId() != null || p.telegramUsername() != null;
  }

  private static SampleDataException missing(String what) {
    return new SampleDataException("Danh sách cán bộ " + what + ".");
  }
}
