package vn.exemplarbot.roster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Organization;
import vn.exemplarbot.roster.Roster;

/** Reads {@code roster.yml}: the organization, its divisions, then its people. */
public final class RosterReader {

  public static final String FILE = "roster.yml";

  private static final List<String> TOP = List.of("organization", "divisions", "people");
  private static final List<String> ORGANIZATION =
      List.of("name", "short-name", "parent", "place", "heading");
  private static final List<String> DIVISION = List.of("code", "name", "office", "plans");

  private RosterReader() {}

  /** The roster, or null when anything in it is wrong (every problem recorded). */
  public static Roster read(Node root, Problems problems) {
    YamlMap top = YamlMap.at(root, "", problems);
    top.allow(TOP);
    Organization organization = organization(top, problems);
    List<Division> divisions = divisions(top, problems);
    List<Node> people = top.list("people");
    if (!top.has("people")) {
      problems.add(top.lineOf("people"), "people", "config.key.missing", "people");
    }
    var persons = new PeopleReader(problems, divisions).read(people == null ? List.of() : people);
    if (!problems.isEmpty() || organization == null) {
      return null;
    }
    return new Roster(organization, divisions, persons);
  }

  private static Organization organization(YamlMap top, Problems problems) {
    if (!top.has("organization")) {
      problems.add(
          top.lineOf("organization"), "organization", "config.key.missing", "organization");
      return null;
    }
    YamlMap org = top.map("organization");
    org.allow(ORGANIZATION);
    String name = org.requiredText("name");
    String shortName = org.requiredText("short-name");
    if (name == null || shortName == null) {
      return null;
    }
    return new Organization(
        name, shortName, org.text("parent"), org.text("place"), org.text("heading"));
  }

  private static List<Division> divisions(YamlMap top, Problems problems) {
    List<Node> items = top.list("divisions");
    if (!top.has("divisions")) {
      problems.add(top.lineOf("divisions"), "divisions", "config.key.missing", "divisions");
    }
    List<Division> divisions = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    String officePath = null;
    for (int i = 0; items != null && i < items.size(); i++) {
      String path = "divisions[" + i + "]";
      YamlMap map = YamlMap.at(items.get(i), path, problems);
      map.allow(DIVISION);
      String code = map.requiredText("code");
      String name = map.requiredText("name");
      boolean office = map.bool("office", false);
      boolean plans = map.bool("plans", !office);
      if (code != null && lines.containsKey(code)) {
        problems.add(
            map.lineOf("code"),
            path + ".code",
            "config.roster.division.duplicate",
            code,
            lines.get(code));
        continue;
      }
      if (office && officePath != null) {
        problems.add(
            map.lineOf("office"), path + ".office", "config.roster.office.duplicate", officePath);
      }
      if (office) {
        officePath = path;
      }
      if (code != null) {
        lines.put(code, map.lineOf("code"));
        if (name != null) {
          divisions.add(new Division(code, name, office, plans));
        }
      }
    }
    return divisions;
  }
}
