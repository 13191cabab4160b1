package vn.exemplarbot.roster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import vn.exemplarbot.roster.Division;

/** Reads the {@code divisions} of {@code roster.yml}: unique codes, at most one Office. */
final class DivisionsReader {

  private static final List<String> KEYS = List.of("code", "name", "office", "plans");

  private final Problems problems;
  private final Map<String, Integer> codeLines = new HashMap<>();
  private String officePath;

  DivisionsReader(Problems problems) {
    this.problems = problems;
  }

  List<Division> read(List<Node> items) {
    List<Division> divisions = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Division division = division(YamlMap.at(items.get(i), "divisions[" + i + "]", problems));
      if (division != null) {
        divisions.add(division);
      }
    }
    return divisions;
  }

  private Division division(YamlMap map) {
    map.allow(KEYS);
    String code = map.requiredText("code");
    String name = map.requiredText("name");
    boolean office = map.bool("office", false);
    // The Office receives the plans and owes none, unless the file says otherwise.
    boolean plans = map.bool("plans", !office);
    if (office) {
      checkSingleOffice(map);
    }
    if (code == null) {
      return null;
    }
    Integer first = codeLines.putIfAbsent(code, map.lineOf("code"));
    if (first != null) {
      problems.add(
          map.lineOf("code"), map.path("code"), "config.roster.division.duplicate", code, first);
      return null;
    }
    return name == null ? null : new Division(code, name, office, plans);
  }

  private void checkSingleOffice(YamlMap map) {
    if (officePath != null) {
      problems.add(
          map.lineOf("office"), map.path("office"), "config.roster.office.duplicate", officePath);
    } else {
      officePath = map.path();
    }
  }
}
