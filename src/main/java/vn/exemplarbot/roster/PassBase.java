package vn.exemplarbot.roster;

import java.util.Arrays;
import java.util.Optional;

/** What a pass threshold is a share of: all council members, or the votes cast. */
public enum PassBase {
  MEMBERS,
  VOTES_CAST;

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static Optional<PassBase> fromYaml(String s) {
    return Arrays.stream(values()).filter(b -> b.yamlName().equals(s)).findFirst();
  }
}
