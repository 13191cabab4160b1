package vn.exemplarbot.roster.internal;

import java.util.List;
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
    return new DivisionsReader(problems).read(items == null ? List.of() : items);
  }
}
