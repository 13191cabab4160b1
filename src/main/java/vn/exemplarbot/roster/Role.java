package vn.exemplarbot.roster;

import java.util.Arrays;
import java.util.Optional;

/** A role a person holds on the roster; everyone is {@link #STAFF}. */
public enum Role {
  STAFF,
  DIVISION_HEAD,
  OFFICE_CLERK,
  COUNCIL_MEMBER,
  COUNCIL_CHAIR,
  COUNCIL_SECRETARY,
  DIRECTOR,
  ADMIN;

  /** The name used in {@code roster.yml}, e.g. {@code division-head}. */
  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static Optional<Role> fromYaml(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String wanted = s.trim();
    return Arrays.stream(values()).filter(r -> r.yamlName().equals(wanted)).findFirst();
  }
}
