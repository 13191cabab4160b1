package vn.exemplarbot.roster.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.PhoneNumbers;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/** Reads the {@code people} of {@code roster.yml}, refusing duplicates of any identifying key. */
final class PeopleReader {

  private static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "honorific",
          "position",
          "division",
          "telegram",
          "telegram-id",
          "phone",
          "roles");

  private final Problems problems;
  private final Set<String> divisionCodes;
  private final Map<String, Map<Object, Integer>> seen = new HashMap<>();

  PeopleReader(Problems problems, List<Division> divisions) {
    this.problems = problems;
    this.divisionCodes = divisions.stream().map(Division::code).collect(Collectors.toSet());
  }

  List<Person> read(List<Node> items) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Person person = person(YamlMap.at(items.get(i), "people[" + i + "]", problems));
      if (person != null) {
        people.add(person);
      }
    }
    return people;
  }

  private Person person(YamlMap map) {
    map.allow(KEYS);
    String id = map.requiredText("id");
    if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      problems.add(map.lineOf("id"), map.path("id"), "config.roster.id.invalid", id);
      id = null;
    }
    unique(map, "id", id);
    String name = map.requiredText("name");
    String division = division(map);
    String username = username(map);
    Long telegramId = telegramId(map);
    String phone = phone(map);
    Set<Role> roles = roles(map);
    if (id == null || name == null) {
      return null;
    }
    return new Person(
        id,
        name,
        map.text("honorific"),
        map.text("position"),
        division,
        username,
        telegramId,
        phone,
        roles);
  }

  private String division(YamlMap map) {
    String code = map.requiredText("division");
    if (code != null && !divisionCodes.contains(code)) {
      problems.add(
          map.lineOf("division"),
          map.path("division"),
          "config.roster.division.unknown",
          code,
          String.join(", ", divisionCodes.stream().sorted().toList()));
    }
    return code;
  }

  private String username(YamlMap map) {
    String text = map.text("telegram");
    if (text == null) {
      return null;
    }
    String bare = text.startsWith("@") ? text.substring(1) : text;
    if (!bare.matches("[A-Za-z][A-Za-z0-9_]{3,31}")) {
      problems.add(
          map.lineOf("telegram"), map.path("telegram"), "config.roster.telegram.invalid", text);
      return null;
    }
    unique(map, "telegram", Roster.usernameKey(bare));
    return bare;
  }

  private Long telegramId(YamlMap map) {
    String text = map.text("telegram-id");
    if (text == null) {
      return null;
    }
    if (!text.matches("\\d{1,18}") || Long.parseLong(text) <= 0) {
      problems.add(
          map.lineOf("telegram-id"),
          map.path("telegram-id"),
          "config.roster.telegram-id.invalid",
          text);
      return null;
    }
    long id = Long.parseLong(text);
    unique(map, "telegram-id", id);
    return id;
  }

  private String phone(YamlMap map) {
    String text = map.text("phone");
    if (text == null) {
      return null;
    }
    String phone = PhoneNumbers.normalize(text);
    if (!PhoneNumbers.isPlausible(phone)) {
      problems.add(map.lineOf("phone"), map.path("phone"), "config.roster.phone.invalid", text);
      return null;
    }
    unique(map, "phone", phone);
    return phone;
  }

  private Set<Role> roles(YamlMap map) {
    Set<Role> roles = EnumSet.of(Role.STAFF);
    List<Node> items = map.list("roles");
    for (int i = 0; items != null && i < items.size(); i++) {
      String text = Scalars.text(items.get(i));
      var role = Role.fromYaml(text);
      if (role.isPresent()) {
        roles.add(role.get());
      } else {
        problems.add(
            items.get(i),
            map.path("roles") + "[" + i + "]",
            "config.roster.role.unknown",
            Scalars.shown(items.get(i)));
      }
    }
    return roles;
  }

  /** Records a value of a key already held by an earlier person, naming that person's line. */
  private void unique(YamlMap map, String key, Object value) {
    if (value == null) {
      return;
    }
    Map<Object, Integer> values = seen.computeIfAbsent(key, k -> new HashMap<>());
    Integer first = values.putIfAbsent(value, map.lineOf(key));
    if (first != null) {
      problems.add(map.lineOf(key), map.path(key), "config.roster.duplicate", key, value, first);
    }
  }
}
