package vn.exemplarbot.website;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.exemplarbot.decision.Recognition;
import vn.exemplarbot.decision.Recognitions;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Organization;

/**
 * What is public at one moment, read once so that every file of an export (and a chat answer) tells
 * the same story.
 *
 * @param years the cycles with exemplars, and the current one even without, newest first
 * @param exemplars every year's, newest cycle first
 * @param divisions the roster's order, which groups follow
 */
record Snapshot(
    Organization organization,
    int currentYear,
    List<Integer> years,
    List<Recognition> exemplars,
    List<Division> divisions) {

  static Snapshot read(Recognitions recognitions, Directory directory) {
    int current = directory.settings().cycle().year();
    List<Recognition> all = recognitions.all();
    TreeSet<Integer> years = new TreeSet<>();
    all.forEach(r -> years.add(r.year()));
    years.add(current);
    return new Snapshot(
        directory.roster().organization(),
        current,
        List.copyOf(years.descendingSet()),
        all,
        directory.roster().divisions());
  }

  List<Recognition> ofYear(int year) {
    return exemplars.stream().filter(r -> r.year() == year).toList();
  }

  /** A year's exemplars by division name, in the roster's order, any division since gone last. */
  Map<String, List<Recognition>> byDivision(int year) {
    List<Recognition> ofYear = ofYear(year);
    Map<String, List<Recognition>> groups = new LinkedHashMap<>();
    for (Division d : divisions) {
      List<Recognition> of =
          ofYear.stream().filter(r -> d.code().equals(r.divisionCode())).toList();
      if (!of.isEmpty()) {
        groups.put(d.name(), new ArrayList<>(of));
      }
    }
    ofYear.stream()
        .filter(r -> divisions.stream().noneMatch(d -> d.code().equals(r.divisionCode())))
        .forEach(r -> groups.computeIfAbsent(r.division(), k -> new ArrayList<>()).add(r));
    return groups;
  }
}
