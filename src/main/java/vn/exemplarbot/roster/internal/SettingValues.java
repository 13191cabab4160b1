package vn.exemplarbot.roster.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.exemplarbot.roster.Share;

/** The typed values of {@code settings.yml}: deadlines, durations, times of day, shares, dates. */
final class SettingValues {

  private static final Pattern DEADLINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern DURATION =
      Pattern.compile("P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SettingValues() {}

  static LocalDateTime deadline(YamlMap map, String key) {
    String text = map.text(key);
    if (text == null) {
      return null;
    }
    try {
      if (DEADLINE.matcher(text).matches()) {
        return LocalDateTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below, like any other malformed deadline
    }
    map.problems().add(map.lineOf(key), map.path(key), "config.settings.deadline.invalid", text);
    return null;
  }

  static Duration duration(YamlMap map, String key, Duration fallback) {
    Node node = map.node(key);
    return node == null ? fallback : duration(node, map.path(key), map.problems());
  }

  static List<Duration> durations(YamlMap map, String key, List<Duration> fallback) {
    return each(
        map,
        key,
        fallback,
        (i, node) -> duration(node, map.path(key) + "[" + i + "]", map.problems()));
  }

  private static Duration duration(Node node, String path, Problems problems) {
    String text = Scalars.text(node);
    if (text == null || !DURATION.matcher(text.strip()).matches()) {
      problems.add(node, path, "config.settings.duration.invalid", Scalars.shown(node));
      return null;
    }
    Duration duration = Duration.parse(text.strip());
    if (duration.isZero()) {
      problems.add(node, path, "config.settings.duration.zero", text);
      return null;
    }
    return duration;
  }

  /** A quoted {@code "HH:MM"}; unquoted, YAML may read {@code 8:30} as the number 510. */
  static LocalTime timeOfDay(YamlMap map, String key, LocalTime fallback) {
    Node node = map.node(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof ScalarNode scalar && isNumber(scalar)) {
      map.problems().add(node, map.path(key), "config.settings.time.unquoted", scalar.getValue());
      return fallback;
    }
    LocalTime time = time(Scalars.text(node));
    if (time == null) {
      map.problems().add(node, map.path(key), "config.settings.time.invalid", Scalars.shown(node));
    } else if (((ScalarNode) node).getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
      map.problems().add(node, map.path(key), "config.settings.time.quote", Scalars.text(node));
      return fallback;
    }
    return time == null ? fallback : time;
  }

  private static boolean isNumber(ScalarNode scalar) {
    return scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT);
  }

  private static LocalTime time(String text) {
    if (text == null || !TIME.matcher(text.strip()).matches()) {
      return null;
    }
    String[] parts = text.strip().split(":");
    try {
      return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static Share share(YamlMap map, String key, Share fallback) {
    String text = map.text(key);
    if (text == null) {
      return fallback;
    }
    Share.Parsed parsed = Share.parse(text);
    if (parsed instanceof Share.Parsed.Valid valid) {
      return valid.share();
    }
    String problem =
        parsed instanceof Share.Parsed.OutOfRange
            ? "config.settings.share.range"
            : "config.settings.share.invalid";
    map.problems().add(map.lineOf(key), map.path(key), problem, text);
    return fallback;
  }

  static List<LocalDate> dates(YamlMap map, String key) {
    return each(
        map,
        key,
        List.of(),
        (i, node) -> date(node, map.path(key) + "[" + i + "]", map.problems()));
  }

  private static LocalDate date(Node node, String path, Problems problems) {
    String text = Scalars.text(node);
    try {
      if (text != null && DATE.matcher(text.strip()).matches()) {
        return LocalDate.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(node, path, "config.settings.date.invalid", Scalars.shown(node));
    return null;
  }

  /** A choice among names, such as {@code members} or {@code votes-cast}. */
  static <T> T choice(
      YamlMap map, String key, T fallback, Function<String, Optional<T>> byName, String names) {
    String text = map.text(key);
    if (text == null) {
      return fallback;
    }
    Optional<T> value = byName.apply(text);
    if (value.isEmpty()) {
      map.problems().add(map.lineOf(key), map.path(key), "config.choice.invalid", text, names);
    }
    return value.orElse(fallback);
  }

  private interface Item<T> {
    T read(int index, Node node);
  }

  private static <T> List<T> each(YamlMap map, String key, List<T> fallback, Item<T> item) {
    List<Node> nodes = map.list(key);
    if (nodes == null) {
      return fallback;
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      T value = item.read(i, nodes.get(i));
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }
}
