package vn.exemplarbot.roster;

import java.util.Arrays;
import java.util.Optional;

/** Who numbers a decision: the office clerk registers it, or the bot counts by calendar year. */
public enum Numbering {
  CLERK,
  AUTO;

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Numbering> fromYaml(String s) {
    return Arrays.stream(values()).filter(n -> n.yamlName().equals(s)).findFirst();
  }
}
