package vn.exemplarbot.roster.internal;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import vn.exemplarbot.roster.ConfigProblem;

/** Collects every problem of one file, so that a load reports them all at once. */
public final class Problems {

  private final String file;
  private final List<ConfigProblem> found = new ArrayList<>();

  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void add(Node at, String path, String key, Object... args) {
    add(lineOf(at), path, key, args);
  }

  public void add(int line, String path, String key, Object... args) {
    found.add(ConfigProblem.of(file, line, path, key, args));
  }

  public List<ConfigProblem> list() {
    return List.copyOf(found);
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public static int lineOf(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
