package vn.exemplarbot.roster.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a configuration file at a key path, read key by key. Every getter records what is
 * wrong and returns null (or the default) instead of throwing, so that reading goes on and every
 * problem is found.
 */
public final class YamlMap {

  private final Node node;
  private final String path;
  private final Problems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(Node node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The mapping at {@code path}; an absent node reads as an empty mapping. */
  public static YamlMap at(Node node, String path, Problems problems) {
    YamlMap map = new YamlMap(node, path, problems);
    if (node instanceof MappingNode mapping) {
      map.index(mapping);
    } else if (node != null && !isNull(node)) {
      problems.add(node, path, "config.type.mapping", path);
    }
    return map;
  }

  private void index(MappingNode mapping) {
    for (NodeTuple tuple : mapping.getValue()) {
      String key = Scalars.text(tuple.getKeyNode());
      if (key == null) {
        problems.add(tuple.getKeyNode(), path, "config.type.key");
      } else if (entries.containsKey(key)) {
        int first = Problems.lineOf(entries.get(key).getKeyNode());
        problems.add(tuple.getKeyNode(), path(key), "config.key.duplicate", key, first);
      } else {
        entries.put(key, tuple);
      }
    }
  }

  /** Records every key not in {@code known}, suggesting the nearest known key if one is close. */
  public void allow(List<String> known) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      String key = e.getKey();
      if (known.contains(key)) {
        continue;
      }
      Node at = e.getValue().getKeyNode();
      Spelling.nearest(key, known)
          .ifPresentOrElse(
              near -> problems.add(at, path(key), "config.key.misspelt", key, near),
              () ->
                  problems.add(at, path(key), "config.key.unknown", key, String.join(", ", known)));
    }
  }

  public boolean has(String key) {
    return node(key) != null;
  }

  public Problems problems() {
    return problems;
  }

  public int line() {
    return Problems.lineOf(node);
  }

  public String path() {
    return path;
  }

  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The value node of a key, or null when the key is absent or its value empty. */
  public Node node(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
  }

  /** The line of a key's value, or of this mapping when the key is absent. */
  public int lineOf(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line() : Problems.lineOf(tuple.getValueNode());
  }

  public YamlMap map(String key) {
    return at(node(key), path(key), problems);
  }

  /** Text in NFC, stripped; null when absent or not a single value. */
  public String text(String key) {
    Node value = node(key);
    if (value == null) {
      return null;
    }
    String text = Scalars.text(value);
    if (text == null) {
      problems.add(value, path(key), "config.type.scalar", key);
      return null;
    }
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  /** Text that must be there and not blank. */
  public String requiredText(String key) {
    String text = text(key);
    if (text != null && !text.isEmpty()) {
      return text;
    }
    if (node(key) == null || text != null) {
      problems.add(lineOf(key), path(key), "config.key.missing", key);
    }
    return null;
  }

  public boolean bool(String key, boolean fallback) {
    Node value = node(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
      return List.of("true", "yes", "on", "y").contains(scalar.getValue().toLowerCase());
    }
    problems.add(value, path(key), "config.boolean.invalid", Scalars.shown(value));
    return fallback;
  }

  /** A whole number, or null when absent or not one. */
  public Long integer(String key, String example) {
    Node value = node(key);
    if (value == null) {
      return null;
    }
    String text = Scalars.text(value);
    if (text != null && text.strip().matches("[-+]?\\d{1,18}")) {
      return Long.parseLong(text.strip());
    }
    problems.add(value, path(key), "config.integer.invalid", Scalars.shown(value), example);
    return null;
  }

  /** The items of a list, or null when absent or not a list. */
  public List<Node> list(String key) {
    Node value = node(key);
    if (value == null) {
      return null;
    }
    if (value instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    problems.add(value, path(key), "config.type.list", key);
    return null;
  }

  /** A list of non-blank texts in NFC; null when absent (or wrong, recorded). */
  public List<String> texts(String key) {
    List<Node> items = list(key);
    if (items == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String text = Scalars.text(items.get(i));
      if (text == null || text.isBlank()) {
        problems.add(items.get(i), path(key) + "[" + i + "]", "config.text.invalid");
      } else {
        texts.add(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
      }
    }
    return texts;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }
}
