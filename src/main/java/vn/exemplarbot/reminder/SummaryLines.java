package vn.exemplarbot.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.exemplarbot.reminder.DeadlineWork.Owed;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Roster;

/**
 * The body of the secretary's daily summary: what is missing by division (in roster order), then by
 * person (in roster order), each person's items on one line. Someone no longer on the roster still
 * shows, under their id, last: work they owe does not vanish with them.
 */
final class SummaryLines {

  private final Roster roster;

  SummaryLines(Roster roster) {
    this.roster = roster;
  }

  /** The lines, and how many people they name. */
  record Lines(String text, int people) {}

  Lines of(List<Owed> owed, Function<Owed, String> item) {
    Map<String, List<String>> byPerson = new LinkedHashMap<>();
    for (Owed o : owed) {
      byPerson.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(item.apply(o));
    }
    StringBuilder text = new StringBuilder();
    for (Division d : roster.divisions()) {
      division(text, d.name(), byPerson, p -> d.code().equals(p.divisionCode()));
    }
    List<String> gone =
        byPerson.keySet().stream().filter(id -> roster.person(id).isEmpty()).toList();
    for (String id : gone) {
      text.append("\n▪ ").append(id).append(": ").append(String.join("; ", byPerson.get(id)));
    }
    return new Lines(text.toString(), byPerson.size());
  }

  private void division(
      StringBuilder text,
      String name,
      Map<String, List<String>> byPerson,
      Predicate<Person> inDivision) {
    List<Person> people =
        roster.people().stream()
            .filter(inDivision)
            .filter(p -> byPerson.containsKey(p.id()))
            .toList();
    if (people.isEmpty()) {
      return;
    }
    text.append("\n▪ ").append(name);
    for (Person p : people) {
      text.append("\n   • ")
          .append(p.name())
          .append(": ")
          .append(String.join("; ", byPerson.get(p.id())));
    }
  }
}
