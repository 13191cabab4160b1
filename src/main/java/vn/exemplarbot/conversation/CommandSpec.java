package vn.exemplarbot.conversation;

import java.util.Set;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * A command as people type it: its name (Telegram allows a–z, 0–9 and _), the bundle key of its
 * description, and who may use it (no roles: anyone on the roster; {@code strangers}: also people
 * not on it, such as {@code /start}).
 */
public record CommandSpec(String name, String descriptionKey, Set<Role> roles, boolean strangers) {

  public CommandSpec {
    if (!name.matches("[a-z0-9_]{1,32}")) {
      throw new IllegalArgumentException("Telegram refuses the command name " + name);
    }
    roles = Set.copyOf(roles);
  }

  public static CommandSpec forAnyone(String name, String descriptionKey) {
    return new CommandSpec(name, descriptionKey, Set.of(), true);
  }

  public static CommandSpec forRoles(String name, String descriptionKey, Role... roles) {
    return new CommandSpec(name, descriptionKey, Set.of(roles), false);
  }

  public boolean allows(Person person) {
    return roles.isEmpty() || roles.stream().anyMatch(person::has);
  }
}
