package vn.exemplarbot.roster.internal;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The text of scalar nodes, as written in the file. */
final class Scalars {

  private Scalars() {}

  /** The scalar's text as written, or null when the node is a list or a mapping. */
  static String text(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : null;
  }

  /** How a value is shown in a message: its text, or a word for a list or a mapping. */
  static String shown(Node node) {
    String text = text(node);
    if (text != null) {
      return text;
    }
    return node.getNodeId().name().equals("sequence") ? "[…]" : "{…}";
  }
}
