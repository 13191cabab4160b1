package vn.exemplarbot.roster;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone on the roster. {@code roles} always contains {@link Role#STAFF}.
 *
 * @param id the stable key, never reused
 * @param telegramUsername without the leading {@code @}, or null
 * @param telegramId the id bound from the roster file itself, or null
 * @param phone normalized by {@link PhoneNumbers#normalize}, or null
 */
public record Person(
    String id,
    String name,
    String honorific,
    String position,
    String divisionCode,
    String telegramUsername,
    Long telegramId,
    String phone,
    Set<Role> roles) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles = withStaff(roles);
  }

  public boolean has(Role r) {
    return roles.contains(r);
  }

  private static Set<Role> withStaff(Collection<Role> roles) {
    EnumSet<Role> all = EnumSet.of(Role.STAFF);
    if (roles != null) {
      all.addAll(roles);
    }
    return Collections.unmodifiableSet(all);
  }
}
